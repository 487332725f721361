//! The widget's French numbers: the French press's narrow spaces in them, "1 Md $".

use super::{Currency, Words};

/// The French table.
pub static WORDS: Words = Words {
    thousands: '\u{202F}',
    decimal: ',',
    currency: Currency::After,
    money_scale: ("Md", "M"),
    count_scale: [("milliard", "milliards"), ("million", "millions")],
    unit_space: "\u{A0}",
    percent: "\u{202F}%",
    times: "\u{A0}fois",
    hours: "\u{A0}h",
    days: ("jour", "jours"),
};
