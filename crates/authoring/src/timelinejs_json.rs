//! TimelineJS's JSON format: `title`, `events` and `eras`, each with `start_date`, `end_date`,
//! `display_date`, `text` (`headline`, `text`), `media`, `group`, `unique_id` and `background`.

use super::slides::{number, Slide, SlideDate, SlideKind, SlideMedia};
use serde_json::Value;

/// The slides of a TimelineJS JSON document, or why it is not one.
pub fn read(value: &Value) -> Result<Vec<Slide>, String> {
    let events = value
        .get("events")
        .and_then(Value::as_array)
        .filter(|events| {
            events
                .iter()
                .all(|e| e.get("start_date").is_some() || e.get("text").is_some())
        })
        .ok_or(
            "is JSON, but neither a story nor a TimelineJS timeline (no 'events' list of slides)",
        )?;
    if value.get("scale").and_then(Value::as_str) == Some("cosmological") {
        return Err("is a TimelineJS timeline on the cosmological scale: the story format takes years 1 to 9999".into());
    }
    let mut slides = Vec::new();
    if let Some(title) = value.get("title") {
        slides.push(slide(title, SlideKind::Title, "the title slide".into()));
    }
    for (n, era) in value
        .get("eras")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        slides.push(slide(era, SlideKind::Era, format!("era #{}", n + 1)));
    }
    for (n, event) in events.iter().enumerate() {
        slides.push(slide(event, SlideKind::Event, format!("event #{}", n + 1)));
    }
    Ok(slides)
}

fn text(value: &Value, key: &str) -> Option<String> {
    match value.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn date(value: Option<&Value>) -> Option<SlideDate> {
    let value = value?;
    let part = |key: &str| text(value, key).and_then(|t| number(&t));
    let small = |key: &str| part(key).and_then(|n| u32::try_from(n).ok());
    Some(SlideDate {
        year: part("year")?,
        month: small("month"),
        day: small("day"),
        hour: small("hour"),
        minute: small("minute"),
        second: small("second"),
    })
}

fn slide(value: &Value, kind: SlideKind, origin: String) -> Slide {
    let mut slide = Slide::new(kind, origin);
    slide.unique_id = text(value, "unique_id");
    slide.start = date(value.get("start_date"));
    slide.end = date(value.get("end_date"));
    slide.display_date = text(value, "display_date");
    if let Some(words) = value.get("text") {
        slide.headline = text(words, "headline").unwrap_or_default();
        slide.text = text(words, "text").unwrap_or_default();
    }
    slide.media = value.get("media").and_then(|m| {
        Some(SlideMedia {
            url: text(m, "url")?,
            caption: text(m, "caption"),
            credit: text(m, "credit"),
            alt: text(m, "alt"),
            thumbnail: text(m, "thumbnail"),
        })
    });
    slide.group = text(value, "group");
    slide.background = value.get("background").is_some();
    slide
}
