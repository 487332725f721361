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

/// The story as a JSON document written as another program might write it, by hand here rather
/// than by the serde round trip the build's own TOML reader makes: every table and array of the
/// TOML with the same names, but each object's keys in reverse order, spacing of its own (a tab
/// before each key, a space on each side of each colon), whole numbers with a fraction or an
/// exponent (`5.0`, `5e0`), fractions with an exponent (`1.5e0`), and text beyond ASCII, quotes
/// and backslashes as `\u` escapes.
fn as_json(toml_text: &str) -> String {
    let value: toml::Value = toml::from_str(toml_text).expect("the fixture is TOML");
    let mut out = String::new();
    write_json(&value, &mut out);
    out
}

fn write_json(value: &toml::Value, out: &mut String) {
    use std::fmt::Write as _;
    match value {
        toml::Value::String(text) => write_text(text, out),
        // TOML's bare dates are text in the story format.
        toml::Value::Datetime(date) => write_text(&date.to_string(), out),
        toml::Value::Integer(n) if n % 2 == 0 => write!(out, "{n}.0").unwrap(),
        toml::Value::Integer(n) => write!(out, "{n}e0").unwrap(),
        toml::Value::Float(x) => write!(out, "{x:e}").unwrap(),
        toml::Value::Boolean(b) => write!(out, "{b}").unwrap(),
        toml::Value::Array(items) => {
            out.push_str("[ ");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(" ,\n");
                }
                write_json(item, out);
            }
            out.push_str(" ]");
        }
        toml::Value::Table(table) => {
            out.push('{');
            for (i, (key, item)) in table.iter().rev().enumerate() {
                out.push_str(if i > 0 { ",\n\t" } else { "\n\t" });
                write_text(key, out);
                out.push_str(" : ");
                write_json(item, out);
            }
            out.push_str("\n}");
        }
    }
}

fn write_text(text: &str, out: &mut String) {
    use std::fmt::Write as _;
    out.push('"');
    for unit in text.encode_utf16() {
        match unit {
            0x20..=0x7e if unit != u16::from(b'"') && unit != u16::from(b'\\') => {
                out.push(char::from(unit as u8))
            }
            _ => write!(out, "\\u{unit:04x}").unwrap(),
        }
    }
    out.push('"');
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
