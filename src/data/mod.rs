//! The timeline's data: its schema, the calendar it is dated with, and the rules it must pass.
//!
//! This module depends on `std` and `serde` only, because the build script compiles it too:
//! the same rules check the events file at build time and a host page's events at run time.

pub mod calendar;
pub mod field_path;
pub mod ids;
pub mod json;
pub mod json_events;
pub mod raw;
pub mod schema;
pub mod validate;
