//! The story card: everything about the selected event, from its date to its sources.

use super::event_card::{event_card, ShownCard};
use crate::state::use_timeline;
use crisis_format::schema::{Event, Lang, Text};
use crisis_model::card_height::longest_events;
use crisis_model::timeline::Direction;
use yew::prelude::*;

/// How many of the longest events, for each width considered, are laid out unseen under the
/// card, so that its height is the tallest card's and the page does not jump as the reader moves.
const SIZER_CARDS: usize = 2;

/// The selected event, sliding in from the side the reader moves towards.
#[component]
pub fn StoryCard() -> Html {
    let context = use_timeline();
    let now = context.current();
    let lang = now.lang;
    let story = &context.story;
    let sizers = use_memo((story.clone(), lang), |(story, lang)| {
        longest_events(&story.dataset, *lang, SIZER_CARDS)
    });
    let event = story.event(now.selected);
    let enter = match (now.reduced_motion, now.direction) {
        (true, _) => None,
        (false, Direction::Forward) => Some("ct-enter-forward"),
        (false, Direction::Backward) => Some("ct-enter-backward"),
    };
    // The reader's clock is only known in the browser: read after the first render, so that
    // the page prerendered at build time and the first render in the browser are the same.
    // By the event's id and instant, not its place: a new version of a developing story that
    // moves the reader's event keeps its line, rather than dropping it for a frame.
    let reader_time = use_state_eq(|| None::<ReaderTime>);
    {
        let reader_time = reader_time.clone();
        let when = event.start;
        let zone = story.dataset.zone_name(&when).map(str::to_string);
        let key = (event.id.clone(), when.instant_ms, zone, lang);
        use_effect_with(key, move |(id, instant, zone, lang)| {
            let time = crisis_intl::reader_time(&when, zone.as_deref(), *lang);
            reader_time.set(time.map(|text| ReaderTime {
                id: id.clone(),
                instant_ms: *instant,
                lang: *lang,
                text,
            }));
        });
    }
    let shown_reader_time = (*reader_time)
        .clone()
        .filter(|t| t.id == event.id && t.instant_ms == event.start.instant_ms && t.lang == lang)
        .map(|t| t.text);
    let headline_id = format!("ct-headline-{}", event.id);
    let shown = ShownCard {
        headline_id: headline_id.clone(),
        updated: now.updated.contains(&now.selected),
        reduced_motion: now.reduced_motion,
    };
    html! {
        <div class="ct-stage">
            <div class="ct-sizers" aria-hidden="true" inert={true}>
                // Keyed by id, as the markers are: a new version that moves an event's place keeps
                // its sizer card.
                { for sizers.iter().map(|&i| html! {
                    <div class="ct-card" key={story.event(i).id.as_ref()}>
                        { event_card(&story.dataset, story.event(i), lang, widest_reader_time(story.event(i), lang), None) }
                    </div>
                }) }
            </div>
            <article class={classes!("ct-card", enter)} key={event.id.to_string()} part="card"
                aria-labelledby={headline_id.clone()}>
                { event_card(&story.dataset, event, lang, shown_reader_time, Some(&shown)) }
            </article>
        </div>
    }
}

/// For the unseen sizer cards: a reader's time as long as any can be, for events with a time
/// in a zone, so that the space kept for the card does not depend on where the reader is.
fn widest_reader_time(event: &Event, lang: Lang) -> Option<String> {
    event
        .start
        .time
        .filter(|_| event.start.zone.is_some())
        .map(|_| crisis_model::cldr::widest_zoned_time(lang))
}

/// The time of an event on the reader's clock, with the event, instant and language it was
/// worked out for, so that a card never shows another event's line.
#[derive(Clone, PartialEq)]
struct ReaderTime {
    id: Text,
    instant_ms: i64,
    lang: Lang,
    text: String,
}
