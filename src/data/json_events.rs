//! Reads a host page's events (JSON, as the browser writes the host's array) into the raw
//! schema, field by field as the text goes, so that a wrong type is reported with the event and
//! the field it is in. The checks that follow are the build's own ([`super::validate`]).
//!
//! Why not serde here: deserializing these structs through serde-wasm-bindgen added 25.5 kB
//! gzipped to the wasm (measured with `make size`), a fifth of the widget, for what this module
//! does in a few hundred bytes and with clearer messages.

use super::field_path::FieldPath;
use super::json::{Cursor, JsonError, Kind};
use super::raw::{RawBilingual, RawCorrection, RawEvent, RawFigure, RawSource, RawStateChange};
use super::validate::{item_name, ValidationError};
use std::borrow::Cow;

/// A field that could not be read: its path (e.g. `sources[0].url`) and what was expected.
#[derive(Debug)]
pub struct FieldError {
    /// Path of the field in the event.
    pub field: String,
    /// What the field should have been.
    pub expected: &'static str,
}

/// A mistake in one event of an array: its position, its id when it has one, and the field.
#[derive(Debug)]
pub struct EventError {
    /// Position of the event in the array, from 0.
    pub index: usize,
    /// The event's id, if it has a string one.
    pub id: Option<String>,
    /// The field at fault.
    pub error: FieldError,
}

/// Why a host's events could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The text is not JSON.
    Json(JsonError),
    /// An event has a field of the wrong type, or one the schema does not know.
    Event(EventError),
}

impl From<EventError> for ValidationError {
    /// The reader's mistakes are named as the validator's are: item, field, problem.
    fn from(mistake: EventError) -> Self {
        let expected = mistake.error.expected;
        ValidationError {
            item: item_name("event", mistake.id.as_deref(), Some(mistake.index)),
            field: mistake.error.field,
            problem: if expected == NO_SUCH_FIELD {
                format!("{NO_SUCH_FIELD} in the story format")
            } else {
                format!("expected {expected}")
            },
        }
    }
}

impl From<JsonError> for ReadError {
    fn from(error: JsonError) -> Self {
        ReadError::Json(error)
    }
}

/// What a key the story format does not have is told.
const NO_SUCH_FIELD: &str = "no such field";

/// What stops the reading of one event.
enum Problem {
    Json(JsonError),
    Field(FieldError),
}

impl From<JsonError> for Problem {
    fn from(error: JsonError) -> Self {
        Problem::Json(error)
    }
}

type Read<T> = Result<T, Problem>;

/// Reads an array of events from `text`.
pub fn read_events(text: &str) -> Result<Vec<RawEvent<'_>>, ReadError> {
    let mut cursor = Cursor::new(text, 0);
    if cursor.peek()? != Kind::Array {
        return Err(ReadError::Event(EventError {
            index: 0,
            id: None,
            error: FieldError {
                field: "(events)".into(),
                expected: "an array of events",
            },
        }));
    }
    let mut events = Vec::new();
    cursor.each_item(|cursor, index| {
        let start = cursor.offset();
        match read_event(cursor) {
            Ok(event) => {
                events.push(event);
                Ok(())
            }
            Err(Problem::Json(error)) => Err(ReadError::Json(error)),
            Err(Problem::Field(error)) => Err(ReadError::Event(EventError {
                index,
                id: id_at(text, start),
                error,
            })),
        }
    })?;
    cursor.finish()?;
    Ok(events)
}

/// The id of the event object at byte `start` of `text`, read again for an error message: the
/// mistake may come before the id in the object.
fn id_at(text: &str, start: usize) -> Option<String> {
    let mut cursor = Cursor::new(text, start);
    let mut id = None;
    cursor
        .each_key(|cursor, key| {
            if key == "id" && cursor.peek()? == Kind::String {
                id = Some(cursor.string()?.chars().take(64).collect());
                Ok(())
            } else {
                cursor.skip()
            }
        })
        .ok()?;
    id
}

/// Reads one event object.
fn read_event<'a>(cursor: &mut Cursor<'a>) -> Read<RawEvent<'a>> {
    let mut event = RawEvent::default();
    let path = FieldPath::ITEM;
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "id" => event.id = string(cursor, at)?,
            "date" => event.date = text(cursor, at)?,
            "time" => event.time = text(cursor, at)?,
            "part" => event.part = text(cursor, at)?,
            "zone" => event.zone = text(cursor, at)?,
            "end" => event.end = text(cursor, at)?,
            "segment" => event.segment = text(cursor, at)?,
            "lane" => event.lane = text(cursor, at)?,
            "actors" => {
                event.actors = list(cursor, at, |cursor, at| {
                    text(cursor, at)?.ok_or_else(|| mismatch(&at, "a string"))
                })?
            }
            "status" => event.status = text(cursor, at)?,
            "headline" => event.headline = bilingual(cursor, at)?,
            "body" => event.body = bilingual(cursor, at)?,
            "figure" => event.figure = figure(cursor, at)?,
            "sources" => event.sources = list(cursor, at, source)?,
            "state" => event.state = state(cursor, at)?,
            "corrections" => event.corrections = list(cursor, at, correction)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    if !read {
        return Err(mismatch(&path, "an object"));
    }
    Ok(event)
}

fn figure(cursor: &mut Cursor, path: FieldPath) -> Read<Option<RawFigure>> {
    let mut figure = RawFigure {
        value: None,
        unit: None,
        label: RawBilingual::default(),
    };
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "value" => figure.value = number(cursor, at)?,
            "unit" => figure.unit = string(cursor, at)?,
            "label" => figure.label = bilingual(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(read.then_some(figure))
}

fn correction<'a>(cursor: &mut Cursor<'a>, path: FieldPath) -> Read<RawCorrection<'a>> {
    let mut correction = RawCorrection::default();
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "date" => correction.date = text(cursor, at)?,
            "note" => correction.note = bilingual(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    if !read {
        return Err(mismatch(&path, "an object"));
    }
    Ok(correction)
}

fn source(cursor: &mut Cursor, path: FieldPath) -> Read<RawSource> {
    let mut source = RawSource {
        outlet: None,
        date: None,
        url: None,
    };
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "outlet" => source.outlet = string(cursor, at)?,
            "date" => source.date = string(cursor, at)?,
            "url" => source.url = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    if !read {
        return Err(mismatch(&path, "an object"));
    }
    Ok(source)
}

fn state<'a>(cursor: &mut Cursor<'a>, path: FieldPath) -> Read<RawStateChange<'a>> {
    let mut state = RawStateChange::default();
    object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "ceo" => state.ceo = text(cursor, at)?,
            "board" => state.board = integer(cursor, at)?,
            "signatures" => state.signatures = integer(cursor, at)?,
            "microsoft" => state.microsoft = text(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(state)
}

fn bilingual(cursor: &mut Cursor, path: FieldPath) -> Read<RawBilingual> {
    let mut text = RawBilingual::default();
    object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "fr" => text.fr = string(cursor, at)?,
            "en" => text.en = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(text)
}

/// Reads an object at `path`, handing each key to `field`; false for `null`.
fn object<'a>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    mut field: impl FnMut(&mut Cursor<'a>, &str) -> Read<()>,
) -> Read<bool> {
    match cursor.peek()? {
        Kind::Null => {
            cursor.null()?;
            Ok(false)
        }
        Kind::Object => {
            cursor.each_key(|cursor, key| field(cursor, &key))?;
            Ok(true)
        }
        _ => Err(mismatch(&path, "an object")),
    }
}

/// Reads an array at `path` (empty for `null`), each item by `item`.
fn list<'a, T>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    mut item: impl FnMut(&mut Cursor<'a>, FieldPath) -> Read<T>,
) -> Read<Vec<T>> {
    let mut items = Vec::new();
    match cursor.peek()? {
        Kind::Null => cursor.null()?,
        Kind::Array => cursor.each_item(|cursor, n| {
            items.push(item(cursor, path.item(n))?);
            Ok::<_, Problem>(())
        })?,
        _ => return Err(mismatch(&path, "an array")),
    }
    Ok(items)
}

/// A string the checks only read, borrowed from the text.
fn text<'a>(cursor: &mut Cursor<'a>, path: FieldPath) -> Read<Option<Cow<'a, str>>> {
    match cursor.peek()? {
        Kind::Null => cursor.null().map(|_| None).map_err(Problem::Json),
        Kind::String => Ok(Some(cursor.string()?)),
        _ => Err(mismatch(&path, "a string")),
    }
}

/// A string the checked event keeps.
fn string(cursor: &mut Cursor, path: FieldPath) -> Read<Option<String>> {
    Ok(text(cursor, path)?.map(Cow::into_owned))
}

fn number(cursor: &mut Cursor, path: FieldPath) -> Read<Option<f64>> {
    match cursor.peek()? {
        Kind::Null => cursor.null().map(|_| None).map_err(Problem::Json),
        Kind::Number => Ok(Some(cursor.number()?)),
        _ => Err(mismatch(&path, "a number")),
    }
}

fn integer(cursor: &mut Cursor, path: FieldPath) -> Read<Option<i64>> {
    match number(cursor, path)? {
        None => Ok(None),
        Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(Some(n as i64)),
        Some(_) => Err(mismatch(&path, "a whole number")),
    }
}

/// The field at `path` is not what it should be (`expected`).
fn mismatch(path: &FieldPath, expected: &'static str) -> Problem {
    let field = path.to_string();
    Problem::Field(FieldError {
        field: if field.is_empty() {
            "(event)".into()
        } else {
            field
        },
        expected,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mistake(json: &str) -> (String, &'static str, Option<String>) {
        match read_events(json) {
            Err(ReadError::Event(e)) => (e.error.field, e.error.expected, e.id),
            other => panic!("{json}: {other:?}"),
        }
    }

    #[test]
    fn reads_an_event_and_names_the_field_of_a_mistake() {
        let events = read_events(r#"[{"id":"a","date":"2023-11-17","headline":{"fr":"x","en":"y"},"sources":[{"outlet":"A","date":"2023"}],"state":{"board":4},"figure":null}]"#).unwrap();
        assert_eq!(events[0].id.as_deref(), Some("a"));
        assert_eq!(events[0].headline.en.as_deref(), Some("y"));
        assert_eq!(events[0].sources[0].outlet.as_deref(), Some("A"));
        assert_eq!(events[0].state.board, Some(4));
        assert!(events[0].figure.is_none());
        for (json, field, expected) in [
            (r#"[{"id":1}]"#, "id", "a string"),
            (r#"[{"headline":"x"}]"#, "headline", "an object"),
            (r#"[{"sources":[{"url":2}]}]"#, "sources[0].url", "a string"),
            (r#"[{"headlin":{}}]"#, "headlin", NO_SUCH_FIELD),
            (
                r#"[{"figure":{"label":{"de":"x"}}}]"#,
                "figure.label.de",
                NO_SUCH_FIELD,
            ),
            (
                r#"[{"state":{"board":4.5}}]"#,
                "state.board",
                "a whole number",
            ),
            (r#"[{"actors":["a",3]}]"#, "actors[1]", "a string"),
            (r#"[{"sources":[7]}]"#, "sources[0]", "an object"),
            (r#"[7]"#, "(event)", "an object"),
            (r#"{}"#, "(events)", "an array of events"),
        ] {
            let (got, what, _) = mistake(json);
            assert_eq!((got.as_str(), what), (field, expected), "{json}");
        }
    }

    #[test]
    fn a_mistake_names_its_event_even_before_the_id() {
        let (field, _, id) = mistake(r#"[{"id":"a"},{"date":5,"id":"late-id"}]"#);
        assert_eq!((field.as_str(), id.as_deref()), ("date", Some("late-id")));
    }

    #[test]
    fn text_that_is_not_json_is_told_apart() {
        for bad in ["[", "[{\"id\":\"a\"} 2", "[{\"id\":\"a\",}]", ""] {
            assert!(matches!(read_events(bad), Err(ReadError::Json(_))), "{bad}");
        }
    }
}
