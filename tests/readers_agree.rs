//! One story, two forms: the TOML an editor writes (read as the build reads it) and the same
//! story as JSON, as a page or the JS API hands it in. Both must give the same dataset, and the
//! same message for the same mistake.
#![cfg(not(target_arch = "wasm32"))]

use crisis_timeline::data;
use crisis_timeline::data::json_events::{read_events, ReadError};
use crisis_timeline::data::raw::RawDataset;
use crisis_timeline::data::schema::Dataset;
use crisis_timeline::data::validate::{validate, ValidationError};
use std::path::{Path, PathBuf};

#[path = "../src/data/toml_reader.rs"]
mod toml_reader;

/// The story as a JSON document, the way a newsroom serves it: every table and array of the
/// TOML, with the same names.
fn as_json(toml_text: &str) -> serde_json::Value {
    let value: toml::Value = toml::from_str(toml_text).expect("the fixture is TOML");
    serde_json::to_value(value).expect("TOML turns into JSON")
}

/// Reads the JSON form: the frame by serde_json, the events by the JSON events reader from the
/// document's own `event` array, written out as a page's script would.
fn read_json_story(mut document: serde_json::Value) -> Result<Dataset, String> {
    let events = document
        .as_object_mut()
        .and_then(|o| o.remove("event"))
        .unwrap_or_default();
    let frame: RawDataset = serde_json::from_value(document).map_err(|e| e.to_string())?;
    let text = serde_json::to_string_pretty(&events).unwrap();
    let events = read_events(&text).map_err(|error| match error {
        ReadError::Event(mistake) => ValidationError::from(mistake).to_string(),
        ReadError::Json(error) => format!("the events cannot be read: {error}"),
    })?;
    validate(frame, events).map_err(|e| e.to_string())
}

fn files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn both(path: &Path) -> (Result<Dataset, String>, Result<Dataset, String>) {
    let text = std::fs::read_to_string(path).unwrap();
    (
        toml_reader::read_toml_story(&text),
        read_json_story(as_json(&text)),
    )
}

#[test]
fn the_story_and_every_valid_fixture_read_the_same_in_both_forms() {
    let mut valid = files("tests/fixtures");
    valid.push(PathBuf::from("src/data/events.toml"));
    for path in valid {
        let (from_toml, from_json) = both(&path);
        let from_toml = from_toml.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(Ok(from_toml), from_json, "{}", path.display());
    }
}

#[test]
fn every_bad_fixture_fails_with_the_same_message_in_both_forms() {
    let bad = files("tests/fixtures/bad");
    assert!(bad.len() >= 20);
    for path in bad {
        let (from_toml, from_json) = both(&path);
        let error = from_toml.expect_err("a bad fixture fails");
        assert_eq!(Err(error), from_json.map(|_| ()), "{}", path.display());
    }
}
