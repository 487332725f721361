//! Reads a host page's events (plain JS objects, as in the events file) into the raw schema,
//! field by field, so that a wrong type is reported with the event and the field it is in.
//! The checks that follow are the build's own ([`crate::data::validate`]).
//!
//! Why not serde-wasm-bindgen here: deserializing these structs through serde added 25.5 kB
//! gzipped to the wasm (measured with `make size`), a fifth of the widget, for what this
//! module does in a few hundred bytes and with clearer messages.

use crate::data::schema::{RawBilingual, RawEvent, RawFigure, RawSource, RawStateChange};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A field that could not be read: its path (e.g. `sources[0].url`) and what was expected.
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

/// Reads one event object.
pub fn read_event(value: &JsValue) -> Read<RawEvent> {
    let event = Fields::of(value, "", &EVENT_FIELDS)?;
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

/// The fields of one JS object, with the path that leads to it.
struct Fields {
    object: JsValue,
    path: String,
}

impl Fields {
    /// `value` as an object whose keys are all in `allowed`.
    fn of(value: &JsValue, path: &str, allowed: &[&str]) -> Read<Fields> {
        let error = |expected| FieldError {
            field: if path.is_empty() {
                "(event)".into()
            } else {
                path.to_string()
            },
            expected,
        };
        let object = value
            .dyn_ref::<Object>()
            .filter(|_| !value.is_function() && !Array::is_array(value));
        let Some(object) = object else {
            return Err(error("an object"));
        };
        for key in Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !allowed.contains(&key.as_str()) {
                return Err(FieldError {
                    field: join(path, &key),
                    expected: "no such field",
                });
            }
        }
        Ok(Fields {
            object: value.clone(),
            path: path.to_string(),
        })
    }

    fn get(&self, key: &str) -> Option<JsValue> {
        let value = Reflect::get(&self.object, &JsValue::from_str(key)).ok()?;
        (!value.is_undefined() && !value.is_null()).then_some(value)
    }

    fn fail<T>(&self, key: &str, expected: &'static str) -> Read<T> {
        Err(FieldError {
            field: join(&self.path, key),
            expected,
        })
    }

    fn string(&self, key: &str) -> Read<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(value) => value
                .as_string()
                .map(Some)
                .map_or_else(|| self.fail(key, "a string"), Ok),
        }
    }

    fn number(&self, key: &str) -> Read<Option<f64>> {
        match self.get(key) {
            None => Ok(None),
            Some(value) => value
                .as_f64()
                .map(Some)
                .map_or_else(|| self.fail(key, "a number"), Ok),
        }
    }

    fn integer(&self, key: &str) -> Read<Option<i64>> {
        match self.number(key)? {
            None => Ok(None),
            Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => Ok(Some(n as i64)),
            Some(_) => self.fail(key, "a whole number"),
        }
    }

    fn strings(&self, key: &str) -> Read<Vec<String>> {
        self.list(key, |value, path| {
            value.as_string().ok_or_else(|| FieldError {
                field: path.to_string(),
                expected: "a string",
            })
        })
    }

    fn bilingual(&self, key: &str) -> Read<RawBilingual> {
        Ok(match self.object(key, &["fr", "en"])? {
            None => RawBilingual::default(),
            Some(text) => RawBilingual {
                fr: text.string("fr")?,
                en: text.string("en")?,
            },
        })
    }

    fn object(&self, key: &str, allowed: &[&str]) -> Read<Option<Fields>> {
        self.get(key)
            .map(|value| Fields::of(&value, &join(&self.path, key), allowed))
            .transpose()
    }

    /// Each item of the array at `key`, read by `item` from the item and its path.
    fn list<T>(&self, key: &str, item: impl Fn(&JsValue, &str) -> Read<T>) -> Read<Vec<T>> {
        let Some(value) = self.get(key) else {
            return Ok(Vec::new());
        };
        let Some(array) = value.dyn_ref::<Array>() else {
            return self.fail(key, "an array");
        };
        let path = join(&self.path, key);
        array
            .iter()
            .enumerate()
            .map(|(n, value)| item(&value, &format!("{path}[{n}]")))
            .collect()
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}
