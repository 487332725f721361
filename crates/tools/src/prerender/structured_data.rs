//! The story as schema.org JSON-LD, for search engines.

use super::escape::script_json;
use crisis_format::rich_text;
use crisis_format::schema::{Dataset, Lang};
use crisis_model::{cldr, dates};
use serde_json::json;

/// The events as schema.org JSON-LD: an `ItemList` of `Event`s, for search engines. `<`, `>`
/// and `&` are written as escapes, so that no text can close the `<script>` element the JSON
/// sits in.
pub fn json_ld(dataset: &Dataset, lang: Lang) -> String {
    // The words the story carries, for its labels.
    crisis_model::held_words::hold_story(dataset);
    let items: Vec<serde_json::Value> = dataset
        .events
        .iter()
        .enumerate()
        .map(|(n, event)| {
            let sources: Vec<&str> = event.sources.iter().filter_map(|s| s.url.as_deref()).collect();
            json!({
                "@type": "ListItem",
                "position": n + 1,
                "item": {
                    "@type": "Event",
                    "@id": format!("#{}", event.id),
                    "name": event.headline.get(lang),
                    "description": rich_text::plain(event.body.get(lang)),
                    "startDate": dates::datetime_attribute(&event.start),
                    "eventStatus": "https://schema.org/EventScheduled",
                    "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                    "location": { "@type": "Place", "name": dataset.zone_name(&event.start).map(|z| cldr::zone_name(z, event.start.instant_ms, lang)).unwrap_or_default() },
                    "sameAs": sources,
                }
            })
        })
        .collect();
    let mut list = json!({
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": dataset.title.get(lang),
        "inLanguage": lang.tag(),
        "numberOfItems": dataset.events.len(),
        "itemListElement": items,
    });
    for (key, date) in [
        ("datePublished", &dataset.published),
        ("dateModified", &dataset.updated),
    ] {
        if let Some(d) = date {
            list[key] = d.to_string().into();
        }
    }
    script_json(&list.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;

    #[test]
    fn the_structured_data_lists_every_event() {
        let json = json_ld(&DATASET, Lang::EN);
        assert!(json.starts_with("{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\""));
        assert_eq!(
            json.matches("\"@type\":\"Event\"").count(),
            DATASET.events.len()
        );
        assert!(!json.contains('<'), "nothing can close the script element");
        let parsed: serde_json::Value = serde_json::from_str(&json).expect("the JSON-LD parses");
        let items = parsed["itemListElement"].as_array().unwrap();
        assert_eq!(items.len(), DATASET.events.len());
        for (item, event) in items.iter().zip(DATASET.events.iter()) {
            assert_eq!(item["item"]["name"], event.headline.get(Lang::EN));
            assert_eq!(item["item"]["@id"], format!("#{}", event.id));
        }
        assert_eq!(parsed["numberOfItems"], DATASET.events.len());
        assert_eq!(parsed["datePublished"], "2026-11-28");
        assert_eq!(parsed["dateModified"], "2026-12-04");
    }

    #[test]
    fn no_text_can_close_the_script_element_it_sits_in() {
        let mut hostile = DATASET.clone();
        hostile.events.to_mut()[0]
            .headline
            .set(Lang::EN, "</script><script>alert(1)</script> & co");
        let json = json_ld(&hostile, Lang::EN);
        assert!(!json.contains('<') && !json.contains('&'), "{json}");
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            parsed["itemListElement"][0]["item"]["name"], "</script><script>alert(1)</script> & co",
            "the escapes read back as the same text"
        );
    }
}
