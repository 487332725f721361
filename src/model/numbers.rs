//! Numbers written the way each language's press writes them: "1 000" and "1 Md $" in French,
//! "1,000" and "$1bn" in English.

use crate::data::schema::{FigureUnit, Lang};

/// The narrow no-break space French uses to group digits and before `%`.
const NARROW_NBSP: char = '\u{202F}';
/// The no-break space French uses between a number and its unit.
const NBSP: char = '\u{A0}';
/// The minus sign, which is wider than a hyphen.
const MINUS: char = '\u{2212}';

/// An integer with thousands grouped: `1 000` (French) or `1,000` (English).
pub fn integer(value: i64, lang: Lang) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = match lang {
        Lang::Fr => NARROW_NBSP,
        Lang::En => ',',
    };
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
            let mark = if lang == Lang::Fr { ',' } else { '.' };
            format!("{whole}{mark}{d}")
        }
    }
}

/// A key figure in its unit, e.g. `1 Md $`, `$1bn`, `175 milliards`, `−1,7 %`, `107 h`.
pub fn figure(value: f64, unit: FigureUnit, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match unit {
        FigureUnit::Usd => {
            let (scaled, fr_unit, en_unit) = if value.abs() >= 1e9 {
                (value / 1e9, "Md", "bn")
            } else if value.abs() >= 1e6 {
                (value / 1e6, "M", "m")
            } else {
                (value, "", "")
            };
            let number = decimal(scaled, lang);
            match (fr, fr_unit.is_empty()) {
                (true, true) => format!("{number}{NBSP}$"),
                (true, false) => format!("{number}{NBSP}{fr_unit}{NBSP}$"),
                (false, _) => format!("${number}{en_unit}"),
            }
        }
        FigureUnit::Count => {
            let words = |scaled: f64, fr_one: &str, fr_many: &str, en: &str| {
                let number = decimal(scaled, lang);
                match (fr, scaled < 2.0) {
                    (true, true) => format!("{number}{NBSP}{fr_one}"),
                    (true, false) => format!("{number}{NBSP}{fr_many}"),
                    (false, _) => format!("{number} {en}"),
                }
            };
            if value.abs() >= 1e9 {
                words(value / 1e9, "milliard", "milliards", "billion")
            } else if value.abs() >= 1e6 {
                words(value / 1e6, "million", "millions", "million")
            } else {
                decimal(value, lang)
            }
        }
        FigureUnit::Percent if fr => format!("{}{NARROW_NBSP}%", decimal(value, lang)),
        FigureUnit::Percent => format!("{}%", decimal(value, lang)),
        FigureUnit::Times if fr => format!("{}{NBSP}fois", decimal(value, lang)),
        FigureUnit::Times => format!("{}x", decimal(value, lang)),
        FigureUnit::Hours if fr => format!("{}{NBSP}h", decimal(value, lang)),
        FigureUnit::Hours => format!("{} hours", decimal(value, lang)),
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
