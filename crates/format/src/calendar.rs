//! Civil dates, clock times, and how a local time in a zone becomes a UTC instant.
//!
//! A story gives each event in the local time of the place where it happened. The rules of
//! each zone (its offsets and their changes, in any year) come from a [`ZoneRules`]: a time-zone
//! database at build time and in native tests, the browser's `Intl` at run time. Both go
//! through [`local_to_utc_minutes`], so that they place an event at the same instant. It is
//! shared by the build script and the run-time validation, so it uses `std` only.

/// Milliseconds in one minute.
/// Minutes in one day.
const MINUTES_PER_DAY: i64 = 24 * 60;

/// How precisely a date is known: a day, a month or only a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// The date names a day.
    Day,
    /// The date names a month ("2023-02").
    Month,
    /// The date names a year ("2023").
    Year,
}

/// A date of the proleptic Gregorian calendar, possibly known only to the month or year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CivilDate {
    /// Year, e.g. 2023.
    pub year: i32,
    /// Month, 1 to 12 (1 when only the year is known).
    pub month: u8,
    /// Day of the month, 1 to 31 (1 when only the month or year is known).
    pub day: u8,
    /// How much of the date is known.
    pub precision: Precision,
}

/// The date as the story format writes it, to the precision it is known: `YYYY-MM-DD`,
/// `YYYY-MM` or `YYYY` (also the ISO 8601 form of `<time datetime>` and JSON-LD).
impl std::fmt::Display for CivilDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Year => write!(f, "{:04}", self.year),
        }
    }
}

impl CivilDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, refusing impossible dates such as 2023-02-30.
    pub fn parse(text: &str) -> Result<CivilDate, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, digits: usize, what: &str| -> Result<u32, String> {
            if part.len() != digits || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!(
                    "'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (bad {what})"
                ));
            }
            part.parse::<u32>().map_err(|e| e.to_string())
        };
        let year = number(parts[0], 4, "year")? as i32;
        if year == 0 {
            return Err(format!("'{text}' has year 0: years run from 0001 to 9999"));
        }
        let (month, day, precision) = match parts.len() {
            1 => (1, 1, Precision::Year),
            2 => (number(parts[1], 2, "month")?, 1, Precision::Month),
            3 => (
                number(parts[1], 2, "month")?,
                number(parts[2], 2, "day")?,
                Precision::Day,
            ),
            _ => {
                return Err(format!(
                    "'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
                ))
            }
        };
        if !(1..=12).contains(&month) {
            return Err(format!("'{text}' has no month {month}"));
        }
        if day < 1 || day > days_in_month(year, month as u8) as u32 {
            return Err(format!(
                "'{text}' does not exist: {year}-{month:02} has no day {day}"
            ));
        }
        Ok(CivilDate {
            year,
            month: month as u8,
            day: day as u8,
            precision,
        })
    }

    /// Days since 1970-01-01 of the first day this date covers.
    pub fn days_since_epoch(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 of the day used to place this date on a time axis: the day itself,
    /// the middle of a month, or the middle of a year, so that a vague date sits where a reader
    /// would expect it among precise ones.
    pub fn placement_day(&self) -> i64 {
        match self.precision {
            Precision::Day => self.days_since_epoch(),
            Precision::Month => self.days_since_epoch() + 14,
            Precision::Year => days_from_civil(self.year, 7, 1),
        }
    }
}

/// A clock time of day, to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClockTime {
    /// Hour, 0 to 23.
    pub hour: u8,
    /// Minute, 0 to 59.
    pub minute: u8,
}

impl ClockTime {
    /// Reads `HH:MM` on a 24-hour clock.
    pub fn parse(text: &str) -> Result<ClockTime, String> {
        let bad = || format!("'{text}' is not a time of the form HH:MM (00:00 to 23:59)");
        let (h, m) = text.split_once(':').ok_or_else(bad)?;
        if h.len() != 2 || m.len() != 2 {
            return Err(bad());
        }
        let hour: u8 = h.parse().map_err(|_| bad())?;
        let minute: u8 = m.parse().map_err(|_| bad())?;
        if hour > 23 || minute > 59 {
            return Err(bad());
        }
        Ok(ClockTime { hour, minute })
    }

    /// Minutes since midnight.
    pub fn minutes(&self) -> i64 {
        i64::from(self.hour) * 60 + i64::from(self.minute)
    }
}

/// Whether `year` is a leap year of the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date (year, month, day) of a count of days since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Day of the week of a count of days since 1970-01-01: 0 is Monday, 6 is Sunday.
pub fn weekday(days: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    (days + 3).rem_euclid(7) as u8
}

/// The rules of the world's time zones: a zone's offset from UTC at any instant.
pub trait ZoneRules {
    /// Offset from UTC in minutes of the IANA zone `zone` at `utc_minutes` (minutes since the
    /// epoch); `None` when the zone is unknown.
    fn offset_minutes(&self, zone: &str, utc_minutes: i64) -> Option<i64>;
}

/// The UTC instant, in minutes since the epoch, of `local_minutes` (a local date and time in
/// minutes since the epoch) in `zone`, with the zone's offset then; `None` for an unknown zone.
/// A local time skipped by a change to summer time is read with the offset before the change,
/// and one that happens twice is read as the first, as most time libraries do.
pub fn local_to_utc_minutes(
    rules: &dyn ZoneRules,
    zone: &str,
    local_minutes: i64,
) -> Option<(i64, i64)> {
    // The offset in force a day before, then the one in force at the instant it gives: a
    // change of offset happens at most once a day.
    let before = rules.offset_minutes(zone, local_minutes - MINUTES_PER_DAY)?;
    let after = rules.offset_minutes(zone, local_minutes - before)?;
    let offset = if after == before {
        before
    } else {
        // The offset changed in between: take `after` if the local time lies past the change
        // when read with it, else `before` (a time in the gap, or the first of two).
        let with_after = rules.offset_minutes(zone, local_minutes - after)?;
        if with_after == after {
            after
        } else {
            before
        }
    };
    Some((local_minutes - offset, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_through_civil_dates() {
        for days in [-1, 0, 1, 16_800, 19_678, 20_000, 30_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
    }

    #[test]
    fn weekdays_match_the_calendar() {
        // Friday 17 November 2023, Friday 11 December 2015, Wednesday 30 November 2022.
        assert_eq!(weekday(days_from_civil(2023, 11, 17)), 4);
        assert_eq!(weekday(days_from_civil(2015, 12, 11)), 4);
        assert_eq!(weekday(days_from_civil(2022, 11, 30)), 2);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(CivilDate::parse("2023-02-29").is_err());
        assert!(CivilDate::parse("2024-02-29").is_ok());
        assert!(CivilDate::parse("2023-13").is_err());
        assert!(CivilDate::parse("2023-11-31").is_err());
        assert!(CivilDate::parse("23-11-01").is_err());
        assert!(CivilDate::parse("2023-11-01-01").is_err());
        assert_eq!(CivilDate::parse("2023").unwrap().precision, Precision::Year);
    }

    #[test]
    fn clock_times_are_checked() {
        assert_eq!(ClockTime::parse("12:19").unwrap().minutes(), 739);
        assert!(ClockTime::parse("24:00").is_err());
        assert!(ClockTime::parse("9:30").is_err());
        assert!(ClockTime::parse("12:60").is_err());
    }
}
