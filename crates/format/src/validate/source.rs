//! The rules of an event's sources: who published it (an outlet), when, and optionally where.

use super::fields::{plain_text, web_address};
use super::MAX_HEADLINE_CHARS;
use crate::calendar::CivilDate;
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::raw::RawSource;
use crate::schema::Source;
use std::borrow::Cow;

/// Checks the `n`th source of `item`.
pub(super) fn source(item: &Item, n: usize, raw: RawSource) -> Result<Source, ValidationError> {
    let sources = FieldPath::ITEM.field("sources");
    let at = sources.item(n);
    let outlet = plain_text(item, at.field("outlet"), raw.outlet, MAX_HEADLINE_CHARS)?;
    let date_field = at.field("date");
    let date = raw.date.ok_or_else(|| item.err(date_field, "is missing"))?;
    CivilDate::parse(&date).map_err(|e| item.err(date_field, e))?;
    let url = raw
        .url
        .map(|url| web_address(url).map_err(|e| item.err(at.field("url"), e)))
        .transpose()?;
    Ok(Source {
        outlet: Cow::Owned(outlet),
        date: Cow::Owned(date),
        url: url.map(Cow::Owned),
    })
}
