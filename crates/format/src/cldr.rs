//! How CLDR writes a story's dates, times and numbers, asked of whoever holds CLDR: the browser's `Intl`
//! in the widget, ICU4X in the native tools (the prerendered pages, the story tool). Nothing
//! here holds a month's or a weekday's name, a decimal mark or a word for "billion": the wasm
//! carries no calendar or number data, and a language the widget has never heard of is dated
//! and counted as its readers expect.
//!
//! The two sides must agree to the character for the prerendered first state to stay when the
//! wasm takes over: each style is one CLDR "semantic skeleton" that ICU4X and `Intl` both know,
//! and `tests/fixtures/cldr/cases.json` (written by ICU4X) is checked against each browser.

use crate::calendar::CivilDate;
use crate::lang::Lang;

/// What a date shows, as CLDR writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// Weekday, day, month, year: "vendredi 17 novembre 2023", "Friday, November 17, 2023".
    Full,
    /// Day, month, year: "17 novembre 2023".
    Long,
    /// Day, month, year, shorter: "17 nov. 2023", "Nov 17, 2023", "17.11.2023".
    Medium,
    /// Month and year: "novembre 2023".
    MonthYear,
    /// The month alone, abbreviated, for the axis: "nov.", "Nov", "11月".
    Month,
    /// The year alone: "2023", "2023年".
    Year,
    /// Weekday and day, for the axis: "ven. 17", "17 Fri".
    WeekdayDay,
    /// The weekday alone: "vendredi".
    Weekday,
}

impl DateStyle {
    /// Every style, for the tables that check the two sides agree.
    pub const ALL: [(&'static str, DateStyle); 8] = [
        ("full", DateStyle::Full),
        ("long", DateStyle::Long),
        ("medium", DateStyle::Medium),
        ("month_year", DateStyle::MonthYear),
        ("month", DateStyle::Month),
        ("year", DateStyle::Year),
        ("weekday_day", DateStyle::WeekdayDay),
        ("weekday", DateStyle::Weekday),
    ];
}

/// What a number is, and so how CLDR writes it. Each rounds to at most one decimal, but the
/// compact ones, which round as CLDR's compact forms do (a decimal below ten of their unit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// A whole number, grouped: "30 000", "30,000", "30.000".
    Integer,
    /// A number with at most one decimal: "1,7", "1.7".
    Decimal,
    /// Percentage points (1.7 is 1.7 %): "−1,7 %", "-1.7%".
    Percent,
    /// A sum in a currency (its ISO 4217 code), in CLDR's short compact form with the
    /// currency's narrow sign: "1 Md $", "$1B", "1 Mrd. $".
    Money([u8; 3]),
    /// A count in CLDR's long compact form: "175 milliards", "175 billion", "1750億".
    Count,
    /// A number of hours, the unit's long name: "105,5 heures", "105.5 hours".
    Hours,
    /// A number of days: "13 jours", "1 day".
    Days,
}

impl NumberStyle {
    /// Every style with its name in the tables, money in US dollars.
    pub const ALL: [(&'static str, NumberStyle); 7] = [
        ("integer", NumberStyle::Integer),
        ("decimal", NumberStyle::Decimal),
        ("percent", NumberStyle::Percent),
        ("money", NumberStyle::Money(*b"USD")),
        ("count", NumberStyle::Count),
        ("hours", NumberStyle::Hours),
        ("days", NumberStyle::Days),
    ];
}

/// CLDR, as one side holds it. `Sync` because it is installed once for a whole program.
pub trait Cldr: Sync {
    /// A day of the calendar in `style`.
    fn date(&self, date: &CivilDate, style: DateStyle, lang: Lang) -> String;
    /// A time of day in the language's own clock: "12:30", "12:30 PM", "下午12:30".
    fn time(&self, hour: u8, minute: u8, lang: Lang) -> String;
    /// The generic name of an IANA zone around `instant_ms`: "heure du Pacifique
    /// nord-américain", "Pacific Time"; `None` when CLDR has none.
    fn zone_name(&self, zone: &str, instant_ms: i64, lang: Lang) -> Option<String>;
    /// The offset from UTC that `zone` has at `instant_ms` (`offset_minutes`, as the zone rules
    /// give it), as the language writes it: "UTC+13:45", "GMT+13:45".
    fn offset_name(&self, zone: &str, instant_ms: i64, offset_minutes: i64, lang: Lang) -> String;
    /// A number in `style`, already rounded to tenths for the styles that are not compact.
    fn number(&self, value: f64, style: NumberStyle, lang: Lang) -> String;
}

/// A number without CLDR, to tenths: "-1.7", "1000". For a side that has no CLDR or cannot
/// build a formatter, never a panic; written from integers because `f64`'s `Display` would
/// bring about 5 kB of float printing into the wasm (measured: 190,498 against 184,953 B
/// gzipped).
pub fn plain_number(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    match (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10) {
        (whole, 0) => format!("{sign}{whole}"),
        (whole, tenth) => format!("{sign}{whole}.{tenth}"),
    }
}

/// One question put to a CLDR, and its answer, for the tables that hold ICU4X and the browsers
/// to the same output (`tests/fixtures/rules/cldr.json`).
pub fn ask(cldr: &dyn Cldr, lang: Lang, question: &str) -> String {
    let day = |text: &str| CivilDate::parse(text).expect("a date of the table");
    match question.split_once(' ') {
        Some(("time", hhmm)) => {
            let (h, m) = hhmm.split_once(':').unwrap_or(("0", "0"));
            cldr.time(h.parse().unwrap_or(0), m.parse().unwrap_or(0), lang)
        }
        Some(("zone", zone)) => cldr
            .zone_name(zone, 1_700_000_000_000, lang)
            .unwrap_or_default(),
        Some((style, value)) if NumberStyle::ALL.iter().any(|(name, _)| *name == style) => {
            let (_, style) = NumberStyle::ALL
                .iter()
                .find(|(n, _)| *n == style)
                .expect("found");
            cldr.number(value.parse().unwrap_or(0.0), *style, lang)
        }
        Some((style, date)) => DateStyle::ALL
            .iter()
            .find(|(name, _)| *name == style)
            .map(|(_, style)| cldr.date(&day(date), *style, lang))
            .unwrap_or_default(),
        None => String::new(),
    }
}

/// The questions of that table: every date style on a day and on a first of the month, the
/// clock around noon and midnight, an hour on the axis, a zone's name, and a number of each
/// style, in the sizes a story's figures have.
pub const QUESTIONS: [&str; 36] = [
    "full 2023-11-17",
    "full 2023-02-01",
    "long 2023-11-17",
    "long 2026-12-01",
    "medium 2023-11-17",
    "medium 2026-12-01",
    "month_year 2023-11-17",
    "month 2023-11-17",
    "month 2024-02-01",
    "year 2023-11-17",
    "weekday_day 2023-11-17",
    "weekday_day 2023-11-20",
    "weekday 2023-11-22",
    "time 12:30",
    "time 0:05",
    "time 23:53",
    "zone America/Los_Angeles",
    "zone Europe/Paris",
    "zone Asia/Tokyo",
    "integer 747",
    "integer 30000",
    "integer -1234567",
    "decimal 1.7",
    "decimal -0.4",
    "percent -1.7",
    "percent 12",
    "money 1000000000",
    "money 1500000000",
    "money 15000000000",
    "money 45000000",
    "count 175000000000",
    "count 1000000",
    "count 100000000",
    "hours 105.5",
    "days 1",
    "days 13",
];

#[cfg(test)]
mod tests {
    use super::plain_number;

    #[test]
    fn without_cldr_a_number_is_its_digits_to_tenths() {
        assert_eq!(plain_number(-1.74), "-1.7");
        assert_eq!(plain_number(1e9), "1000000000");
        assert_eq!(plain_number(-0.04), "0");
        assert_eq!(plain_number(105.5), "105.5");
    }
}
