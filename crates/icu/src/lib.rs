//! CLDR at build time: the dates and times of [`crisis_format::cldr::Cldr`] written by ICU4X
//! with its compiled data, for the prerendered pages, the story tool and the native tests. The
//! widget asks the browser's `Intl` the same questions (`crisis-intl`); each style here is the
//! ICU4X field set whose output `Intl` gives for the options named beside it, and
//! `tests/fixtures/cldr/cases.json` holds both sides to it.

use crisis_format::calendar::CivilDate;
use crisis_format::cldr::{Cldr, DateStyle};
use crisis_format::schema::Lang;
use icu::calendar::{AnyCalendarKind, Date};
use icu::datetime::fieldsets::{self, zone};
use icu::datetime::input::{DateTime, Time};
use icu::datetime::options::{TimePrecision, YearStyle};
use icu::datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu::locale::{Locale, LocaleExpander};
use icu::time::zone::{IanaParser, UtcOffset};

/// ICU4X's CLDR.
pub struct Icu;

/// The locale of a language tag, with the calendar its region uses when the tag names none:
/// `fa` is dated in the Persian calendar, as browsers date it (they take the calendar from the
/// likely region, Iran), while its digits stay those of the tag itself.
fn locale(lang: Lang) -> Locale {
    let mut locale: Locale = lang.tag().parse().unwrap_or(Locale::UNKNOWN);
    let mut likely = locale.clone();
    LocaleExpander::new_common().maximize(&mut likely.id);
    let name = match AnyCalendarKind::try_new((&likely).into()) {
        Ok(AnyCalendarKind::Persian) => Some("persian"),
        Ok(AnyCalendarKind::Buddhist) => Some("buddhist"),
        _ => None,
    };
    if let (Some(name), None) = (
        name,
        locale
            .extensions
            .unicode
            .keywords
            .get(&icu::locale::extensions::unicode::key!("ca")),
    ) {
        if let Ok(with) = format!("{}-u-ca-{name}", lang.tag()).parse() {
            locale = with;
        }
    }
    locale
}

fn day(date: &CivilDate) -> Date<icu::calendar::Iso> {
    Date::try_new_iso(date.year, date.month, date.day)
        .unwrap_or_else(|_| Date::try_new_iso(1970, 1, 1).expect("a real date"))
}

impl Cldr for Icu {
    fn date(&self, date: &CivilDate, style: DateStyle, lang: Lang) -> String {
        let prefs = (&locale(lang)).into();
        let day = day(date);
        // Intl's options for each: dateStyle full, long, medium; {year, month: "long"};
        // {month: "short"}; {year}; {weekday: "short", day}; {weekday: "long"}.
        let written = match style {
            DateStyle::Full => DateTimeFormatter::try_new(
                prefs,
                fieldsets::YMDE::long().with_year_style(YearStyle::Full),
            )
            .map(|f| f.format(&day).to_string()),
            DateStyle::Long => DateTimeFormatter::try_new(
                prefs,
                fieldsets::YMD::long().with_year_style(YearStyle::Full),
            )
            .map(|f| f.format(&day).to_string()),
            DateStyle::Medium => DateTimeFormatter::try_new(
                prefs,
                fieldsets::YMD::medium().with_year_style(YearStyle::Full),
            )
            .map(|f| f.format(&day).to_string()),
            DateStyle::MonthYear => DateTimeFormatter::try_new(
                prefs,
                fieldsets::YM::long().with_year_style(YearStyle::Full),
            )
            .map(|f| f.format(&day).to_string()),
            DateStyle::Month => DateTimeFormatter::try_new(prefs, fieldsets::M::medium())
                .map(|f| f.format(&day).to_string()),
            DateStyle::Year => DateTimeFormatter::try_new(
                prefs,
                fieldsets::Y::long().with_year_style(YearStyle::Full),
            )
            .map(|f| f.format(&day).to_string()),
            DateStyle::WeekdayDay => DateTimeFormatter::try_new(prefs, fieldsets::DE::medium())
                .map(|f| f.format(&day).to_string()),
            DateStyle::Weekday => DateTimeFormatter::try_new(prefs, fieldsets::E::long())
                .map(|f| f.format(&day).to_string()),
        };
        written.unwrap_or_else(|_| date.to_string())
    }

    fn time(&self, hour: u8, minute: u8, lang: Lang) -> String {
        // Intl: {timeStyle: "short"}.
        let set = fieldsets::T::medium().with_time_precision(TimePrecision::Minute);
        clock(lang, set, hour, minute)
    }

    fn hour(&self, hour: u8, lang: Lang) -> String {
        // Intl: {hour: "numeric"}.
        let set = fieldsets::T::medium().with_time_precision(TimePrecision::Hour);
        clock(lang, set, hour, 0)
    }

    fn zone_name(&self, zone_id: &str, instant_ms: i64, lang: Lang) -> Option<String> {
        // Intl: {timeZoneName: "longGeneric"}.
        let zone = IanaParser::new().parse(zone_id);
        if zone.is_unknown() {
            return None;
        }
        let (y, m, d) = crisis_format::calendar::civil_from_days(instant_ms.div_euclid(86_400_000));
        let date = Date::try_new_iso(y, m, d).ok()?;
        let at = zone.without_offset().at_date_time(DateTime {
            date,
            time: Time::start_of_day(),
        });
        let format =
            NoCalendarFormatter::try_new((&locale(lang)).into(), zone::GenericLong).ok()?;
        Some(format.format(&at).to_string())
    }

    fn offset_name(
        &self,
        zone_id: &str,
        _instant_ms: i64,
        offset_minutes: i64,
        lang: Lang,
    ) -> String {
        // Intl: {timeZoneName: "shortOffset"}.
        let offset = UtcOffset::try_from_seconds((offset_minutes * 60) as i32).ok();
        let zone = IanaParser::new().parse(zone_id).with_offset(offset);
        NoCalendarFormatter::try_new((&locale(lang)).into(), zone::LocalizedOffsetShort)
            .map(|f| f.format(&zone).to_string())
            .unwrap_or_else(|_| zone_id.to_string())
    }
}

/// A time of day in a field set of `T`.
fn clock(lang: Lang, set: fieldsets::T, hour: u8, minute: u8) -> String {
    let time = Time::try_new(hour, minute, 0, 0).unwrap_or(Time::start_of_day());
    NoCalendarFormatter::try_new((&locale(lang)).into(), set)
        .map(|f| f.format(&time).to_string())
        .unwrap_or_else(|_| format!("{hour:02}:{minute:02}"))
}
