//! The story format's reference, three ways that must agree: the list of items and fields in
//! `crates/format/src/format.rs`, the reader (every listed field is read, any other is refused), and the
//! guides' reference table (`docs/guide/format.md`).
#![cfg(not(target_arch = "wasm32"))]

use crisis_format::format::{json_around, ITEMS};
use crisis_format::json_story::read_story;
use std::collections::BTreeSet;

/// The reader's mistakes for a story whose `item` has the field `field` (set to null).
fn mistakes_with(item: &str, field: &str) -> Vec<String> {
    let (before, after) = json_around(item).unwrap();
    let text = format!("{before}{{\"{field}\":null}}{after}");
    read_story(&text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .mistakes()
}

/// A chapter of the guides (`docs/guide/{chapter}`), and the part of it under the heading
/// `## {heading}`.
fn guide_section(chapter: &str, heading: &str) -> (String, String) {
    let path = format!("docs/guide/{chapter}");
    let text = std::fs::read_to_string(&path).unwrap();
    let section = text
        .split(&format!("\n## {heading}\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("{path} has no section '{heading}'"))
        .to_string();
    (text, section)
}

#[test]
fn the_reader_reads_every_listed_field_and_refuses_any_other() {
    for (item, fields) in ITEMS {
        for field in fields {
            let mistakes = mistakes_with(item, field);
            assert!(
                !mistakes.iter().any(|m| m.contains("no such field")),
                "{item}.{field} is listed but not read: {mistakes:?}"
            );
        }
        if item == "text" {
            // A text's fields are the story's language tags, which the validator checks.
            continue;
        }
        let mistakes = mistakes_with(item, "colour");
        assert!(
            mistakes
                .iter()
                .any(|m| m.contains("colour': no such field")),
            "{item} takes an unlisted field: {mistakes:?}"
        );
    }
}

#[test]
fn a_text_refuses_a_language_the_story_is_not_told_in() {
    let (before, after) = json_around("text").unwrap();
    let text = format!(r#"{before}{{"fr":"Essai","en":"Test","colour":"x"}}{after}"#);
    let Err(mistakes) = crisis_format::validate::check_story(&text, &tzdb::Tzdb) else {
        panic!("a text in 'colour' was taken");
    };
    assert!(
        mistakes.iter().any(|m| m
            .to_string()
            .contains("'title.colour': the story is not told in 'colour'")),
        "{mistakes:?}"
    );
}

#[test]
fn the_guide_s_reference_lists_every_field_and_no_other() {
    let (_, section) = guide_section("format.md", "The format's reference");
    let reference = section.split("\n### ").next().unwrap();
    let documented: BTreeSet<(String, String)> = reference
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(|c| c.trim().trim_matches('`')).collect();
            (cells[1].to_string(), cells[2].to_string())
        })
        .collect();
    let listed: BTreeSet<(String, String)> = ITEMS
        .iter()
        .flat_map(|(item, fields)| {
            fields
                .iter()
                .map(move |f| (item.to_string(), f.to_string()))
        })
        .collect();
    let missing: Vec<_> = listed.difference(&documented).collect();
    let extra: Vec<_> = documented.difference(&listed).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "not in the guide: {missing:?}; in the guide only: {extra:?}"
    );
}

use crisis_format::toml_reader;
use crisis_format::tzdb;

#[test]
fn the_guide_s_small_story_is_valid_and_its_mistakes_are_told_as_shown() {
    let (guide, section) = guide_section("your-story.md", "A complete small story");
    let story = section
        .split("```toml\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the guide has a small story in TOML");
    let dataset = toml_reader::read_toml_story(story, &tzdb::Tzdb).unwrap();
    assert_eq!(dataset.events.len(), 1);
    // The guide's example of the build's messages, for the same story with two mistakes.
    let broken = story
        .replace("total = 4\n", "")
        .replace("\"Europe/Paris\"", "\"Europe/Pariss\"");
    let mistakes = toml_reader::read_toml_story(&broken, &tzdb::Tzdb).unwrap_err();
    for mistake in &mistakes {
        let line = format!("error: stories/bridge.toml: {mistake}");
        assert!(guide.contains(&line), "the guide does not show:\n{line}");
    }
    assert!(guide.contains(&format!(
        "error: the story stories/bridge.toml has {} mistake(s):",
        mistakes.len()
    )));
}
