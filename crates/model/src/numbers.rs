//! Numbers written the way each language's press writes them: "1 000" and "1 Md $" in French,
//! "1,000" and "$1bn" in English.

use super::words::{words, Currency};
use crisis_format::schema::{FigureUnit, Lang};

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
        FigureUnit::Currency(code) => {
            let (scaled, scale) = if value.abs() >= 1e9 {
                (value / 1e9, w.money_scale.0)
            } else if value.abs() >= 1e6 {
                (value / 1e6, w.money_scale.1)
            } else {
                (value, "")
            };
            let number = decimal(scaled, lang);
            let (sign, symbol) = currency_sign(&code);
            match (w.currency, scale.is_empty()) {
                (Currency::After, true) => format!("{number}{space}{sign}"),
                (Currency::After, false) => format!("{number}{space}{scale}{space}{sign}"),
                (Currency::Before, _) if symbol => format!("{sign}{number}{scale}"),
                (Currency::Before, _) => format!("{sign}\u{A0}{number}{scale}"),
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
        FigureUnit::Days => {
            let (one, many) = w.days;
            let word = if value.abs() < 2.0 { one } else { many };
            format!("{}{space}{word}", decimal(value, lang))
        }
    }
}

/// How a currency is written beside an amount: its sign when the press uses one ("$", "€",
/// "£", "¥"; true), else its ISO code ("CHF"; false).
fn currency_sign(code: &[u8; 3]) -> (&str, bool) {
    match code {
        b"USD" => ("$", true),
        b"EUR" => ("€", true),
        b"GBP" => ("£", true),
        b"JPY" | b"CNY" => ("¥", true),
        _ => (std::str::from_utf8(code).unwrap_or("¤"), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const USD: FigureUnit = FigureUnit::Currency(*b"USD");

    #[test]
    fn other_currencies_follow_the_same_house_style() {
        let eur = FigureUnit::Currency(*b"EUR");
        let chf = FigureUnit::Currency(*b"CHF");
        assert_eq!(figure(2e9, eur, Lang::FR), "2\u{A0}Md\u{A0}€");
        assert_eq!(figure(2e9, eur, Lang::EN), "€2bn");
        assert_eq!(figure(3e6, chf, Lang::FR), "3\u{A0}M\u{A0}CHF");
        assert_eq!(figure(3e6, chf, Lang::EN), "CHF\u{A0}3m");
        assert_eq!(figure(13.0, FigureUnit::Days, Lang::FR), "13\u{A0}jours");
        assert_eq!(figure(1.0, FigureUnit::Days, Lang::EN), "1 day");
    }

    #[test]
    fn integers_are_grouped_the_french_and_the_english_way() {
        assert_eq!(integer(1000, Lang::FR), "1\u{202F}000");
        assert_eq!(integer(1000, Lang::EN), "1,000");
        assert_eq!(integer(747, Lang::EN), "747");
        assert_eq!(integer(1_234_567, Lang::EN), "1,234,567");
        assert_eq!(integer(-30_000, Lang::FR), "\u{2212}30\u{202F}000");
    }

    #[test]
    fn dollar_amounts_follow_each_press() {
        assert_eq!(figure(1e9, USD, Lang::FR), "1\u{A0}Md\u{A0}$");
        assert_eq!(figure(1e9, USD, Lang::EN), "$1bn");
        assert_eq!(figure(45e6, USD, Lang::EN), "$45m");
        assert_eq!(figure(1.5e10, USD, Lang::FR), "15\u{A0}Md\u{A0}$");
    }

    #[test]
    fn counts_use_words_for_millions_and_billions() {
        assert_eq!(
            figure(175e9, FigureUnit::Count, Lang::FR),
            "175\u{A0}milliards"
        );
        assert_eq!(figure(175e9, FigureUnit::Count, Lang::EN), "175 billion");
        assert_eq!(figure(1e6, FigureUnit::Count, Lang::FR), "1\u{A0}million");
        assert_eq!(figure(30_000.0, FigureUnit::Count, Lang::EN), "30,000");
    }

    #[test]
    fn percentages_multiples_and_hours() {
        assert_eq!(
            figure(-1.7, FigureUnit::Percent, Lang::FR),
            "\u{2212}1,7\u{202F}%"
        );
        assert_eq!(figure(-1.7, FigureUnit::Percent, Lang::EN), "\u{2212}1.7%");
        assert_eq!(figure(-0.4, FigureUnit::Percent, Lang::EN), "\u{2212}0.4%");
        assert_eq!(figure(100.0, FigureUnit::Times, Lang::EN), "100x");
        assert_eq!(figure(107.0, FigureUnit::Hours, Lang::FR), "107\u{A0}h");
    }
}
