//! The list of every event, which the build writes into the pages after the widget (never drawn
//! in the browser): what readers without JavaScript or whose wasm failed, printers and search
//! engines get. Each event is the story card's own content (`event_card`), so that an event has
//! one renderer.

use super::event_card::{event_card, ShownCard};
use crisis_format::schema::{Dataset, Lang};
use crisis_model::dates;
use crisis_model::labels::{self, Label};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EventList`].
#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// The story.
    pub dataset: Rc<Dataset>,
    /// The language it is listed in: the page's.
    pub lang: Lang,
}

/// Every event as an ordered list of articles, in the story's order, each with the id
/// `ct-event-{id}` that a link to the event reaches.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let EventListProps { dataset, lang } = props;
    let lang = *lang;
    let title = format!(
        "{}{}{}",
        dataset.title.get(lang),
        labels::colon(lang),
        labels::text(Label::AllEvents, lang)
    );
    let events = dataset.events.iter().map(|event| {
        // Every card of the list is shown: its images load when a reader sees the list.
        let shown = ShownCard {
            headline_id: format!("ct-event-{}-headline", event.id),
            updated: false,
            reduced_motion: false,
        };
        html! {
            <li>
                <article class="ct-all__event" id={format!("ct-event-{}", event.id)}
                    aria-labelledby={shown.headline_id.clone()}>
                    { event_card(dataset, event, lang, None, Some(&shown)) }
                </article>
            </li>
        }
    });
    html! {
        <section class="ct-all" lang={lang.tag().to_string()} dir={if lang.right_to_left() { "rtl" } else { "ltr" }}
            aria-labelledby="ct-all-title">
            <h2 class="ct-all__title" id="ct-all-title">{ title }</h2>
            if let Some(updated) = &dataset.updated {
                <p class="ct-all__updated">{ dates::updated(updated, lang) }</p>
            }
            <ol class="ct-all__list">{ for events }</ol>
        </section>
    }
}
