//! How CLDR writes a story's dates and times, asked of whoever holds CLDR: the browser's `Intl`
//! in the widget, ICU4X in the native tools (the prerendered pages, the story tool). Nothing
//! here holds a month's or a weekday's name: the wasm carries no calendar data, and a language
//! the widget has never heard of is dated as its readers expect.
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
        Some((style, date)) => DateStyle::ALL
            .iter()
            .find(|(name, _)| *name == style)
            .map(|(_, style)| cldr.date(&day(date), *style, lang))
            .unwrap_or_default(),
        None => String::new(),
    }
}

/// The questions of that table: every date style on a day and on a first of the month, the
/// clock around noon and midnight, an hour on the axis, and a zone's name.
pub const QUESTIONS: [&str; 19] = [
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
];
