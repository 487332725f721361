//! The story as static HTML and structured data, written into the pages at build time, so that
//! readers without JavaScript, readers whose wasm fails to load, printers and search engines all
//! get every event. Plain string building: every text from the data is escaped here.

use crate::data::schema::{Dataset, Event, Lang};
use crate::model::{dates, labels, numbers};

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text as a JSON string, quotes included. `<` is escaped too, so that no text can
/// close the `<script>` element the JSON sits in.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Heading of the static list.
fn list_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Tous les événements",
        Lang::En => "All the events",
    }
}

/// Every event as an ordered list of articles, in `lang`: date, status, headline, text, key
/// figure and sources with their addresses.
pub fn event_list_html(dataset: &Dataset, lang: Lang) -> String {
    let mut html = format!(
        "<section class=\"ct-all\" lang=\"{}\" aria-labelledby=\"ct-all-title\"><h2 class=\"ct-all__title\" id=\"ct-all-title\">{}{}{}</h2><ol class=\"ct-all__list\">",
        lang.tag(),
        escape_html(dataset.title.get(lang)),
        labels::colon(lang),
        list_title(lang),
    );
    for event in dataset.events.iter() {
        html.push_str(&event_html(dataset, event, lang));
    }
    html.push_str("</ol></section>");
    html
}

fn event_html(dataset: &Dataset, event: &Event, lang: Lang) -> String {
    let mut html = format!(
        "<li><article class=\"ct-all__event\" id=\"ct-event-{id}\"><p class=\"ct-all__meta\"><time datetime=\"{datetime}\">{when}</time> · <span class=\"ct-all__status\">{status}</span></p><h3 class=\"ct-all__headline\">{headline}</h3><p>{body}</p>",
        id = escape_html(&event.id),
        datetime = escape_html(&dates::datetime_attribute(&event.start)),
        when = escape_html(&dates::when_line(&event.start, lang)),
        status = escape_html(labels::status(event.status, lang)),
        headline = escape_html(event.headline.get(lang)),
        body = escape_html(event.body.get(lang)),
    );
    if let Some(figure) = &event.figure {
        html.push_str(&format!(
            "<p class=\"ct-all__figure\"><strong>{}</strong> {}</p>",
            escape_html(&numbers::figure(figure.value, figure.unit, lang)),
            escape_html(figure.label.get(lang))
        ));
    }
    if !event.actors.is_empty() {
        let names: Vec<&str> = event
            .actors
            .iter()
            .map(|&a| dataset.actors[usize::from(a)].name.get(lang))
            .collect();
        html.push_str(&format!(
            "<p class=\"ct-all__actors\">{}{}{}</p>",
            labels::text(labels::Label::Actors, lang),
            labels::colon(lang),
            escape_html(&names.join(", "))
        ));
    }
    html.push_str(&format!(
        "<p class=\"ct-all__sources\">{}{}</p><ul>",
        labels::text(labels::Label::Sources, lang),
        labels::colon(lang).trim_end()
    ));
    for source in event.sources.iter() {
        let outlet = escape_html(&source.outlet);
        let date = escape_html(&source.date);
        match &source.url {
            Some(url) => html.push_str(&format!(
                "<li><a href=\"{url}\" rel=\"noopener noreferrer\">{outlet}</a>, {date}</li>",
                url = escape_html(url)
            )),
            None => html.push_str(&format!("<li>{outlet}, {date}</li>")),
        }
    }
    html.push_str("</ul></article></li>");
    html
}

/// The events as schema.org JSON-LD: an `ItemList` of `Event`s, for search engines.
pub fn json_ld(dataset: &Dataset, lang: Lang) -> String {
    let items: Vec<String> = dataset
        .events
        .iter()
        .enumerate()
        .map(|(n, event)| {
            let sources: Vec<String> = event
                .sources
                .iter()
                .filter_map(|s| s.url.as_deref().map(json_string))
                .collect();
            format!(
                "{{\"@type\":\"ListItem\",\"position\":{},\"item\":{{\"@type\":\"Event\",\"@id\":{},\"name\":{},\"description\":{},\"startDate\":{},\"eventStatus\":\"https://schema.org/EventScheduled\",\"eventAttendanceMode\":\"https://schema.org/OfflineEventAttendanceMode\",\"location\":{{\"@type\":\"Place\",\"name\":{}}},\"sameAs\":[{}]}}}}",
                n + 1,
                json_string(&format!("#{}", event.id)),
                json_string(event.headline.get(lang)),
                json_string(event.body.get(lang)),
                json_string(&dates::datetime_attribute(&event.start)),
                json_string(labels::zone(event.start.zone_name(), lang)),
                sources.join(",")
            )
        })
        .collect();
    format!(
        "{{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\",\"name\":{},\"inLanguage\":\"{}\",\"numberOfItems\":{},\"itemListElement\":[{}]}}",
        json_string(dataset.title.get(lang)),
        lang.tag(),
        dataset.events.len(),
        items.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::DATASET;

    #[test]
    fn text_is_escaped_as_text() {
        assert_eq!(
            escape_html("<img src=x onerror=\"alert(1)\">&'"),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;"
        );
        assert_eq!(
            json_string("</script>\"\\\n"),
            "\"\\u003c/script\\u003e\\\"\\\\\\n\""
        );
    }

    #[test]
    fn the_list_holds_every_event_in_order() {
        let html = event_list_html(&DATASET, Lang::Fr);
        assert_eq!(html.matches("<article").count(), DATASET.events.len());
        assert_eq!(
            html.matches("<time datetime=").count(),
            DATASET.events.len()
        );
        let first = html.find("OpenAI naît").unwrap();
        let last = html.find("Ilya Sutskever quitte OpenAI").unwrap();
        assert!(first < last);
        assert!(html.contains("datetime=\"2023-11-17T20:30Z\""));
        assert!(
            html.contains("href=\"https://www.axios.com/2023/11/22/sam-altman-return-open-ai\"")
        );
        assert!(
            !html.contains(" :"),
            "French colons take a non-breaking space"
        );
    }

    #[test]
    fn the_structured_data_lists_every_event() {
        let json = json_ld(&DATASET, Lang::En);
        assert!(json.starts_with("{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\""));
        assert_eq!(
            json.matches("\"@type\":\"Event\"").count(),
            DATASET.events.len()
        );
        assert!(!json.contains('<'), "nothing can close the script element");
        let balance = json.chars().fold(0i32, |depth, c| match c {
            '{' | '[' => depth + 1,
            '}' | ']' => depth - 1,
            _ => depth,
        });
        assert_eq!(balance, 0);
    }
}
