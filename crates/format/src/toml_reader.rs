//! Reads a story written in TOML, the form newsroom editors write by hand, by turning it into
//! JSON for the one reader and validator of stories ([`check_story_strictly`]).
//! Both forms of a story thus give the same dataset, and the same message for the same mistake.
//!
//! Behind the `toml` feature: the widget's wasm has no TOML; the build, the story tool and the
//! preview page's own wasm have.

use crate::calendar::ZoneRules;
use crate::schema::Dataset;
use crate::validate::check_story_strictly;

/// A TOML story as JSON text, with the same names; an error says where the TOML is wrong.
pub fn toml_to_json(text: &str) -> Result<String, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| one_line(&e.to_string()))?;
    let mut value = toml::Value::Table(table);
    dates_as_text(&mut value);
    serde_json::to_string(&value).map_err(|e| e.to_string())
}

/// TOML's bare dates (`date = 2023-11-17`) as the text the story format reads.
fn dates_as_text(value: &mut toml::Value) {
    match value {
        toml::Value::Datetime(date) => *value = toml::Value::String(date.to_string()),
        toml::Value::Array(items) => items.iter_mut().for_each(dates_as_text),
        toml::Value::Table(table) => table.iter_mut().for_each(|(_, v)| dates_as_text(v)),
        _ => {}
    }
}

/// Reads and checks a TOML story as the build does: any mistake, even in one event, fails,
/// and every mistake is listed, one line each, naming the item and the field.
pub fn read_toml_story(text: &str, rules: &dyn ZoneRules) -> Result<Dataset, Vec<String>> {
    let json = toml_to_json(text).map_err(|e| vec![e])?;
    check_story_strictly(&json, rules)
        .map_err(|mistakes| mistakes.iter().map(ToString::to_string).collect())
}

/// A message on one line: TOML's own errors span several, with the line they point at.
fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}
