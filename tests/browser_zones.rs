//! The browser places a page's story in time as the build places a compiled-in one: its `Intl`
//! rules give every instant of `tests/fixtures/rules/zones.json`, the table the build's
//! time-zone database passes natively (`tests/rules.rs`), in Chrome, Firefox and WebKit.
#![cfg(target_arch = "wasm32")]

use crisis_format::calendar::{local_to_utc_minutes, CivilDate, ClockTime};
use crisis_intl::IntlZones;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Minutes since the epoch of `YYYY-MM-DDTHH:MM`.
fn minutes(text: &str) -> i64 {
    let (date, time) = text.split_once('T').unwrap();
    let date = CivilDate::parse(date).unwrap();
    date.days_since_epoch() * 1440 + ClockTime::parse(time).unwrap().minutes()
}

#[wasm_bindgen_test]
fn the_browser_places_local_times_as_the_build_does() {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/rules/zones.json")).unwrap();
    let rules = IntlZones::default();
    for case in table["cases"].as_array().unwrap() {
        let zone = case["zone"].as_str().unwrap();
        let local = minutes(case["local"].as_str().unwrap());
        let utc = minutes(case["utc"].as_str().unwrap());
        assert_eq!(
            local_to_utc_minutes(&rules, zone, local),
            Some((utc, local - utc)),
            "{case}"
        );
    }
    for zone in table["unknown"].as_array().unwrap() {
        let zone = zone.as_str().unwrap();
        assert_eq!(local_to_utc_minutes(&rules, zone, 0), None, "{zone:?}");
    }
}

#[wasm_bindgen_test]
fn offsets_kept_between_calls_are_the_ones_intl_gives() {
    use crisis_format::calendar::ZoneRules;
    // Every quarter of an hour across two changes of rules, asked of one set of rules that keeps
    // what it read and of a new one each time, which cannot.
    let kept = IntlZones::default();
    for (zone, around) in [
        ("America/New_York", "2023-03-12T07:00"),
        ("America/St_Johns", "2023-11-05T03:30"),
        ("Australia/Lord_Howe", "2023-04-01T15:00"),
    ] {
        let around = minutes(around);
        for step in -48..48 {
            let at = around + step * 15;
            let fresh = IntlZones::default().offset_minutes(zone, at);
            assert_eq!(kept.offset_minutes(zone, at), fresh, "{zone} at {at}");
        }
    }
}

/// The pages carry the story built in as JSON, for the widget to read with the browser's own
/// zone rules: each engine must read it whole, as the build did, or readers would get a
/// message in place of the story.
#[wasm_bindgen_test]
fn the_browser_reads_the_story_built_in_as_the_build_did() {
    use crisis_format::validate::check_story;
    use crisis_timeline::built_in::{DATASET, STORY_JSON};
    let checked = check_story(STORY_JSON, &IntlZones::default())
        .unwrap_or_else(|mistakes| panic!("{mistakes:?}"));
    assert!(checked.skipped.is_empty(), "{:?}", checked.skipped);
    assert!(checked.dataset == DATASET.clone());
}
