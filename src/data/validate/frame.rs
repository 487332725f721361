//! The rules of the story's frame: segments in time order that do not overlap, lanes, and
//! actors in known lanes, each with a unique id.

use super::fields::{bilingual, full_date, identifier, lookup};
use super::item::{Item, ValidationError};
use super::MAX_HEADLINE_CHARS;
use crate::data::calendar::CivilDate;
use crate::data::raw::{RawActor, RawLane, RawSegment};
use crate::data::schema::*;
use std::borrow::Cow;

const MS_PER_DAY: i64 = 86_400_000;

pub(super) fn segments(raw: Vec<RawSegment>) -> Result<Vec<Segment>, ValidationError> {
    if raw.is_empty() || raw.len() > usize::from(u8::MAX) {
        return Err(Item::DATASET.err("segment", "there must be 1 to 255 segments"));
    }
    let mut out: Vec<Segment> = Vec::new();
    for (n, seg) in raw.into_iter().enumerate() {
        let item = Item::new("segment", seg.id.as_deref(), n);
        let id = identifier(&item, "id", seg.id.as_deref())?;
        let day = |field: &str, text: Option<&String>| {
            full_date(&item, field, text.map(String::as_str)).map(|d| d.days_since_epoch())
        };
        let from_ms = day("from", seg.from.as_ref())? * MS_PER_DAY;
        let to_ms = (day("to", seg.to.as_ref())? + 1) * MS_PER_DAY - 1;
        if to_ms <= from_ms {
            return Err(item.err("to", "is before 'from'"));
        }
        if let Some(previous) = out.last() {
            if from_ms <= previous.to_ms {
                return Err(item.err(
                    "from",
                    format!("overlaps the previous segment '{}'", previous.id),
                ));
            }
        }
        if out.iter().any(|s| s.id == id) {
            return Err(item.err("id", "is used by an earlier segment"));
        }
        out.push(Segment {
            id: Cow::Owned(id.to_string()),
            name: bilingual(&item, "name", seg.name, MAX_HEADLINE_CHARS)?,
            from_ms,
            to_ms,
        });
    }
    Ok(out)
}

pub(super) fn lanes(raw: Vec<RawLane>) -> Result<Vec<Lane>, ValidationError> {
    if raw.is_empty() || raw.len() > 32 {
        return Err(Item::DATASET.err("lane", "there must be 1 to 32 lanes"));
    }
    let mut out: Vec<Lane> = Vec::new();
    for (n, lane) in raw.into_iter().enumerate() {
        let item = Item::new("lane", lane.id.as_deref(), n);
        let id = identifier(&item, "id", lane.id.as_deref())?;
        if out.iter().any(|l| l.id == id) {
            return Err(item.err("id", "is used by an earlier lane"));
        }
        out.push(Lane {
            id: Cow::Owned(id.to_string()),
            name: bilingual(&item, "name", lane.name, 40)?,
        });
    }
    Ok(out)
}

pub(super) fn actors(raw: Vec<RawActor>, lanes: &[Lane]) -> Result<Vec<Actor>, ValidationError> {
    if raw.len() > usize::from(u16::MAX) {
        return Err(Item::DATASET.err("actor", "too many actors"));
    }
    let mut out: Vec<Actor> = Vec::new();
    for (n, actor) in raw.into_iter().enumerate() {
        let item = Item::new("actor", actor.id.as_deref(), n);
        let id = identifier(&item, "id", actor.id.as_deref())?;
        if out.iter().any(|a| a.id == id) {
            return Err(item.err("id", "is used by an earlier actor"));
        }
        out.push(Actor {
            id: Cow::Owned(id.to_string()),
            name: bilingual(&item, "name", actor.name, 60)?,
            lane: lookup(&item, "lane", "lane", actor.lane.as_deref(), lanes, |l| {
                &l.id
            })? as u8,
        });
    }
    Ok(out)
}

/// When the story was published and last updated: full dates, the update not before the
/// publication.
pub(super) fn dates(
    published: Option<&str>,
    updated: Option<&str>,
) -> Result<(Option<CivilDate>, Option<CivilDate>), ValidationError> {
    let whole = Item::DATASET;
    let published = published
        .map(|text| full_date(&whole, "published", Some(text)))
        .transpose()?;
    let updated = updated
        .map(|text| full_date(&whole, "updated", Some(text)))
        .transpose()?;
    if let (Some(p), Some(u)) = (published, updated) {
        if u.days_since_epoch() < p.days_since_epoch() {
            return Err(whole.err("updated", "is before 'published'"));
        }
    }
    Ok((published, updated))
}
