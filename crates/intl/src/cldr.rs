//! The browser's CLDR for the story's dates, times and numbers ([`crisis_format::cldr::Cldr`]):
//! every month, weekday, clock and zone name comes from `Intl.DateTimeFormat`, every grouping,
//! decimal mark, currency sign, "billion" and unit from `Intl.NumberFormat`, so the wasm holds
//! no calendar's or number system's words. Each style's options are those whose output ICU4X gives at build time for
//! the same field set (`crisis-icu`), so that the prerendered page and the widget agree.

use crisis_format::calendar::CivilDate;
use crisis_format::cldr::{plain_number, Cldr, DateStyle, NumberStyle};
use crisis_format::schema::Lang;
use js_sys::{Array, Date, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The browser's CLDR.
pub struct IntlCldr;

thread_local! {
    /// The formatters built so far, by language and options: building one costs milliseconds
    /// of main thread (the reader's clock measured 5.5 ms in a refresh), using one does not.
    static FORMATS: RefCell<Vec<(Lang, String, Object)>> = const { RefCell::new(Vec::new()) };
}

const DAY_MS: f64 = 86_400_000.0;

/// A date formatter of `lang` with `options` (pairs of strings), built once; `None` when the
/// browser refuses them (an unknown zone throws a RangeError, caught by a call through Reflect).
pub(crate) fn formatter(lang: Lang, options: &[(&str, &str)]) -> Option<Intl::DateTimeFormat> {
    built("DateTimeFormat", lang, options)?.dyn_into().ok()
}

/// A formatter of `Intl`'s `kind` (`DateTimeFormat`, `NumberFormat`) for `lang` with `options`,
/// built once.
fn built(kind: &str, lang: Lang, options: &[(&str, &str)]) -> Option<Object> {
    let key = options
        .iter()
        .fold(kind.to_string(), |key, (k, v)| format!("{key};{k}={v}"));
    if let Some(found) = FORMATS.with_borrow(|formats| {
        formats
            .iter()
            .find(|(l, k, _)| *l == lang && *k == key)
            .map(|(_, _, f)| f.clone())
    }) {
        return Some(found);
    }
    let object = Object::new();
    for (name, value) in options {
        Reflect::set(&object, &(*name).into(), &(*value).into()).ok()?;
    }
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = Reflect::get(&intl, &kind.into()).ok()?.dyn_into().ok()?;
    let locales = Array::of1(&lang.tag().into());
    let format: Object = Reflect::construct(&constructor, &Array::of2(&locales, &object))
        .ok()?
        .dyn_into()
        .ok()?;
    FORMATS.with_borrow_mut(|formats| formats.push((lang, key, format.clone())));
    Some(format)
}

/// `value` as the `NumberFormat` of `lang` with `options` writes it.
fn number_in(value: f64, lang: Lang, options: &[(&str, &str)]) -> Option<String> {
    let format = built("NumberFormat", lang, options)?;
    let write: js_sys::Function = Reflect::get(&format, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(value))
        .ok()?
        .as_string()
}

/// `ms` since 1970 as `format` writes it.
fn write(format: &Intl::DateTimeFormat, ms: f64) -> Option<String> {
    format
        .format()
        .call1(&JsValue::UNDEFINED, &Date::new(&JsValue::from_f64(ms)))
        .ok()?
        .as_string()
}

/// The part of type `wanted` (`timeZoneName`) of `ms` as `format` writes it.
fn part(format: &Intl::DateTimeFormat, ms: f64, wanted: &str) -> Option<String> {
    format
        .format_to_parts(&Date::new(&JsValue::from_f64(ms)))
        .iter()
        .find(|p| {
            Reflect::get(p, &"type".into())
                .ok()
                .and_then(|t| t.as_string())
                .as_deref()
                == Some(wanted)
        })
        .and_then(|p| Reflect::get(&p, &"value".into()).ok())
        .and_then(|v| v.as_string())
}

impl Cldr for IntlCldr {
    fn date(&self, date: &CivilDate, style: DateStyle, lang: Lang) -> String {
        // The ICU4X field set each matches is named in `crisis-icu`.
        let options: &[(&str, &str)] = match style {
            DateStyle::Full => &[("dateStyle", "full")],
            DateStyle::Long => &[("dateStyle", "long")],
            DateStyle::Medium => &[("dateStyle", "medium")],
            DateStyle::MonthYear => &[("year", "numeric"), ("month", "long")],
            DateStyle::Month => &[("month", "short")],
            DateStyle::Year => &[("year", "numeric")],
            DateStyle::WeekdayDay => &[("weekday", "short"), ("day", "numeric")],
            DateStyle::Weekday => &[("weekday", "long")],
        };
        let mut with_zone = vec![("timeZone", "UTC")];
        with_zone.extend_from_slice(options);
        formatter(lang, &with_zone)
            .and_then(|f| write(&f, date.days_since_epoch() as f64 * DAY_MS))
            .unwrap_or_else(|| date.to_string())
    }

    fn time(&self, hour: u8, minute: u8, lang: Lang) -> String {
        let ms = (f64::from(hour) * 60.0 + f64::from(minute)) * 60_000.0;
        formatter(lang, &[("timeZone", "UTC"), ("timeStyle", "short")])
            .and_then(|f| write(&f, ms))
            .unwrap_or_else(|| format!("{hour:02}:{minute:02}"))
    }

    fn zone_name(&self, zone: &str, instant_ms: i64, lang: Lang) -> Option<String> {
        let format = formatter(lang, &[("timeZone", zone), ("timeZoneName", "longGeneric")])?;
        part(&format, instant_ms as f64, "timeZoneName")
    }

    fn offset_name(&self, zone: &str, instant_ms: i64, _offset: i64, lang: Lang) -> String {
        formatter(lang, &[("timeZone", zone), ("timeZoneName", "shortOffset")])
            .and_then(|format| part(&format, instant_ms as f64, "timeZoneName"))
            .unwrap_or_else(|| zone.to_string())
    }

    fn number(&self, value: f64, style: NumberStyle, lang: Lang) -> String {
        // The ICU4X formatter each matches is named in `crisis-icu`.
        const TENTHS: (&str, &str) = ("maximumFractionDigits", "1");
        let code;
        let (value, options): (f64, &[(&str, &str)]) = match style {
            NumberStyle::Integer => (value.round(), &[("maximumFractionDigits", "0")]),
            NumberStyle::Decimal => (value, &[TENTHS]),
            NumberStyle::Percent => (value / 100.0, &[("style", "percent"), TENTHS]),
            NumberStyle::Money(iso) => {
                code = String::from_utf8_lossy(&iso).into_owned();
                let options = [
                    ("style", "currency"),
                    ("currency", code.as_str()),
                    ("currencyDisplay", "narrowSymbol"),
                    ("notation", "compact"),
                ];
                return number_in(value, lang, &options).unwrap_or_else(|| plain_number(value));
            }
            NumberStyle::Count => (
                value,
                &[("notation", "compact"), ("compactDisplay", "long")],
            ),
            NumberStyle::Hours => (
                value,
                &[
                    ("style", "unit"),
                    ("unit", "hour"),
                    ("unitDisplay", "long"),
                    TENTHS,
                ],
            ),
            NumberStyle::Days => (
                value,
                &[
                    ("style", "unit"),
                    ("unit", "day"),
                    ("unitDisplay", "long"),
                    TENTHS,
                ],
            ),
        };
        number_in(value, lang, options).unwrap_or_else(|| plain_number(value))
    }
}
