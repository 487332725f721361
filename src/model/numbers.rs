//! Numbers written the way each language's press writes them: "1 000" and "1 Md $" in French,
//! "1,000" and "$1bn" in English.

use super::words::{words, Currency};
use crate::data::schema::{FigureUnit, Lang};

/// The minus sign, which is wider than a hyphen.
const MINUS: char = '\u{2212}';

/// An integer with thousands grouped: `1 000` (French) or `1,000` (English).
pub fn integer(value: i64, lang: Lang) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = words(lang).thousands;
    let mut out = String::new();
    if value < 0 {
        out.push(MINUS);
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// A number with at most one decimal, dropped when it is zero: `1,7` / `1.7`, `10`.
pub fn decimal(value: f64, lang: Lang) -> String {
    let tenths = (value * 10.0).round() as i64;
    let whole = integer(tenths / 10, lang);
    let whole = if tenths < 0 && tenths / 10 == 0 {
        format!("{MINUS}0")
    } else {
        whole
    };
    match (tenths % 10).abs() {
        0 => whole,
        d => {
            format!("{whole}{}{d}", words(lang).decimal)
        }
    }
}

/// A key figure in its unit, e.g. `1 Md $`, `$1bn`, `175 milliards`, `−1,7 %`, `107 h`.
pub fn figure(value: f64, unit: FigureUnit, lang: Lang) -> String {
    let w = words(lang);
    let space = w.unit_space;
    match unit {
        FigureUnit::Usd => {
            let (scaled, scale) = if value.abs() >= 1e9 {
                (value / 1e9, w.money_scale.0)
            } else if value.abs() >= 1e6 {
                (value / 1e6, w.money_scale.1)
            } else {
                (value, "")
            };
            let number = decimal(scaled, lang);
            match (w.currency, scale.is_empty()) {
                (Currency::After, true) => format!("{number}{space}$"),
                (Currency::After, false) => format!("{number}{space}{scale}{space}$"),
                (Currency::Before, _) => format!("${number}{scale}"),
            }
        }
        FigureUnit::Count => {
            let scaled = |scaled: f64, (one, many): (&str, &str)| {
                let word = if scaled < 2.0 { one } else { many };
                format!("{}{space}{word}", decimal(scaled, lang))
            };
            if value.abs() >= 1e9 {
                scaled(value / 1e9, w.count_scale[0])
            } else if value.abs() >= 1e6 {
                scaled(value / 1e6, w.count_scale[1])
            } else {
                decimal(value, lang)
            }
        }
        FigureUnit::Percent => format!("{}{}", decimal(value, lang), w.percent),
        FigureUnit::Times => format!("{}{}", decimal(value, lang), w.times),
        FigureUnit::Hours => format!("{}{}", decimal(value, lang), w.hours),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_grouped_the_french_and_the_english_way() {
        assert_eq!(integer(1000, Lang::Fr), "1\u{202F}000");
        assert_eq!(integer(1000, Lang::En), "1,000");
        assert_eq!(integer(747, Lang::En), "747");
        assert_eq!(integer(1_234_567, Lang::En), "1,234,567");
        assert_eq!(integer(-30_000, Lang::Fr), "\u{2212}30\u{202F}000");
    }

    #[test]
    fn dollar_amounts_follow_each_press() {
        assert_eq!(figure(1e9, FigureUnit::Usd, Lang::Fr), "1\u{A0}Md\u{A0}$");
        assert_eq!(figure(1e9, FigureUnit::Usd, Lang::En), "$1bn");
        assert_eq!(figure(45e6, FigureUnit::Usd, Lang::En), "$45m");
        assert_eq!(
            figure(1.5e10, FigureUnit::Usd, Lang::Fr),
            "15\u{A0}Md\u{A0}$"
        );
    }

    #[test]
    fn counts_use_words_for_millions_and_billions() {
        assert_eq!(
            figure(175e9, FigureUnit::Count, Lang::Fr),
            "175\u{A0}milliards"
        );
        assert_eq!(figure(175e9, FigureUnit::Count, Lang::En), "175 billion");
        assert_eq!(figure(1e6, FigureUnit::Count, Lang::Fr), "1\u{A0}million");
        assert_eq!(figure(30_000.0, FigureUnit::Count, Lang::En), "30,000");
    }

    #[test]
    fn percentages_multiples_and_hours() {
        assert_eq!(
            figure(-1.7, FigureUnit::Percent, Lang::Fr),
            "\u{2212}1,7\u{202F}%"
        );
        assert_eq!(figure(-1.7, FigureUnit::Percent, Lang::En), "\u{2212}1.7%");
        assert_eq!(figure(-0.4, FigureUnit::Percent, Lang::En), "\u{2212}0.4%");
        assert_eq!(figure(100.0, FigureUnit::Times, Lang::En), "100x");
        assert_eq!(figure(107.0, FigureUnit::Hours, Lang::Fr), "107\u{A0}h");
    }
}
