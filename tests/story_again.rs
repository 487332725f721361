//! A developing story's new version, read against the version shown: it must give the very
//! dataset, and the same mistakes, that reading it whole gives, while it reads and checks only
//! the events whose JSON changed (and everything when the story's frame changed).
#![cfg(not(target_arch = "wasm32"))]

use crisis_format::calendar::ZoneRules;
use crisis_format::validate::{check_story, check_story_again, Checked, ShownVersion};
use serde_json::Value;
use std::cell::Cell;
use std::rc::Rc;

// Only its TOML-to-JSON half is used here.
use crisis_format::toml_reader;
use crisis_format::tzdb;

/// The zone rules, counting the questions they are asked: only an event read and checked asks.
#[derive(Default)]
struct Counted {
    asked: Cell<usize>,
}

impl ZoneRules for Counted {
    fn offset_minutes(&self, zone: &str, utc_minutes: i64) -> Option<i64> {
        self.asked.set(self.asked.get() + 1);
        tzdb::Tzdb.offset_minutes(zone, utc_minutes)
    }
}

/// The embedded story as JSON, one event a line, as a newsroom's server may write it.
fn first_version() -> Value {
    let toml = std::fs::read_to_string("src/data/events.toml").unwrap();
    serde_json::from_str(&toml_reader::toml_to_json(&toml).unwrap()).unwrap()
}

fn text(story: &Value) -> String {
    serde_json::to_string(story).unwrap()
}

/// The version shown once `text` has been read whole.
fn shown(text: &str) -> ShownVersion {
    let checked = check_story(text, &tzdb::Tzdb).unwrap();
    ShownVersion {
        text: text.into(),
        dataset: Rc::new(checked.dataset),
        spans: checked.spans,
        events_span: checked.events_span,
    }
}

/// The version shown of the embedded story, and the text of a next version made by `edit`.
fn edited(edit: impl FnOnce(&mut Value)) -> (ShownVersion, String) {
    let story = first_version();
    let was = shown(&text(&story));
    let mut next = story;
    edit(&mut next);
    (was, text(&next))
}

/// The mistakes of the events left out, as the console words them.
fn mistakes(checked: &Checked) -> Vec<String> {
    checked.skipped.iter().map(ToString::to_string).collect()
}

/// The next version read against `was`, and read whole; with how many zone questions each took.
fn both(was: &ShownVersion, next: &str) -> ((Checked, usize), (Checked, usize)) {
    let again = Counted::default();
    let whole = Counted::default();
    let read_again = check_story_again(next, &again, was).unwrap();
    let read_whole = check_story(next, &whole).unwrap();
    (
        (read_again, again.asked.get()),
        (read_whole, whole.asked.get()),
    )
}

#[test]
fn a_new_version_reads_and_checks_only_its_changed_events() {
    let (was, next) = edited(|story| {
        let events = story["events"].as_array_mut().unwrap();
        events[3]["headline"]["fr"] = "Un titre corrigé".into();
        events.remove(10);
        let mut added = events.last().unwrap().clone();
        added["id"] = "breaking".into();
        events.push(added);
    });
    let ((again, asked_again), (whole, asked_whole)) = both(&was, &next);
    assert_eq!(again.dataset, whole.dataset);
    assert_eq!(
        again.spans, whole.spans,
        "the next version is read against these"
    );
    assert!(asked_whole > 20, "{asked_whole}");
    // The changed and the added event, each asking for its instant, once or twice.
    assert!(
        asked_again <= 4,
        "{asked_again} zone questions for 2 events read"
    );
}

#[test]
fn an_event_moved_before_the_first_in_its_zone_keeps_its_place_in_time() {
    // A new first event in another zone: the zones' list is in a new order, and the events
    // kept as they were must name their own zone in it.
    let (was, next) = edited(|story| {
        let events = story["events"].as_array_mut().unwrap();
        let mut earliest = events[0].clone();
        earliest["id"] = "before".into();
        earliest["zone"] = "Asia/Tokyo".into();
        events.insert(0, earliest);
    });
    let ((again, _), (whole, _)) = both(&was, &next);
    assert_eq!(again.dataset.zones, whole.dataset.zones);
    assert_eq!(again.dataset, whole.dataset);
}

#[test]
fn a_new_frame_reads_the_whole_story_again() {
    let (was, next) = edited(|story| story["lanes"].as_array_mut().unwrap().reverse());
    let ((again, asked_again), (whole, asked_whole)) = both(&was, &next);
    assert_eq!(again.dataset, whole.dataset);
    assert_eq!(asked_again, asked_whole, "every event is read again");
}

#[test]
fn the_same_mistakes_are_named_as_when_the_story_is_read_whole() {
    let (was, next) = edited(|story| {
        let events = story["events"].as_array_mut().unwrap();
        // An event repeated word for word, and one moved out of time order.
        let repeated = events[5].clone();
        events.insert(6, repeated);
        events.swap(12, 13);
    });
    let ((again, _), (whole, _)) = both(&was, &next);
    assert_eq!(mistakes(&again), mistakes(&whole));
    assert_eq!(mistakes(&again).len(), 2, "{:?}", mistakes(&again));
    assert_eq!(again.dataset, whole.dataset);
}

#[test]
fn a_kept_event_whose_zone_is_one_too_many_is_named_as_a_whole_reading_names_it() {
    // 255 events in 255 zones, each two days after the last (more than any two zones' offsets
    // apart), then a new first event in a 256th zone: the last kept event's zone is one too
    // many, and that event is left out with the same mistake either way.
    let zones: Vec<String> = jiff::tz::db()
        .available()
        .map(|name| name.to_string())
        .filter(|name| {
            name.contains('/') && !name.starts_with("posix") && !name.starts_with("right")
        })
        .take(256)
        .collect();
    assert_eq!(zones.len(), 256);
    let day = |n: usize| {
        let date = jiff::civil::date(2016, 1, 1) + jiff::Span::new().days(2 * n as i64);
        date.to_string()
    };
    let event = |template: &Value, n: usize, zone: &str| {
        let mut event = template.clone();
        event["id"] = format!("event-{n}").into();
        event["date"] = day(n).into();
        event["zone"] = zone.into();
        event.as_object_mut().unwrap().remove("state");
        event
    };
    let story = first_version();
    let template = story["events"][0].clone();
    let mut was = story.clone();
    was["events"] = (1..=255)
        .map(|n| event(&template, n, &zones[n - 1]))
        .collect();
    let was_text = text(&was);
    let shown = shown(&was_text);
    assert_eq!(shown.dataset.zones.len(), 255);
    let mut next = was.clone();
    let first = event(&template, 0, &zones[255]);
    next["events"].as_array_mut().unwrap().insert(0, first);
    let ((again, _), (whole, _)) = both(&shown, &text(&next));
    assert_eq!(mistakes(&again), mistakes(&whole));
    assert_eq!(
        mistakes(&whole),
        ["event 'event-255', field 'zone': the story names more than 255 time zones"]
    );
    assert_eq!(again.dataset, whole.dataset);
}
