//! A story's numbers as CLDR writes them in the reader's language ([`crate::cldr::number`]):
//! "30 000" and "1 Md $" in French, "30,000" and "$1bn" in English (its file writes numbers as
//! `en-GB`), "1 Mrd. $" in German, "$10億" in Japanese. Only the multiple ("100 fois", "100x")
//! is a word of the language's file, `times`: CLDR has no unit for it.

use crate::cldr::number;
use crate::held_words::word;
use crisis_format::cldr::NumberStyle;
use crisis_format::schema::{FigureUnit, Lang};
use crisis_format::words::fill;

/// A whole number, grouped as the language groups it: "1 000", "1,000", "1.000".
pub fn integer(value: i64, lang: Lang) -> String {
    number(value as f64, NumberStyle::Integer, lang)
}

/// A key figure in its unit: "1 Md $", "$1bn", "175 milliards", "−1,7 %", "105,5 heures".
/// Counts of a million and more are written with CLDR's word for their size ("175 billion");
/// smaller ones in full ("30,000"), as a newsroom writes them.
pub fn figure(value: f64, unit: FigureUnit, lang: Lang) -> String {
    let style = match unit {
        FigureUnit::Currency(code) => NumberStyle::Money(code),
        FigureUnit::Count if value.abs() >= 1e6 => NumberStyle::Count,
        FigureUnit::Count => NumberStyle::Decimal,
        FigureUnit::Percent => NumberStyle::Percent,
        FigureUnit::Hours => NumberStyle::Hours,
        FigureUnit::Days => NumberStyle::Days,
        FigureUnit::Times => {
            let n = number(value, NumberStyle::Decimal, lang);
            return fill(word("times", lang), &[("n", &n)]);
        }
    };
    number(value, style, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    const USD: FigureUnit = FigureUnit::Currency(*b"USD");

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    fn setup() {
        crate::cldr::for_tests();
        crate::held_words::hold_story(&crisis_format::openai_story::DATASET);
    }

    #[test]
    fn sums_follow_each_press_french_and_british_over_cldr() {
        setup();
        assert_eq!(figure(1e9, USD, Lang::FR), "1\u{A0}Md\u{A0}$");
        assert_eq!(figure(1.5e10, USD, Lang::FR), "15\u{A0}Md\u{A0}$");
        // The English file writes numbers as en-GB: "$1bn", where CLDR's en writes "$1B".
        assert_eq!(figure(1e9, USD, Lang::EN), "$1bn");
        assert_eq!(figure(45e6, USD, Lang::EN), "$45m");
        assert_eq!(figure(2e9, FigureUnit::Currency(*b"EUR"), Lang::EN), "€2bn");
        assert_eq!(figure(1e9, USD, lang("de")), "1\u{A0}Mrd.\u{A0}$");
        assert_eq!(figure(1e9, USD, lang("ja")), "$10億");
    }

    #[test]
    fn integers_are_grouped_as_each_language_groups_them() {
        setup();
        assert_eq!(integer(1000, Lang::FR), "1\u{202F}000");
        assert_eq!(integer(1000, Lang::EN), "1,000");
        assert_eq!(integer(747, Lang::EN), "747");
        assert_eq!(integer(-30_000, lang("de")), "-30.000");
        assert_eq!(integer(1_234_567, lang("fa")), "۱٬۲۳۴٬۵۶۷");
    }

    #[test]
    fn counts_use_cldr_words_for_millions_and_billions() {
        setup();
        assert_eq!(figure(175e9, FigureUnit::Count, Lang::FR), "175 milliards");
        assert_eq!(figure(175e9, FigureUnit::Count, Lang::EN), "175 billion");
        assert_eq!(figure(1e6, FigureUnit::Count, Lang::FR), "1 million");
        assert_eq!(figure(1e8, FigureUnit::Count, lang("ja")), "1億");
        assert_eq!(figure(30_000.0, FigureUnit::Count, Lang::EN), "30,000");
    }

    #[test]
    fn percentages_multiples_hours_and_days() {
        setup();
        assert_eq!(figure(-1.7, FigureUnit::Percent, Lang::FR), "-1,7\u{A0}%");
        assert_eq!(figure(-1.7, FigureUnit::Percent, Lang::EN), "-1.7%");
        assert_eq!(figure(100.0, FigureUnit::Times, Lang::FR), "100\u{A0}fois");
        assert_eq!(figure(100.0, FigureUnit::Times, Lang::EN), "100x");
        assert_eq!(
            figure(105.5, FigureUnit::Hours, Lang::FR),
            "105,5\u{A0}heures"
        );
        assert_eq!(figure(105.5, FigureUnit::Hours, Lang::EN), "105.5 hours");
        assert_eq!(figure(1.0, FigureUnit::Days, Lang::EN), "1 day");
        assert_eq!(figure(13.0, FigureUnit::Days, lang("ru")), "13 дней");
    }
}
