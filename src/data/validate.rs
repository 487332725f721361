//! Checks an events file (or a host page's events) and turns it into a [`Dataset`].
//!
//! Every rule fails with one [`ValidationError`] that names the item (event, actor, lane,
//! segment), the field and what is wrong, so that a newsroom editor can fix the file from the
//! message alone. The build script stops the build on the first error; the run-time API logs it
//! and keeps the embedded data.
//!
//! The checks take the raw data by value and move its text into the checked types, and write an
//! item's or a field's name out only for an error: a host page may hand in 10,000 events, and a
//! copy or a `format!` per field was most of the time they took to check.

use super::calendar::{local_to_utc_ms, CivilDate, ClockTime, Precision, SUPPORTED_ZONES};
use super::schema::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasher;

/// Longest headline, in characters, that fits the story card on a phone.
pub const MAX_HEADLINE_CHARS: usize = 90;
/// Longest body text, in characters: about three sentences.
pub const MAX_BODY_CHARS: usize = 700;
/// Most events one dataset may hold.
pub const MAX_EVENTS: usize = 20_000;
/// Most directors a board may be said to have.
const MAX_BOARD: i64 = 30;
const MS_PER_DAY: i64 = 86_400_000;

/// One mistake in the data, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The item at fault, e.g. `event 'altman-fired'` or `actor #3`.
    pub item: String,
    /// The field at fault, e.g. `headline.en`.
    pub field: String,
    /// What is wrong, in plain words.
    pub problem: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, field '{}': {}", self.item, self.field, self.problem)
    }
}

impl std::error::Error for ValidationError {}

/// Builds errors for one item, naming it only when there is an error to report.
struct Item<'a> {
    kind: &'static str,
    id: Option<&'a str>,
    /// Position in its list; `None` for the dataset as a whole.
    position: Option<usize>,
}

impl<'a> Item<'a> {
    fn new(kind: &'static str, id: Option<&'a str>, position: usize) -> Item<'a> {
        Item {
            kind,
            id,
            position: Some(position),
        }
    }

    /// The whole dataset, for rules about it rather than one item.
    const DATASET: Item<'static> = Item {
        kind: "dataset",
        id: None,
        position: None,
    };

    fn err(&self, field: impl fmt::Display, problem: impl Into<String>) -> ValidationError {
        let kind = self.kind;
        ValidationError {
            item: match (self.id, self.position) {
                (Some(id), _) if !id.trim().is_empty() => format!("{kind} '{id}'"),
                (_, Some(position)) => format!("{kind} #{}", position + 1),
                _ => kind.to_string(),
            },
            field: field.to_string(),
            problem: problem.into(),
        }
    }
}

/// A field inside a list or a text in one language, e.g. `sources[1].url`, `actors[0]` or
/// `headline.fr`.
struct FieldPath<'a> {
    name: &'a str,
    index: Option<usize>,
    sub: &'static str,
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)?;
        if let Some(index) = self.index {
            write!(f, "[{index}]")?;
        }
        if !self.sub.is_empty() {
            write!(f, ".{}", self.sub)?;
        }
        Ok(())
    }
}

/// Checks a whole events file.
pub fn validate(raw: RawDataset) -> Result<Dataset, ValidationError> {
    let whole = Item::DATASET;
    let title = bilingual(&whole, "title", raw.title, MAX_HEADLINE_CHARS)?;
    let staff = match raw.staff {
        Some(n) if (1..=i64::from(u16::MAX)).contains(&n) => n as u16,
        Some(n) => return Err(whole.err("staff", format!("{n} is not a staff count"))),
        None => return Err(whole.err("staff", "is missing")),
    };
    let mut dataset = Dataset {
        title,
        staff,
        segments: Cow::Owned(segments(raw.segments)?),
        lanes: Cow::Owned(lanes(raw.lanes)?),
        actors: Cow::Owned(Vec::new()),
        events: Cow::Owned(Vec::new()),
    };
    dataset.actors = Cow::Owned(actors(raw.actors, &dataset.lanes)?);
    dataset.events = Cow::Owned(validate_events(raw.events, &dataset)?);
    Ok(dataset)
}

/// Checks events against the segments, lanes, actors and staff count of `frame`, as the
/// run-time API does with events handed in by a host page.
pub fn validate_events(raw: Vec<RawEvent>, frame: &Dataset) -> Result<Vec<Event>, ValidationError> {
    if raw.is_empty() {
        return Err(Item::DATASET.err("event", "there are no events"));
    }
    if raw.len() > MAX_EVENTS {
        return Err(Item::DATASET.err(
            "event",
            format!(
                "{} events is more than the {MAX_EVENTS} the widget takes",
                raw.len()
            ),
        ));
    }
    // Ids seen so far, by hash, with the position of the event that has it: the ids stay in
    // the events, uncopied.
    let hasher = std::collections::hash_map::RandomState::new();
    let mut ids: HashMap<u64, usize> = HashMap::with_capacity(raw.len());
    let mut running = Running::default();
    let mut events: Vec<Event> = Vec::with_capacity(raw.len());
    for (position, mut raw_event) in raw.into_iter().enumerate() {
        let id = raw_event.id.take();
        let item = Item::new("event", id.as_deref(), position);
        let mut event = event(&item, raw_event, frame)?;
        let checked_id = item.id.unwrap_or_default();
        let hash = hasher.hash_one(checked_id);
        let repeated = match ids.get(&hash) {
            Some(&earlier) if events[earlier].id == checked_id => true,
            // Two ids with one hash: rare enough to look through them all.
            Some(_) => events.iter().any(|e| e.id == checked_id),
            None => false,
        };
        if repeated {
            return Err(item.err("id", "is used by an earlier event: ids must be unique"));
        }
        ids.entry(hash).or_insert(position);
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
        running.apply(&item, &event.state, frame)?;
        event.id = Cow::Owned(id.unwrap_or_default());
        events.push(event);
    }
    Ok(events)
}

/// The state strip's values as the events are walked, to catch changes that contradict it.
#[derive(Default)]
struct Running {
    ceo: Option<u16>,
    signatures: Option<u16>,
}

impl Running {
    fn apply(
        &mut self,
        item: &Item,
        change: &StateChange,
        frame: &Dataset,
    ) -> Result<(), ValidationError> {
        if let Some(ceo) = change.ceo {
            if self.ceo == Some(ceo) {
                return Err(item.err(
                    "state.ceo",
                    format!(
                        "'{}' is already chief executive at this point",
                        frame.actors[usize::from(ceo)].id
                    ),
                ));
            }
            self.ceo = Some(ceo);
        }
        if let Some(signatures) = change.signatures {
            if let Some(before) = self.signatures.filter(|&before| signatures < before) {
                return Err(item.err(
                    "state.signatures",
                    format!("falls from {before} to {signatures}: signatures are never withdrawn"),
                ));
            }
            self.signatures = Some(signatures);
        }
        Ok(())
    }
}

/// Checks one event whose id the caller has taken out (the item borrows it for its messages)
/// and puts back in the event returned, whose `id` is the id checked here.
fn event(item: &Item, raw: RawEvent, frame: &Dataset) -> Result<Event, ValidationError> {
    identifier(item, "id", item.id)?;
    let start = when(item, &raw)?;
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
    for (n, actor) in raw.actors.iter().enumerate() {
        let field = FieldPath {
            name: "actors",
            index: Some(n),
            sub: "",
        };
        let index = lookup(item, &field, "actor", Some(actor), &frame.actors, |a| &a.id)?;
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
    let headline = bilingual(item, "headline", raw.headline, MAX_HEADLINE_CHARS)?;
    let body = bilingual(item, "body", raw.body, MAX_BODY_CHARS)?;
    let figure = raw.figure.map(|f| figure(item, f)).transpose()?;
    if raw.sources.is_empty() {
        return Err(item.err("sources", "is empty: every event needs at least one source"));
    }
    let sources = raw
        .sources
        .into_iter()
        .enumerate()
        .map(|(n, s)| source(item, n, s))
        .collect::<Result<Vec<_>, _>>()?;
    let state = state_change(item, &raw.state, frame)?;
    Ok(Event {
        // The caller puts the id back: the item its messages name borrows it until then.
        id: Cow::Borrowed(""),
        start,
        end,
        segment: segment as u8,
        lane,
        actors: Cow::Owned(actors),
        status,
        headline,
        body,
        figure,
        sources: Cow::Owned(sources),
        state,
    })
}

fn when(item: &Item, raw: &RawEvent) -> Result<When, ValidationError> {
    let date_text = raw
        .date
        .as_deref()
        .ok_or_else(|| item.err("date", "is missing"))?;
    let date = CivilDate::parse(date_text).map_err(|e| item.err("date", e))?;
    let zone_name = raw
        .zone
        .as_deref()
        .ok_or_else(|| item.err("zone", "is missing"))?;
    let zone = SUPPORTED_ZONES
        .iter()
        .position(|z| *z == zone_name)
        .ok_or_else(|| {
            item.err(
                "zone",
                format!(
                    "unknown time zone '{zone_name}' (supported: {})",
                    SUPPORTED_ZONES.join(", ")
                ),
            )
        })? as u8;
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
    let instant_ms = local_to_utc_ms(zone_name, date.placement_day(), minutes)
        .map_err(|e| item.err("zone", e))?;
    Ok(When {
        date,
        time,
        part,
        zone,
        instant_ms,
    })
}

fn state_change(
    item: &Item,
    raw: &RawStateChange,
    frame: &Dataset,
) -> Result<StateChange, ValidationError> {
    let ceo = match &raw.ceo {
        None => None,
        Some(id) => Some(
            lookup(item, "state.ceo", "actor", Some(id), &frame.actors, |a| {
                &a.id
            })? as u16,
        ),
    };
    let board = match raw.board {
        None => None,
        Some(n) if (1..=MAX_BOARD).contains(&n) => Some(n as u16),
        Some(n) => {
            return Err(item.err(
                "state.board",
                format!("{n} directors is not a board size (1 to {MAX_BOARD})"),
            ))
        }
    };
    let signatures = match raw.signatures {
        None => None,
        Some(n) if (0..=i64::from(frame.staff)).contains(&n) => Some(n as u16),
        Some(n) => {
            return Err(item.err(
                "state.signatures",
                format!(
                    "{n} is more than the staff of {} (or negative)",
                    frame.staff
                ),
            ))
        }
    };
    let microsoft = raw
        .microsoft
        .as_deref()
        .map(|name| named(item, "state.microsoft", name, &MicrosoftStance::NAMES))
        .transpose()?;
    Ok(StateChange {
        ceo,
        board,
        signatures,
        microsoft,
    })
}

fn figure(item: &Item, raw: RawFigure) -> Result<Figure, ValidationError> {
    let value = raw
        .value
        .filter(|v| v.is_finite())
        .ok_or_else(|| item.err("figure.value", "is missing or not a finite number"))?;
    let unit_name = raw
        .unit
        .as_deref()
        .ok_or_else(|| item.err("figure.unit", "is missing"))?;
    Ok(Figure {
        value,
        unit: named(item, "figure.unit", unit_name, &FigureUnit::NAMES)?,
        label: bilingual(item, "figure.label", raw.label, MAX_HEADLINE_CHARS)?,
    })
}

fn source(item: &Item, n: usize, raw: RawSource) -> Result<Source, ValidationError> {
    let field = |sub| FieldPath {
        name: "sources",
        index: Some(n),
        sub,
    };
    let outlet = plain_text(item, field("outlet"), raw.outlet, MAX_HEADLINE_CHARS)?;
    let date = raw
        .date
        .ok_or_else(|| item.err(field("date"), "is missing"))?;
    CivilDate::parse(&date).map_err(|e| item.err(field("date"), e))?;
    let url = raw
        .url
        .map(|url| web_address(url).map_err(|e| item.err(field("url"), e)))
        .transpose()?;
    Ok(Source {
        outlet: Cow::Owned(outlet),
        date: Cow::Owned(date),
        url: url.map(Cow::Owned),
    })
}

/// Accepts only absolute http(s) addresses, so that no `javascript:` or `data:` link is ever shown.
pub fn web_address(url: String) -> Result<String, String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("'{url}' is not an http or https address"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{url}' is not a valid web address"));
    }
    Ok(url)
}

fn segments(raw: Vec<RawSegment>) -> Result<Vec<Segment>, ValidationError> {
    if raw.is_empty() || raw.len() > usize::from(u8::MAX) {
        return Err(Item::DATASET.err("segment", "there must be 1 to 255 segments"));
    }
    let mut out: Vec<Segment> = Vec::new();
    for (n, seg) in raw.into_iter().enumerate() {
        let item = Item::new("segment", seg.id.as_deref(), n);
        let id = identifier(&item, "id", seg.id.as_deref())?;
        let day = |field: &str, text: Option<&String>| -> Result<i64, ValidationError> {
            let text = text.ok_or_else(|| item.err(field, "is missing"))?;
            let date = CivilDate::parse(text).map_err(|e| item.err(field, e))?;
            if date.precision != Precision::Day {
                return Err(item.err(field, "needs a full date YYYY-MM-DD"));
            }
            Ok(date.days_since_epoch())
        };
        let from_ms = day("from", seg.from.as_ref())? * MS_PER_DAY;
        let to_ms = (day("to", seg.to.as_ref())? + 1) * MS_PER_DAY - 1;
        if to_ms <= from_ms {
            return Err(item.err("to", "is before 'from'"));
        }
        if let Some(previous) = out.last() {
            if from_ms <= previous.to_ms {
                return Err(item.err(
                    "from",
                    format!("overlaps the previous segment '{}'", previous.id),
                ));
            }
        }
        if out.iter().any(|s| s.id == id) {
            return Err(item.err("id", "is used by an earlier segment"));
        }
        out.push(Segment {
            id: Cow::Owned(id.to_string()),
            name: bilingual(&item, "name", seg.name, MAX_HEADLINE_CHARS)?,
            from_ms,
            to_ms,
        });
    }
    Ok(out)
}

fn lanes(raw: Vec<RawLane>) -> Result<Vec<Lane>, ValidationError> {
    if raw.is_empty() || raw.len() > 32 {
        return Err(Item::DATASET.err("lane", "there must be 1 to 32 lanes"));
    }
    let mut out: Vec<Lane> = Vec::new();
    for (n, lane) in raw.into_iter().enumerate() {
        let item = Item::new("lane", lane.id.as_deref(), n);
        let id = identifier(&item, "id", lane.id.as_deref())?;
        if out.iter().any(|l| l.id == id) {
            return Err(item.err("id", "is used by an earlier lane"));
        }
        out.push(Lane {
            id: Cow::Owned(id.to_string()),
            name: bilingual(&item, "name", lane.name, 40)?,
        });
    }
    Ok(out)
}

fn actors(raw: Vec<RawActor>, lanes: &[Lane]) -> Result<Vec<Actor>, ValidationError> {
    if raw.len() > usize::from(u16::MAX) {
        return Err(Item::DATASET.err("actor", "too many actors"));
    }
    let mut out: Vec<Actor> = Vec::new();
    for (n, actor) in raw.into_iter().enumerate() {
        let item = Item::new("actor", actor.id.as_deref(), n);
        let id = identifier(&item, "id", actor.id.as_deref())?;
        if out.iter().any(|a| a.id == id) {
            return Err(item.err("id", "is used by an earlier actor"));
        }
        out.push(Actor {
            id: Cow::Owned(id.to_string()),
            name: bilingual(&item, "name", actor.name, 60)?,
            lane: lookup(&item, "lane", "lane", actor.lane.as_deref(), lanes, |l| {
                &l.id
            })? as u8,
        });
    }
    Ok(out)
}

/// Ids are used in URLs: lower-case ASCII letters, digits and inner hyphens, at most 64.
fn identifier<'a>(
    item: &Item,
    field: &str,
    id: Option<&'a str>,
) -> Result<&'a str, ValidationError> {
    let id = id.ok_or_else(|| item.err(field, "is missing"))?;
    if !super::ids::is_id(id) {
        return Err(item.err(
            field,
            format!(
                "'{id}' is not an id: use 1 to 64 lower-case letters, digits and inner hyphens"
            ),
        ));
    }
    Ok(id)
}

fn lookup<T>(
    item: &Item,
    field: impl fmt::Display,
    kind: &str,
    id: Option<&str>,
    known: &[T],
    id_of: impl Fn(&T) -> &Text,
) -> Result<usize, ValidationError> {
    let id = id.ok_or_else(|| item.err(&field, "is missing"))?;
    known
        .iter()
        .position(|k| id_of(k) == id)
        .ok_or_else(|| item.err(&field, format!("unknown {kind} '{id}'")))
}

fn named<T: Copy>(
    item: &Item,
    field: &str,
    name: &str,
    names: &[(&str, T)],
) -> Result<T, ValidationError> {
    names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let choices: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            item.err(
                field,
                format!(
                    "unknown value '{name}' (expected one of: {})",
                    choices.join(", ")
                ),
            )
        })
}

fn bilingual(
    item: &Item,
    field: &str,
    raw: RawBilingual,
    max: usize,
) -> Result<Bilingual, ValidationError> {
    let in_lang = |sub| FieldPath {
        name: field,
        index: None,
        sub,
    };
    let fr = plain_text(item, in_lang("fr"), raw.fr, max)?;
    let en = plain_text(item, in_lang("en"), raw.en, max)?;
    Ok(Bilingual {
        fr: Cow::Owned(fr),
        en: Cow::Owned(en),
    })
}

/// Text shown to readers: present, not blank, not too long, and free of control and bidi
/// override characters that could disguise what the reader sees.
fn plain_text(
    item: &Item,
    field: FieldPath,
    text: Option<String>,
    max: usize,
) -> Result<String, ValidationError> {
    let text = text.ok_or_else(|| item.err(&field, "is missing"))?;
    if text.trim().is_empty() {
        return Err(item.err(&field, "is empty"));
    }
    let length = text.chars().count();
    if length > max {
        return Err(item.err(&field, format!("has {length} characters, more than {max}")));
    }
    if let Some(c) = text.chars().find(|&c| is_hidden_control(c)) {
        return Err(item.err(
            &field,
            format!(
                "contains the invisible control character U+{:04X}",
                u32::from(c)
            ),
        ));
    }
    Ok(text)
}

/// Control characters and the Unicode bidirectional overrides and isolates.
fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}
