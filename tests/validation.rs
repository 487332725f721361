//! The story format's rules, run natively on the fixtures as the build runs them: the valid
//! files pass, each bad fixture fails with its own message naming the item and the field, and
//! a story with several mistakes has every one of them listed.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::Path;

use crisis_format::toml_reader;
use crisis_format::tzdb;

/// Reads a story file the way the build does and returns its mistakes, one a line, if any.
fn check(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    check_text(&text)
}

fn check_text(text: &str) -> Result<(), String> {
    toml_reader::read_toml_story(text, &tzdb::Tzdb)
        .map(|_| ())
        .map_err(|mistakes| mistakes.join("\n"))
}

#[test]
fn every_mistake_of_a_story_is_listed_not_only_the_first() {
    let valid = std::fs::read_to_string("tests/fixtures/valid.toml").unwrap();
    let broken = valid
        .replace("label = { fr = \"Microsoft\"", "label = { fr = \"\"")
        .replace("status = \"confirmed\"", "status = \"sure\"")
        .replace("date = \"2023-11-18\"", "date = \"2023-11-31\"");
    let mistakes = check_text(&broken).unwrap_err();
    let lines: Vec<&str> = mistakes.lines().collect();
    for expected in [
        "gauge 'microsoft', field 'label.fr': is empty",
        "event 'first', field 'status': unknown value 'sure'",
        "event 'second', field 'date': '2023-11-31' does not exist",
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(expected)),
            "no line for {expected}:\n{mistakes}"
        );
    }
}

#[test]
fn the_valid_fixtures_pass() {
    for file in [
        "tests/fixtures/valid.toml",
        "tests/fixtures/cuban-missile-crisis.toml",
        "tests/fixtures/valdoria-flood.toml",
        "tests/fixtures/valdoria-flood-arabic.toml",
        "tests/fixtures/valdoria-flood-japanese.toml",
        "src/data/events.toml",
    ] {
        if let Err(mistakes) = check(Path::new(file)) {
            panic!("{file}:\n{mistakes}");
        }
    }
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
    // Every fixture is checked before the test fails, so that one run names them all.
    let mut wrong = Vec::new();
    for path in fixtures {
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{} starts with '# expect: '", path.display()));
        match check(&path) {
            Ok(()) => wrong.push(format!("{} was accepted", path.display())),
            Err(error) if !error.contains(expected) => wrong.push(format!(
                "{}:\n  expected: {expected}\n  got:      {error}",
                path.display()
            )),
            Err(error) if !messages.insert(error.clone()) => wrong.push(format!(
                "{} repeats another fixture's message",
                path.display()
            )),
            Err(_) => {}
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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

#[test]
fn run_time_stories_are_shown_or_refused_as_their_table_says() {
    use crisis_format::validate::check_story;
    let table: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/runtime/expected.json").unwrap(),
    )
    .unwrap();
    for (file, expected) in table["cases"].as_object().unwrap() {
        let text = std::fs::read_to_string(format!("tests/fixtures/runtime/{file}")).unwrap();
        let (shown, events, problems) = match check_story(&text, &tzdb::Tzdb) {
            Ok(checked) => (true, Some(checked.dataset.events.len()), checked.skipped),
            Err(mistakes) => (false, None, mistakes),
        };
        assert_eq!(Some(shown), expected["shown"].as_bool(), "{file}");
        if shown {
            assert_eq!(
                events,
                expected["events"].as_u64().map(|n| n as usize),
                "{file}"
            );
        }
        let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let wanted = expected["problems"].as_array().unwrap();
        assert_eq!(problems.len(), wanted.len(), "{file}: {problems:#?}");
        for (got, wanted) in problems.iter().zip(wanted) {
            assert!(got.starts_with(wanted.as_str().unwrap()), "{file}: {got}");
        }
    }
    // Over the size limit, before any reading.
    let huge = format!("{{\"title\":\"{}\"}}", "x".repeat(5_000_001));
    let mistakes = check_story(&huge, &tzdb::Tzdb).unwrap_err();
    assert!(
        mistakes[0]
            .to_string()
            .starts_with("story, field '(text)': is 5000013 bytes long, more than the 5000000"),
        "{mistakes:?}"
    );
}

#[test]
fn a_story_of_more_than_20000_events_is_refused_with_its_count() {
    use crisis_format::validate::check_story;
    let event = r#"{"id":"e","date":"1990","segment":"days","lane":"city","status":"confirmed","headline":{"en":"x"},"body":{"en":"x"},"sources":[{"outlet":"o","date":"1990"}]}"#;
    let events = vec![event; 20_001].join(",");
    let text = format!(
        r#"{{"title":{{"en":"Many"}},"languages":["en"],"segments":[{{"id":"days","name":{{"en":"d"}},"from":"1990-01-01","to":"1990-12-31"}}],"lanes":[{{"id":"city","name":{{"en":"c"}}}}],"events":[{events}]}}"#
    );
    let mistakes = check_story(&text, &tzdb::Tzdb).unwrap_err();
    assert_eq!(
        mistakes.last().unwrap().to_string(),
        "story, field 'events': 20001 events is more than the 20000 the widget takes"
    );
}

#[test]
fn a_bad_language_tag_is_named_once_not_again_at_every_text() {
    for fixture in ["language-tag-malformed.toml", "language-listed-twice.toml"] {
        let mistakes = check(&Path::new("tests/fixtures/bad").join(fixture)).unwrap_err();
        assert_eq!(mistakes.lines().count(), 1, "{fixture}:\n{mistakes}");
    }
}
