//! The rules of events: each event on its own (dates, zone, segment, lane, actors, status,
//! texts, figure, sources, state changes), and the story's events together (unique ids, time
//! order, a state strip that does not contradict itself).

use super::fields::{full_date, identifier, lookup, named, rich_texts, texts, texts_at};
use super::figure::figure;
use super::gauges::{settings, Running};
use super::link::link;
use super::source::source;
use super::{MAX_BODY_CHARS, MAX_CORRECTION_CHARS, MAX_HEADLINE_CHARS};
use crate::calendar::{local_to_utc_minutes, CivilDate, ClockTime, Precision, ZoneRules};
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::raw::{RawCorrection, RawEvent};
use crate::schema::*;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

/// Checks events against the story's segments, lanes, actors and gauges, placing them in time
/// with `rules`; an event read again ([`RawEvent::again`]) is taken from `shown`, the version of
/// the story shown, rather than checked on its own.
pub(super) fn validate_events(
    raw: Vec<RawEvent>,
    story: &Dataset,
    rules: &dyn ZoneRules,
    shown: Option<&Dataset>,
) -> CheckedEvents {
    let mut running = Running::new(story);
    let mut zones: Vec<Text> = Vec::new();
    let mut skipped = Vec::new();
    let mut events: Vec<Event> = Vec::with_capacity(raw.len());
    let mut positions: Vec<usize> = Vec::with_capacity(raw.len());
    let mut spans: Vec<Range<usize>> = Vec::with_capacity(raw.len());
    for raw_event in raw {
        let position = raw_event.position;
        let span = raw_event.span.clone();
        let again = raw_event.again.and_then(|n| Some((shown?, n)));
        let checked = match again {
            // The same JSON as an event of the version shown, in the same frame: the same
            // event, but for its zone's place in this version's list.
            Some((shown, n)) => {
                let mut event = shown.events[n].clone();
                match shown.zone_name(&event.start) {
                    Some(name) => zone_index(&mut zones, name)
                        .map(|index| {
                            event.start.zone = Some(index);
                            event
                        })
                        .map_err(|e| {
                            Item::new("event", Some(&shown.events[n].id), position).err("zone", e)
                        }),
                    None => Ok(event),
                }
            }
            None => event(raw_event, story, rules, &mut zones),
        };
        let checked = checked.and_then(|event| {
            let item = Item::new("event", Some(&event.id), position);
            if let Some(previous) = events.last() {
                if event.start.instant_ms < previous.start.instant_ms {
                    return Err(item.err(
                        "date",
                        format!(
                            "is earlier than the previous event '{}': events must be in time order",
                            previous.id
                        ),
                    ));
                }
            }
            running.check(&item, &event.state, story)?;
            Ok(event)
        });
        match checked {
            Ok(event) => {
                running.apply(&event.state);
                events.push(event);
                positions.push(position);
                spans.push(span);
            }
            Err(mistake) => skipped.push(mistake),
        }
    }
    // Ids are unique: checked once every event is in, so that the set borrows their ids and
    // nothing is copied; a repeated id is thus told after the events' other mistakes. Counted
    // with callgrind for 10,000 events: 68.9 M instructions to check them, against 72.3 M with a
    // copy of each id and 69.9 M with a map of id hashes.
    let mut ids: HashSet<&str> = HashSet::with_capacity(events.len());
    let repeated: Vec<usize> = (0..events.len())
        .filter(|&n| !ids.insert(&events[n].id))
        .collect();
    for &n in repeated.iter().rev() {
        let event = events.remove(n);
        spans.remove(n);
        let item = Item::new("event", Some(&event.id), positions.remove(n));
        skipped.push(item.err("id", "is used by an earlier event: ids must be unique"));
    }
    CheckedEvents {
        events,
        zones,
        skipped,
        spans,
    }
}

/// The events of a story that pass, with what the story keeps of them.
pub(super) struct CheckedEvents {
    /// The events that pass, in time order.
    pub events: Vec<Event>,
    /// The zones they name, each once.
    pub zones: Vec<Text>,
    /// One mistake for each event left out.
    pub skipped: Vec<ValidationError>,
    /// Where each event that passes is in the story's text.
    pub spans: Vec<Range<usize>>,
}

/// Checks an event on its own, and moves its texts into the checked event.
fn event(
    raw: RawEvent,
    frame: &Dataset,
    rules: &dyn ZoneRules,
    zones: &mut Vec<Text>,
) -> Result<Event, ValidationError> {
    // Errors name the event by its id: the item borrows the id field until the texts are in.
    let item = &Item::new("event", raw.id.as_deref(), raw.position);
    identifier(item, "id", raw.id.as_deref())?;
    let start = when(item, &raw, rules, zones)?;
    let languages = &frame.languages;
    let end = match &raw.end {
        None => None,
        Some(text) => {
            let end = CivilDate::parse(text).map_err(|e| item.err("end", e))?;
            if end.days_since_epoch() < start.date.days_since_epoch() {
                return Err(item.err("end", format!("'{text}' is before the start date")));
            }
            Some(end)
        }
    };
    let segment = lookup(
        item,
        "segment",
        "segment",
        raw.segment.as_deref(),
        &frame.segments,
        |s| &s.id,
    )?;
    let range = &frame.segments[segment];
    if !(range.from_ms..=range.to_ms).contains(&start.instant_ms) {
        return Err(item.err("date", format!("falls outside its segment '{}'", range.id)));
    }
    let mut actors = Vec::with_capacity(raw.actors.len());
    let actors_field = FieldPath::ITEM.field("actors");
    for (n, actor) in raw.actors.iter().enumerate() {
        let field = actors_field.item(n);
        let index = lookup(item, field, "actor", Some(actor), &frame.actors, |a| &a.id)?;
        if actors.contains(&(index as u16)) {
            return Err(item.err(field, format!("'{actor}' is listed twice")));
        }
        actors.push(index as u16);
    }
    let lane = match (&raw.lane, actors.first()) {
        (Some(lane), _) => lookup(item, "lane", "lane", Some(lane), &frame.lanes, |l| &l.id)? as u8,
        (None, Some(&first)) => frame.actors[usize::from(first)].lane,
        (None, None) => {
            return Err(item.err("lane", "is missing, and there is no actor to take it from"))
        }
    };
    let status_name = raw
        .status
        .as_deref()
        .ok_or_else(|| item.err("status", "is missing"))?;
    let status = named(item, "status", status_name, &Status::NAMES)?;
    let headline = texts(
        item,
        "headline",
        raw.headline,
        MAX_HEADLINE_CHARS,
        languages,
    )?;
    let body = rich_texts(item, "body", raw.body, MAX_BODY_CHARS, languages)?;
    let figure = raw.figure.map(|f| figure(item, f, languages)).transpose()?;
    let quote = raw
        .quote
        .map(|q| super::quote::quote(item, q, frame))
        .transpose()?;
    let image = raw
        .image
        .map(|i| super::image::image(item, i, languages))
        .transpose()?;
    let link = raw.link.map(|l| link(item, l, languages)).transpose()?;
    let recording = raw
        .recording
        .map(|r| super::recording::recording(item, r, languages))
        .transpose()?;
    if raw.sources.is_empty() {
        return Err(item.err("sources", "is empty: every event needs at least one source"));
    }
    let sources = raw
        .sources
        .into_iter()
        .enumerate()
        .map(|(n, s)| source(item, n, s))
        .collect::<Result<Vec<_>, _>>()?;
    let state = settings(item, &raw.state, frame)?;
    let corrections = raw
        .corrections
        .into_iter()
        .enumerate()
        .map(|(n, c)| correction(item, n, c, &start, frame))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Event {
        id: Cow::Owned(raw.id.unwrap_or_default()),
        start,
        end,
        segment: segment as u8,
        lane,
        actors: Cow::Owned(actors),
        status,
        headline,
        body,
        figure,
        quote,
        image,
        link,
        recording,
        sources: Cow::Owned(sources),
        state: Cow::Owned(state),
        corrections: Cow::Owned(corrections),
    })
}

/// A correction: a full date, not before the event nor after the story's last update, and a
/// note in both languages.
fn correction(
    item: &Item,
    n: usize,
    raw: RawCorrection,
    start: &When,
    frame: &Dataset,
) -> Result<Correction, ValidationError> {
    let corrections = FieldPath::ITEM.field("corrections");
    let at = corrections.item(n);
    let date_field = at.field("date");
    let date = full_date(item, date_field, raw.date.as_deref())?;
    let day = date.days_since_epoch();
    if day < start.date.days_since_epoch() {
        return Err(item.err(date_field, "is before the event it corrects"));
    }
    if frame.updated.is_some_and(|u| day > u.days_since_epoch()) {
        return Err(item.err(date_field, "is after the story's 'updated' date"));
    }
    let note = at.field("note");
    Ok(Correction {
        date,
        note: texts_at(item, note, raw.note, MAX_CORRECTION_CHARS, &frame.languages)?,
    })
}

/// When an event happened: its local date, time or part of the day, and zone; none for a
/// floating date, whose instant is its local time read as UTC.
fn when(
    item: &Item,
    raw: &RawEvent,
    rules: &dyn ZoneRules,
    zones: &mut Vec<Text>,
) -> Result<When, ValidationError> {
    let date_text = raw
        .date
        .as_deref()
        .ok_or_else(|| item.err("date", "is missing"))?;
    let date = CivilDate::parse(date_text).map_err(|e| item.err("date", e))?;
    let time = raw
        .time
        .as_deref()
        .map(ClockTime::parse)
        .transpose()
        .map_err(|e| item.err("time", e))?;
    let part = match raw.part.as_deref() {
        None => None,
        Some(name) => {
            let names = DayPart::NAMES.map(|(n, p, _)| (n, p));
            Some(named(item, "part", name, &names)?)
        }
    };
    if (time.is_some() || part.is_some()) && date.precision != Precision::Day {
        return Err(item.err("time", "a time or part of day needs a date with a day"));
    }
    if time.is_some() && part.is_some() {
        return Err(item.err("part", "give either a time or a part of the day, not both"));
    }
    // Placed at noon when only the day is known, so that timed events of the morning come first.
    let minutes = match (time, part) {
        (Some(t), _) => t.minutes(),
        (None, Some(p)) => DayPart::NAMES
            .iter()
            .find(|(_, q, _)| *q == p)
            .map_or(720, |n| n.2),
        (None, None) => 12 * 60,
    };
    let local = date.placement_day() * 1440 + minutes;
    let (zone, utc, offset) = match raw.zone.as_deref() {
        None => (None, local, 0),
        Some(name) => {
            let (utc, offset) = local_to_utc_minutes(rules, name, local).ok_or_else(|| {
                item.err(
                    "zone",
                    format!("unknown time zone '{name}' (an IANA name such as 'Europe/Paris'; leave it out for a floating date)"),
                )
            })?;
            let index = zone_index(zones, name).map_err(|e| item.err("zone", e))?;
            (Some(index), utc, offset)
        }
    };
    Ok(When {
        date,
        time,
        part,
        zone,
        offset_minutes: offset as i16,
        instant_ms: utc * 60_000,
    })
}

/// The index of zone `name` in the story's `zones`, added at the end if it is not there yet;
/// the mistake past the 255 zones an index holds.
fn zone_index(zones: &mut Vec<Text>, name: &str) -> Result<u8, &'static str> {
    match zones.iter().position(|z| z == name) {
        Some(index) => Ok(index as u8),
        None if zones.len() < usize::from(u8::MAX) => {
            zones.push(Cow::Owned(name.to_string()));
            Ok((zones.len() - 1) as u8)
        }
        None => Err("the story names more than 255 time zones"),
    }
}
