//! TimelineJS's slides as a story: the title slide gives the title, eras the segments, groups
//! the lanes, events the events, dated as written (floating: TimelineJS has no time zones). What
//! the story format has no place for is named in a note; what it cannot take (years before 1 or
//! after 9999) is an error. Nothing is made up: TimelineJS has no status and no sources, which
//! every event of a story needs, so the story imported says so until the newsroom adds them.

use super::choices::ImportChoices;
use super::html_text::{flatten, rich};
use super::slides::{Slide, SlideDate, SlideKind, SlideMedia};
use crisis_format::calendar::days_in_month;
use serde_json::{json, Map, Value};

/// A story imported, what was left out, and what could not be carried.
pub struct Imported {
    pub story: Value,
    pub notes: Vec<String>,
    pub errors: Vec<String>,
}

/// The slides' texts as the story takes them, with a note for each part of their HTML left out.
struct Texts {
    notes: Vec<String>,
}

impl Texts {
    /// The text of `slide`'s `field`: the body ("text") keeps paragraphs, emphasis and links as
    /// rich text; the rest is plain.
    fn of(&mut self, slide: &Slide, field: &str, html: &str) -> String {
        let flat = if field == "text" {
            rich(html)
        } else {
            flatten(html)
        };
        for dropped in flat.dropped {
            self.notes
                .push(format!("{}, {field}: {dropped} left out", slide.origin));
        }
        flat.text
    }

    /// The text of an optional `field`, when it has words.
    fn some(&mut self, slide: &Slide, field: &str, html: Option<&String>) -> Option<String> {
        html.map(|h| self.of(slide, field, h))
            .filter(|t| !t.is_empty())
    }
}

/// A lane of the story imported: a TimelineJS group.
struct Lane {
    id: String,
    /// The group's name; empty for the events of no group.
    group: String,
}

/// The story of `slides`, its texts in `lang` (a well-formed language tag), with the journalist's `choices`
/// for what TimelineJS has not (every event's status and source, every image's shape).
pub fn to_story(slides: &[Slide], lang: &str, choices: &ImportChoices) -> Imported {
    let mut texts = Texts { notes: Vec::new() };
    let mut errors = Vec::new();
    let title = match slides.iter().find(|s| s.kind == SlideKind::Title) {
        Some(slide) => texts.of(slide, "headline", &slide.headline),
        None => String::new(),
    };
    let mut story_notes: Vec<String> = slides.iter().flat_map(slide_notes).collect();
    let mut ids = Ids::default();
    let mut segments = eras(slides, &mut ids, &mut texts, &mut errors);
    let events: Vec<&Slide> = slides
        .iter()
        .filter(|s| s.kind == SlideKind::Event)
        .collect();
    let mut lanes: Vec<Lane> = Vec::new();
    let mut out_events = Vec::new();
    let mut event_ids = Ids::default();
    for slide in &events {
        let Some(start) = &slide.start else {
            errors.push(format!("{}: has no start date", slide.origin));
            continue;
        };
        if !in_range(start) || slide.end.as_ref().is_some_and(|e| !in_range(e)) {
            let year = if in_range(start) {
                slide.end.as_ref().map_or(start.year, |e| e.year)
            } else {
                start.year
            };
            errors.push(year_error(&slide.origin, year));
            continue;
        }
        let headline = texts.of(slide, "headline", &slide.headline);
        let body = texts.of(slide, "text", &slide.text);
        let id = match &slide.unique_id {
            Some(unique) => {
                let id = event_ids.make(unique, "event");
                if id != *unique {
                    story_notes.push(format!(
                        "{}: its unique_id '{unique}' becomes the id '{id}' (lower-case letters, digits and hyphens): links to the old one will not open it",
                        slide.origin
                    ));
                }
                id
            }
            None => event_ids.make(&headline, "event"),
        };
        let mut event = Map::new();
        event.insert("id".into(), json!(id));
        event.insert("date".into(), json!(date_text(start)));
        if let Some(time) = time_text(start) {
            event.insert("time".into(), json!(time));
        }
        if start.second.is_some_and(|s| s > 0) || (start.hour.is_some() && start.day.is_none()) {
            story_notes.push(format!(
                "{}: the seconds, or a time on a date without its day, left out",
                slide.origin
            ));
        }
        if let Some(end) = slide.end.as_ref().and_then(|e| full_day(e, true)) {
            if end > full_day(start, false).unwrap_or_default() {
                event.insert("end".into(), json!(end));
            }
        }
        let day = full_day(start, false).unwrap_or_default();
        event.insert("segment".into(), json!(segment_of(&day, &segments)));
        let group = slide.group.clone().unwrap_or_default();
        let lane = match lanes.iter().find(|lane| lane.group == group) {
            Some(lane) => lane.id.clone(),
            None => {
                let id = ids.make(if group.is_empty() { "events" } else { &group }, "lane");
                lanes.push(Lane {
                    id: id.clone(),
                    group,
                });
                id
            }
        };
        event.insert("lane".into(), json!(lane));
        if let Some(status) = choices.status {
            event.insert("status".into(), json!(status));
        }
        if let Some(source) = &choices.source {
            event.insert(
                "sources".into(),
                json!([{ "outlet": source.outlet, "date": source.date }]),
            );
        }
        event.insert("headline".into(), json!({ lang: headline }));
        if !body.is_empty() {
            event.insert("body".into(), json!({ lang: body }));
        }
        if let Some(media) = slide.media.as_ref() {
            if media.is_image() {
                event.insert(
                    "image".into(),
                    image(slide, media, lang, choices, &mut texts),
                );
            }
            if media.is_recording() {
                event.insert("recording".into(), recording(media, lang));
            } else if media.is_address() && !media.is_image() {
                event.insert("link".into(), link_card(media, lang));
            }
        }
        out_events.push(Value::Object(event));
    }
    if segments.is_empty() {
        if let Some(whole) = whole_story(&events, lang) {
            segments.push(whole);
            for event in &mut out_events {
                event["segment"] = json!("timeline");
            }
        }
    }
    for event in &out_events {
        if event["segment"].is_null() {
            story_notes.push(format!(
                "event '{}': falls outside every era: give it a segment",
                event["id"].as_str().unwrap_or("")
            ));
        }
    }
    story_notes.extend(choice_notes(choices));
    if !matches!(lang, "fr" | "en") {
        story_notes.push(format!(
            "the names this import gives where TimelineJS has none (a segment 'Timeline', a lane 'Events', a link 'Post on X') are in English: write them in '{lang}'"
        ));
    }
    let mut notes = texts.notes;
    notes.extend(story_notes);
    let story = json!({
        "title": { lang: if title.is_empty() { word(lang, "Chronologie", "Timeline").to_string() } else { title } },
        "languages": [lang],
        "segments": segments.iter().map(|s| json!({ "id": s.id, "name": { lang: &s.name }, "from": s.from, "to": s.to })).collect::<Vec<_>>(),
        "lanes": lanes.iter().map(|lane| json!({ "id": lane.id, "name": { lang: if lane.group.is_empty() { word(lang, "Événements", "Events") } else { &lane.group } } })).collect::<Vec<_>>(),
        "events": out_events,
    });
    Imported {
        story,
        notes,
        errors,
    }
}

/// What the story format has no place for in `slide`, each in a note: the title slide's text, a
/// display date, media it cannot take, a background; and what an event's media becomes.
fn slide_notes(slide: &Slide) -> Vec<String> {
    let mut left = Vec::new();
    let mut told = Vec::new();
    if slide.kind == SlideKind::Title && !slide.text.trim().is_empty() {
        left.push("its text (the story format has no introduction)".to_string());
    }
    if let Some(display) = &slide.display_date {
        left.push(format!(
            "its display date '{display}' (the widget writes dates from the date itself)"
        ));
    }
    let event_media = slide
        .media
        .as_ref()
        .filter(|_| slide.kind == SlideKind::Event);
    if let Some(media) = event_media.filter(|m| m.is_recording()) {
        told.push(format!(
            "{}: its media {} becomes a recording, played only when the reader presses play",
            slide.origin,
            media.url.trim()
        ));
    } else if let Some(media) = event_media.filter(|m| m.is_address() && !m.is_image()) {
        told.push(format!(
            "{}: its media {} becomes a link card (the story format does not embed videos, posts or maps; nothing of them is loaded)",
            slide.origin,
            media.url.trim()
        ));
    } else if let Some(media) = slide
        .media
        .as_ref()
        .filter(|m| !(slide.kind == SlideKind::Event && m.is_address()))
    {
        // A sheet's media may be a quote in HTML rather than an address.
        let shown = if media.url.trim_start().starts_with('<') {
            let words: String = flatten(&media.url).text.chars().take(60).collect();
            format!("(text: \"{words}…\")")
        } else {
            media.url.clone()
        };
        left.push(format!(
            "its media {shown} (the story format takes images, links and recordings, so far)"
        ));
    }
    if slide.background {
        left.push("its background".into());
    }
    left.into_iter()
        .map(|what| format!("{}: {what} left out", slide.origin))
        .chain(told)
        .collect()
}

/// The eras of `slides` as the story's segments, in time order; an era that cannot be dated is
/// an error.
fn eras(
    slides: &[Slide],
    ids: &mut Ids,
    texts: &mut Texts,
    errors: &mut Vec<String>,
) -> Vec<Segment> {
    let mut segments = Vec::new();
    for era in slides.iter().filter(|s| s.kind == SlideKind::Era) {
        let (Some(start), end) = (&era.start, era.end.as_ref().or(era.start.as_ref())) else {
            errors.push(format!("{}: has no start date", era.origin));
            continue;
        };
        match (full_day(start, false), end.and_then(era_end)) {
            (Some(from), Some(to)) => {
                let name = texts.of(era, "headline", &era.headline);
                let id = ids.make(&name, "era");
                segments.push(Segment { id, name, from, to });
            }
            _ => {
                let year = match end {
                    Some(end) if in_range(start) => end.year,
                    _ => start.year,
                };
                errors.push(year_error(&era.origin, year));
            }
        }
    }
    segments.sort_by(|a, b| a.from.cmp(&b.from));
    segments
}

/// One segment for a timeline without eras, from its first event's day to its last's.
fn whole_story(events: &[&Slide], lang: &str) -> Option<Segment> {
    let days: Vec<(String, String)> = events
        .iter()
        .filter_map(|s| {
            let start = s.start.as_ref().filter(|d| in_range(d))?;
            let end = s.end.as_ref().filter(|d| in_range(d)).unwrap_or(start);
            Some((full_day(start, false)?, full_day(end, true)?))
        })
        .collect();
    Some(Segment {
        id: "timeline".into(),
        name: word(lang, "Chronologie", "Timeline").into(),
        from: days.iter().map(|d| d.0.clone()).min()?,
        to: days.iter().map(|d| d.1.clone()).max()?,
    })
}

/// An event's image. Its size is not known without fetching it: the journalist's ratio, else
/// 'story check' asks for it.
fn image(
    slide: &Slide,
    media: &SlideMedia,
    lang: &str,
    choices: &ImportChoices,
    texts: &mut Texts,
) -> Value {
    let mut image = Map::new();
    image.insert("url".into(), json!(media.url.trim()));
    if let Some(ratio) = &choices.image_ratio {
        image.insert("ratio".into(), json!(ratio));
    }
    if let Some(alt) = media
        .alt
        .as_deref()
        .map(|a| flatten(a).text)
        .filter(|a| !a.is_empty())
    {
        image.insert("alt".into(), json!({ lang: alt }));
    }
    if let Some(caption) = texts.some(slide, "media caption", media.caption.as_ref()) {
        image.insert("caption".into(), json!({ lang: caption }));
    }
    if let Some(credit) = texts.some(slide, "media credit", media.credit.as_ref()) {
        image.insert("credit".into(), json!(credit));
    }
    Value::Object(image)
}

/// An event's recording: a video with its thumbnail as poster, or a file. Its shape is not known
/// without fetching it, so 'story check' asks for it (a sound needs none).
fn recording(media: &SlideMedia, lang: &str) -> Value {
    let mut recording = Map::new();
    recording.insert("url".into(), json!(media.url.trim()));
    let title = media
        .caption
        .as_ref()
        .map(|c| flatten(c).text)
        .filter(|c| !c.is_empty());
    recording.insert(
        "title".into(),
        json!({ lang: title.unwrap_or_else(|| media.site().to_string()) }),
    );
    if let Some(poster) = &media.thumbnail {
        recording.insert("poster".into(), json!(poster.trim()));
    }
    Value::Object(recording)
}

/// A post, a video, a map: a link card, named by its caption when the sheet gives one.
fn link_card(media: &SlideMedia, lang: &str) -> Value {
    let site = media.site();
    let named = match site {
        "x.com" | "twitter.com" => word(lang, "Publication sur X", "Post on X").to_string(),
        _ => site.to_string(),
    };
    let caption = media.caption.as_ref().map(|c| flatten(c).text);
    let credit = media.credit.as_ref().map(|c| flatten(c).text);
    json!({
        "url": media.url.trim(),
        "title": { lang: caption.filter(|c| !c.is_empty()).unwrap_or(named) },
        "outlet": credit.filter(|c| !c.is_empty()).unwrap_or_else(|| site.to_string()),
    })
}

/// `fr` or `en` words: French for a French story, English for any other (named in a note).
fn word<'a>(lang: &str, fr: &'a str, en: &'a str) -> &'a str {
    if lang == "fr" {
        fr
    } else {
        en
    }
}

fn in_range(date: &SlideDate) -> bool {
    (1..=9999).contains(&date.year)
}

fn year_error(origin: &str, year: i64) -> String {
    format!("{origin}: the year {year} is outside the years 1 to 9999 that the story format takes (BC years and the cosmological scale are not)")
}

/// The date as the story format writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn date_text(date: &SlideDate) -> String {
    match (date.month, date.day) {
        (Some(month), Some(day)) => format!("{:04}-{month:02}-{day:02}", date.year),
        (Some(month), None) => format!("{:04}-{month:02}", date.year),
        _ => format!("{:04}", date.year),
    }
}

/// `HH:MM`, for a date with its day and an hour.
fn time_text(date: &SlideDate) -> Option<String> {
    date.day?;
    Some(format!("{:02}:{:02}", date.hour?, date.minute.unwrap_or(0)))
}

/// The first (or, with `last`, the last) day the date covers, `YYYY-MM-DD`.
fn full_day(date: &SlideDate, last: bool) -> Option<String> {
    if !in_range(date) {
        return None;
    }
    let month = date.month.unwrap_or(if last { 12 } else { 1 });
    let day = date
        .day
        .unwrap_or(if last { days_in(date.year, month) } else { 1 });
    Some(format!("{:04}-{month:02}-{day:02}", date.year))
}

/// An era's last day. TimelineJS places a date at its first instant: an era that ends in "650"
/// ends as 650 begins, where the next era starts, so its last day is the one before (the day
/// itself when the end names its day).
fn era_end(end: &SlideDate) -> Option<String> {
    if end.day.is_some() {
        return full_day(end, true);
    }
    let (year, month) = match end.month {
        Some(1) | None => (end.year - 1, 12),
        Some(month) => (end.year, month - 1),
    };
    let before = SlideDate {
        year,
        month: Some(month),
        ..SlideDate::default()
    };
    full_day(&before, true)
}

/// The days of `month` in `year`, by the calendar's rule; a month TimelineJS gives out of
/// range has 31, and the check that follows the import names it.
fn days_in(year: i64, month: u32) -> u32 {
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    u32::from(days_in_month(year, u8::try_from(month).unwrap_or(u8::MAX)))
}

/// What the import says of what TimelineJS has not: the choices made for every event and
/// image, to check one by one, or what is left to add.
fn choice_notes(choices: &ImportChoices) -> Vec<String> {
    let mut notes = Vec::new();
    match (choices.status, &choices.source) {
        (None, None) => notes.push("every event needs a status (confirmed, reported, rumour or disputed) and its sources, which TimelineJS has not: add them ('story check' lists each)".to_string()),
        (status, source) => {
            let mut given = Vec::new();
            if let Some(status) = status {
                given.push(format!("the status '{status}' (--status)"));
            }
            if let Some(source) = source {
                given.push(format!("the source '{}, {}' (--source)", source.outlet, source.date));
            }
            notes.push(format!(
                "every event is given {}: check each against your reporting{}",
                given.join(" and "),
                match (status, source) {
                    (None, _) => "; each still needs a status (confirmed, reported, rumour or disputed)",
                    (_, None) => "; each still needs its sources",
                    _ => "",
                }
            ));
        }
    }
    if let Some(ratio) = &choices.image_ratio {
        notes.push(format!(
            "every image is given the ratio {ratio} (--image-ratio): the widget keeps that shape, cropping a file of another"
        ));
    }
    notes
}

/// A segment of the story made from an era (or the whole timeline when there is none): its
/// days as the story format writes them, `YYYY-MM-DD`.
struct Segment {
    id: String,
    name: String,
    from: String,
    to: String,
}

/// The segment whose days hold `day`.
fn segment_of(day: &str, segments: &[Segment]) -> Value {
    segments
        .iter()
        .find(|s| s.from.as_str() <= day && day <= s.to.as_str())
        .map_or(Value::Null, |s| json!(s.id))
}

/// Ids made from names, each once.
#[derive(Default)]
struct Ids(Vec<String>);

impl Ids {
    /// An id from `name` (lower-case letters, digits and inner hyphens, at most 64), or from
    /// `fallback` and a number; never one given before.
    fn make(&mut self, name: &str, fallback: &str) -> String {
        let mut slug = String::new();
        for c in name.chars().flat_map(char::to_lowercase) {
            match c {
                'a'..='z' | '0'..='9' => slug.push(c),
                'à' | 'â' | 'ä' | 'á' => slug.push('a'),
                'é' | 'è' | 'ê' | 'ë' => slug.push('e'),
                'î' | 'ï' | 'í' => slug.push('i'),
                'ô' | 'ö' | 'ó' => slug.push('o'),
                'ù' | 'û' | 'ü' | 'ú' => slug.push('u'),
                'ç' => slug.push('c'),
                _ if !slug.ends_with('-') && !slug.is_empty() => slug.push('-'),
                _ => {}
            }
        }
        let mut slug: String = slug
            .chars()
            .take(56)
            .collect::<String>()
            .trim_end_matches('-')
            .to_string();
        if slug.is_empty() {
            slug = fallback.to_string();
        }
        let mut id = slug.clone();
        let mut n = 1;
        while self.0.contains(&id) {
            n += 1;
            id = format!("{slug}-{n}");
        }
        self.0.push(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::Ids;

    #[test]
    fn ids_follow_the_rules_and_are_never_given_twice() {
        let mut ids = Ids::default();
        assert_eq!(ids.make("Ada Lovelace", "event"), "ada-lovelace");
        assert_eq!(ids.make("Ada Lovelace!", "event"), "ada-lovelace-2");
        assert_eq!(
            ids.make("Élection à l’Assemblée", "event"),
            "election-a-l-assemblee"
        );
        assert_eq!(ids.make("…", "event"), "event");
        assert_eq!(ids.make("", "event"), "event-2");
    }
}
