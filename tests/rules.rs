//! The rules that JavaScript repeats for the page before the wasm arrives, checked here on the
//! Rust side over the same tables of cases as `tests/e2e/specs/rules.test.mjs` on the JS side.
#![cfg(not(target_arch = "wasm32"))]

use crisis_format::ids::is_id;
use crisis_model::css_vars::{marker_transform, parse};
use crisis_model::deep_link::event_id;
use serde_json::Value;

fn table(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/rules/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect()
}

#[test]
fn ids_follow_the_table() {
    let cases = table("ids.json");
    for id in strings(&cases["ids"]) {
        assert!(is_id(id), "{id:?} is an id");
        assert_eq!(event_id(&format!("#{id}")).as_deref(), Some(id), "#{id}");
    }
    for text in strings(&cases["not_ids"]) {
        assert!(!is_id(text), "{text:?} is not an id");
        if !text.contains('%') {
            assert_eq!(event_id(&format!("#{text}")), None, "#{text:?}");
        }
    }
}

#[test]
fn style_attributes_follow_the_table() {
    let cases = table("css-vars.json");
    for case in cases["vars"].as_array().unwrap() {
        let input = case["in"].as_str().unwrap();
        let expected: Vec<(&str, &str)> = case["out"]
            .as_array()
            .unwrap()
            .iter()
            .map(|pair| (pair[0].as_str().unwrap(), pair[1].as_str().unwrap()))
            .collect();
        assert_eq!(parse(input), expected, "data-ct-vars {input:?}");
    }
    for case in cases["at"].as_array().unwrap() {
        let input = case["in"].as_str().unwrap();
        assert_eq!(
            marker_transform(input).as_deref(),
            case["out"].as_str(),
            "data-ct-at {input:?}"
        );
    }
}

use crisis_format::tzdb;

/// Minutes since the epoch of `YYYY-MM-DDTHH:MM`.
fn minutes(text: &str) -> i64 {
    use crisis_format::calendar::{CivilDate, ClockTime};
    let (date, time) = text.split_once('T').unwrap();
    let date = CivilDate::parse(date).unwrap();
    date.days_since_epoch() * 1440 + ClockTime::parse(time).unwrap().minutes()
}

#[test]
fn the_build_places_local_times_as_the_table_says() {
    use crisis_format::calendar::local_to_utc_minutes;
    let cases = table("zones.json");
    for case in cases["cases"].as_array().unwrap() {
        let zone = case["zone"].as_str().unwrap();
        let local = minutes(case["local"].as_str().unwrap());
        let utc = minutes(case["utc"].as_str().unwrap());
        assert_eq!(
            local_to_utc_minutes(&tzdb::Tzdb, zone, local),
            Some((utc, local - utc)),
            "{case}"
        );
    }
    for zone in strings(&cases["unknown"]) {
        assert_eq!(local_to_utc_minutes(&tzdb::Tzdb, zone, 0), None, "{zone:?}");
    }
}

#[test]
fn the_options_are_the_tables() {
    use crisis_model::options::{Options, LIVE, NAMES};
    let cases = table("options.json");
    assert_eq!(strings(&cases["names"]), NAMES, "option names");
    assert_eq!(
        strings(&cases["live"]),
        LIVE,
        "options taken on after mount"
    );
    let unknown = Options::default().set("no-such-option", "x").unwrap_err();
    for name in NAMES {
        // A value no option takes: the error is about the value, never about the name.
        let error = Options::default().set(name, "\u{1}").err();
        assert_ne!(error, Some(unknown), "{name} is an option");
        assert!(
            unknown.contains(name),
            "the unknown option's message lists {name}"
        );
    }
    for name in LIVE {
        assert!(NAMES.contains(&name), "{name}");
    }
}

/// The text of `text` between the first `start` and the next `end` after it.
fn between<'t>(text: &'t str, start: &str, end: &str) -> &'t str {
    let (_, after) = text
        .split_once(start)
        .unwrap_or_else(|| panic!("no {start:?}"));
    after.split(end).next().unwrap_or(after)
}

/// An option's name as a JS object's key: `deep-link` is `deepLink`.
fn camel(name: &str) -> String {
    let mut parts = name.split('-');
    let mut key = parts.next().unwrap_or_default().to_string();
    for part in parts {
        key.push_str(&part[..1].to_uppercase());
        key.push_str(&part[1..]);
    }
    key
}

/// The host's options as the types' file and the guide give them are the table's: the names of
/// [`crisis_model::options::NAMES`] and the two the script embed reads itself (`story`,
/// `loading`), and the live options that `setOption` takes.
#[test]
fn the_types_and_the_guide_give_the_table_s_options() {
    use crisis_model::options::{NAMES, SET_OPTION};
    let cases = table("options.json");
    let script_only = strings(&cases["script_only"]);
    assert_eq!(
        strings(&cases["set_option"]),
        SET_OPTION,
        "setOption's options"
    );
    let types = std::fs::read_to_string("www/crisis-timeline.d.ts").unwrap();
    let options = between(&types, "export interface Options {", "\n}");
    let keys: Vec<&str> = options
        .lines()
        .map(str::trim)
        .filter_map(|l| l.split_once("?:").map(|(key, _)| key))
        .collect();
    let mut expected: Vec<String> = NAMES.iter().map(|n| camel(n)).collect();
    // `loading` is an element's attribute, never a JS option.
    expected.push("story".to_string());
    assert_eq!(keys, expected, "the types' Options");
    let live: Vec<&str> = between(&types, "export type LiveOption = ", ";")
        .split('|')
        .map(|n| n.trim().trim_matches('"'))
        .collect();
    assert_eq!(live, SET_OPTION, "the types' LiveOption");
    let guide = std::fs::read_to_string("docs/guide/embedding.md").unwrap();
    let table = guide
        .split("\n## Options\n")
        .nth(1)
        .expect("the embedding guide has an Options section");
    let rows: Vec<&str> = table
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    let expected: Vec<&str> = NAMES.iter().copied().chain(script_only).collect();
    assert_eq!(rows, expected, "the guide's table of options");
}

#[test]
fn the_own_pages_selector_follows_the_table() {
    assert_eq!(
        crisis_model::pages::OWN_PAGES,
        table("pages.json")["own_pages"].as_str().unwrap()
    );
}

/// Every shipped language's dates and times as ICU4X writes them for the prerendered pages:
/// the table that `tests/browser_cldr.rs` holds each browser's `Intl` to. `CLDR_WRITE=1` writes
/// it anew after an ICU4X update (then look at the difference).
#[test]
fn icu4x_dates_and_numbers_follow_the_table() {
    use crisis_format::cldr::{ask, QUESTIONS};
    use crisis_format::lang::Lang;
    use crisis_format::words::SHIPPED;
    // Every shipped language, and the tags their files write numbers as ("en-GB" for English).
    let borrowed: Vec<String> = SHIPPED
        .iter()
        .filter_map(|tag| {
            let path = format!("{}/www/locales/{tag}.json", env!("CARGO_MANIFEST_DIR"));
            let file: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            file["numbers"].as_str().map(str::to_string)
        })
        .collect();
    let mut rows = Vec::new();
    for tag in SHIPPED
        .iter()
        .copied()
        .chain(borrowed.iter().map(String::as_str))
    {
        let lang = Lang::parse(tag).unwrap();
        for question in QUESTIONS {
            rows.push(serde_json::json!([
                tag,
                question,
                ask(&crisis_icu::Icu, lang, question)
            ]));
        }
    }
    let written = format!(
        "{{\"$about\": \"Dates, times and numbers as ICU4X writes them (tests/rules.rs); each browser's Intl must agree (tests/browser_cldr.rs)\",\n\"cases\": [\n{}\n]}}\n",
        rows.iter()
            .map(|r| r.to_string())
            .collect::<Vec<_>>()
            .join(",\n")
    );
    let path = format!(
        "{}/tests/fixtures/rules/cldr.json",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("CLDR_WRITE").is_some() {
        std::fs::write(&path, &written).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        written,
        "ICU4X writes other dates than tests/fixtures/rules/cldr.json: CLDR_WRITE=1 writes them"
    );
}
