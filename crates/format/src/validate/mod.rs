//! Checks a story (a file at build time, a page's JSON at run time) and turns it into a
//! [`Dataset`].
//!
//! Every rule names the item (story, segment, lane, actor, gauge, event), the field and what
//! is wrong in one [`ValidationError`], so that a newsroom editor can fix the file from the
//! message alone. One pass finds every mistake, the first of each item: the build lists them
//! all and stops; a page shows the events that pass and names each one left out; a story whose
//! frame (title, languages, segments, lanes, actors, gauges) has a mistake cannot be shown.
//!
//! The checks take the raw data by value and move its text into the checked types, and write an
//! item's or a field's name out only for an error: a page may hand in 10,000 events, and a
//! copy or a `format!` per field was most of the time they took to check.
//!
//! Files: [`item`] names items and builds errors, [`fields`] checks single fields (text, ids,
//! addresses, names from a list), `frame` the story's frame, `gauges` the state strip's gauges
//! and the values events give them, `events` the events, and one file each for an event's
//! parts: `figure`, `image`, `link`, `quote`, `recording`, `source`.

mod events;
mod fields;
mod figure;
mod frame;
mod gauges;
mod image;
mod link;
mod quote;
mod recording;
mod source;

pub use crate::item::{item_name, ValidationError};
pub use image::parse_ratio;

use super::calendar::ZoneRules;
use super::json_story::{read_story, read_story_again, ReadStory};
use super::schema::Dataset;
use crate::item::Item;
use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

/// Longest headline, in characters, that fits the story card on a phone.
pub const MAX_HEADLINE_CHARS: usize = 90;
/// Longest body text, in characters: about three sentences.
pub const MAX_BODY_CHARS: usize = 700;
/// Most events one story may hold.
pub const MAX_EVENTS: usize = 20_000;
/// Largest story text, in bytes, that a page may hand in: 5 MB, about 20,000 events.
pub const MAX_STORY_BYTES: usize = 5_000_000;
/// Longest correction note, in characters: a sentence or two.
pub const MAX_CORRECTION_CHARS: usize = 300;
/// How many events of the version shown a new version's event is compared with, from the
/// place after the last one found: up to 7 events removed in a row are still found after.
const LOOK_AHEAD: usize = 8;

/// A story that can be shown, with the events left out of it and why.
#[derive(Debug)]
pub struct Checked {
    /// What the widget shows.
    pub dataset: Dataset,
    /// One mistake per event left out, in the story's order.
    pub skipped: Vec<ValidationError>,
    /// Where each of the dataset's events is in the story's text, in bytes.
    pub spans: Vec<Range<usize>>,
    /// Where the story's list of events is in its text.
    pub events_span: Range<usize>,
}

/// A version of a developing story as shown: its text, the dataset it gave, and where each of
/// its events is in the text, so that the next version reads and checks only what changed.
pub struct ShownVersion {
    /// The text it was read from.
    pub text: Rc<str>,
    /// What it gave.
    pub dataset: Rc<Dataset>,
    /// Where each of the dataset's events is in `text`.
    pub spans: Vec<Range<usize>>,
    /// Where its list of events is in `text`.
    pub events_span: Range<usize>,
}

/// Reads and checks a story written in JSON. `Err` lists every mistake of a story that cannot
/// be shown at all.
pub fn check_story(text: &str, zones: &dyn ZoneRules) -> Result<Checked, Vec<ValidationError>> {
    too_long(text)?;
    validate_again(read_story(text).map_err(|e| vec![e])?, zones, None)
}

/// Reads and checks a new version of the story `shown`, as [`check_story`] does, but neither
/// reads nor checks again an event whose JSON is the same, in a story whose frame (everything
/// but its events) is the same. With it, the story's bytes crossed into the wasm as bytes and
/// the reader's clock line kept, a 1,000-event story's refresh with 10 events changed went from
/// 68 to 33 ms of main thread (node tests/e2e/bench-refresh.mjs).
pub fn check_story_again(
    text: &str,
    zones: &dyn ZoneRules,
    shown: &ShownVersion,
) -> Result<Checked, Vec<ValidationError>> {
    too_long(text)?;
    // Events come in time order in both versions: each new event is looked for just after the
    // last one found, a few places on for those removed. No hashing of every event's text.
    let next = Cell::new(0);
    let known = |event: &str| {
        let from = next.get();
        let found = (from..shown.spans.len().min(from + LOOK_AHEAD))
            .find(|&n| shown.text[shown.spans[n].clone()] == *event)?;
        next.set(found + 1);
        Some(found)
    };
    let read = read_story_again(text, Some(&known)).map_err(|e| vec![e])?;
    let (now, was) = (&read.story.events_span, &shown.events_span);
    let same_frame =
        text[..now.start] == shown.text[..was.start] && text[now.end..] == shown.text[was.end..];
    if !same_frame {
        return check_story(text, zones);
    }
    validate_again(read, zones, Some(&shown.dataset))
}

/// The mistake of a text over [`MAX_STORY_BYTES`].
fn too_long(text: &str) -> Result<(), Vec<ValidationError>> {
    if text.len() > MAX_STORY_BYTES {
        return Err(vec![Item::STORY.err(
            "(text)",
            format!(
                "is {} bytes long, more than the {MAX_STORY_BYTES} the widget takes",
                text.len()
            ),
        )]);
    }
    Ok(())
}

/// Reads and checks a story as the build does: any mistake, even in one event, fails, and
/// every mistake is listed.
pub fn check_story_strictly(
    text: &str,
    zones: &dyn ZoneRules,
) -> Result<Dataset, Vec<ValidationError>> {
    match check_story(text, zones)? {
        Checked {
            dataset, skipped, ..
        } if skipped.is_empty() => Ok(dataset),
        Checked { skipped, .. } => Err(skipped),
    }
}

/// Checks a story as read. `Err` lists every mistake of a story that cannot be shown at all.
pub fn validate(read: ReadStory, zones: &dyn ZoneRules) -> Result<Checked, Vec<ValidationError>> {
    validate_again(read, zones, None)
}

/// Checks a story as read, taking the events read again ([`RawEvent::again`]) from the
/// version `shown`.
///
/// [`RawEvent::again`]: super::raw::RawEvent::again
fn validate_again(
    read: ReadStory,
    zones: &dyn ZoneRules,
    shown: Option<&Dataset>,
) -> Result<Checked, Vec<ValidationError>> {
    let ReadStory {
        story: raw,
        mut frame_mistakes,
        event_mistakes,
    } = read;
    let mistakes = &mut frame_mistakes;
    let story = Item::STORY;
    let languages = kept(frame::languages(raw.languages.as_deref()), mistakes)
        .unwrap_or_else(|| frame::languages_despite(raw.languages.as_deref(), &raw.title));
    let title = kept(
        fields::texts(&story, "title", raw.title, MAX_HEADLINE_CHARS, &languages),
        mistakes,
    );
    let (published, updated) = kept(
        frame::dates(raw.published.as_deref(), raw.updated.as_deref()),
        mistakes,
    )
    .unwrap_or_default();
    let words = frame::words(raw.words, &languages, mistakes);
    let mut dataset = Dataset {
        title: title.unwrap_or_default(),
        zones: Cow::Owned(Vec::new()),
        published,
        updated,
        segments: Cow::Owned(frame::segments(raw.segments, &languages, mistakes)),
        lanes: Cow::Owned(frame::lanes(raw.lanes, &languages, mistakes)),
        languages,
        actors: Cow::Owned(Vec::new()),
        gauges: Cow::Owned(Vec::new()),
        events: Cow::Owned(Vec::new()),
        words: Cow::Owned(words),
    };
    dataset.actors = Cow::Owned(frame::actors(raw.actors, &dataset, mistakes));
    dataset.gauges = Cow::Owned(gauges::gauges(raw.gauges, &dataset.languages, mistakes));
    let total = raw.events.len() + event_mistakes.len();
    if total > MAX_EVENTS {
        mistakes.push(story.err(
            "events",
            format!("{total} events is more than the {MAX_EVENTS} the widget takes"),
        ));
        return Err(frame_mistakes);
    }
    let events_span = raw.events_span.clone();
    let events::CheckedEvents {
        events,
        zones: zone_names,
        mut skipped,
        spans,
    } = events::validate_events(raw.events, &dataset, zones, shown);
    skipped.splice(0..0, event_mistakes);
    if events.is_empty() || !frame_mistakes.is_empty() {
        frame_mistakes.extend(skipped);
        if events.is_empty() {
            let problem = if total == 0 {
                "there are no events".to_string()
            } else {
                format!("none of the {total} events can be shown")
            };
            frame_mistakes.push(story.err("events", problem));
        }
        return Err(frame_mistakes);
    }
    dataset.events = Cow::Owned(events);
    dataset.zones = Cow::Owned(zone_names);
    Ok(Checked {
        dataset,
        skipped,
        spans,
        events_span,
    })
}

/// The value of a check, its mistake moved to `mistakes`.
fn kept<T>(result: Result<T, ValidationError>, mistakes: &mut Vec<ValidationError>) -> Option<T> {
    result.map_err(|e| mistakes.push(e)).ok()
}
