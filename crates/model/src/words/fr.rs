//! The widget's French: typography of the French press (non-breaking spaces before `:` and
//! inside « », narrow ones in numbers), 24-hour clock.

use super::{Clock, Currency, Words};

/// The French table.
pub static WORDS: Words = Words {
    day_parts: ["le matin", "l’après-midi", "le soir", "tard le soir"],
    zones: [
        ("America/Los_Angeles", "heure du Pacifique"),
        ("America/New_York", "heure de New York"),
        ("Europe/Paris", "heure de Paris"),
        ("Europe/London", "heure de Londres"),
        ("America/Chicago", "heure de Chicago"),
        ("America/Havana", "heure de La Havane"),
        ("Europe/Moscow", "heure de Moscou"),
        ("Europe/Berlin", "heure de Berlin"),
        ("Asia/Tokyo", "heure de Tokyo"),
        ("Asia/Shanghai", "heure de Pékin"),
    ],
    city_time: ("heure de ", ""),
    other_zone: "temps universel",
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    short_months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    weekdays: [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    short_weekdays: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    first_day: Some("1er"),
    clock: Clock::HourMark,
    widest_reader_time: "mercredi 12\u{A0}h\u{A0}59 (UTC+13:45)",
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
