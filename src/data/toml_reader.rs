//! Reads a story written in TOML, the form newsroom editors write by hand: the frame (title,
//! segments, lanes, actors) by serde, the events through the same JSON reader as a host page's
//! events ([`crate::data::json_events`]), once turned into JSON. Both forms of a story thus meet
//! one reader and one validator, and give the same message for the same mistake.
//!
//! Not part of the library: the wasm has no TOML. The build script and the native tests
//! include this file (`#[path]`), with `crate::data` naming the data module.

use crate::data::json_events::{read_events, ReadError};
use crate::data::raw::RawDataset;
use crate::data::schema::Dataset;
use crate::data::validate::{validate, ValidationError};

/// A TOML story split into its frame, as a table, and its events (`[[event]]`) as JSON text.
pub fn split_story(text: &str) -> Result<(toml::Table, String), String> {
    let mut table: toml::Table = toml::from_str(text).map_err(|e| one_line(&e.to_string()))?;
    let events = table
        .remove("event")
        .unwrap_or_else(|| toml::Value::Array(Vec::new()));
    let json = serde_json::to_string(&events).map_err(|e| e.to_string())?;
    Ok((table, json))
}

/// Reads and checks a TOML story; a mistake is told in one line naming the item and the field.
pub fn read_toml_story(text: &str) -> Result<Dataset, String> {
    let (frame, events) = split_story(text)?;
    let frame: RawDataset = frame
        .try_into()
        .map_err(|e: toml::de::Error| one_line(&e.to_string()))?;
    let events = read_events(&events).map_err(|error| match error {
        ReadError::Event(mistake) => ValidationError::from(mistake).to_string(),
        ReadError::Json(error) => format!("the events cannot be read: {error}"),
    })?;
    validate(frame, events).map_err(|e| e.to_string())
}

/// A message on one line: TOML's own errors span several, with the line they point at.
fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}
