//! The story card: everything about the selected event, from its date to its sources.

use super::body_text::body_text;
use super::event_image::event_image;
use super::link_card::link_card;
use super::quotation::quotation;
use super::recording_player::RecordingPlayer;
use crate::state::{use_timeline, Story};
use crisis_format::schema::{Event, Lang, Text};
use crisis_model::card_height::longest_events;
use crisis_model::dates;
use crisis_model::labels::{self, Label};
use crisis_model::numbers;
use crisis_model::quote_lines;
use crisis_model::timeline::Direction;
use yew::prelude::*;

/// How many of the longest events, for each width considered, are laid out unseen under the
/// card, so that its height is the tallest card's and the page does not jump as the reader moves.
const SIZER_CARDS: usize = 2;

/// The selected event, sliding in from the side the reader moves towards.
#[component]
pub fn StoryCard() -> Html {
    let context = use_timeline();
    let now = context.now();
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
                        { card_content(story, story.event(i), lang, widest_reader_time(story.event(i), lang), None) }
                    </div>
                }) }
            </div>
            <article class={classes!("ct-card", enter)} key={event.id.to_string()} part="card"
                aria-labelledby={headline_id.clone()}>
                { card_content(story, event, lang, shown_reader_time, Some(&shown)) }
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

/// What only the card the reader sees has; the sizer cards that reserve its height have none.
struct ShownCard {
    /// The id of its headline, which names the card: one, so that no id is repeated.
    headline_id: String,
    /// Whether the last version of a developing story changed the event.
    updated: bool,
    /// The reader's wish for no motion, which an animated image follows.
    reduced_motion: bool,
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

/// The inside of a card; `reader_time` is the event's time on the reader's clock, if different;
/// `shown` is given for the card the reader sees, not for the sizers.
fn card_content(
    story: &Story,
    event: &Event,
    lang: Lang,
    reader_time: Option<String>,
    shown: Option<&ShownCard>,
) -> Html {
    let headline_id = shown.map(|s| s.headline_id.clone());
    let updated = shown.is_some_and(|s| s.updated);
    let reduced_motion = shown.is_some_and(|s| s.reduced_motion);
    let actors = event
        .actors
        .iter()
        .map(|&a| story.dataset.actors[usize::from(a)].name.get(lang))
        .collect::<Vec<_>>()
        .join(", ");
    let figure = event.figure.as_ref().map(|f| {
        html! {
            <p class="ct-figure">
                <strong class="ct-figure__value">{ numbers::figure(f.value, f.unit, lang) }</strong>
                <span class="ct-figure__label">{ f.label.get(lang) }</span>
            </p>
        }
    });
    let sources = event.sources.iter().map(|s| {
        // Isolated: an outlet's name keeps its own direction in a line of the other (a Latin
        // name in an Arabic card), and the comma and date after it stay in place.
        let name = html! { <bdi>{ s.outlet.as_ref() }</bdi> };
        let link = match &s.url {
            Some(url) => html! {
                <a href={url.to_string()} target="_blank" rel="noopener noreferrer"
                    title={labels::text(Label::NewTab, lang)}>{ name }</a>
            },
            None => name,
        };
        html! { <li>{ link }{ ", " }<span class="ct-sources__date">{ s.date.as_ref() }</span></li> }
    });
    html! {
        <>
            <p class="ct-card__meta">
                <span class={classes!("ct-badge", format!("ct-badge--{}", event.status.name()))}>{ labels::status(event.status, lang) }</span>
                if updated {
                    <span class="ct-badge ct-badge--updated">{ labels::text(Label::UpdatedMark, lang) }</span>
                }
                <time class="ct-card__when" datetime={dates::datetime_attribute(&event.start)}>
                    { dates::when_line(&event.start, story.dataset.zone_name(&event.start), lang) }
                </time>
                if let Some(time) = reader_time {
                    <span class="ct-card__reader">{ labels::your_time(&time, lang) }</span>
                }
            </p>
            <h3 class="ct-card__headline" id={headline_id.clone()}>{ event.headline.get(lang) }</h3>
            if let Some(image) = &event.image {
                // The sizer cards (no headline id) keep the image's space without loading it.
                { event_image(image, lang, headline_id.is_some(), reduced_motion) }
            }
            if let Some(recording) = &event.recording {
                <RecordingPlayer recording={recording.clone()} {lang} shown={headline_id.is_some()} />
            }
            { body_text(event.body.get(lang), lang) }
            if let Some(quote) = &event.quote {
                { quotation(quote, quote_lines::attribution(quote, &story.dataset, lang, said_in_name(quote, lang).as_deref()), lang) }
            }
            { figure }
            if let Some(link) = &event.link {
                { link_card(link, lang) }
            }
            if !actors.is_empty() {
                <p class="ct-card__actors"><span class="ct-card__caption">{ labels::text(Label::Actors, lang) }</span>{ " " }{ actors }</p>
            }
            <div class="ct-sources">
                <span class="ct-card__caption">{ labels::text(Label::Sources, lang) }</span>
                <ul class="ct-sources__list">{ for sources }</ul>
            </div>
            if !event.corrections.is_empty() {
                <ul class="ct-corrections">
                    { for event.corrections.iter().map(|c| html! {
                        <li class="ct-correction">
                            <span class="ct-card__caption">{ dates::correction(&c.date, lang) }{ labels::colon(lang).trim_end() }</span>
                            { " " }{ c.note.get(lang) }
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}

/// The name, in `lang`, of the language `quote` was said in, when the words shown are a
/// translation (the browser's CLDR; asked for only then).
fn said_in_name(quote: &crisis_format::schema::Quote, lang: Lang) -> Option<String> {
    (quote.said_in != lang)
        .then(|| crisis_intl::language_name(quote.said_in, lang))
        .flatten()
}
