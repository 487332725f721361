//! Dates and times as the story card and the axis write them, in the event's own time zone:
//! "vendredi 17 novembre 2023, 12 h 30, heure du Pacifique" / "Friday, November 17, 2023,
//! 12:30 PM, Pacific Time". CLDR writes each part ([`crate::cldr`]); the event's local date and
//! time are in the data, so only the reader's own time depends on the reader's zone.

use super::cldr;
use super::held_words::word;
use super::labels;
use crisis_format::calendar::{CivilDate, ClockTime, Precision};
use crisis_format::cldr::DateStyle;
use crisis_format::schema::{Lang, When};
use crisis_format::words::fill;

/// A clock time: "21 h 30" in the French press, "9:30 PM" in English.
pub fn clock(time: ClockTime, lang: Lang) -> String {
    cldr::time(time.hour, time.minute, lang)
}

/// A day of the calendar without its weekday: "29 novembre 2026" / "November 29, 2026", or
/// shorter on `short`: "29 nov. 2026" / "Nov 29, 2026".
pub fn day(date: &CivilDate, lang: Lang, short: bool) -> String {
    let style = if short {
        DateStyle::Medium
    } else {
        DateStyle::Long
    };
    cldr::date(date, style, lang)
}

/// The date as precisely as it is known: "vendredi 17 novembre 2023", "février 2023", "2023".
pub fn date(when: &When, lang: Lang) -> String {
    let style = match when.date.precision {
        Precision::Year => DateStyle::Year,
        Precision::Month => DateStyle::MonthYear,
        Precision::Day => DateStyle::Full,
    };
    cldr::date(&when.date, style, lang)
}

/// The event's local time with its place, "12 h 30, heure du Pacifique" (the time alone for
/// a floating date, in no zone), or the part of the day, "l'après-midi"; `None` when only the
/// date is known. `zone` is the IANA name of the event's zone.
pub fn local_time(when: &When, zone: Option<&str>, lang: Lang) -> Option<String> {
    if let Some(time) = when.time {
        return Some(match zone {
            Some(zone) => format!(
                "{}{}{}",
                clock(time, lang),
                labels::comma(lang),
                cldr::zone_name(zone, when.instant_ms, lang)
            ),
            None => clock(time, lang),
        });
    }
    when.part
        .map(|part| labels::day_part(part, lang).to_string())
}

/// The whole line for the story card: date, then local time when known.
pub fn when_line(when: &When, zone: Option<&str>, lang: Lang) -> String {
    match local_time(when, zone, lang) {
        Some(time) => format!("{}{}{time}", date(when, lang), labels::comma(lang)),
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

    /// ICU4X's CLDR, and the words the French and Japanese readers are shown with.
    fn cldr() {
        crate::cldr::for_tests();
        crate::held_words::hold_story(&crisis_format::openai_story::DATASET);
        let japanese =
            crisis_format::words::read_words(include_str!("../../../www/locales/ja.json"));
        crate::held_words::hold_file(Lang::parse("ja").unwrap(), japanese.0);
    }

    #[test]
    fn the_firing_is_dated_as_each_press_would() {
        cldr();
        let firing = when("2023-11-17", Some("12:30"));
        assert_eq!(
            when_line(&firing, PACIFIC, Lang::FR),
            "vendredi 17 novembre 2023, 12\u{A0}h\u{A0}30, heure du Pacifique"
        );
        assert_eq!(
            when_line(&firing, PACIFIC, Lang::EN),
            "Friday, November 17, 2023, 12:30 PM, Pacific Time"
        );
        assert_eq!(
            when_line(&firing, PACIFIC, Lang::parse("ja").unwrap()),
            "2023年11月17日金曜日、12:30、米国太平洋時間"
        );
        assert_eq!(datetime_attribute(&firing), "2023-11-17T20:30Z");
    }

    #[test]
    fn a_floating_date_is_told_as_written_in_no_zone() {
        cldr();
        let landing = placed("1969-07-20", Some("20:17"), true);
        assert_eq!(
            when_line(&landing, None, Lang::EN),
            "Sunday, July 20, 1969, 8:17 PM"
        );
        assert_eq!(datetime_attribute(&landing), "1969-07-20T20:17");
        let old = placed("1789-07-14", None, true);
        assert_eq!(date(&old, Lang::FR), "mardi 14 juillet 1789");
    }

    #[test]
    fn vague_dates_say_only_what_is_known() {
        cldr();
        assert_eq!(date(&when("2023", None), Lang::FR), "2023");
        assert_eq!(date(&when("2023-02", None), Lang::EN), "February 2023");
        assert_eq!(
            date(&when("2023-02-01", None), Lang::FR),
            "mercredi 1er février 2023"
        );
        assert_eq!(
            date(&when("2023-02-01", None), Lang::EN),
            "Wednesday, February 1, 2023"
        );
        assert_eq!(datetime_attribute(&when("2023-02", None)), "2023-02");
        let morning = When {
            part: Some(crisis_format::schema::DayPart::Morning),
            ..when("2023-11-18", None)
        };
        assert_eq!(
            when_line(&morning, PACIFIC, Lang::FR),
            "samedi 18 novembre 2023, le matin"
        );
    }

    #[test]
    fn clock_times_around_midnight_and_noon() {
        cldr();
        let t = |h, m| ClockTime { hour: h, minute: m };
        assert_eq!(clock(t(0, 5), Lang::EN), "12:05 AM");
        assert_eq!(clock(t(12, 0), Lang::EN), "12:00 PM");
        assert_eq!(clock(t(23, 53), Lang::FR), "23\u{A0}h\u{A0}53");
        assert_eq!(clock(t(0, 5), Lang::parse("de").unwrap()), "00:05");
    }

    #[test]
    fn a_day_is_written_without_its_weekday() {
        cldr();
        let date = CivilDate::parse("2026-11-29").unwrap();
        assert_eq!(day(&date, Lang::FR, false), "29 novembre 2026");
        assert_eq!(day(&date, Lang::EN, true), "Nov 29, 2026");
        let first = CivilDate::parse("2026-12-01").unwrap();
        assert_eq!(day(&first, Lang::FR, true), "1er déc. 2026");
        assert_eq!(day(&first, Lang::EN, true), "Dec 1, 2026");
    }
}
