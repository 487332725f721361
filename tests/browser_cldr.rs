//! The browser dates and counts a story as the build's prerender does: its `Intl` answers every question of
//! `tests/fixtures/rules/cldr.json` as ICU4X answered it (`tests/rules.rs`), so that the first
//! state written into the page stays when the wasm takes over. Run in Chrome, Firefox and WebKit.
#![cfg(target_arch = "wasm32")]

use crisis_format::cldr::ask;
use crisis_format::lang::Lang;
use crisis_intl::IntlCldr;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Where the browsers' CLDR and ICU4X 2.1's differ today, measured in Chrome 156: for these, a
/// built-in story's prerendered date is rewritten when the wasm arrives (the guide's
/// "Languages", `docs/guide/languages.md`). Korean and Traditional Chinese clocks, Spanish midnight, Indonesian day 1,
/// the Persian calendar's long pattern; Arabic sums of 11 to 99 billions or millions, which
/// ICU4X's data writes without their word (so the prerender writes them in full, never wrong),
/// and the Persian percent sign ("٪"), where ICU4X writes "%". A difference not listed fails
/// (Firefox 153 agrees on some of these, which passes).
const KNOWN: [&str; 17] = [
    "ar money 15000000000",
    "ar money 45000000",
    "fa percent -1.7",
    "fa percent 12",
    "es time 0:05",
    "fa full 2023-11-17",
    "fa full 2023-02-01",
    "id full 2023-02-01",
    "ko time 12:30",
    "ko time 0:05",
    "ko time 23:53",
    "ko zone America/Los_Angeles",
    "zh-Hant full 2023-11-17",
    "zh-Hant full 2023-02-01",
    "zh-Hant time 12:30",
    "zh-Hant time 0:05",
    "zh-Hant time 23:53",
];

/// Where WebKitGTK differs too: it dates and counts with the system's ICU 72 (CLDR 42), which
/// still gave `ar` Arabic-Indic digits (every Arabic question: a prefix), older names, and
/// older compact sums ("$1B" in en-GB, "1 Mrd $" in Italian, the sign's place in Spanish,
/// Persian, Hebrew, Turkish and Urdu, which spaces its dollar sign) and day units (Hebrew,
/// Polish).
const KNOWN_IN_WEBKIT: [&str; 13] = [
    "ar ",
    "ja zone America/Los_Angeles",
    "uk month 2023-11-17",
    "uk month 2024-02-01",
    "en-GB money ",
    "es money ",
    "fa money ",
    "he money ",
    "it money ",
    "tr money ",
    "ur money ",
    "he days ",
    "pl days ",
];

/// Whether this browser is WebKit (Safari, WebKitGTK), whose user agent alone names no Chrome.
fn webkit() -> bool {
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    agent.contains("AppleWebKit") && !agent.contains("Chrome")
}

#[wasm_bindgen_test]
fn the_browser_dates_and_counts_as_the_build_does() {
    let table: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/rules/cldr.json")).unwrap();
    let mut differ = Vec::new();
    for case in table["cases"].as_array().unwrap() {
        let tag = case[0].as_str().unwrap();
        let question = case[1].as_str().unwrap();
        let expected = case[2].as_str().unwrap();
        let said = ask(&IntlCldr, Lang::parse(tag).unwrap(), question);
        let case = format!("{tag} {question}");
        let known = KNOWN.contains(&case.as_str())
            || (webkit() && KNOWN_IN_WEBKIT.iter().any(|k| case.starts_with(k)));
        if said != expected && !known {
            differ.push(format!("{tag} {question}: {said:?}, ICU4X {expected:?}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} unlike the table:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
