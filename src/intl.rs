//! The reader's own clock, from the browser's Intl API: the one thing about a date that the
//! data cannot know in advance.

use crate::data::schema::{Lang, When};
use crate::model::words::{words, Clock};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The reader's time zone, as the browser reports it (e.g. `Europe/Paris`).
pub fn reader_zone() -> Option<String> {
    let format = Intl::DateTimeFormat::new(&Array::new(), &Object::new());
    Reflect::get(&format.resolved_options(), &"timeZone".into())
        .ok()?
        .as_string()
}

/// The event's instant on the reader's clock, e.g. "samedi 1 h 09 (UTC+1)", or `None` when the
/// event has no time or the reader is in the event's own zone.
pub fn reader_time(when: &When, lang: Lang) -> Option<String> {
    when.time?;
    let zone = reader_zone()?;
    if zone == when.zone_name() {
        return None;
    }
    let options = Object::new();
    for (key, value) in [
        ("weekday", "long"),
        ("hour", "numeric"),
        ("minute", "2-digit"),
        ("timeZoneName", "short"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    Reflect::set(
        &options,
        &"hour12".into(),
        &JsValue::from_bool(words(lang).clock == Clock::TwelveHour),
    )
    .ok()?;
    let locales = Array::of1(&lang.tag().into());
    let format = Intl::DateTimeFormat::new(&locales, &options);
    let date = Date::new(&JsValue::from_f64(when.instant_ms as f64));
    let parts = format.format_to_parts(&date);
    let part = |wanted: &str| -> String {
        parts
            .iter()
            .filter_map(|p| p.dyn_into::<Object>().ok())
            .find(|p| {
                Reflect::get(p, &"type".into())
                    .ok()
                    .and_then(|t| t.as_string())
                    .as_deref()
                    == Some(wanted)
            })
            .and_then(|p| Reflect::get(&p, &"value".into()).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let (weekday, hour, minute, zone_name) = (
        part("weekday"),
        part("hour"),
        part("minute"),
        part("timeZoneName"),
    );
    Some(match words(lang).clock {
        Clock::HourMark => format!("{weekday} {hour}\u{A0}h\u{A0}{minute} ({zone_name})"),
        Clock::TwelveHour => format!(
            "{weekday} {hour}:{minute}\u{A0}{} ({zone_name})",
            part("dayPeriod").to_ascii_lowercase()
        ),
    })
}
