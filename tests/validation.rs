//! The events-file rules, run natively on the fixtures: the valid file passes, and each bad
//! fixture fails with its own message naming the item and the field.
#![cfg(not(target_arch = "wasm32"))]

use crisis_timeline::data;
use std::collections::HashSet;
use std::path::Path;

#[path = "../src/data/toml_reader.rs"]
mod toml_reader;

/// Reads an events file the way the build does and returns its first error, if any.
fn check(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    toml_reader::read_toml_story(&text).map(|_| ())
}

#[test]
fn the_valid_fixture_passes() {
    check(Path::new("tests/fixtures/valid.toml")).expect("the valid fixture is valid");
}

#[test]
fn every_bad_fixture_fails_with_its_own_message() {
    let mut fixtures: Vec<_> = std::fs::read_dir("tests/fixtures/bad")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    fixtures.sort();
    assert!(
        fixtures.len() >= 15,
        "at least 15 bad fixtures, found {}",
        fixtures.len()
    );
    let mut messages = HashSet::new();
    for path in fixtures {
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{} starts with '# expect: '", path.display()));
        let error = match check(&path) {
            Ok(()) => panic!("{} was accepted", path.display()),
            Err(error) => error,
        };
        assert!(
            error.contains(expected),
            "{}:\n  expected: {expected}\n  got:      {error}",
            path.display()
        );
        assert!(
            messages.insert(error.clone()),
            "{} repeats another fixture's message",
            path.display()
        );
    }
}

#[test]
fn errors_fit_on_one_line() {
    let error = check(Path::new("tests/fixtures/bad/unknown-zone.toml")).unwrap_err();
    assert!(!error.contains('\n'), "{error}");
    assert!(
        error.starts_with("event 'first', field 'zone': "),
        "{error}"
    );
}
