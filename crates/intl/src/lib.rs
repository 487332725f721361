//! The browser's Intl API: its CLDR for dates and times ([`IntlCldr`]); the reader's own clock,
//! the one thing about a date that the data cannot know in advance; and the rules of every time
//! zone, which place a page's story in time as the build's database places a compiled-in one.

mod cldr;

pub use cldr::IntlCldr;
use crisis_format::calendar::ZoneRules;
use crisis_format::schema::{Lang, When};
use js_sys::{Array, Date, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The reader's time zone as the browser reports it (e.g. `Europe/Paris`), read once a
    /// page. Each `Intl.DateTimeFormat` built costs milliseconds of main thread, and every step
    /// built two: Chrome's profiler found 5.5 ms of a developing story's refresh there.
    static READER_ZONE: Option<String> = {
        let format = Intl::DateTimeFormat::new(&Array::new(), &Object::new());
        Reflect::get(&format.resolved_options(), &"timeZone".into())
            .ok()
            .and_then(|zone| zone.as_string())
    };
}

/// The event's instant on the reader's clock, e.g. "samedi 1 h 09 (UTC+1)", or `None` when the
/// event has no time, has a floating date (no `zone`), or the reader is in the event's zone.
pub fn reader_time(when: &When, zone: Option<&str>, lang: Lang) -> Option<String> {
    when.time?;
    let event_zone = zone?;
    let reader = READER_ZONE.with(|reader| reader.clone())?;
    if reader == event_zone {
        return None;
    }
    let offset = IntlZones::with_page(|zones| {
        zones.offset_minutes(&reader, when.instant_ms.div_euclid(60_000))
    })?;
    Some(crisis_model::cldr::zoned_time(
        when.instant_ms,
        &reader,
        offset,
        lang,
    ))
}

/// The rules of time zones as the browser knows them (the IANA database it ships), read
/// through `Intl.DateTimeFormat`: one formatter per zone, and the offsets it gave, so that
/// events close in time cost no new call. Asking Intl for every offset took 1.1 s for 10,000
/// events (three calls each); with the offsets kept, 10,000 events over a week take a hundred.
#[derive(Default)]
pub struct IntlZones {
    zones: RefCell<Vec<Zone>>,
}

/// One zone's formatter and the offsets it gave, by instant.
struct Zone {
    name: String,
    format: Option<Intl::DateTimeFormat>,
    /// (minute of UTC, offset in minutes), in time order.
    offsets: Vec<(i64, i64)>,
}

/// How far apart two instants with the same offset may be for every instant between them to
/// have it too: a zone changes its offset at most once in six hours, and never twice to come
/// back to where it was (the IANA database has no such pair of changes).
const SAME_OFFSET_SPAN_MINUTES: i64 = 6 * 60;

impl Zone {
    /// The offset at `utc_minutes` from the offsets kept, when two of them around it agree.
    fn kept(&self, utc_minutes: i64) -> Option<i64> {
        let after = self.offsets.partition_point(|&(at, _)| at <= utc_minutes);
        let (before_at, before) = *self.offsets.get(after.checked_sub(1)?)?;
        if before_at == utc_minutes {
            return Some(before);
        }
        let (after_at, after) = *self.offsets.get(after)?;
        (before == after && after_at - before_at <= SAME_OFFSET_SPAN_MINUTES).then_some(before)
    }

    fn keep(&mut self, utc_minutes: i64, offset: i64) {
        let at = self.offsets.partition_point(|&(t, _)| t < utc_minutes);
        if self.offsets.get(at).is_none_or(|&(t, _)| t != utc_minutes) {
            self.offsets.insert(at, (utc_minutes, offset));
        }
    }
}

thread_local! {
    /// The page's zone rules, shared by its widgets and kept between their stories: a
    /// developing story fetched again asks Intl nothing for the events it had already.
    static PAGE_ZONES: IntlZones = IntlZones::default();
}

impl IntlZones {
    /// Runs `f` with the page's zone rules and the offsets they have given so far.
    pub fn with_page<R>(f: impl FnOnce(&IntlZones) -> R) -> R {
        PAGE_ZONES.with(f)
    }

    /// A formatter that writes an instant's local date and time in `zone`; `None` for a zone
    /// the browser does not know (it throws a RangeError).
    fn format(zone: &str) -> Option<Intl::DateTimeFormat> {
        let mut options = vec![("timeZone", zone), ("hourCycle", "h23"), ("era", "short")];
        for key in ["year", "month", "day", "hour", "minute", "second"] {
            options.push((key, "numeric"));
        }
        cldr::formatter(Lang::parse("en-US").ok()?, &options)
    }

    /// The offset from UTC, in minutes, that `format` reads at `utc_minutes`. One formatted
    /// string, read in Rust ("10/27/1962 AD, 17:00:00"): `formatToParts` and a property read per
    /// part took four times as long (`make bench`).
    fn read(format: &Intl::DateTimeFormat, utc_minutes: i64) -> Option<i64> {
        let date = Date::new(&JsValue::from_f64((utc_minutes * 60_000) as f64));
        let text = format
            .format()
            .call1(&JsValue::UNDEFINED, &date)
            .ok()?
            .as_string()?;
        // Month, day, year, hour, minute, second, in en-US order; "BC" for years before 1.
        let mut fields = [0i64; 6];
        let mut numbers = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .map(|n| n.parse::<i64>().ok());
        for field in &mut fields {
            *field = numbers.next()??;
        }
        let [month, day, year, hour, minute, second] = fields;
        // Intl counts years by era: 1 BC is the astronomical year 0.
        let year = if text.contains("BC") { 1 - year } else { year };
        let days = crisis_format::calendar::days_from_civil(year as i32, month as u8, day as u8);
        let local_seconds = ((days * 24 + hour) * 60 + minute) * 60 + second;
        Some((local_seconds - utc_minutes * 60).div_euclid(60))
    }
}

impl ZoneRules for IntlZones {
    fn offset_minutes(&self, zone: &str, utc_minutes: i64) -> Option<i64> {
        let mut zones = self.zones.borrow_mut();
        let index = match zones.iter().position(|z| z.name == zone) {
            Some(index) => index,
            None => {
                zones.push(Zone {
                    name: zone.to_string(),
                    format: IntlZones::format(zone),
                    offsets: Vec::new(),
                });
                zones.len() - 1
            }
        };
        let zone = &mut zones[index];
        if let Some(offset) = zone.kept(utc_minutes) {
            return Some(offset);
        }
        let format = zone.format.as_ref()?;
        let offset = IntlZones::read(format, utc_minutes)?;
        // The offset a span later too, so that the events that follow find theirs kept.
        let later = utc_minutes + SAME_OFFSET_SPAN_MINUTES;
        let offset_later = IntlZones::read(format, later)?;
        zone.keep(utc_minutes, offset);
        zone.keep(later, offset_later);
        Some(offset)
    }
}

/// The name of `lang` in that language, as the platform's CLDR writes it ("Deutsch",
/// "español", "українська"), for the language switch; `None` where the browser has no
/// `Intl.DisplayNames` (Safari before 14.1) or does not know the tag.
pub fn own_name(lang: Lang) -> Option<String> {
    language_name(lang, lang)
}

/// The name of `lang` in the language `shown` ("anglais" for `en` in French), as the platform's
/// CLDR writes it; `None` where the browser cannot tell it, and in the build's prerender, which
/// runs natively.
pub fn language_name(lang: Lang, shown: Lang) -> Option<String> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = Reflect::get(&intl, &"DisplayNames".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &"language".into()).ok()?;
    let tag = JsValue::from(lang.tag());
    let locale = JsValue::from(shown.tag());
    let names =
        Reflect::construct(&constructor, &Array::of2(&Array::of1(&locale), &options)).ok()?;
    let of: js_sys::Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
    of.call1(&names, &tag).ok()?.as_string()
}

/// The plural category of `count` in `lang`, as the platform's CLDR rules tell it (`one`, `few`,
/// `many`…), for phrases with a number in them; `other` where it cannot tell.
pub fn plural_category(count: usize, lang: Lang) -> &'static str {
    let rules = Intl::PluralRules::new(&Array::of1(&lang.tag().into()), &Object::new());
    let category = rules.select(count as f64).as_string().unwrap_or_default();
    crisis_format::words::PLURALS
        .into_iter()
        .find(|c| *c == category)
        .unwrap_or("other")
}
