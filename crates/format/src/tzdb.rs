//! The time-zone database the build and the native tests place events with: the IANA rules
//! bundled by the `jiff` crate, every zone and every change of rules in any year.
//!
//! Behind the `tzdb` feature, native only: in the wasm the browser's `Intl` gives the same rules
//! (the `crisis-intl` crate) for nothing, where this database would add 112,357 bytes gzipped
//! (jiff 1.0 and its bundled rules alone, built for wasm32 at opt-level "z" with LTO: 346,466
//! bytes). `tests/fixtures/rules/zones.json` checks that both give the same instants.

use crate::calendar::ZoneRules;

/// The IANA database bundled with `jiff`.
pub struct Tzdb;

impl ZoneRules for Tzdb {
    fn offset_minutes(&self, zone: &str, utc_minutes: i64) -> Option<i64> {
        let zone = jiff::tz::db().get(zone).ok()?;
        let instant = jiff::Timestamp::from_second(utc_minutes.checked_mul(60)?).ok()?;
        // Offsets of local mean time before a zone's first rule have seconds: floored to the
        // minute, as the browser's rules are.
        Some(i64::from(zone.to_offset(instant).seconds()).div_euclid(60))
    }
}
