//! Checks a story (an events file, or a host page's events) and turns it into a [`Dataset`].
//!
//! Every rule fails with one [`ValidationError`] that names the item (event, actor, lane,
//! segment), the field and what is wrong, so that a newsroom editor can fix the file from the
//! message alone. The build script stops the build on the first error; the run-time API logs it
//! and keeps the embedded data.
//!
//! The checks take the raw data by value and move its text into the checked types, and write an
//! item's or a field's name out only for an error: a host page may hand in 10,000 events, and a
//! copy or a `format!` per field was most of the time they took to check.
//!
//! Files: [`item`] names items and builds errors, [`fields`] checks single fields (text, ids,
//! addresses, names from a list), `frame` the segments, lanes and actors, `events` the events.

mod events;
mod fields;
mod frame;
mod item;

pub use events::validate_events;
pub use item::{item_name, ValidationError};

use super::raw::{RawDataset, RawEvent};
use super::schema::Dataset;
use item::Item;
use std::borrow::Cow;

/// Longest headline, in characters, that fits the story card on a phone.
pub const MAX_HEADLINE_CHARS: usize = 90;
/// Longest body text, in characters: about three sentences.
pub const MAX_BODY_CHARS: usize = 700;
/// Most events one dataset may hold.
pub const MAX_EVENTS: usize = 20_000;
/// Longest correction note, in characters: a sentence or two.
pub const MAX_CORRECTION_CHARS: usize = 300;

/// Checks a whole events file.
pub fn validate(raw: RawDataset, events: Vec<RawEvent>) -> Result<Dataset, ValidationError> {
    let whole = Item::DATASET;
    let title = fields::bilingual(&whole, "title", raw.title, MAX_HEADLINE_CHARS)?;
    let staff = match raw.staff {
        Some(n) if (1..=i64::from(u16::MAX)).contains(&n) => n as u16,
        Some(n) => return Err(whole.err("staff", format!("{n} is not a staff count"))),
        None => return Err(whole.err("staff", "is missing")),
    };
    let (published, updated) = frame::dates(raw.published.as_deref(), raw.updated.as_deref())?;
    let mut dataset = Dataset {
        title,
        staff,
        published,
        updated,
        segments: Cow::Owned(frame::segments(raw.segments)?),
        lanes: Cow::Owned(frame::lanes(raw.lanes)?),
        actors: Cow::Owned(Vec::new()),
        events: Cow::Owned(Vec::new()),
    };
    dataset.actors = Cow::Owned(frame::actors(raw.actors, &dataset.lanes)?);
    dataset.events = Cow::Owned(validate_events(events, &dataset)?);
    Ok(dataset)
}
