//! The property tests' generators (`tests/properties.rs`): text shaped like a story's JSON,
//! raw events and stories whose fields are often right and sometimes wrong, so that the reader
//! and the validator are driven deep, as arbitrary text seldom drives them.

use crisis_format::calendar::civil_from_days;
use crisis_format::json_story::ReadStory;
use crisis_format::openai_story::DATASET;
use crisis_format::raw::*;
use proptest::prelude::*;
use std::borrow::Cow;

/// Text made of JSON's pieces and of an event's keys and values, so that the events reader goes
/// deep into objects and arrays, escapes and surrogates, as arbitrary text seldom makes it.
/// Well-formed arrays of event objects, so that the reader's count is checked on text it accepts.
pub fn event_arrays() -> impl Strategy<Value = String> {
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

pub fn json_like() -> impl Strategy<Value = String> {
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
pub fn field(valid: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        3 => proptest::sample::select(valid).prop_map(|s| Some(s.to_string())),
        1 => any::<String>().prop_map(Some),
        1 => "[<>\"'&a-z0-9 \u{202e}\u{0}-]{0,12}".prop_map(Some),
        1 => Just(None),
    ]
}

pub fn texts() -> impl Strategy<Value = RawTexts> {
    (
        field(&["Un titre", "«\u{a0}Citation\u{a0}»", ""]),
        field(&["A headline", "x"]),
    )
        .prop_map(|(fr, en)| RawTexts(vec![("fr".into(), fr), ("en".into(), en)]))
}

pub fn raw_event() -> impl Strategy<Value = RawEvent<'static>> {
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
pub fn story_of(events: Vec<RawEvent<'static>>) -> ReadStory<'static> {
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
