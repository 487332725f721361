//! The story as static HTML and structured data, written into the pages at build time, so that
//! readers without JavaScript, readers whose wasm fails to load, printers and search engines all
//! get every event; and the widget's first state, drawn by Yew's server renderer. Native only
//! (the `crisis-tools` crate): none of it is in the wasm. The HTML is plain string building, with
//! every text from the data escaped here; the JSON-LD is written by serde_json.

use crisis_format::rich_text::{self, Span};
use crisis_format::schema::{Dataset, Event, Lang};
use crisis_model::image_source::{image_source, SIZES};
use crisis_model::options::Options;
use crisis_model::{cldr, dates, labels, numbers, quote_lines};
use crisis_timeline::built_in::STORY_ATTRIBUTE;
use crisis_timeline::components::timeline::{Timeline, TimelineProps};
use serde_json::json;
use std::rc::Rc;

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

/// A built page told in the story's language and named after it: its `lang`, its `<title>`,
/// its heading and its description, which the page templates write for the default story.
/// Trunk's minifier may have dropped the quotes around attribute values: both forms are read.
pub fn page_with_story_head(html: &str, dataset: &Dataset, lang: Lang) -> String {
    // The words the story carries, for its labels.
    crisis_model::held_words::hold_story(dataset);
    let title = escape_html(&labels::page_title(dataset.title.get(lang), lang));
    let mut out = html.to_string();
    for old in ["<html lang=\"fr\">", "<html lang=fr>"] {
        out = out.replacen(old, &format!("<html lang=\"{}\">", lang.tag()), 1);
    }
    for (open, close) in [("<title", "</title>"), ("<h1", "</h1>")] {
        if let Some(start) = tag_end(&out, open) {
            if let Some(end) = out[start..].find(close).map(|e| start + e) {
                out.replace_range(start..end, &title);
            }
        }
    }
    let meta = out.match_indices("<meta").map(|(at, _)| at).find(|&at| {
        out[at..]
            .split('>')
            .next()
            .is_some_and(|t| t.contains("name=description") || t.contains("name=\"description\""))
    });
    if let Some(at) = meta {
        let content = "content=\"";
        let tag_len = out[at..].find('>').unwrap_or(0);
        if let Some(start) = out[at..at + tag_len]
            .find(content)
            .map(|c| at + c + content.len())
        {
            if let Some(end) = out[start..].find('"').map(|e| start + e) {
                out.replace_range(start..end, &title);
            }
        }
    }
    out
}

/// Where the content of the first element opened by `open` (e.g. `<h1`) starts.
fn tag_end(html: &str, open: &str) -> Option<usize> {
    let at = html.find(open)?;
    Some(at + html[at..].find('>')? + 1)
}

/// Every event as an ordered list of articles, in `lang`: date, status, headline, text, key
/// figure and sources with their addresses.
pub fn event_list_html(dataset: &Dataset, lang: Lang) -> String {
    // The words the story carries, for its labels.
    crisis_model::held_words::hold_story(dataset);
    let mut html = format!(
        "<section class=\"ct-all\" lang=\"{}\" aria-labelledby=\"ct-all-title\"><h2 class=\"ct-all__title\" id=\"ct-all-title\">{}{}{}</h2>",
        lang.tag(),
        escape_html(dataset.title.get(lang)),
        labels::colon(lang),
        labels::text(labels::Label::AllEvents, lang),
    );
    if let Some(updated) = &dataset.updated {
        html.push_str(&format!(
            "<p class=\"ct-all__updated\">{}</p>",
            escape_html(&dates::updated(updated, lang))
        ));
    }
    html.push_str("<ol class=\"ct-all__list\">");
    for event in dataset.events.iter() {
        html.push_str(&event_html(dataset, event, lang));
    }
    html.push_str("</ol></section>");
    html
}

/// An event's body in the static list: its rich text's paragraphs, each piece escaped, as the
/// card builds them (`components::body_text`).
fn body_html(text: &str) -> String {
    let mut html = String::new();
    for paragraph in rich_text::paragraphs(text) {
        html.push_str("<p>");
        for span in paragraph {
            html.push_str(&match span {
                Span::Text(words) => escape_html(words),
                Span::Emphasis(words) => format!("<em>{}</em>", escape_html(words)),
                Span::Strong(words) => format!("<strong>{}</strong>", escape_html(words)),
                Span::Link { words, url } => format!(
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    escape_html(url),
                    escape_html(words)
                ),
            });
        }
        html.push_str("</p>");
    }
    html
}

fn event_html(dataset: &Dataset, event: &Event, lang: Lang) -> String {
    let mut html = format!(
        "<li><article class=\"ct-all__event\" id=\"ct-event-{id}\"><p class=\"ct-all__meta\"><time datetime=\"{datetime}\">{when}</time> · <span class=\"ct-all__status\">{status}</span></p><h3 class=\"ct-all__headline\">{headline}</h3>{body}",
        id = escape_html(&event.id),
        datetime = escape_html(&dates::datetime_attribute(&event.start)),
        when = escape_html(&dates::when_line(&event.start, dataset.zone_name(&event.start), lang)),
        status = escape_html(labels::status(event.status, lang)),
        headline = escape_html(event.headline.get(lang)),
        body = body_html(event.body.get(lang)),
    );
    if let Some(image) = &event.image {
        // Lazy: the list is shown when printing, or with no script; on screen it is hidden and
        // loads nothing.
        let credit = match (image.caption.get(lang), image.credit.as_ref()) {
            ("", "") => String::new(),
            (caption, credit) => format!(
                "<figcaption>{}</figcaption>",
                escape_html(format!("{caption} {credit}").trim())
            ),
        };
        // Its other widths, and, for a reader who prefers reduced motion, its still frame: the
        // list is what a reader without script sees, and the browser picks with no script.
        let srcset = match image_source(image, false).srcset {
            srcset if srcset.is_empty() => String::new(),
            srcset => format!(" srcset=\"{}\" sizes=\"{SIZES}\"", escape_html(&srcset)),
        };
        let (before, after) = match &image.still {
            Some(still) => (
                format!(
                    "<picture><source media=\"(prefers-reduced-motion: reduce)\" srcset=\"{}\">",
                    escape_html(still)
                ),
                "</picture>",
            ),
            None => (String::new(), ""),
        };
        html.push_str(&format!(
            "<figure class=\"ct-all__image\">{before}<img src=\"{}\"{srcset} alt=\"{}\" width=\"{}\" height=\"{}\" loading=\"lazy\">{after}{credit}</figure>",
            escape_html(&image.url),
            escape_html(image.alt.get(lang)),
            image.width,
            image.height,
        ));
    }
    if let Some(recording) = &event.recording {
        html.push_str(&format!(
            "<p class=\"ct-all__recording\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>",
            escape_html(&recording.url),
            escape_html(recording.title.get(lang)),
        ));
    }
    if let Some(link) = &event.link {
        let date = match link.date.as_ref() {
            "" => String::new(),
            date => format!(", {}", escape_html(date)),
        };
        html.push_str(&format!(
            "<p class=\"ct-all__link\"><a href=\"{}\" rel=\"noopener noreferrer\">{}</a> ({}{date})</p>",
            escape_html(&link.url),
            escape_html(link.title.get(lang)),
            escape_html(&link.outlet),
        ));
    }
    if let Some(quote) = &event.quote {
        let cite = quote
            .url
            .as_ref()
            .map(|url| format!(" cite=\"{}\"", escape_html(url)))
            .unwrap_or_default();
        html.push_str(&format!(
            "<figure class=\"ct-all__quote\"><blockquote{cite}>{}</blockquote><figcaption>{}</figcaption></figure>",
            escape_html(&quote_lines::quoted_words(quote, lang)),
            escape_html(&quote_lines::attribution(quote, dataset, lang, None)),
        ));
    }
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
    html.push_str("</ul>");
    for correction in event.corrections.iter() {
        html.push_str(&format!(
            "<p class=\"ct-all__correction\"><strong>{}</strong>{}{}</p>",
            escape_html(&dates::correction(&correction.date, lang)),
            labels::colon(lang),
            escape_html(correction.note.get(lang))
        ));
    }
    html.push_str("</article></li>");
    html
}

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

/// JSON text that no text in it can end the `<script>` element it sits in. Outside strings
/// JSON has no `<`, `>` or `&`: each one is in a string, where an escape means the same
/// character.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The story built in, in the page for the wasm to read (the element [`STORY_ATTRIBUTE`]
/// marks): the page's text is then not carried a second time in the wasm.
pub fn story_script(json: &str) -> String {
    format!(
        "<script type=\"application/json\" {STORY_ATTRIBUTE}>{}</script>",
        script_json(json)
    )
}

/// The widget's first state as the browser's first render draws it, for `dataset` with the
/// default options (French, first event).
pub fn widget_html(dataset: Rc<Dataset>) -> String {
    // The words the story carries, for its labels.
    crisis_model::held_words::hold_story(&dataset);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async {
        yew::LocalServerRenderer::<Timeline>::with_props(TimelineProps {
            dataset,
            options: Options::default(),
            on_select: Default::default(),
            on_play: Default::default(),
            on_ready: Default::default(),
            on_update: Default::default(),
            // No wishes: the story's first language, the page's.
            wishes: Default::default(),
            // Effects do not run on the server: the build names the page itself.
            names_page: false,
        })
        .hydratable(false)
        .render()
        .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;

    #[test]
    fn a_body_s_rich_text_is_listed_as_the_card_builds_it_and_its_html_as_text() {
        assert_eq!(
            body_html("A *big* [day](https://a.org/?b=1&c=\"2\").\n\n**<script>**"),
            "<p>A <em>big</em> <a href=\"https://a.org/?b=1&amp;c=&quot;2&quot;\" rel=\"noopener noreferrer\">day</a>.</p><p><strong>&lt;script&gt;</strong></p>"
        );
    }

    #[test]
    fn text_is_escaped_as_text() {
        assert_eq!(
            escape_html("<img src=x onerror=\"alert(1)\">&'"),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;"
        );
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

    #[test]
    fn a_built_page_is_named_after_its_story_in_its_language() {
        let page = "<html lang=\"fr\"><head><title>La crise à la tête d’OpenAI : la chronologie</title><meta name=\"description\" content=\"Chronologie animée de la crise\" /></head><body><h1 class=\"ct-sr\">La crise</h1></body></html>";
        let mut story = DATASET.clone();
        story.title.set(Lang::EN, "Cuba & the <missiles>");
        story.languages = crisis_format::schema::Languages(std::borrow::Cow::Borrowed(&[Lang::EN]));
        let html = page_with_story_head(page, &story, Lang::EN);
        let title = "Cuba &amp; the &lt;missiles&gt;: timeline";
        assert_eq!(
            html,
            format!("<html lang=\"en\"><head><title>{title}</title><meta name=\"description\" content=\"{title}\" /></head><body><h1 class=\"ct-sr\">{title}</h1></body></html>")
        );
        let minified = page
            .replace("<html lang=\"fr\">", "<html lang=fr>")
            .replace("class=\"ct-sr\"", "class=ct-sr")
            .replace(
                "<meta name=\"description\" content=\"Chronologie animée de la crise\" />",
                "<meta content=\"Chronologie animée de la crise\" name=description>",
            );
        let html = page_with_story_head(&minified, &story, Lang::EN);
        assert!(html.starts_with("<html lang=\"en\">"), "{html}");
        assert!(
            html.contains(&format!("<meta content=\"{title}\" name=description>")),
            "{html}"
        );
        assert!(
            html.contains(&format!("<h1 class=ct-sr>{title}</h1>")),
            "{html}"
        );
        assert_eq!(
            page_with_story_head(page, &DATASET, Lang::FR),
            page.replace(
                "Chronologie animée de la crise",
                "La crise à la tête d’OpenAI\u{A0}: chronologie"
            )
            .replace(
                "<h1 class=\"ct-sr\">La crise</h1>",
                "<h1 class=\"ct-sr\">La crise à la tête d’OpenAI\u{A0}: chronologie</h1>"
            )
            .replace(
                "La crise à la tête d’OpenAI : la chronologie",
                "La crise à la tête d’OpenAI\u{A0}: chronologie"
            )
        );
    }

    #[test]
    fn the_server_renders_the_widget_at_its_first_event() {
        let html = widget_html(Rc::new(DATASET.clone()));
        let first = &DATASET.events[0];
        let card = &html[html.find("<article").unwrap()..html.find("</article>").unwrap()];
        assert!(
            card.contains(first.headline.get(Lang::FR)),
            "the card shows the first event"
        );
        assert!(!card.contains(DATASET.events[1].headline.get(Lang::FR)));
        assert!(
            html.contains(&format!("1 / {}", DATASET.events.len())),
            "the position"
        );
        assert!(html.contains("lang=\"fr\""));
        for segment in DATASET.segments.iter() {
            assert!(html.contains(segment.name.get(Lang::FR)), "{}", segment.id);
        }
        // The segment in view has one marker per event, or cluster; the others have none yet.
        let in_view = DATASET
            .events
            .iter()
            .filter(|e| e.segment == first.segment)
            .count();
        let markers = html.matches("class=\"ct-markers__item\"").count();
        assert!(
            (1..=in_view).contains(&markers),
            "{markers} markers for {in_view} events"
        );
    }

    #[test]
    fn a_listed_image_offers_its_widths_and_its_still_frame_with_no_script() {
        use crisis_format::schema::{Image, ImageSize};
        use std::borrow::Cow;
        let mut event = DATASET.events[0].clone();
        event.image = Some(Image {
            url: Cow::Borrowed("riot.gif"),
            alt: event.headline.clone(),
            caption: event.headline.clone(),
            credit: Cow::Borrowed("Photo: \"A\" <B>"),
            width: 1200,
            height: 800,
            link: None,
            srcset: Cow::Owned(vec![ImageSize {
                url: Cow::Borrowed("riot-400.gif"),
                width: 400,
            }]),
            still: Some(Cow::Borrowed("riot.png")),
        });
        let html = event_html(&DATASET, &event, Lang::EN);
        assert!(
            html.contains("<picture><source media=\"(prefers-reduced-motion: reduce)\" srcset=\"riot.png\"><img src=\"riot.gif\" srcset=\"riot-400.gif 400w\" sizes=\"(min-width: 36rem) 36rem, 100vw\" alt="),
            "{html}"
        );
        assert!(html.contains("</picture><figcaption>"), "{html}");
        assert!(html.contains("Photo: &quot;A&quot; &lt;B&gt;"), "{html}");
    }

    #[test]
    fn the_list_holds_every_event_in_order() {
        crisis_model::cldr::install(&crisis_icu::Icu);
        let html = event_list_html(&DATASET, Lang::FR);
        assert_eq!(html.matches("<article").count(), DATASET.events.len());
        assert_eq!(
            html.matches("<time datetime=").count(),
            DATASET.events.len()
        );
        let first = html.find("Fondation d’OpenAI").unwrap();
        let last = html.find("Ilya Sutskever quitte OpenAI").unwrap();
        assert!(first < last);
        // Greg Brockman quits at 16:09 in San Francisco: 00:09 UTC the next day.
        assert!(html.contains("datetime=\"2023-11-18T00:09Z\""));
        assert!(
            html.contains("href=\"https://www.axios.com/2023/11/22/sam-altman-return-open-ai\"")
        );
        assert!(
            html.contains("Mis à jour le 4 décembre 2026"),
            "the last update"
        );
        assert_eq!(html.matches("class=\"ct-all__correction\"").count(), 13);
        assert!(
            !html.contains(" :"),
            "French colons take a non-breaking space"
        );
    }

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
}
