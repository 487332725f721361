//! Property tests of everything that reads input the project does not control: the JSON reader
//! of a page's story, the story validator, the option parser, the URL-hash reader, the
//! CSS-variable and marker-place readers, the calendar and the time-scale layout. Arbitrary input never panics; layouts keep every marker on the axis
//! and in time order. 10,000 cases each; `PROPTEST_CASES=200000 cargo test --test properties`
//! runs a longer search.
#![cfg(not(target_arch = "wasm32"))]

use crisis_format::calendar::{civil_from_days, days_from_civil, CivilDate, ClockTime};
use crisis_format::json_story::{read_story, ReadStory};
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

/// Text made of JSON's pieces and of an event's keys and values, so that the events reader goes
/// deep into objects and arrays, escapes and surrogates, as arbitrary text seldom makes it.
/// Well-formed arrays of event objects, so that the reader's count is checked on text it accepts.
fn event_arrays() -> impl Strategy<Value = String> {
    let objects: &[&str] = &[
        "{}",
        r#"{"id":"a"}"#,
        r#"{"headline":{"fr":"é\n","en":null}}"#,
        r#"{"sources":[{"outlet":"A","url":null}],"state":{"board":3}}"#,
        r#"{"state":{"ceo":[]},"id":"b"}"#,
        "7",
        r#" { "actors" : ["a", "b"] , "figure" : null } "#,
    ];
    proptest::collection::vec(proptest::sample::select(objects.to_vec()), 0..8)
        .prop_map(|objects| format!("{{\"events\":[{}]}}", objects.join(",")))
}

fn json_like() -> impl Strategy<Value = String> {
    let pieces: &[&str] = &[
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        " ",
        "null",
        "true",
        "-1.5e3",
        "7",
        "\"id\"",
        "\"a-1\"",
        "\"headline\"",
        "\"fr\"",
        "\"sources\"",
        "\"url\"",
        "\"figure\"",
        "\"value\"",
        "\"state\"",
        "\"board\"",
        "\"actors\"",
        "\"\\u00e9\\ud83e\"",
        "\"\\\"",
        "\"é\"",
    ];
    proptest::collection::vec(proptest::sample::select(pieces), 0..40).prop_map(|p| p.concat())
}

/// Either a value the schema accepts or arbitrary text, hostile characters included.
fn field(valid: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => proptest::sample::select(valid).prop_map(|s| Some(s.to_string())),
        1 => any::<String>().prop_map(Some),
        1 => "[<>\"'&a-z0-9 \u{202e}\u{0}-]{0,12}".prop_map(Some),
        1 => Just(None),
    ]
}

fn texts() -> impl Strategy<Value = RawTexts> {
    (
        field(&["Un titre", "«\u{a0}Citation\u{a0}»", ""]),
        field(&["A headline", "x"]),
    )
        .prop_map(|(fr, en)| RawTexts(vec![("fr".into(), fr), ("en".into(), en)]))
}

fn raw_event() -> impl Strategy<Value = RawEvent<'static>> {
    let when = (
        field(&["a", "b", "c", "first", "agreement"]),
        field(&[
            "2023-11-17",
            "2023-11-18",
            "2023-11",
            "2023",
            "2015-12-11",
            "2023-02-30",
        ]),
        field(&["12:00", "23:59", "00:00", "24:00"]),
        field(&["morning", "night", "noon"]),
        field(&[
            "America/Los_Angeles",
            "Europe/Paris",
            "UTC",
            "Mars/Base",
            "America/Havana",
        ]),
        field(&["2023-11-19", "2023-11-01"]),
    );
    let what = (
        field(&["crisis", "origins", "epilogue", "nope"]),
        field(&["board", "staff", "nope"]),
        proptest::collection::vec("altman|board|staff|nobody", 0..3),
        field(&["confirmed", "reported", "rumour", "disputed", "rumor"]),
        texts(),
        texts(),
    );
    let more = (
        proptest::option::of((
            any::<Option<f64>>(),
            field(&["USD", "EUR", "usd", "count", "days", "furlongs", "XYZ"]),
            texts(),
        )),
        proptest::collection::vec(
            (
                field(&["Axios", ""]),
                field(&["2023-11-20", "20/11"]),
                field(&["https://a.example/x", "javascript:x", "http://"]),
            ),
            0..3,
        ),
        proptest::collection::vec(
            (
                proptest::sample::select(&["ceo", "board", "signatures", "microsoft", "nope"][..]),
                prop_oneof![
                    field(&["altman", "shear", "nobody", "investor", "observer", "owner"])
                        .prop_map(|v| RawGaugeValue::Id(Cow::Owned(v.unwrap_or_default()))),
                    (-10.0f64..900.0).prop_map(RawGaugeValue::Number),
                    (0u32..900).prop_map(|n| RawGaugeValue::Number(f64::from(n))),
                ],
            ),
            0..3,
        ),
        proptest::option::of((
            texts(),
            field(&["en", "fr", "de", ""]),
            field(&["altman", "nobody"]),
            field(&["Satya Nadella", ""]),
            field(&["https://a.example/x", "javascript:x"]),
        )),
        proptest::option::of((
            field(&[
                "media/a.jpg",
                "https://a.example/a.png",
                "javascript:x",
                "//x.example/a.jpg",
            ]),
            texts(),
            field(&["3:2", "16:9", "wide", "0:1"]),
            proptest::option::of(any::<bool>()),
        )),
    );
    (when, what, more).prop_map(
        |(
            (id, date, time, part, zone, end),
            (segment, lane, actors, status, headline, body),
            (figure, sources, state, quote, image),
        )| {
            // The fields the checks only read are borrowed from a host's text in the browser.
            let text = |t: Option<String>| t.map(Cow::Owned);
            RawEvent {
                position: 0,
                span: 0..0,
                again: None,
                id,
                date: text(date),
                time: text(time),
                part: text(part),
                zone: text(zone),
                end: text(end),
                segment: text(segment),
                lane: text(lane),
                actors: actors.into_iter().map(Cow::Owned).collect(),
                status: text(status),
                headline,
                body,
                figure: figure.map(|(value, unit, label)| RawFigure { value, unit, label }),
                quote: quote.map(|(words, said_in, by, name, url)| RawQuote {
                    words,
                    said_in: text(said_in),
                    by: text(by),
                    name,
                    role: Default::default(),
                    place: Default::default(),
                    url,
                }),
                image: image.map(|(url, alt, ratio, decorative)| RawImage {
                    url,
                    alt,
                    decorative,
                    ratio,
                    ..RawImage::default()
                }),
                link: None,
                recording: None,
                sources: sources
                    .into_iter()
                    .map(|(outlet, date, url)| RawSource { outlet, date, url })
                    .collect(),
                state: state
                    .into_iter()
                    .map(|(g, v)| (Cow::Borrowed(g), v))
                    .collect(),
                corrections: vec![],
            }
        },
    )
}

/// A story with the default story's frame, as written, around `events`.
fn story_of(events: Vec<RawEvent<'static>>) -> ReadStory<'static> {
    let text = |t: &str| Some(t.to_string());
    let both = |t: &str| RawTexts(vec![("fr".into(), text(t)), ("en".into(), text(t))]);
    let gauge = |id: &str, kind: &str| RawGauge {
        id: text(id),
        label: both(id),
        kind: text(kind),
        ..RawGauge::default()
    };
    let mut gauges = vec![
        gauge("ceo", "actor"),
        gauge("board", "count"),
        gauge("signatures", "progress"),
        gauge("microsoft", "choice"),
    ];
    gauges[2].total = Some(770.0);
    gauges[2].never_falls = Some(true);
    gauges[3].values = ["none", "investor", "observer"]
        .iter()
        .map(|v| RawChoice {
            id: text(v),
            label: both(v),
        })
        .collect();
    let story = RawStory {
        title: both("T"),
        languages: Some(vec!["fr".into(), "en".into()]),
        segments: DATASET
            .segments
            .iter()
            .map(|s| {
                let day = |ms: i64| {
                    let (y, m, d) = civil_from_days(ms.div_euclid(86_400_000));
                    format!("{y:04}-{m:02}-{d:02}")
                };
                RawSegment {
                    id: text(&s.id),
                    name: both("S"),
                    from: Some(day(s.from_ms)),
                    to: Some(day(s.to_ms)),
                }
            })
            .collect(),
        lanes: DATASET
            .lanes
            .iter()
            .map(|l| RawLane {
                id: text(&l.id),
                name: both("L"),
            })
            .collect(),
        actors: DATASET
            .actors
            .iter()
            .map(|a| RawActor {
                id: text(&a.id),
                name: both("A"),
                lane: text(&DATASET.lanes[usize::from(a.lane)].id),
            })
            .collect(),
        gauges,
        events: events
            .into_iter()
            .enumerate()
            .map(|(position, e)| RawEvent { position, ..e })
            .collect(),
        ..RawStory::default()
    };
    ReadStory {
        story,
        frame_mistakes: vec![],
        event_mistakes: vec![],
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
