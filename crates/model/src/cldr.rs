//! Dates, times, zone names and numbers as CLDR writes them in each language, through the CLDR this
//! program was given ([`install`]: the browser's `Intl` in the widget, ICU4X in the native
//! tools), with the press style a language's words file may set over it:
//!
//! - `clock`: a time of day, `{h}` the hour from 0 to 23 and `{mm}` the minutes ("12 h 30"
//!   in the French press, where CLDR writes "12:30");
//! - `hour`: a whole hour on the axis ("18 h");
//! - `first_day`: the first day of a month ("1er", where CLDR writes "1");
//! - `zone.<IANA name>`: a zone's name ("heure du Pacifique", where CLDR writes "heure du
//!   Pacifique nord-américain");
//! - `numbers`: the language tag whose numbers the language's are written as ("en-GB" in the
//!   English file: "$1bn", the British press's sums, where CLDR's `en` writes "$1B").
//!
//! Without a CLDR (a test that installed none), dates are written as ISO 8601 and numbers as
//! their digits: never a panic.

use crate::held_words::own_word;
use crisis_format::calendar::{civil_from_days, CivilDate, Precision};
use crisis_format::cldr::{Cldr, DateStyle, NumberStyle};
use crisis_format::schema::Lang;
use crisis_format::words::fill;
use std::sync::OnceLock;

static CLDR: OnceLock<&'static dyn Cldr> = OnceLock::new();

/// Gives this program its CLDR, once: a second call is ignored (the tests of one binary all
/// install the same).
pub fn install(cldr: &'static dyn Cldr) {
    let _ = CLDR.set(cldr);
}

fn cldr() -> Option<&'static dyn Cldr> {
    CLDR.get().copied()
}

/// A day of the calendar in `style`, with the language's `first_day` when it sets one.
pub fn date(date: &CivilDate, style: DateStyle, lang: Lang) -> String {
    let Some(cldr) = cldr() else {
        return iso(date, style);
    };
    let written = cldr.date(date, style, lang);
    let shows_day = !matches!(
        style,
        DateStyle::MonthYear | DateStyle::Month | DateStyle::Year | DateStyle::Weekday
    );
    match own_word("first_day", lang) {
        Some(first) if shows_day && date.day == 1 => first_day(&written, first),
        _ => written,
    }
}

/// `written` with its lone "1", the day, as `first`: "mercredi 1 février" → "mercredi 1er
/// février". The years and other numbers, of more digits, are left.
fn first_day(written: &str, first: &str) -> String {
    let bytes = written.as_bytes();
    let lone = (0..bytes.len()).find(|&i| {
        bytes[i] == b'1'
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 1).is_none_or(|b| !b.is_ascii_digit())
    });
    match lone {
        Some(i) => format!("{}{first}{}", &written[..i], &written[i + 1..]),
        None => written.to_string(),
    }
}

/// A date without CLDR: its ISO 8601 parts.
fn iso(date: &CivilDate, style: DateStyle) -> String {
    let (y, m, d) = (date.year, date.month, date.day);
    match style {
        DateStyle::Year => format!("{y:04}"),
        DateStyle::MonthYear => format!("{y:04}-{m:02}"),
        DateStyle::Month => format!("{m:02}"),
        DateStyle::WeekdayDay | DateStyle::Weekday => format!("{d:02}"),
        DateStyle::Full | DateStyle::Long | DateStyle::Medium => format!("{y:04}-{m:02}-{d:02}"),
    }
}

/// A time of day: the language's `clock`, else CLDR's ("12:30 PM", "12:30").
pub fn time(hour: u8, minute: u8, lang: Lang) -> String {
    if let Some(clock) = own_word("clock", lang) {
        let (h, mm) = (hour.to_string(), format!("{minute:02}"));
        return fill(clock, &[("h", &h), ("mm", &mm)]);
    }
    match cldr() {
        Some(cldr) => cldr.time(hour, minute, lang),
        None => format!("{hour:02}:{minute:02}"),
    }
}

/// A whole hour on the axis: the language's `hour`, else the time CLDR writes ("6:00 PM",
/// "18:00"). Not CLDR's hour alone, which ICU4X and browsers write differently ("00", "0").
pub fn hour(hour: u8, lang: Lang) -> String {
    match own_word("hour", lang) {
        Some(pattern) => fill(pattern, &[("h", &hour.to_string())]),
        None => time(hour, 0, lang),
    }
}

/// A zone's name: the language's `zone.<name>`, else CLDR's generic name, else the IANA name.
pub fn zone_name(zone: &str, instant_ms: i64, lang: Lang) -> String {
    own_word(&format!("zone.{zone}"), lang)
        .map(str::to_string)
        .or_else(|| cldr().and_then(|cldr| cldr.zone_name(zone, instant_ms, lang)))
        .unwrap_or_else(|| zone.to_string())
}

/// An instant on the clock of a zone `offset_minutes` from UTC: "mercredi 12 h 59 (UTC+13:45)",
/// "Wednesday 12:59 PM (GMT+13:45)". The reader's own time, beside the event's.
pub fn zoned_time(instant_ms: i64, zone: &str, offset_minutes: i64, lang: Lang) -> String {
    let local_minutes = instant_ms.div_euclid(60_000) + offset_minutes;
    let (year, month, day) = civil_from_days(local_minutes.div_euclid(1440));
    let day = CivilDate {
        year,
        month,
        day,
        precision: Precision::Day,
    };
    let minute_of_day = local_minutes.rem_euclid(1440);
    let offset = match cldr() {
        Some(cldr) => cldr.offset_name(zone, instant_ms, offset_minutes, lang),
        None => zone.to_string(),
    };
    format!(
        "{} {} ({offset})",
        date(&day, DateStyle::Weekday, lang),
        time((minute_of_day / 60) as u8, (minute_of_day % 60) as u8, lang)
    )
}

/// The widest the reader's own time usually is, for the unseen cards that keep the card's
/// height: a Wednesday at 12:59 in the zone of the longest offset, Chatham's +13:45.
pub fn widest_zoned_time(lang: Lang) -> String {
    // Wednesday 22 November 2023, 12:59 at +13:45 (summer time there).
    let offset = 13 * 60 + 45;
    let instant_ms = ((19_683 * 1440 + 12 * 60 + 59) - offset) * 60_000;
    zoned_time(instant_ms, "Pacific/Chatham", offset, lang)
}

/// A number in `style`, as CLDR writes it for the language's `numbers` tag when its words set
/// one, else for the language. The styles that are not compact are rounded to tenths here, half
/// away from zero as both CLDRs round, so that both are given the same number.
pub fn number(value: f64, style: NumberStyle, lang: Lang) -> String {
    let value = match style {
        NumberStyle::Money(_) | NumberStyle::Count => value,
        _ => (value * 10.0).round() / 10.0,
    };
    let as_lang = own_word("numbers", lang)
        .and_then(|tag| Lang::parse(tag).ok())
        .unwrap_or(lang);
    match cldr() {
        Some(cldr) => cldr.number(value, style, as_lang),
        None => crisis_format::cldr::plain_number(value),
    }
}

/// For the tests: ICU4X's CLDR, as the native tools install it.
#[cfg(test)]
pub(crate) fn for_tests() {
    install(&crisis_icu::Icu);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_the_month_takes_its_press_style_alone() {
        assert_eq!(
            first_day("mercredi 1 février 2021", "1er"),
            "mercredi 1er février 2021"
        );
        assert_eq!(first_day("1 févr. 2011", "1er"), "1er févr. 2011");
        assert_eq!(first_day("2011", "1er"), "2011");
    }

    #[test]
    fn without_cldr_a_date_is_iso() {
        let date = CivilDate::parse("2023-11-17").unwrap();
        assert_eq!(iso(&date, DateStyle::Full), "2023-11-17");
        assert_eq!(iso(&date, DateStyle::MonthYear), "2023-11");
    }
}
