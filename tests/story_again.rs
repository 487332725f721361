//! A developing story's new version, read against the version shown: it must give the very
//! dataset, and the same mistakes, that reading it whole gives, while it reads and checks only
//! the events whose JSON changed (and everything when the story's frame changed).
#![cfg(not(target_arch = "wasm32"))]

use crisis_timeline::data;
use crisis_timeline::data::calendar::ZoneRules;
use crisis_timeline::data::validate::{check_story, check_story_again, Checked, Shown};
use serde_json::Value;
use std::cell::Cell;
use std::rc::Rc;

// Only its TOML-to-JSON half is used here.
#[allow(dead_code)]
#[path = "../src/data/toml_reader.rs"]
mod toml_reader;
#[path = "../src/data/tzdb.rs"]
mod tzdb;

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
fn shown(text: &str) -> Shown {
    let checked = check_story(text, &tzdb::Tzdb).unwrap();
    Shown {
        text: text.into(),
        dataset: Rc::new(checked.dataset),
        spans: checked.spans,
        events_span: checked.events_span,
    }
}

/// The next version read against `was`, and read whole; with how many zone questions each took.
fn both(was: &Shown, next: &str) -> ((Checked, usize), (Checked, usize)) {
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
    let story = first_version();
    let was = shown(&text(&story));
    let mut next = story.clone();
    let events = next["events"].as_array_mut().unwrap();
    events[3]["headline"]["fr"] = "Un titre corrigé".into();
    events.remove(10);
    let mut added = events.last().unwrap().clone();
    added["id"] = "breaking".into();
    events.push(added);
    let next = text(&next);
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
    let story = first_version();
    let was = shown(&text(&story));
    let mut next = story.clone();
    let events = next["events"].as_array_mut().unwrap();
    let mut earliest = events[0].clone();
    earliest["id"] = "before".into();
    earliest["zone"] = "Asia/Tokyo".into();
    events.insert(0, earliest);
    let next = text(&next);
    let ((again, _), (whole, _)) = both(&was, &next);
    assert_eq!(again.dataset.zones, whole.dataset.zones);
    assert_eq!(again.dataset, whole.dataset);
}

#[test]
fn a_new_frame_reads_the_whole_story_again() {
    let story = first_version();
    let was = shown(&text(&story));
    let mut next = story.clone();
    next["lanes"].as_array_mut().unwrap().reverse();
    let next = text(&next);
    let ((again, asked_again), (whole, asked_whole)) = both(&was, &next);
    assert_eq!(again.dataset, whole.dataset);
    assert_eq!(asked_again, asked_whole, "every event is read again");
}

#[test]
fn the_same_mistakes_are_named_as_when_the_story_is_read_whole() {
    let story = first_version();
    let was = shown(&text(&story));
    let mut next = story.clone();
    let events = next["events"].as_array_mut().unwrap();
    // An event repeated word for word, and one moved out of time order.
    let repeated = events[5].clone();
    events.insert(6, repeated);
    events.swap(12, 13);
    let next = text(&next);
    let ((again, _), (whole, _)) = both(&was, &next);
    let words = |c: &Checked| {
        c.skipped
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(words(&again), words(&whole));
    assert_eq!(words(&again).len(), 2, "{:?}", words(&again));
    assert_eq!(again.dataset, whole.dataset);
}
