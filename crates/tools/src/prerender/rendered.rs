//! The widget's first state and the list of every event, drawn by the widget's own components
//! through Yew's server renderer, so that the pages show what the browser will draw and an event
//! has one renderer. Yew escapes every text it writes.

use crisis_format::schema::{Dataset, Lang};
use crisis_model::options::Options;
use crisis_timeline::components::event_list::{EventList, EventListProps};
use crisis_timeline::components::timeline::{Timeline, TimelineProps};
use std::future::Future;
use std::rc::Rc;

/// Runs a server render to its end, on a runtime of its own: the build has no other async work.
fn rendered(render: impl Future<Output = String>) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    tokio::task::LocalSet::new().block_on(&runtime, render)
}

/// Every event as an ordered list of articles, in `lang`: each the story card's content, from its
/// date to its sources and corrections.
pub fn event_list_html(dataset: Rc<Dataset>, lang: Lang) -> String {
    // The words the story carries, for its labels.
    crisis_model::held_words::hold_story(&dataset);
    rendered(
        yew::LocalServerRenderer::<EventList>::with_props(EventListProps { dataset, lang })
            .hydratable(false)
            .render(),
    )
}

/// The widget's first state as the browser's first render draws it, for `dataset` with the
/// default options (French, first event).
pub fn widget_html(dataset: Rc<Dataset>) -> String {
    // The words the story carries, for its labels.
    crisis_model::held_words::hold_story(&dataset);
    rendered(
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
        .render(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;

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
        let mut story = DATASET.clone();
        story.events.to_mut()[0] = event;
        let html = event_list_html(Rc::new(story), Lang::EN);
        assert!(
            html.contains("<picture><source media=\"(prefers-reduced-motion: reduce)\" srcset=\"riot.png\"><img src=\"riot.gif\" srcset=\"riot-400.gif 400w\" sizes=\"(min-width: 36rem) 36rem, 100vw\" alt="),
            "{html}"
        );
        assert!(
            html.contains("</picture></span><figcaption class=\"ct-image__caption\">"),
            "{html}"
        );
        assert!(
            html.contains("Photo: \"A\" &lt;B&gt;"),
            "its text as text: {html}"
        );
    }

    #[test]
    fn the_list_holds_every_event_in_order() {
        crisis_model::cldr::install(&crisis_icu::Icu);
        let html = event_list_html(Rc::new(DATASET.clone()), Lang::FR);
        assert_eq!(html.matches("<article").count(), DATASET.events.len());
        assert_eq!(
            html.matches("<time datetime=").count(),
            DATASET.events.len()
        );
        assert_eq!(
            html.matches("<h3 id=\"ct-event-").count(),
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
        assert_eq!(html.matches("class=\"ct-correction\"").count(), 13);
        assert!(
            !html.contains(" :"),
            "French colons take a non-breaking space"
        );
    }

    #[test]
    fn a_listed_body_is_the_card_s_rich_text_with_its_html_as_text() {
        let mut story = DATASET.clone();
        story.events.to_mut()[0].body.set(
            Lang::EN,
            "A *big* [day](https://a.org/?b=1&c=\"2\").\n\n**<script>** Q* stays",
        );
        let html = event_list_html(Rc::new(story), Lang::EN);
        assert!(
            html.contains("<p class=\"ct-card__body\">A <em>big</em> <a href=\"https://a.org/?b=1&amp;c=&quot;2&quot;\" target=\"_blank\" rel=\"noopener noreferrer\""),
            "{html}"
        );
        assert!(
            html.contains(
                "<p class=\"ct-card__body\"><strong>&lt;script&gt;</strong> Q* stays</p>"
            ),
            "{html}"
        );
    }

    #[test]
    fn a_listed_platform_video_is_a_link_to_it_and_loads_nothing() {
        use crisis_format::schema::Recording;
        use std::borrow::Cow;
        let mut story = DATASET.clone();
        let event = &mut story.events.to_mut()[0];
        event.recording = Some(Recording {
            url: Cow::Borrowed("https://www.youtube.com/watch?v=aPweFhhXFvY"),
            title: event.headline.clone(),
            poster: Cow::Borrowed("poster.jpg"),
            width: 16,
            height: 9,
            captions: Cow::Borrowed(&[]),
        });
        let title = event.headline.get(Lang::EN).to_string();
        let html = event_list_html(Rc::new(story), Lang::EN);
        assert!(
            html.contains(&format!("<figcaption class=\"ct-image__caption\"><a href=\"https://www.youtube.com/watch?v=aPweFhhXFvY\" target=\"_blank\" rel=\"noopener noreferrer\" title=\"opens in a new tab\">{title}</a></figcaption>")),
            "{html}"
        );
        assert!(
            !html.contains("<iframe"),
            "no player before a press: {html}"
        );
    }

    #[test]
    fn a_list_in_a_right_to_left_language_is_laid_out_right_to_left() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/valdoria-flood-arabic.toml"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let arabic =
            crisis_format::toml_reader::read_toml_story(&text, &crisis_format::tzdb::Tzdb).unwrap();
        let lang = arabic.languages.first();
        let html = event_list_html(Rc::new(arabic), lang);
        assert!(html.contains(" dir=\"rtl\""), "{html}");
        let french = event_list_html(Rc::new(DATASET.clone()), Lang::FR);
        assert!(french.contains(" dir=\"ltr\""), "{french}");
    }
}
