//! The rules of an event's link card.

use super::fields::{plain_text, texts_at, web_address};
use super::MAX_HEADLINE_CHARS;
use crate::calendar::CivilDate;
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::raw::RawLink;
use crate::schema::{Languages, Link};
use std::borrow::Cow;

/// A link card: an http(s) address, a title in each of the story's languages, who published it,
/// and optionally when.
pub(super) fn link(
    item: &Item,
    raw: RawLink,
    languages: &Languages,
) -> Result<Link, ValidationError> {
    let at = FieldPath::ITEM.field("link");
    let url = raw
        .url
        .ok_or_else(|| item.err(at.field("url"), "is missing"))?;
    let url = web_address(url).map_err(|e| item.err(at.field("url"), e))?;
    // Longer than a headline: a document's or a post's own title, as published.
    let title = texts_at(item, at.field("title"), raw.title, 160, languages)?;
    let outlet = plain_text(item, at.field("outlet"), raw.outlet, MAX_HEADLINE_CHARS)?;
    let date = match raw.date {
        Some(date) => {
            CivilDate::parse(&date).map_err(|e| item.err(at.field("date"), e))?;
            date
        }
        None => String::new(),
    };
    Ok(Link {
        url: Cow::Owned(url),
        title,
        outlet: Cow::Owned(outlet),
        date: Cow::Owned(date),
    })
}
