//! The story format: its schema, the calendar it is dated with, its reader and the rules it
//! must pass.
//!
//! This module depends on `std` only, because the build script compiles it too: the same
//! rules check a story file at build time and a page's story at run time.

pub mod calendar;
pub mod field_path;
pub mod format;
pub mod ids;
pub mod json;
pub mod json_events;
pub mod json_fields;
pub mod json_story;
pub mod locate;
pub mod players;
pub mod raw;
pub mod rich_text;
pub mod schema;
pub mod validate;
