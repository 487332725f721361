//! Reads a whole story from JSON: the form a page gives inline or serves by URL, and the form a
//! TOML file is turned into before the same reading. A field of the wrong type leaves its item
//! out and is named (item, field, what was expected); the reading goes on, so that one pass
//! finds every such mistake. Only text that is not JSON, or a story that is not an object,
//! stops it. The frame's items are read by `json_frame`, each event by `json_events`.

use super::field_path::FieldPath;
use super::item::{item_name, ValidationError};
use super::json::{Cursor, ValueKind};
use super::json_events::read_event;
use super::json_fields::{
    list, mismatch, object, string, texts, FieldError, Problem, Read, NO_SUCH_FIELD,
};
use super::json_frame::{actor, gauge, lane, segment};
use super::raw::{RawEvent, RawStory};
use super::words::read_vocabulary;

/// A story as read, with the mistakes that left items out of it.
pub struct ReadStory<'a> {
    /// What could be read.
    pub story: RawStory<'a>,
    /// Fields of the wrong type in the story's frame (title, segments, lanes, actors, gauges):
    /// a story with any cannot be shown.
    pub frame_mistakes: Vec<ValidationError>,
    /// Fields of the wrong type in events, each of which is left out.
    pub event_mistakes: Vec<ValidationError>,
}

impl ReadStory<'_> {
    /// Every mistake the reading found, the frame's first, each as the console words it.
    pub fn mistakes(&self) -> Vec<String> {
        self.frame_mistakes
            .iter()
            .chain(&self.event_mistakes)
            .map(ToString::to_string)
            .collect()
    }
}

/// The index of the event of the version of a story shown whose JSON is the text given, if any.
pub type ShownEvents<'s> = &'s dyn Fn(&str) -> Option<usize>;

/// Reads a story from `text`; an error when it is not JSON or not a JSON object.
pub fn read_story(text: &str) -> Result<ReadStory<'_>, ValidationError> {
    read_story_again(text, None)
}

/// Reads a story from `text`, as [`read_story`], except the events whose JSON `shown` knows
/// (the index of the same text in the version shown): those are skipped over, and marked
/// [`RawEvent::again`].
pub fn read_story_again<'a>(
    text: &'a str,
    shown: Option<ShownEvents>,
) -> Result<ReadStory<'a>, ValidationError> {
    let not_json = |error: super::json::JsonError| ValidationError {
        item: "story".into(),
        field: "(text)".into(),
        problem: format!("is not JSON: {error}"),
    };
    let mut cursor = Cursor::new(text, 0);
    if cursor.peek().map_err(not_json)? != ValueKind::Object {
        return Err(ValidationError {
            item: "story".into(),
            field: "(text)".into(),
            problem: "is not a story: expected a JSON object".into(),
        });
    }
    let mut read = ReadStory {
        story: RawStory::default(),
        frame_mistakes: Vec::new(),
        event_mistakes: Vec::new(),
    };
    let root = FieldPath::ITEM;
    let outcome = cursor.each_key(|cursor, key| {
        let at = root.field(&key);
        let start = cursor.offset();
        let story = &mut read.story;
        let frame = &mut read.frame_mistakes;
        let field = match key.as_ref() {
            "title" => texts(cursor, at).map(|t| story.title = t),
            "languages" => list(cursor, at, |cursor, at| {
                string(cursor, at)?.ok_or_else(|| mismatch(&at, "a language tag"))
            })
            .map(|l| story.languages = Some(l)),
            "published" => string(cursor, at).map(|d| story.published = d),
            "words" => object(cursor, at, |cursor, tag| {
                let (words, mistakes) = read_vocabulary(cursor)?;
                for (key, problem) in mistakes {
                    let field = match key.is_empty() {
                        true => format!("words.{tag}"),
                        false => format!("words.{tag}.{key}"),
                    };
                    frame.push(ValidationError {
                        item: "story".into(),
                        field,
                        problem,
                    });
                }
                story.words.push((tag.to_string(), words));
                Ok(())
            })
            .map(drop),
            "updated" => string(cursor, at).map(|d| story.updated = d),
            "segments" => {
                let keep = &mut keeping(&mut story.segments, segment);
                items(text, cursor, at, "segment", keep, frame)
            }
            "lanes" => items(
                text,
                cursor,
                at,
                "lane",
                &mut keeping(&mut story.lanes, lane),
                frame,
            ),
            "actors" => items(
                text,
                cursor,
                at,
                "actor",
                &mut keeping(&mut story.actors, actor),
                frame,
            ),
            "gauges" => items(
                text,
                cursor,
                at,
                "gauge",
                &mut keeping(&mut story.gauges, gauge),
                frame,
            ),
            "events" => {
                let events = &mut story.events;
                let keep = &mut |cursor: &mut Cursor<'a>, position| {
                    let start = cursor.offset();
                    let mut again = None;
                    if let Some(shown) = shown {
                        let mut past = Cursor::new(text, start);
                        past.skip()?;
                        again = shown(&text[start..past.offset()]);
                        if again.is_some() {
                            *cursor = past;
                        }
                    }
                    let mut event = match again {
                        Some(_) => RawEvent::default(),
                        None => read_event(cursor)?,
                    };
                    event.position = position;
                    event.span = start..cursor.offset();
                    event.again = again;
                    events.push(event);
                    Ok(())
                };
                let listed = items(text, cursor, at, "event", keep, &mut read.event_mistakes);
                story.events_span = start..cursor.offset();
                listed
            }
            _ => Err(mismatch(&at, NO_SUCH_FIELD)),
        };
        match field {
            Ok(()) => Ok(()),
            Err(Problem::Json(error)) => Err(error),
            Err(Problem::Field(error)) => {
                frame.push(mistake("story", None, None, error));
                // Back to the value's start, and past all of it.
                *cursor = Cursor::new(text, start);
                cursor.skip()
            }
        }
    });
    outcome.and_then(|()| cursor.finish()).map_err(not_json)?;
    Ok(read)
}

/// A field of the wrong type, named as the validator names its mistakes: item, field, problem.
fn mistake(
    kind: &str,
    id: Option<&str>,
    position: Option<usize>,
    error: FieldError,
) -> ValidationError {
    let expected = error.expected;
    ValidationError {
        item: item_name(kind, id, position),
        field: error.field,
        problem: if expected == NO_SUCH_FIELD {
            format!("{NO_SUCH_FIELD} in the story format")
        } else {
            format!("expected {expected}")
        },
    }
}

/// Reads an array of items of `kind`, each by `read`, which keeps it. An item with a field of
/// the wrong type is named in `mistakes` and left out. One copy of this loop serves every kind
/// of item (`dyn`): a copy for each cost the wasm 4 kB of code (`make size`).
#[inline(never)]
fn items<'a>(
    text: &'a str,
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    kind: &'static str,
    read: &mut dyn FnMut(&mut Cursor<'a>, usize) -> Read<()>,
    mistakes: &mut Vec<ValidationError>,
) -> Read<()> {
    if cursor.peek()? != ValueKind::Array {
        return Err(mismatch(&path, "an array"));
    }
    cursor.each_item(|cursor, position| {
        let start = cursor.offset();
        match read(cursor, position) {
            Ok(()) => {}
            Err(Problem::Json(error)) => return Err(Problem::Json(error)),
            Err(Problem::Field(error)) => {
                let id = id_at(text, start);
                mistakes.push(mistake(kind, id.as_deref(), Some(position), error));
                // Back to the item's start, and past all of it.
                *cursor = Cursor::new(text, start);
                cursor.skip()?;
            }
        }
        Ok(())
    })
}

/// A reader of one item that keeps it in `list`.
fn keeping<'a, 'l, T>(
    list: &'l mut Vec<T>,
    read: fn(&mut Cursor<'a>, FieldPath) -> Read<T>,
) -> impl FnMut(&mut Cursor<'a>, usize) -> Read<()> + 'l
where
    'a: 'l,
{
    move |cursor, _| {
        list.push(read(cursor, FieldPath::ITEM)?);
        Ok(())
    }
}

/// The id of the object at byte `start` of `text`, read again for an error message: the
/// mistake may come before the id in the object.
fn id_at(text: &str, start: usize) -> Option<String> {
    let mut cursor = Cursor::new(text, start);
    let mut id = None;
    cursor
        .each_key(|cursor, key| {
            if key == "id" && cursor.peek()? == ValueKind::String {
                id = Some(cursor.string()?.chars().take(64).collect());
                Ok(())
            } else {
                cursor.skip()
            }
        })
        .ok()?;
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mistakes(json: &str) -> Vec<String> {
        read_story(json)
            .unwrap_or_else(|e| panic!("{json}: {e}"))
            .mistakes()
    }

    #[test]
    fn reads_a_story_and_names_every_field_of_the_wrong_type() {
        let read = read_story(
            r#"{"title":{"en":"T"},"languages":["en"],"events":[{"id":"a","date":"1962-10-22","headline":{"en":"x"},"sources":[{"outlet":"A","date":"1962"}],"state":{"defcon":3,"leader":"jfk"},"figure":null}]}"#,
        )
        .unwrap();
        let event = &read.story.events[0];
        assert_eq!(event.id.as_deref(), Some("a"));
        assert_eq!(
            event.headline.0,
            [("en".to_string(), Some("x".to_string()))]
        );
        assert_eq!(event.sources[0].outlet.as_deref(), Some("A"));
        assert_eq!(event.state.len(), 2);
        assert!(event.figure.is_none());
        for (json, expected) in [
            (
                r#"{"events":[{"id":1}]}"#,
                "event #1, field 'id': expected a string",
            ),
            (
                r#"{"events":[{"id":"a","headline":"x"}]}"#,
                "event 'a', field 'headline': expected an object",
            ),
            (
                r#"{"events":[{"sources":[{"url":2}]}]}"#,
                "event #1, field 'sources[0].url': expected a string",
            ),
            (
                r#"{"events":[{"headlin":{}}]}"#,
                "event #1, field 'headlin': no such field in the story format",
            ),
            (
                r#"{"events":[{"figure":{"label":{"de":5}}}]}"#,
                "event #1, field 'figure.label.de': expected a string",
            ),
            (
                r#"{"events":[{"state":{"board":true}}]}"#,
                "event #1, field 'state.board': expected an id (a string) or a number",
            ),
            (
                r#"{"events":[{"actors":["a",3]}]}"#,
                "event #1, field 'actors[1]': expected a string",
            ),
            (
                r#"{"events":[7]}"#,
                "event #1, field '(item)': expected an object",
            ),
            (
                r#"{"events":{}}"#,
                "story, field 'events': expected an array",
            ),
            (
                r#"{"lanes":[{"id":"x","name":4}]}"#,
                "lane 'x', field 'name': expected an object",
            ),
            (
                r#"{"gauges":[{"id":"g","never_falls":"yes"}]}"#,
                "gauge 'g', field 'never_falls': expected true or false",
            ),
            (
                r#"{"titel":{}}"#,
                "story, field 'titel': no such field in the story format",
            ),
        ] {
            assert_eq!(mistakes(json), vec![expected.to_string()], "{json}");
        }
    }

    #[test]
    fn every_mistake_is_found_in_one_pass_and_good_events_are_kept() {
        let read = read_story(
            r#"{"events":[{"id":"a"},{"date":5,"id":"late-id"},{"id":"c"},{"id":"d","body":[]}],"lanes":7}"#,
        )
        .unwrap();
        let ids: Vec<_> = read
            .story
            .events
            .iter()
            .map(|e| (e.position, e.id.clone().unwrap()))
            .collect();
        assert_eq!(ids, [(0, "a".to_string()), (2, "c".to_string())]);
        let events: Vec<String> = read.event_mistakes.iter().map(|m| m.item.clone()).collect();
        assert_eq!(events, ["event 'late-id'", "event 'd'"]);
        assert_eq!(read.frame_mistakes.len(), 1);
    }

    #[test]
    fn text_that_is_not_a_json_object_stops_the_reading() {
        for bad in [
            "{",
            "{\"events\":[{\"id\":\"a\"} 2",
            "{\"title\":{},}",
            "",
            "[]",
            "7",
        ] {
            assert!(read_story(bad).is_err(), "{bad}");
        }
    }
}
