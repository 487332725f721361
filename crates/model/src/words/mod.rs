//! How French and English write dates, times, zones and numbers: names of months and days,
//! the clock, the parts of the day, number styles. A story in another language has the English
//! ones until dates and numbers come from CLDR (the README's "Languages"). The interface's words
//! are data, one file a language ([`super::held_words`]).

mod en;
mod fr;

use crisis_format::schema::Lang;

/// How a language writes a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// 24 hours with an `h`: "21 h 30", a whole hour "18 h".
    HourMark,
    /// 12 hours with am/pm: "9:30 pm"; a whole hour on the axis, "18:00".
    TwelveHour,
}

/// How a language writes sums of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Currency {
    /// After the number, spaced: "1 Md $".
    After,
    /// Before the number, close: "$1bn".
    Before,
}

/// The words and conventions of one language.
#[derive(Debug)]
pub struct Words {
    /// Parts of the day, in the order of `DayPart::NAMES`.
    pub day_parts: [&'static str; 4],
    /// Names of time zones, by IANA name.
    pub zones: [(&'static str, &'static str); 10],
    /// Any other zone, around its city's name: ("heure de ", "") / ("", " time").
    pub city_time: (&'static str, &'static str),
    /// Name of any other zone (UTC).
    pub other_zone: &'static str,
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Month names on the time axis.
    pub short_months: [&'static str; 12],
    /// Weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// Weekday names on the time axis.
    pub short_weekdays: [&'static str; 7],
    /// How the first day of a month is written, when not as a plain number ("1er").
    pub first_day: Option<&'static str>,
    /// How a time of day is written.
    pub clock: Clock,
    /// The longest the reader's own time can be, for the unseen cards that keep the card's height.
    pub widest_reader_time: &'static str,
    /// Separator of thousands.
    pub thousands: char,
    /// Decimal mark.
    pub decimal: char,
    /// Where the dollar sign goes.
    pub currency: Currency,
    /// Abbreviations of billions and millions of dollars: "Md" and "M", "bn" and "m".
    pub money_scale: (&'static str, &'static str),
    /// Billions and millions as words, one and several: ("milliard", "milliards").
    pub count_scale: [(&'static str, &'static str); 2],
    /// Space between a number and a word or unit that follows it.
    pub unit_space: &'static str,
    /// After a percentage: "\u{202F}%" or "%".
    pub percent: &'static str,
    /// After a multiple: "\u{A0}fois" or "x".
    pub times: &'static str,
    /// After a number of hours: "\u{A0}h" or " hours".
    pub hours: &'static str,
    /// After a number of days, one and several: ("jour", "jours"), ("day", "days").
    pub days: (&'static str, &'static str),
}

/// The words of `lang`, chosen on its language alone (`fr-CA` has the French words); English
/// for a language the widget has no words in yet (the README's "Languages").
pub fn words(lang: Lang) -> &'static Words {
    match lang.language() {
        "fr" => &fr::WORDS,
        _ => &en::WORDS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a table, for checks that span them all.
    fn texts(w: &Words) -> Vec<&'static str> {
        let mut all = vec![w.other_zone];
        all.extend(w.day_parts.iter());
        all.extend(w.zones.iter().map(|(_, name)| *name));
        all.extend(w.months.iter().chain(&w.weekdays));
        all
    }

    #[test]
    fn french_words_follow_french_typography() {
        for text in texts(words(Lang::FR)) {
            for bad in [" :", " ;", " ?", " !", "« ", " »"] {
                assert!(!text.contains(bad), "{text:?} needs a non-breaking space");
            }
        }
    }

    #[test]
    fn each_language_has_its_own_words() {
        let (fr, en) = (texts(words(Lang::FR)), texts(words(Lang::EN)));
        let same: Vec<_> = fr
            .iter()
            .zip(&en)
            .filter(|(a, b)| a == b)
            .map(|(a, _)| *a)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
