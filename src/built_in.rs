//! The story built in, checked by `build.rs` (from `src/data/events.toml`, or the file `STORY`
//! names) and written out twice.
//!
//! The wasm carries neither: [`DATASET`] serves the build's prerender step and the tests, and
//! [`STORY_JSON`] is what the built pages carry and the bundle serves as `story.json`, read at
//! run time by the reader of any story. The text is thus carried once per page instead of
//! twice (in the page and in the wasm): `make size`, -14 kB gzipped on the standalone page.

use crisis_format::calendar::{CivilDate, ClockTime, Precision};
use crisis_format::schema::*;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/events.rs"));

/// The story built in, as compact JSON in the story format.
pub const STORY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/story.json"));

/// The attribute of the `<script type="application/json">` element that holds the story built
/// in, in the pages the build prerenders.
pub const STORY_ATTRIBUTE: &str = "data-crisis-timeline-story";
