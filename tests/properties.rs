//! Property tests of everything that reads input the project does not control: the JSON reader
//! of a page's story, the story validator, the option parser, the URL-hash reader, the
//! CSS-variable and marker-place readers, the calendar and the time-scale layout. Arbitrary input never panics; layouts keep every marker on the axis
//! and in time order. 10,000 cases each; `PROPTEST_CASES=200000 cargo test --test properties`
//! runs a longer search.
#![cfg(not(target_arch = "wasm32"))]

mod generators;
use generators::{event_arrays, field, json_like, raw_event, story_of};

use crisis_format::calendar::{civil_from_days, days_from_civil, CivilDate, ClockTime};
use crisis_format::json_story::read_story;
use crisis_format::openai_story::DATASET;
use crisis_format::raw::*;
use crisis_format::schema::*;
use crisis_format::validate::validate;
use crisis_model::lanes::LaneSet;
use crisis_model::options::Options;
use crisis_model::scale::{fraction, layout_markers};
use crisis_model::{css_vars, deep_link};
use proptest::prelude::*;
use std::borrow::Cow;

use crisis_format::tzdb;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn validating_arbitrary_events_never_panics_and_keeps_its_promises(events in proptest::collection::vec(raw_event(), 0..6)) {
        let count = events.len();
        if let Ok(checked) = validate(story_of(events), &tzdb::Tzdb) {
            let valid = &checked.dataset.events;
            // Every event is shown or named as left out.
            prop_assert_eq!(valid.len() + checked.skipped.len(), count);
            prop_assert!(valid.windows(2).all(|w| w[0].start.instant_ms <= w[1].start.instant_ms));
            let mut ids: Vec<&str> = valid.iter().map(|e| e.id.as_ref()).collect();
            ids.sort_unstable();
            ids.dedup();
            prop_assert_eq!(ids.len(), valid.len());
            for event in valid.iter() {
                prop_assert!(!event.sources.is_empty());
                prop_assert!(event.sources.iter().all(|s| s.url.as_deref().is_none_or(|u| u.starts_with("http"))));
                let override_char = '\u{202e}';
                prop_assert!(!event.headline.get(Lang::FR).contains(override_char));
            }
        }
    }

    #[test]
    fn validating_an_arbitrary_frame_never_panics_and_names_each_mistake(
        languages in proptest::option::of(proptest::collection::vec(field(&["fr", "en", "de"]), 0..3)),
        segment_ids in proptest::collection::vec(field(&["crisis", "x"]), 0..3),
        total in proptest::option::of(-3.0f64..100_000.0),
        kind in field(&["actor", "count", "progress", "choice", "dial"]),
        events in proptest::collection::vec(raw_event(), 0..3),
    ) {
        let mut story = story_of(events);
        story.story.languages = languages.map(|l| l.into_iter().flatten().collect());
        story.story.segments = segment_ids
            .into_iter()
            .map(|id| RawSegment { id, name: RawTexts(vec![("fr".into(), Some("S".into()))]), from: Some("2023-11-16".into()), to: Some("2023-11-22".into()) })
            .collect();
        story.story.gauges.push(RawGauge { id: Some("g".into()), label: RawTexts::default(), kind, total, never_falls: None, values: vec![] });
        // A frame refused says why: each mistake on a line of its own, short enough to read,
        // naming where it is; never an empty list.
        if let Err(mistakes) = validate(story, &tzdb::Tzdb) {
            prop_assert!(!mistakes.is_empty());
            for mistake in mistakes {
                let line = mistake.to_string();
                prop_assert!(line.contains(", field '") && !line.contains('\n') && line.chars().count() < 400, "{:?}", line);
            }
        }
    }

    #[test]
    fn parsing_arbitrary_options_never_panics(pairs in proptest::collection::vec((any::<String>(), any::<String>()), 0..8)) {
        let (_, warnings) = Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(warnings.len() <= pairs.len());
        for warning in warnings {
            let line = warning.to_string();
            prop_assert!(line.chars().count() < 400);
        }
    }

    #[test]
    fn reading_an_arbitrary_hash_never_panics(hash in any::<String>()) {
        if let Some(id) = deep_link::event_id(&hash) {
            prop_assert!(crisis_format::ids::is_id(&id), "{:?}", id);
        }
    }

    #[test]
    fn every_id_round_trips_through_the_hash(id in "[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?") {
        prop_assert_eq!(deep_link::event_id(&format!("#{id}")), Some(id));
    }

    #[test]
    fn reading_arbitrary_text_as_a_story_never_panics(text in prop_oneof![any::<String>(), json_like(), event_arrays()]) {
        match read_story(&text) {
            Ok(read) => {
                // What the reader accepts is a JSON object, and it kept or named every event.
                let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
                prop_assert!(value.is_object());
                if let Some(events) = value.get("events").and_then(|e| e.as_array()) {
                    prop_assert_eq!(events.len(), read.story.events.len() + read.event_mistakes.len());
                }
                for mistake in read.frame_mistakes.iter().chain(&read.event_mistakes) {
                    prop_assert!(!mistake.field.is_empty());
                }
            }
            Err(mistake) => prop_assert!(mistake.problem.starts_with("is not")),
        }
    }

    #[test]
    fn a_marker_place_from_arbitrary_text_is_a_translation_or_nothing(text in prop_oneof![any::<String>(), "[0-9.%a-z();-]{0,8} [0-9-]{0,4} [0-9]{0,4}"]) {
        if let Some(transform) = css_vars::marker_transform(&text) {
            let x = transform.strip_prefix("translate(").and_then(|t| t.split_once(", calc(")).map(|(x, _)| x);
            prop_assert!(x.is_some_and(|x| x.ends_with('%') && x[..x.len() - 1].bytes().all(|b| b.is_ascii_digit() || b == b'.')), "{}", transform);
            prop_assert!(!transform.contains(';') && !transform.contains("url"));
        }
    }

    #[test]
    fn css_variables_from_arbitrary_text_are_only_numeric_widget_properties(text in any::<String>()) {
        for (name, value) in css_vars::parse(&text) {
            prop_assert!(name.starts_with("--ct-"));
            prop_assert!(value.bytes().all(|b| b.is_ascii_digit() || b"%.-px".contains(&b)));
        }
    }

    #[test]
    fn the_calendar_never_panics_and_round_trips(text in any::<String>(), time in any::<String>(), days in -100_000i64..100_000) {
        let _ = CivilDate::parse(&text);
        let _ = ClockTime::parse(&time);
        let (y, m, d) = civil_from_days(days);
        prop_assert_eq!(days_from_civil(y, m, d), days);
    }

    #[test]
    fn markers_stay_on_the_axis_in_time_order(
        mut offsets in proptest::collection::vec((0i64..604_800_000, 0u8..6), 1..120),
        gap in 0.0001f64..1.0,
        levels in 1u8..4,
    ) {
        offsets.sort();
        let segment = DATASET.segments.iter().find(|s| s.id == "crisis").unwrap();
        let template = DATASET.events.iter().find(|e| e.id == "agreement").unwrap();
        let events: Vec<Event> = offsets
            .iter()
            .map(|&(offset, lane)| Event {
                start: When { instant_ms: segment.from_ms + offset, ..template.start },
                lane,
                actors: Cow::Borrowed(&[]),
                ..template.clone()
            })
            .collect();
        let markers = layout_markers(&events, 0..events.len(), segment, gap, levels, LaneSet::ALL);
        let mut seen: Vec<usize> = markers.iter().flat_map(|m| m.events.iter().copied()).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..events.len()).collect::<Vec<_>>());
        for marker in &markers {
            prop_assert!((0.0..=1.0).contains(&marker.fraction));
            prop_assert!(marker.level < levels);
            prop_assert_eq!(marker.fraction, fraction(segment, events[marker.events[0]].start.instant_ms));
            prop_assert!(marker.events.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(marker.events.iter().all(|&e| events[e].lane == marker.lane));
        }
        // Markers that start on one row of one lane follow each other in time.
        for lane in 0..6u8 {
            for level in 0..levels {
                let row: Vec<f64> = markers.iter().filter(|m| m.lane == lane && m.level == level).map(|m| m.fraction).collect();
                prop_assert!(row.windows(2).all(|w| w[0] <= w[1]));
            }
        }
    }
}
