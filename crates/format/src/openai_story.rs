//! The OpenAI crisis, the widget's default story, read by name from its file for the tests of
//! the layers above that need a real story (feature `openai-story`, for their dev-dependencies):
//! the story built into the widget may be another (`make native STORY=…`), this one may not.

use crate::schema::Dataset;
use crate::toml_reader::toml_to_json;
use crate::tzdb::Tzdb;
use crate::validate::check_story_strictly;
use crate::words_files::{read_words_files, with_shipped_words};
use std::sync::LazyLock;

/// The file of the OpenAI crisis, the widget's default story.
const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../src/data/events.toml");

/// The shipped words files.
const WORDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/locales");

/// The OpenAI crisis, read and checked as the build reads a story, with the French words it
/// carries when built in.
pub static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    let text = std::fs::read_to_string(FILE).expect("the OpenAI story's file is there");
    let words = read_words_files(WORDS.as_ref()).expect("the words files pass their checks");
    let json = toml_to_json(&text).expect("the OpenAI story is TOML");
    check_story_strictly(&with_shipped_words(&json, &words), &Tzdb)
        .expect("the OpenAI story passes the format's rules")
});
