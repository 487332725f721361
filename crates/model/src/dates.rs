//! Dates and times as the story card and the axis write them, in the event's own time zone:
//! "vendredi 17 novembre 2023, 12 h 30" / "Friday 17 November 2023, 12:30 pm".
//!
//! The event's local date and time are in the data, so this needs no date library; only the
//! reader's own time, which depends on the reader's zone, is left to the browser's Intl.

use super::held_words::word;
use super::labels;
use super::words::{words, Clock};
use crisis_format::calendar::{weekday, CivilDate, ClockTime, Precision};
use crisis_format::schema::{Lang, When};
use crisis_format::words::fill;

/// Month names, January first.
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    words(lang).months[usize::from(month.clamp(1, 12) - 1)]
}

/// Weekday names, Monday first.
pub fn weekday_name(weekday: u8, lang: Lang) -> &'static str {
    words(lang).weekdays[usize::from(weekday % 7)]
}

/// A clock time: "21 h 30" in French, "9:30 pm" in English.
pub fn clock(time: ClockTime, lang: Lang) -> String {
    match words(lang).clock {
        Clock::HourMark => format!("{}\u{A0}h\u{A0}{:02}", time.hour, time.minute),
        Clock::TwelveHour => {
            let hour = match time.hour % 12 {
                0 => 12,
                h => h,
            };
            let half = if time.hour < 12 { "am" } else { "pm" };
            format!("{hour}:{:02}\u{A0}{half}", time.minute)
        }
    }
}

/// The day of the month as a language writes it: "1er" in French for the first, else the number.
fn day_of_month(date: &CivilDate, lang: Lang) -> String {
    match words(lang).first_day {
        Some(first) if date.day == 1 => first.to_string(),
        _ => date.day.to_string(),
    }
}

/// A day of the calendar without its weekday: "29 novembre 2026" / "29 November 2026", or with
/// short month names on `short`: "29 nov. 2026" / "29 Nov 2026".
pub fn day(date: &CivilDate, lang: Lang, short: bool) -> String {
    let w = words(lang);
    let day = day_of_month(date, lang);
    let months = if short { &w.short_months } else { &w.months };
    let month = months[usize::from(date.month.clamp(1, 12) - 1)];
    format!("{day}\u{A0}{month} {}", date.year)
}

/// The date as precisely as it is known: "vendredi 17 novembre 2023", "février 2023", "2023".
pub fn date(when: &When, lang: Lang) -> String {
    let d = &when.date;
    match (d.precision, lang) {
        (Precision::Year, _) => d.year.to_string(),
        (Precision::Month, _) => format!("{} {}", month_name(d.month, lang), d.year),
        (Precision::Day, _) => {
            let wd = weekday_name(weekday(d.days_since_epoch()), lang);
            let day = day_of_month(d, lang);
            format!("{wd} {day} {} {}", month_name(d.month, lang), d.year)
        }
    }
}

/// The event's local time with its place, "12 h 30, heure du Pacifique" (the time alone for
/// a floating date, in no zone), or the part of the day, "l'après-midi"; `None` when only the
/// date is known. `zone` is the IANA name of the event's zone.
pub fn local_time(when: &When, zone: Option<&str>, lang: Lang) -> Option<String> {
    if let Some(time) = when.time {
        return Some(match zone {
            Some(zone) => format!("{}, {}", clock(time, lang), labels::zone(zone, lang)),
            None => clock(time, lang),
        });
    }
    when.part
        .map(|part| labels::day_part(part, lang).to_string())
}

/// The whole line for the story card: date, then local time when known.
pub fn when_line(when: &When, zone: Option<&str>, lang: Lang) -> String {
    match local_time(when, zone, lang) {
        Some(time) => format!("{}, {time}", date(when, lang)),
        None => date(when, lang),
    }
}

/// The ISO 8601 value of a `<time datetime>` attribute: the instant in UTC when the time and
/// zone are known, the local time alone for a floating date, else the date.
pub fn datetime_attribute(when: &When) -> String {
    let d = &when.date;
    match (when.time, d.precision) {
        (Some(t), _) if when.zone.is_none() => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            d.year, d.month, d.day, t.hour, t.minute
        ),
        (Some(_), _) => {
            let minutes = when.instant_ms.div_euclid(60_000);
            let (y, m, day) = crisis_format::calendar::civil_from_days(minutes.div_euclid(1440));
            let minute_of_day = minutes.rem_euclid(1440);
            format!(
                "{y:04}-{m:02}-{day:02}T{:02}:{:02}Z",
                minute_of_day / 60,
                minute_of_day % 60
            )
        }
        (None, _) => d.to_string(),
    }
}

/// The caption of a correction: "Correction, 29 nov. 2026".
pub fn correction(date: &CivilDate, lang: Lang) -> String {
    fill(
        word("correction", lang),
        &[("date", &day(date, lang, true))],
    )
}

/// The story's last update: "Mis à jour le 29 novembre 2026" / "Updated 29 November 2026".
pub fn updated(date: &CivilDate, lang: Lang) -> String {
    fill(word("updated", lang), &[("date", &day(date, lang, false))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::calendar::CivilDate;

    /// An event in San Francisco in November (UTC-8), or floating.
    fn placed(date: &str, time: Option<&str>, floating: bool) -> When {
        let date = CivilDate::parse(date).unwrap();
        let time = time.map(|t| ClockTime::parse(t).unwrap());
        let minutes = time.map_or(720, |t| t.minutes());
        let offset = if floating { 0 } else { -480 };
        When {
            date,
            time,
            part: None,
            zone: (!floating).then_some(0),
            offset_minutes: offset,
            instant_ms: (date.placement_day() * 1440 + minutes - i64::from(offset)) * 60_000,
        }
    }

    fn when(date: &str, time: Option<&str>) -> When {
        placed(date, time, false)
    }

    const PACIFIC: Option<&str> = Some("America/Los_Angeles");

    #[test]
    fn the_firing_is_dated_as_each_press_would() {
        let firing = when("2023-11-17", Some("12:30"));
        assert_eq!(
            when_line(&firing, PACIFIC, Lang::FR),
            "vendredi 17 novembre 2023, 12\u{A0}h\u{A0}30, heure du Pacifique"
        );
        assert_eq!(
            when_line(&firing, PACIFIC, Lang::EN),
            "Friday 17 November 2023, 12:30\u{A0}pm, Pacific time"
        );
        assert_eq!(datetime_attribute(&firing), "2023-11-17T20:30Z");
    }

    #[test]
    fn a_floating_date_is_told_as_written_in_no_zone() {
        let landing = placed("1969-07-20", Some("20:17"), true);
        assert_eq!(
            when_line(&landing, None, Lang::EN),
            "Sunday 20 July 1969, 8:17\u{A0}pm"
        );
        assert_eq!(datetime_attribute(&landing), "1969-07-20T20:17");
        let old = placed("0800-12-25", None, true);
        assert_eq!(date(&old, Lang::FR), "lundi 25 décembre 800");
    }

    #[test]
    fn vague_dates_say_only_what_is_known() {
        assert_eq!(date(&when("2023", None), Lang::FR), "2023");
        assert_eq!(date(&when("2023-02", None), Lang::EN), "February 2023");
        assert_eq!(
            date(&when("2023-02-01", None), Lang::FR),
            "mercredi 1er février 2023"
        );
        assert_eq!(datetime_attribute(&when("2023-02", None)), "2023-02");
    }

    #[test]
    fn clock_times_around_midnight_and_noon() {
        let t = |h, m| ClockTime { hour: h, minute: m };
        assert_eq!(clock(t(0, 5), Lang::EN), "12:05\u{A0}am");
        assert_eq!(clock(t(12, 0), Lang::EN), "12:00\u{A0}pm");
        assert_eq!(clock(t(23, 53), Lang::FR), "23\u{A0}h\u{A0}53");
    }

    #[test]
    fn a_day_is_written_without_its_weekday() {
        let date = CivilDate::parse("2026-11-29").unwrap();
        assert_eq!(day(&date, Lang::FR, false), "29\u{A0}novembre 2026");
        assert_eq!(day(&date, Lang::EN, true), "29\u{A0}Nov 2026");
        let first = CivilDate::parse("2026-12-01").unwrap();
        assert_eq!(day(&first, Lang::FR, true), "1er\u{A0}déc. 2026");
    }
}
