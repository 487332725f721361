//! CLDR at build time: the dates, times and numbers of [`crisis_format::cldr::Cldr`] written by
//! ICU4X with its compiled data, for the prerendered pages, the story tool and the native tests.
//! The widget asks the browser's `Intl` the same questions (`crisis-intl`); each style here is
//! the ICU4X field set or formatter whose output `Intl` gives for the options named beside it,
//! and `tests/fixtures/rules/cldr.json` holds both sides to it.

use crisis_format::calendar::CivilDate;
use crisis_format::calendar::ZoneRules;
use crisis_format::cldr::{Cldr, DateStyle, NumberStyle};
use crisis_format::schema::Lang;
use crisis_format::tzdb::Tzdb;
use fixed_decimal::Decimal;
use icu::calendar::{AnyCalendarKind, Date};
use icu::datetime::fieldsets::enums::{
    CalendarPeriodFieldSet, CompositeDateTimeFieldSet, DateFieldSet,
};
use icu::datetime::fieldsets::{self, zone};
use icu::datetime::input::{DateTime, Time};
use icu::datetime::options::TimePrecision;
use icu::datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu::locale::{Locale, LocaleExpander};
use icu::time::zone::{IanaParser, UtcOffset};
use icu_experimental::compactdecimal::CompactDecimalFormatter;
use icu_experimental::dimension::currency::compact_formatter::CompactCurrencyFormatter;
use icu_experimental::dimension::currency::compact_options::Width as CurrencyWidth;
use icu_experimental::dimension::currency::CurrencyCode;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::dimension::units::formatter::UnitsFormatter;
use icu_experimental::dimension::units::options::Width as UnitWidth;

/// ICU4X's CLDR.
pub struct Icu;

/// The locale of a language tag, with the calendar its region uses when the tag names none:
/// `fa` is dated in the Persian calendar, as browsers date it (they take the calendar from the
/// likely region, Iran), while its digits stay those of the tag itself.
fn locale(lang: Lang) -> Locale {
    let mut locale: Locale = lang.tag().parse().unwrap_or(Locale::UNKNOWN);
    let mut likely = locale.clone();
    LocaleExpander::new_common().maximize(&mut likely.id);
    let name = match AnyCalendarKind::new((&likely).into()) {
        AnyCalendarKind::Persian => Some("persian"),
        AnyCalendarKind::Buddhist => Some("buddhist"),
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
        use CompositeDateTimeFieldSet::{CalendarPeriod, Date as OfDay};
        let set = match style {
            DateStyle::Full => OfDay(DateFieldSet::YMDE(fieldsets::YMDE::long())),
            DateStyle::Long => OfDay(DateFieldSet::YMD(fieldsets::YMD::long())),
            DateStyle::Medium => OfDay(DateFieldSet::YMD(fieldsets::YMD::medium())),
            DateStyle::MonthYear => {
                CalendarPeriod(CalendarPeriodFieldSet::YM(fieldsets::YM::long()))
            }
            DateStyle::Month => CalendarPeriod(CalendarPeriodFieldSet::M(fieldsets::M::medium())),
            DateStyle::Year => CalendarPeriod(CalendarPeriodFieldSet::Y(fieldsets::Y::long())),
            DateStyle::WeekdayDay => OfDay(DateFieldSet::DE(fieldsets::DE::medium())),
            DateStyle::Weekday => OfDay(DateFieldSet::E(fieldsets::E::long())),
        };
        let at = DateTime {
            date: day,
            time: Time::start_of_day(),
        };
        let written = DateTimeFormatter::try_new(prefs, set).map(|f| f.format(&at).to_string());
        written.map_or_else(|_| date.to_string(), as_browsers_write)
    }

    fn time(&self, hour: u8, minute: u8, lang: Lang) -> String {
        // Intl: {timeStyle: "short"}.
        let set = fieldsets::T::medium().with_time_precision(TimePrecision::Minute);
        clock(lang, set, hour, minute)
    }

    fn zone_name(&self, zone_id: &str, instant_ms: i64, lang: Lang) -> Option<String> {
        // Intl: {timeZoneName: "longGeneric"}.
        let zone = IanaParser::new().parse(zone_id);
        if zone.is_unknown() {
            return None;
        }
        let (y, m, d) = crisis_format::calendar::civil_from_days(instant_ms.div_euclid(86_400_000));
        let date = Date::try_new_iso(y, m, d).ok()?;
        let at = DateTime {
            date,
            time: Time::start_of_day(),
        };
        let prefs = (&locale(lang)).into();
        // A zone without summer time that year has its standard name in browsers ("Japan
        // Standard Time"), where ICU4X's generic one would be "Japan Time".
        let offset = |month: u8| {
            let minutes = crisis_format::calendar::days_from_civil(y, month, 1) * 1440;
            Tzdb.offset_minutes(zone_id, minutes)
        };
        let written = match (offset(1), offset(7)) {
            (Some(january), Some(july)) if january == july => {
                let offset = UtcOffset::try_from_seconds((january * 60) as i32).ok();
                let standard = zone.with_offset(offset).at_date_time_iso(at);
                NoCalendarFormatter::try_new(prefs, zone::SpecificLong)
                    .ok()?
                    .format(&standard)
                    .to_string()
            }
            _ => NoCalendarFormatter::try_new(prefs, zone::GenericLong)
                .ok()?
                .format(&zone.without_offset().at_date_time_iso(at))
                .to_string(),
        };
        Some(as_browsers_write(written))
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
            .map_or_else(
                |_| zone_id.to_string(),
                |f| as_browsers_write(f.format(&zone).to_string()),
            )
    }

    fn number(&self, value: f64, style: NumberStyle, lang: Lang) -> String {
        Self::number_in(value, style, lang)
            .unwrap_or_else(|| crisis_format::cldr::plain_number(value))
    }
}

impl Icu {
    /// `number` in `style`, or `None` when ICU4X has no data for it.
    fn number_in(value: f64, style: NumberStyle, lang: Lang) -> Option<String> {
        let locale: Locale = lang.tag().parse().ok()?;
        // The compact forms round for themselves; the others are given tenths, as the model
        // rounds them (half away from zero, as `Intl` does).
        let whole = || Decimal::from(value.round() as i64);
        let tenths = || {
            let rounded = (value * 10.0).round() / 10.0;
            let text = format!("{:.1}", if rounded == 0.0 { 0.0 } else { rounded });
            Decimal::try_from_str(text.trim_end_matches(".0")).ok()
        };
        // Intl: {maximumFractionDigits: 0 or 1}.
        let grouped = |number: &Decimal| {
            icu::decimal::DecimalFormatter::try_new((&locale).into(), Default::default())
                .ok()
                .map(|f| f.format(number).to_string())
        };
        let written = match style {
            NumberStyle::Integer => grouped(&whole())?,
            NumberStyle::Decimal => grouped(&tenths()?)?,
            // Intl: {style: "percent", maximumFractionDigits: 1}, given the value over 100.
            NumberStyle::Percent => PercentFormatter::try_new((&locale).into(), Default::default())
                .ok()?
                .format(&tenths()?)
                .to_string(),
            // Intl: {style: "currency", currencyDisplay: "narrowSymbol", notation: "compact"}.
            NumberStyle::Money(code) => {
                let code = CurrencyCode(tinystr::TinyAsciiStr::try_from_utf8(&code).ok()?);
                let money = CompactCurrencyFormatter::try_new(
                    (&locale).into(),
                    CurrencyWidth::Narrow.into(),
                )
                .ok()?
                .format_fixed_decimal(&whole(), code)
                .to_string();
                let short =
                    CompactDecimalFormatter::try_new_short((&locale).into(), Default::default())
                        .ok()?;
                let compact = short.format_fixed_decimal(&whole()).to_string();
                if lost_its_word(&short, value, &compact) {
                    // ICU4X 2.1's Arabic data writes 15 billion as a bare "15" (its plural
                    // forms "few" and "many" lack the word): the sum in full, never a wrong one.
                    money.replacen(&compact, &grouped(&whole())?, 1)
                } else {
                    money
                }
            }
            // Intl: {notation: "compact", compactDisplay: "long"}.
            NumberStyle::Count => {
                let long =
                    CompactDecimalFormatter::try_new_long((&locale).into(), Default::default())
                        .ok()?;
                let count = long.format_i64(value.round() as i64).to_string();
                if lost_its_word(&long, value, &count) {
                    grouped(&whole())?
                } else {
                    count
                }
            }
            // Intl: {style: "unit", unit: "hour" or "day", unitDisplay: "long",
            // maximumFractionDigits: 1}.
            NumberStyle::Hours | NumberStyle::Days => {
                let unit = if style == NumberStyle::Hours {
                    "hour"
                } else {
                    "day"
                };
                UnitsFormatter::try_new((&locale).into(), unit, UnitWidth::Long.into())
                    .ok()?
                    .format_fixed_decimal(&tenths()?)
                    .to_string()
            }
        };
        Some(written)
    }
}

/// Whether a compact number lost its word for the size (`compact`, written by `formatter` for
/// `value`, shows no letter where the size wants one).
fn lost_its_word(formatter: &CompactDecimalFormatter, value: f64, compact: &str) -> bool {
    let magnitude = value.abs().max(1.0).log10().floor() as i16;
    formatter.compact_exponent_for_magnitude(magnitude) > 0
        && !compact.chars().any(char::is_alphabetic)
}

/// A time of day in a field set of `T`.
fn clock(lang: Lang, set: fieldsets::T, hour: u8, minute: u8) -> String {
    let time = Time::try_new(hour, minute, 0, 0).unwrap_or(Time::start_of_day());
    NoCalendarFormatter::try_new((&locale(lang)).into(), set).map_or_else(
        |_| format!("{hour:02}:{minute:02}"),
        |f| as_browsers_write(f.format(&time).to_string()),
    )
}

/// `written` with its narrow no-break spaces as plain spaces, as browsers write dates: CLDR 42
/// put U+202F before "PM" and "г.", and browsers went back to a space for the pages that parse
/// their dates ("12:30 PM" in Chrome, where ICU4X writes "12:30\u{202F}PM").
fn as_browsers_write(written: String) -> String {
    written.replace('\u{202F}', " ")
}
