//! The OpenAI crisis, the widget's default story, read by name from its file for the tests of
//! the layers above that need a real story (feature `openai-story`, for their dev-dependencies):
//! the story built into the widget may be another (`make native STORY=…`), this one may not.

use crate::schema::Dataset;
use crate::toml_reader::read_toml_story;
use crate::tzdb::Tzdb;
use std::sync::LazyLock;

/// The file of the OpenAI crisis, the widget's default story.
const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../src/data/events.toml");

/// The OpenAI crisis, read and checked as the build reads a story.
pub static DATASET: LazyLock<Dataset> = LazyLock::new(|| {
    let text = std::fs::read_to_string(FILE).expect("the OpenAI story's file is there");
    read_toml_story(&text, &Tzdb).expect("the OpenAI story passes the format's rules")
});
