//! How French and English write numbers: their grouping, decimal mark, currency and scales. A
//! story in another language has the English ones until numbers come from CLDR, as dates
//! already do ([`super::cldr`]). The interface's words are data, one file a language
//! ([`super::held_words`]).

mod en;
mod fr;

use crisis_format::schema::Lang;

/// How a language writes sums of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Currency {
    /// After the number, spaced: "1 Md $".
    After,
    /// Before the number, close: "$1bn".
    Before,
}

/// The number conventions of one language.
#[derive(Debug)]
pub struct Words {
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
