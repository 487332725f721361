//! The story format: its schema, the calendar it is dated with, its reader and the rules it
//! must pass.
//!
//! It depends on `std` only, because the build script and the wasm both compile it: the same
//! rules check a story file at build time and a page's story at run time. The TOML reader and
//! the bundled IANA rules are features, for the native tools and the build (`toml`, `tzdb`).

pub mod address;
pub mod calendar;
pub mod cldr;
pub mod field_path;
pub mod format;
pub mod ids;
pub mod item;
pub mod json;
pub mod json_events;
pub mod json_fields;
mod json_frame;
pub mod json_story;
pub mod lang;
pub mod locate;
#[cfg(feature = "openai-story")]
pub mod openai_story;
pub mod players;
pub mod raw;
pub mod rich_text;
pub mod schema;
#[cfg(feature = "toml")]
pub mod toml_reader;
#[cfg(feature = "tzdb")]
pub mod tzdb;
pub mod validate;
pub mod words;
#[cfg(feature = "toml")]
pub mod words_files;
