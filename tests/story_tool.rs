//! The story tool on the command line (`src/bin/story.rs`), as a newsroom runs it: every exit
//! status, the `FILE:LINE:` of each mistake in TOML and in JSON, and the JSON it exports.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs `story` with `args`: its exit status and standard error.
fn story(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_story"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the tool runs");
    (
        out.status.code().expect("an exit status"),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("story-tool-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn a_clean_story_passes_in_silence() {
    assert_eq!(
        story(&["check", "src/data/events.toml"]),
        (0, String::new())
    );
    assert_eq!(
        story(&["check", "tests/fixtures/cuban-missile-crisis.toml"]),
        (0, String::new())
    );
}

#[test]
fn each_mistake_is_named_on_a_line_of_the_file_that_holds_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = text
            .lines()
            .next()
            .unwrap()
            .strip_prefix("# expect: ")
            .unwrap();
        let file = format!(
            "tests/fixtures/bad/{}",
            path.file_name().unwrap().to_str().unwrap()
        );
        let (status, stderr) = story(&["check", &file]);
        assert_eq!(status, 1, "{file}: {stderr}");
        let line = stderr
            .lines()
            .find(|l| l.contains(expected))
            .unwrap_or_else(|| panic!("{file}: no line says {expected:?} in\n{stderr}"));
        let place = line.strip_prefix(&format!("{file}:")).unwrap();
        // Mistakes of the TOML itself name their line in TOML's own words.
        if let Some((number, _)) = place
            .split_once(": ")
            .filter(|(n, _)| n.parse::<usize>().is_ok())
        {
            let number: usize = number.parse().unwrap();
            let shown = text.lines().nth(number - 1).unwrap_or_default();
            let item = expected.split(", field '").next().unwrap();
            let field = expected
                .split(", field '")
                .nth(1)
                .and_then(|f| f.split(['.', '[', '\'']).next())
                .unwrap_or("");
            let id = item.split('\'').nth(1).unwrap_or("");
            assert!(
                (!field.is_empty() && shown.contains(field))
                    || shown.starts_with("[[")
                    || (!id.is_empty() && shown.contains(id)),
                "{file}:{number} is {shown:?}, for {expected:?}"
            );
        }
    }
}

#[test]
fn a_json_story_is_told_apart_by_its_content_and_its_lines_named_too() {
    let text = std::fs::read_to_string("tests/fixtures/bad/unknown-actor.toml").unwrap();
    let value: toml::Value = toml::from_str(&text).unwrap();
    // A name that says TOML, for a file that holds JSON.
    let file = scratch("unknown-actor.toml");
    std::fs::write(&file, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let (status, stderr) = story(&["check", file.to_str().unwrap()]);
    assert_eq!(status, 1);
    let number: usize = stderr
        .split(':')
        .nth(1)
        .unwrap()
        .parse()
        .expect("a line number");
    let json = std::fs::read_to_string(&file).unwrap();
    assert!(
        json.lines().nth(number - 1).unwrap().contains("\"actors\""),
        "{stderr}"
    );
}

#[test]
fn unreadable_input_is_a_mistake_and_a_wrong_command_is_not_one() {
    let (status, stderr) = story(&["check", "no/such/story.toml"]);
    assert_eq!(status, 1);
    assert!(
        stderr.starts_with("no/such/story.toml: cannot be read"),
        "{stderr}"
    );
    let latin1 = scratch("latin1.toml");
    std::fs::write(&latin1, b"title = \"Cr\xe9ation\"\n").unwrap();
    let (status, stderr) = story(&["check", latin1.to_str().unwrap()]);
    assert_eq!(status, 1);
    assert!(stderr.contains("is not UTF-8 text (byte 11)"), "{stderr}");
    let broken = scratch("broken.json");
    std::fs::write(&broken, "{\n  \"title\": \"x\",\n  \"events\": [\n}\n").unwrap();
    let (status, stderr) = story(&["check", broken.to_str().unwrap()]);
    assert_eq!(status, 1);
    assert!(
        stderr.starts_with(&format!("{}:4: is not JSON", broken.display())),
        "the JSON's own line: {stderr}"
    );
    for args in [
        &[][..],
        &["check"],
        &["lint", "story.toml"],
        &["export", "story.toml"],
    ] {
        let (status, stderr) = story(args);
        assert_eq!(status, 2, "{args:?}");
        assert!(stderr.starts_with("usage: story check FILE"), "{stderr}");
    }
}

#[test]
fn export_writes_the_json_the_widget_reads_and_nothing_for_a_story_with_mistakes() {
    let out = scratch("story.json");
    assert_eq!(
        story(&[
            "export",
            "src/data/events.toml",
            "-o",
            out.to_str().unwrap()
        ]),
        (0, String::new())
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        crisis_timeline::embedded::STORY_JSON
    );
    let refused = scratch("refused.json");
    let (status, stderr) = story(&[
        "export",
        "tests/fixtures/bad/unknown-actor.toml",
        "-o",
        refused.to_str().unwrap(),
    ]);
    assert_eq!(status, 1);
    assert!(stderr.contains("unknown actor 'altmann'"), "{stderr}");
    assert!(!refused.exists(), "a story with mistakes was written");
}
