//! Reads a host page's events (JSON, as the browser writes the host's array) into the raw
//! schema, field by field, so that a wrong type is reported with the event and the field it is
//! in. The checks that follow are the build's own ([`super::validate`]).
//!
//! Why not serde here: deserializing these structs through serde-wasm-bindgen added 25.5 kB
//! gzipped to the wasm (measured with `make size`), a fifth of the widget, for what this module
//! does in a few hundred bytes and with clearer messages.

use super::json::Value;
use super::schema::{RawBilingual, RawEvent, RawFigure, RawSource, RawStateChange};
use std::borrow::Cow;
use std::cell::RefCell;

/// A field that could not be read: its path (e.g. `sources[0].url`) and what was expected.
#[derive(Debug)]
pub struct FieldError {
    /// Path of the field in the event.
    pub field: String,
    /// What the field should have been.
    pub expected: &'static str,
}

type Read<T> = Result<T, FieldError>;

/// The fields an event object may have, as in the events file.
const EVENT_FIELDS: [&str; 15] = [
    "id", "date", "time", "part", "zone", "end", "segment", "lane", "actors", "status", "headline",
    "body", "figure", "sources", "state",
];

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

/// Reads an array of events, taking the strings out of `value` rather than copying them twice.
pub fn read_events(value: Value<'_>) -> Result<Vec<RawEvent>, EventError> {
    let Value::Array(items) = value else {
        return Err(EventError {
            index: 0,
            id: None,
            error: FieldError {
                field: "(events)".into(),
                expected: "an array of events",
            },
        });
    };
    items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let id = match item.get("id") {
                Some(Value::String(id)) => Some(id.chars().take(64).collect()),
                _ => None,
            };
            read_event(item).map_err(|error| EventError { index, id, error })
        })
        .collect()
}

/// Reads one event object.
pub fn read_event(value: Value<'_>) -> Read<RawEvent> {
    let event = Fields::of(value, Path::EVENT, &EVENT_FIELDS)?;
    Ok(RawEvent {
        id: event.string("id")?,
        date: event.string("date")?,
        time: event.string("time")?,
        part: event.string("part")?,
        zone: event.string("zone")?,
        end: event.string("end")?,
        segment: event.string("segment")?,
        lane: event.string("lane")?,
        actors: event.strings("actors")?,
        status: event.string("status")?,
        headline: event.bilingual("headline")?,
        body: event.bilingual("body")?,
        figure: match event.object("figure", &["value", "unit", "label"])? {
            None => None,
            Some(figure) => Some(RawFigure {
                value: figure.number("value")?,
                unit: figure.string("unit")?,
                label: figure.bilingual("label")?,
            }),
        },
        sources: event.list("sources", |value, path| {
            let source = Fields::of(value, path, &["outlet", "date", "url"])?;
            Ok(RawSource {
                outlet: source.string("outlet")?,
                date: source.string("date")?,
                url: source.string("url")?,
            })
        })?,
        state: match event.object("state", &["ceo", "board", "signatures", "microsoft"])? {
            None => RawStateChange::default(),
            Some(state) => RawStateChange {
                ceo: state.string("ceo")?,
                board: state.integer("board")?,
                signatures: state.integer("signatures")?,
                microsoft: state.string("microsoft")?,
            },
        },
    })
}

/// Where a field is in the event, written out only when a mistake is reported: building the
/// path of every field read would cost an allocation each.
#[derive(Clone, Copy)]
struct Path<'p> {
    parent: Option<&'p Path<'p>>,
    key: &'static str,
    index: Option<usize>,
}

impl Path<'_> {
    /// The event itself.
    const EVENT: Path<'static> = Path {
        parent: None,
        key: "",
        index: None,
    };

    /// The field `key` of what this path leads to.
    fn field(&self, key: &'static str) -> Path<'_> {
        Path {
            parent: Some(self),
            key,
            index: None,
        }
    }

    /// The `index`th item of the list this path leads to.
    fn item(&self, index: usize) -> Path<'_> {
        Path {
            index: Some(index),
            ..*self
        }
    }

    fn write(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write(out);
            if !out.is_empty() {
                out.push('.');
            }
        }
        out.push_str(self.key);
        if let Some(index) = self.index {
            out.push_str(&format!("[{index}]"));
        }
    }

    /// The path as the error message shows it, e.g. `sources[0].url`.
    fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn error(&self, expected: &'static str) -> FieldError {
        FieldError {
            field: self.text(),
            expected,
        }
    }
}

/// The fields of one JSON object, with the path that leads to it. Reading a field takes it out.
struct Fields<'a, 'p> {
    fields: RefCell<Vec<(Cow<'a, str>, Value<'a>)>>,
    path: Path<'p>,
}

impl<'a, 'p> Fields<'a, 'p> {
    /// `value` as an object whose keys are all in `allowed`.
    fn of(value: Value<'a>, path: Path<'p>, allowed: &[&str]) -> Read<Fields<'a, 'p>> {
        let Value::Object(fields) = value else {
            return Err(FieldError {
                field: match path.text() {
                    text if text.is_empty() => "(event)".into(),
                    text => text,
                },
                expected: "an object",
            });
        };
        if let Some((key, _)) = fields.iter().find(|(key, _)| !allowed.contains(&&**key)) {
            let mut field = path.text();
            if !field.is_empty() {
                field.push('.');
            }
            field.push_str(key);
            return Err(FieldError {
                field,
                expected: "no such field",
            });
        }
        Ok(Fields {
            fields: RefCell::new(fields),
            path,
        })
    }

    /// Takes the value of `key` out, unless it is absent or `null`.
    fn take(&self, key: &str) -> Option<Value<'a>> {
        let mut fields = self.fields.borrow_mut();
        let at = fields.iter().position(|(k, _)| k == key)?;
        Some(fields.swap_remove(at).1).filter(|v| *v != Value::Null)
    }

    fn fail<T>(&self, key: &'static str, expected: &'static str) -> Read<T> {
        Err(self.path.field(key).error(expected))
    }

    fn string(&self, key: &'static str) -> Read<Option<String>> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.into_owned())),
            Some(_) => self.fail(key, "a string"),
        }
    }

    fn number(&self, key: &'static str) -> Read<Option<f64>> {
        match self.take(key) {
            None => Ok(None),
            Some(Value::Number(n)) => Ok(Some(n)),
            Some(_) => self.fail(key, "a number"),
        }
    }

    fn integer(&self, key: &'static str) -> Read<Option<i64>> {
        match self.number(key)? {
            None => Ok(None),
            Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(Some(n as i64)),
            Some(_) => self.fail(key, "a whole number"),
        }
    }

    fn strings(&self, key: &'static str) -> Read<Vec<String>> {
        self.list(key, |value, path| match value {
            Value::String(text) => Ok(text.into_owned()),
            _ => Err(path.error("a string")),
        })
    }

    fn bilingual(&self, key: &'static str) -> Read<RawBilingual> {
        Ok(match self.object(key, &["fr", "en"])? {
            None => RawBilingual::default(),
            Some(text) => RawBilingual {
                fr: text.string("fr")?,
                en: text.string("en")?,
            },
        })
    }

    fn object(&self, key: &'static str, allowed: &[&str]) -> Read<Option<Fields<'a, '_>>> {
        let path = self.path.field(key);
        match self.take(key) {
            None => Ok(None),
            Some(value) => Fields::of(value, path, allowed).map(Some),
        }
    }

    /// Each item of the array at `key`, read by `item` from the item and its path.
    fn list<T>(
        &self,
        key: &'static str,
        item: impl Fn(Value<'a>, Path<'_>) -> Read<T>,
    ) -> Read<Vec<T>> {
        let Some(value) = self.take(key) else {
            return Ok(Vec::new());
        };
        let Value::Array(items) = value else {
            return self.fail(key, "an array");
        };
        let path = self.path.field(key);
        items
            .into_iter()
            .enumerate()
            .map(|(n, value)| item(value, path.item(n)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::json::parse;

    #[test]
    fn reads_an_event_and_names_the_field_of_a_mistake() {
        let ok = parse(r#"[{"id":"a","date":"2023-11-17","headline":{"fr":"x","en":"y"},"sources":[{"outlet":"A","date":"2023"}],"state":{"board":4}}]"#).unwrap();
        let events = read_events(ok).unwrap();
        assert_eq!(events[0].id.as_deref(), Some("a"));
        assert_eq!(events[0].headline.en.as_deref(), Some("y"));
        assert_eq!(events[0].state.board, Some(4));
        for (json, field, expected) in [
            (r#"[{"id":1}]"#, "id", "a string"),
            (r#"[{"headline":"x"}]"#, "headline", "an object"),
            (r#"[{"sources":[{"url":2}]}]"#, "sources[0].url", "a string"),
            (r#"[{"headlin":{}}]"#, "headlin", "no such field"),
            (
                r#"[{"state":{"board":4.5}}]"#,
                "state.board",
                "a whole number",
            ),
            (r#"[{"actors":["a",3]}]"#, "actors[1]", "a string"),
            (r#"[7]"#, "(event)", "an object"),
        ] {
            let error = read_events(parse(json).unwrap()).unwrap_err().error;
            assert_eq!(
                (error.field.as_str(), error.expected),
                (field, expected),
                "{json}"
            );
        }
    }
}
