//! Reads the items of a story's frame from JSON: its segments, lanes, actors and gauges (the
//! story itself is read by `json_story`, each event by `json_events`). A field of the wrong type
//! or an unknown field is an error that names it.

use super::field_path::FieldPath;
use super::json::Cursor;
use super::json_fields::{
    boolean, list, mismatch, number, required_object, string, texts, Read, NO_SUCH_FIELD,
};
use super::raw::{RawActor, RawChoice, RawGauge, RawLane, RawSegment};

/// A segment: a period of the story, with its own scale.
pub(crate) fn segment(cursor: &mut Cursor, path: FieldPath) -> Read<RawSegment> {
    let mut segment = RawSegment::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "id" => segment.id = string(cursor, at)?,
            "name" => segment.name = texts(cursor, at)?,
            "from" => segment.from = string(cursor, at)?,
            "to" => segment.to = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(segment)
}

/// A lane: a row of the timeline, for one kind of actor.
pub(crate) fn lane(cursor: &mut Cursor, path: FieldPath) -> Read<RawLane> {
    let mut lane = RawLane::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "id" => lane.id = string(cursor, at)?,
            "name" => lane.name = texts(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(lane)
}

/// An actor: who acts in the story, on a lane.
pub(crate) fn actor(cursor: &mut Cursor, path: FieldPath) -> Read<RawActor> {
    let mut actor = RawActor::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "id" => actor.id = string(cursor, at)?,
            "name" => actor.name = texts(cursor, at)?,
            "lane" => actor.lane = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(actor)
}

/// A gauge of the state strip, with its choices when it has some.
pub(crate) fn gauge(cursor: &mut Cursor, path: FieldPath) -> Read<RawGauge> {
    let mut gauge = RawGauge::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "id" => gauge.id = string(cursor, at)?,
            "label" => gauge.label = texts(cursor, at)?,
            "kind" => gauge.kind = string(cursor, at)?,
            "total" => gauge.total = number(cursor, at)?,
            "never_falls" => gauge.never_falls = boolean(cursor, at)?,
            "values" => gauge.values = list(cursor, at, choice)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(gauge)
}

/// One of a gauge's choices.
fn choice(cursor: &mut Cursor, path: FieldPath) -> Read<RawChoice> {
    let mut choice = RawChoice::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "id" => choice.id = string(cursor, at)?,
            "label" => choice.label = texts(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(choice)
}
