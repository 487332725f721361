//! One story, two forms: the TOML an editor writes (read as the build reads it) and the same
//! story as JSON, as a page serves it or hands it in, written by another program (key order,
//! spacing and number forms of its own). Both must give the same dataset, and the same
//! messages for the same mistakes.
#![cfg(not(target_arch = "wasm32"))]

use crisis_format::schema::Dataset;
use crisis_format::validate::check_story_strictly;
use std::path::{Path, PathBuf};

use crisis_format::toml_reader;
use crisis_format::tzdb;

/// The story as a JSON document, the way a newsroom's own tools write it: every table and
/// array of the TOML, with the same names, pretty-printed.
fn as_json(toml_text: &str) -> String {
    let value: toml::Value = toml::from_str(toml_text).expect("the fixture is TOML");
    serde_json::to_string_pretty(&value).expect("TOML turns into JSON")
}

fn read_json_story(text: &str) -> Result<Dataset, Vec<String>> {
    check_story_strictly(text, &tzdb::Tzdb)
        .map_err(|mistakes| mistakes.iter().map(ToString::to_string).collect())
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

type Read = Result<Dataset, Vec<String>>;

fn both(path: &Path) -> (Read, Read) {
    let text = std::fs::read_to_string(path).unwrap();
    (
        toml_reader::read_toml_story(&text, &tzdb::Tzdb),
        read_json_story(&as_json(&text)),
    )
}

#[test]
fn the_story_and_every_valid_fixture_read_the_same_in_both_forms() {
    let mut valid = files("tests/fixtures");
    valid.push(PathBuf::from("src/data/events.toml"));
    assert!(valid.len() >= 3, "{valid:?}");
    for path in valid {
        let (from_toml, from_json) = both(&path);
        let from_toml = from_toml.unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert_eq!(Ok(from_toml), from_json, "{}", path.display());
    }
}

#[test]
fn every_bad_fixture_fails_with_the_same_messages_in_both_forms() {
    let bad = files("tests/fixtures/bad");
    assert!(bad.len() >= 20);
    for path in bad {
        let (from_toml, from_json) = both(&path);
        let error = from_toml.expect_err("a bad fixture fails");
        assert_eq!(Err(error), from_json.map(|_| ()), "{}", path.display());
    }
}

/// The built pages carry the story built in as JSON, read by the widget at run time: it must
/// read as the very story the build checked and prerendered.
#[test]
fn the_story_the_pages_carry_reads_as_the_one_built_in() {
    use crisis_timeline::built_in::{DATASET, STORY_JSON};
    assert_eq!(read_json_story(STORY_JSON), Ok(DATASET.clone()));
}
