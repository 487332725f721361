//! The dataset compiled into the binary: `build.rs` checks `src/data/events.toml` and writes it
//! out as constants, so the widget needs no parser and no request to show its story.

use crate::data::calendar::{CivilDate, ClockTime, Precision};
use crate::data::schema::*;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/events.rs"));
