//! The rules of a quote: its words in each of the story's languages, the language they were said
//! in, who said them (an actor of the story, or a name), and optionally their role, where they
//! were said and the original's address.

use super::fields::{lookup, plain_text, texts_at, web_address};
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::raw::{RawQuote, RawTexts};
use crate::schema::{Dataset, Lang, Quote, Speaker, Texts};
use std::borrow::Cow;

/// Longest quote, in characters: a post or a sentence of a statement, not a speech.
pub const MAX_QUOTE_CHARS: usize = 400;
/// Longest name, role or place of a quote, in characters.
const MAX_QUOTE_LABEL_CHARS: usize = 80;

/// Checks the quote of `item`.
pub(super) fn quote(item: &Item, raw: RawQuote, frame: &Dataset) -> Result<Quote, ValidationError> {
    let at = FieldPath::ITEM.field("quote");
    let words = texts_at(
        item,
        at.field("words"),
        raw.words,
        MAX_QUOTE_CHARS,
        &frame.languages,
    )?;
    let said_in_field = at.field("said_in");
    let said_in = match raw.said_in.as_deref() {
        None => {
            return Err(item.err(
                said_in_field,
                format!(
                    "is missing: the language the words were said in, one of the story's: {}",
                    frame.languages.quoted()
                ),
            ))
        }
        Some(tag) => Lang::parse(tag)
            .ok()
            .filter(|lang| frame.languages.contains(*lang))
            .ok_or_else(|| {
                item.err(
                    said_in_field,
                    format!(
                        "unknown value '{tag}' (expected one of the story's languages: {})",
                        frame.languages.quoted()
                    ),
                )
            })?,
    };
    let by = match (raw.by.as_deref(), raw.name) {
        (Some(id), None) => {
            let index = lookup(
                item,
                at.field("by"),
                "actor",
                Some(id),
                &frame.actors,
                |a| &a.id,
            )?;
            Speaker::Actor(index as u16)
        }
        (None, Some(name)) => Speaker::Name(Cow::Owned(plain_text(
            item,
            at.field("name"),
            Some(name),
            MAX_QUOTE_LABEL_CHARS,
        )?)),
        (Some(_), Some(_)) => {
            return Err(item.err(
                at.field("name"),
                "give either 'by' (an actor's id) or 'name', not both",
            ))
        }
        (None, None) => {
            return Err(item.err(
                at.field("by"),
                "is missing: give 'by' (an actor's id) or 'name'",
            ))
        }
    };
    let label = |field: &str, raw: RawTexts| -> Result<Texts, ValidationError> {
        if raw.is_absent() {
            return Ok(Texts::default());
        }
        texts_at(
            item,
            at.field(field),
            raw,
            MAX_QUOTE_LABEL_CHARS,
            &frame.languages,
        )
    };
    let role = label("role", raw.role)?;
    let place = label("place", raw.place)?;
    let url = raw
        .url
        .map(|url| web_address(url).map_err(|e| item.err(at.field("url"), e)))
        .transpose()?;
    Ok(Quote {
        words,
        said_in,
        by,
        role,
        place,
        url: url.map(Cow::Owned),
    })
}
