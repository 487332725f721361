//! The widget's English numbers: British press style, "$1bn".

use super::{Currency, Words};

/// The English table.
pub static WORDS: Words = Words {
    thousands: ',',
    decimal: '.',
    currency: Currency::Before,
    money_scale: ("bn", "m"),
    count_scale: [("billion", "billion"), ("million", "million")],
    unit_space: " ",
    percent: "%",
    times: "x",
    hours: " hours",
    days: ("day", "days"),
};
