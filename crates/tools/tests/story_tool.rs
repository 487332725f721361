//! The story tool on the command line (`crates/tools/src/bin/story/`), as a newsroom runs it:
//! status, the `FILE:LINE:` of each mistake in TOML and in JSON, and the JSON it exports.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace's root, where a newsroom runs the tool and the paths below start.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Runs `story` with `args`: its exit status and standard error.
fn story(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_story"))
        .args(args)
        .current_dir(ROOT)
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
    let dir = Path::new(ROOT).join("tests/fixtures/bad");
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
    let text =
        std::fs::read_to_string(format!("{ROOT}/tests/fixtures/bad/unknown-actor.toml")).unwrap();
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
        &["import", "a.csv", "-o", "b.toml", "--lang", "en.UTF-8"],
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
        crisis_format::toml_reader::toml_to_json(
            &std::fs::read_to_string(format!("{ROOT}/src/data/events.toml")).unwrap()
        )
        .unwrap(),
        "the JSON the build writes for the same story"
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

/// TimelineJS's own example files, from its npm package (installed for the benchmark).
const TEMPLATES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/e2e/node_modules/@knight-lab/timelinejs/src/template"
);

/// Imports `file` into a scratch TOML file: status, standard error, and the TOML written.
fn import(file: &str, lang: &str) -> (i32, String, Option<String>) {
    import_with(file, &["--lang", lang])
}

/// Imports `file` with the options `options`: status, standard error, and the TOML written.
fn import_with(file: &str, options: &[&str]) -> (i32, String, Option<String>) {
    let out = scratch(&format!("{}.toml", file.replace('/', "_")));
    let _ = std::fs::remove_file(&out);
    let mut args = vec!["import", file, "-o", out.to_str().unwrap()];
    args.extend_from_slice(options);
    let (status, stderr) = story(&args);
    (status, stderr, std::fs::read_to_string(&out).ok())
}

#[test]
fn with_a_status_a_source_and_an_image_ratio_an_import_needs_none_of_them_by_hand() {
    let choices = [
        "--status",
        "reported",
        "--image-ratio",
        "3:2",
        "--source",
        "Reuters, 2024-03-01",
    ];
    for file in [
        "tests/fixtures/timelinejs/hostile.json".to_string(),
        "tests/fixtures/timelinejs/hostile.csv".to_string(),
        format!("{TEMPLATES}/eras.json"),
        format!("{TEMPLATES}/all-media-types.json"),
        format!("{TEMPLATES}/my-own-timeline.csv"),
    ] {
        let (status, stderr, toml) = import_with(&file, &choices);
        assert_eq!(status, 0, "{stderr}");
        assert!(
            stderr.contains("every event is given the status 'reported' (--status) and the source 'Reuters, 2024-03-01' (--source): check each against your reporting"),
            "the choices are named in the notes: {stderr}"
        );
        assert!(
            stderr.contains("every image is given the ratio 3:2"),
            "{stderr}"
        );
        // Every event carries the choices; the checker, which names one mistake of an event at a
        // time, has none of them left to ask for.
        let toml = toml.unwrap();
        let imported: toml::Table = toml::from_str(&toml).unwrap();
        let events = imported["events"].as_array().unwrap();
        assert!(!events.is_empty(), "{file}");
        for event in events {
            assert_eq!(event["status"].as_str(), Some("reported"), "{file}");
            let sources = event["sources"].as_array().unwrap();
            assert_eq!(sources.len(), 1);
            assert_eq!(sources[0]["outlet"].as_str(), Some("Reuters"));
            assert_eq!(sources[0]["date"].as_str(), Some("2024-03-01"));
            if let Some(image) = event.get("image") {
                assert_eq!(image["ratio"].as_str(), Some("3:2"), "{file}");
            }
        }
        let out = scratch("chosen.toml");
        std::fs::write(&out, &toml).unwrap();
        let (_, mistakes) = story(&["check", out.to_str().unwrap()]);
        let by_hand: Vec<&str> = mistakes
            .lines()
            .filter(|l| l.contains("'status'") || l.contains("'sources'"))
            .collect();
        assert_eq!(by_hand, Vec::<&str>::new(), "{file}");
    }
    let (status, stderr) = story(&[
        "import",
        "tests/fixtures/timelinejs/hostile.json",
        "-o",
        scratch("refused.toml").to_str().unwrap(),
        "--status",
        "sure",
    ]);
    assert_eq!(
        (status, stderr.as_str()),
        (1, "tests/fixtures/timelinejs/hostile.json: --status: 'sure' is not a status: give one of confirmed, reported, rumour, disputed\n")
    );
    let (status, _) = story(&[
        "import", "x.json", "-o", "y.toml", "--status", "reported", "--status", "rumour",
    ]);
    assert_eq!(status, 2, "an option given twice is a wrong command");
}

#[test]
fn own_fixtures_import_whole_with_their_html_flattened_and_every_loss_named() {
    for (file, lang, notes) in [
        (
            "tests/fixtures/timelinejs/hostile.json",
            "en",
            &[
                "event #1, headline: a <script> element and its content left out",
                "event #1, text: an <img> element left out",
                "event #1, text: the link to javascript:alert(1) (its words are kept) left out",
                "event #2, text: a <iframe> element and its content left out",
                "the title slide: its text (the story format has no introduction) left out",
                "event #1: its display date 'Early March' (the widget writes dates from the date itself) left out",
                "event #1: its background left out",
                "event #1: its unique_id 'Inspection Report' becomes the id 'inspection-report' (lower-case letters, digits and hyphens): links to the old one will not open it",
                "event #1: the seconds, or a time on a date without its day, left out",
                "every event needs a status (confirmed, reported, rumour or disputed) and its sources, which TimelineJS has not: add them ('story check' lists each)",
            ][..],
        ),
        (
            "tests/fixtures/timelinejs/hostile.csv",
            "fr",
            &[
                "the column 'Mood' is not one of TimelineJS's: it is left out",
                "row 3, text: a <script> element and its content left out",
                "row 2: its text (the story format has no introduction) left out",
                "every event needs a status (confirmed, reported, rumour or disputed) and its sources, which TimelineJS has not: add them ('story check' lists each)",
            ][..],
        ),
    ] {
        let (status, stderr, toml) = import(file, lang);
        assert_eq!(status, 0, "{stderr}");
        let expected: Vec<String> = notes.iter().map(|n| format!("{file}: {n}")).collect();
        assert_eq!(stderr.lines().collect::<Vec<_>>(), expected);
        let whole = std::fs::read_to_string(format!("{ROOT}/{file}.toml")).unwrap();
        assert_eq!(toml.unwrap(), whole, "{file}");
        assert!(!whole.contains('<'), "no markup is kept: {whole}");
    }
}

#[test]
fn an_imported_story_lacks_only_what_timelinejs_never_had() {
    for (file, lang) in [
        ("tests/fixtures/timelinejs/hostile.json", "en"),
        (&format!("{TEMPLATES}/eras.json") as &str, "en"),
    ] {
        let (status, _, toml) = import(file, lang);
        assert_eq!(status, 0);
        let out = scratch("imported.toml");
        std::fs::write(&out, toml.unwrap()).unwrap();
        let (status, stderr) = story(&["check", out.to_str().unwrap()]);
        assert_eq!(status, 1);
        let other: Vec<&str> = stderr
            .lines()
            .filter(|l| {
                !l.contains("field 'status': is missing")
                    && !l.contains("field 'sources': is missing")
                    && !l.contains("none of the")
            })
            .collect();
        assert_eq!(other, Vec::<&str>::new(), "{file}");
    }
}

#[test]
fn timelinejs_own_examples_import_or_name_what_they_cannot_carry() {
    assert!(
        Path::new(TEMPLATES).is_dir(),
        "TimelineJS's package is missing: run .ci/setup"
    );
    // The eras, media and sheet examples import: their images as the events' images, their
    // video and sound files (and YouTube or Vimeo videos with a thumbnail) as recordings, other
    // media at a web address (videos without a poster, posts, maps) as link cards, and the rest
    // (HTML in a sheet's media cell, media of eras and of the title slide) named and left out.
    for (file, media, images, links, recordings) in [
        ("eras.json", 20, 0, 19, 0),
        ("all-media-types.json", 41, 8, 27, 3),
        ("my-own-timeline.csv", 10, 2, 7, 0),
    ] {
        let path = format!("{TEMPLATES}/{file}");
        let (status, stderr, toml) = import(&path, "en");
        assert_eq!(status, 0, "{file}: {stderr}");
        let toml = toml.unwrap();
        assert!(toml.contains("[[events]]"));
        let said = |words: &str| stderr.lines().filter(|l| l.contains(words)).count();
        let carried = |table: &str| toml.matches(&format!("\n[events.{table}]\n")).count();
        assert_eq!(
            (carried("image"), carried("link"), carried("recording")),
            (images, links, recordings),
            "{file}"
        );
        assert_eq!(
            said("becomes a link card"),
            links,
            "{file}: each link card is named"
        );
        assert_eq!(
            said("becomes a recording"),
            recordings,
            "{file}: each recording is named"
        );
        let all = said("(the story format takes images, links and recordings, so far)")
            + images
            + links
            + recordings;
        assert!(
            all >= media - 1 && all <= media + 1,
            "{file}: {all} media of {media}"
        );
    }
    // The cosmological examples: every year before 1 named, and nothing written.
    for file in ["cosmo.json", "cosmo-mixed.json"] {
        let path = format!("{TEMPLATES}/{file}");
        let (status, stderr, toml) = import(&path, "en");
        assert_eq!(status, 1, "{file}");
        assert!(toml.is_none(), "{file} was written");
        assert!(
            stderr.lines().next().unwrap().ends_with(
                "event #1: the year -13800000000 is outside the years 1 to 9999 that the story format takes (BC years and the cosmological scale are not)"
            ),
            "{stderr}"
        );
    }
}

#[test]
fn bad_input_to_import_gets_a_clear_message_and_no_file() {
    let write = |name: &str, bytes: &[u8]| {
        let path = scratch(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let big = scratch("big.csv");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    let cases = [
        (
            write("latin1.csv", b"Headline,Year\nCr\xe9ation,2024\n"),
            "is not UTF-8 text (byte 16): save it again as UTF-8",
        ),
        (
            write("no-headline.csv", b"Year,Text\n2024,Hello\n"),
            "has no Headline column",
        ),
        (
            big.to_str().unwrap().to_string(),
            "is 50.0 MB, more than the 10 MB a story or a timeline to import may be",
        ),
        (
            write(
                "broken.json",
                b"{\n  \"events\": [\n    { \"text\": }\n  ]\n}\n",
            ),
            ":3: is not JSON",
        ),
        (
            write("other.json", b"{ \"items\": [1, 2] }"),
            "is JSON, but neither a story nor a TimelineJS timeline",
        ),
        (write("empty.csv", b" \n"), "is empty"),
    ];
    for (file, message) in cases {
        let (status, stderr, toml) = import(&file, "en");
        assert_eq!(status, 1, "{file}");
        assert!(stderr.contains(message), "{file}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(toml.is_none());
    }
}

#[test]
fn an_import_takes_any_language_tag_written_as_the_format_writes_it() {
    let (status, stderr, toml) = import("tests/fixtures/timelinejs/hostile.json", "pt-br");
    assert_eq!(status, 0, "{stderr}");
    let toml = toml.unwrap();
    assert!(toml.contains("languages = [\"pt-BR\"]"), "{toml}");
    assert!(!toml.contains("en = "), "every text in pt-BR: {toml}");
    assert!(
        stderr.contains("are in English: write them in 'pt-BR'"),
        "{stderr}"
    );
}
