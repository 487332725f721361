//! The widget's words as shipped (`www/locales/`): every file complete and correct, as the build
//! checks them, each in its own language, each with a note for its reviewers, French with the
//! French press's typography, and the built-in story carrying the words of its languages.
#![cfg(not(target_arch = "wasm32"))]

use crisis_format::words::{read_words, Vocabulary, SHIPPED};
use crisis_format::words_files::{read_words_files, with_shipped_words};
use std::path::Path;

const DIR: &str = "www/locales";

fn words(tag: &str) -> (Vocabulary, String) {
    let text = std::fs::read_to_string(Path::new(DIR).join(format!("{tag}.json"))).unwrap();
    (read_words(&text).0, text)
}

#[test]
fn every_shipped_file_is_complete_and_correct() {
    if let Err(mistakes) = read_words_files(Path::new(DIR)) {
        panic!("{}", mistakes.join("\n"));
    }
}

#[test]
fn a_file_with_a_mistake_is_named_with_it() {
    let dir = std::env::temp_dir().join(format!("words-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for tag in SHIPPED {
        let (_, text) = words(tag);
        std::fs::write(dir.join(format!("{tag}.json")), text).unwrap();
    }
    let (_, german) = words("de");
    let broken = german
        .replace("\"play\": \"Automatisch abspielen\",\n", "")
        .replace("Ereignis {n} von {total}", "Ereignis {n}");
    std::fs::write(dir.join("de.json"), broken).unwrap();
    std::fs::write(dir.join("xx.json"), "{}").unwrap();
    let mistakes = read_words_files(&dir).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    let de = dir.join("de.json");
    let xx = dir.join("xx.json");
    assert_eq!(
        mistakes,
        [
            format!(
                "{}: key 'event_of': lacks its hole '{{total}}'",
                de.display()
            ),
            format!("{}: key 'play' is missing", de.display()),
            format!("{}: key 'event_of' is missing", de.display()),
            format!(
                "{}: is not among the shipped words (crisis_format::words::SHIPPED)",
                xx.display()
            ),
        ]
    );
}

#[test]
fn each_file_is_in_its_own_language_and_says_who_should_review_it() {
    let (english, _) = words("en");
    // The same in English and elsewhere: the dash for "none", punctuation, a few loanwords.
    let may_match = [
        "unknown",
        "colon",
        "comma",
        "quote_open",
        "quote_close",
        "pause",
        "sources",
        "correction",
    ];
    for tag in SHIPPED.iter().filter(|t| **t != "en") {
        let (words, text) = words(tag);
        let same: Vec<&str> = words
            .0
            .iter()
            .filter(|(key, word)| english.get(key) == Some(word.as_ref()))
            .map(|(key, _)| key.as_ref())
            .filter(|key| !may_match.contains(key))
            .collect();
        assert!(same.is_empty(), "{tag}: as in English: {same:?}");
        assert!(
            text.contains("\"$about\": \""),
            "{tag}: no note for its reviewers"
        );
    }
}

#[test]
fn french_words_follow_french_typography() {
    let (french, _) = words("fr");
    for (key, word) in french.0.iter() {
        for bad in [" :", " ;", " ?", " !", "« ", " »"] {
            assert!(
                !word.contains(bad),
                "{key}: {word:?} needs a non-breaking space before or after {bad:?}"
            );
        }
    }
}

#[test]
fn a_built_in_story_carries_the_words_of_its_languages_but_english() {
    let files = read_words_files(Path::new(DIR)).unwrap();
    let story = r#"{"title":{"fr":"x","en":"x","pt-PT":"x"},"languages":["fr","en","pt-PT"],"words":{"fr":{"play":"Lire"}}}"#;
    let json: serde_json::Value = serde_json::from_str(&with_shipped_words(story, &files)).unwrap();
    let words = json["words"].as_object().unwrap();
    assert_eq!(
        words.keys().collect::<Vec<_>>(),
        ["fr", "pt-PT"],
        "no English: the wasm has it"
    );
    assert_eq!(words["fr"]["play"], "Lire", "the story's own word first");
    assert_eq!(words["fr"]["pause"], "Pause");
    assert_eq!(
        words["pt-PT"]["next"], "Acontecimento seguinte",
        "pt-PT from pt.json"
    );
    assert!(
        words["fr"].get("$about").is_none(),
        "no notes for reviewers in the page"
    );
}
