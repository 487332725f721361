//! What a card says of one event, from its date to its sources: drawn by the story card for
//! the event the reader sees (and its unseen sizers), and by the list of every event that the
//! build writes into the pages (`EventList`), so that an event has one renderer.

use super::body_text::body_text;
use super::event_image::event_image;
use super::link_card::link_card;
use super::quotation::quotation;
use super::recording_player::RecordingPlayer;
use crisis_format::schema::{Dataset, Event, Lang};
use crisis_model::dates;
use crisis_model::labels::{self, Label};
use crisis_model::numbers;
use crisis_model::quote_lines;
use yew::prelude::*;

/// What only the card the reader sees has; the sizer cards that reserve its height have none.
pub struct ShownCard {
    /// The id of its headline, which names the card: one, so that no id is repeated.
    pub headline_id: String,
    /// Whether the last version of a developing story changed the event.
    pub updated: bool,
    /// The reader's wish for no motion, which an animated image follows.
    pub reduced_motion: bool,
}

/// The inside of a card for `event`, in `lang`; `reader_time` is the event's time on the
/// reader's clock, if different; `shown` is given for a card a reader sees (the story card, each
/// of the list's), not for the unseen sizers.
pub fn event_card(
    dataset: &Dataset,
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
        .map(|&a| dataset.actors[usize::from(a)].name.get(lang))
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
                    { dates::when_line(&event.start, dataset.zone_name(&event.start), lang) }
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
                { quotation(quote, quote_lines::attribution(quote, dataset, lang, said_in_name(quote, lang).as_deref()), lang) }
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
