//! Every fixed word of the interface, in French and English.
//!
//! Texts of the story itself come from the events file; this module holds the widget's own
//! words (buttons, captions, aria labels), so that switching language switches all of them.

use crate::data::schema::{DayPart, Lang, MicrosoftStance, Status};

/// A fixed word or phrase of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// Accessible name of the whole widget.
    Region,
    /// Play button.
    Play,
    /// Pause button.
    Pause,
    /// Previous-event button.
    Previous,
    /// Next-event button.
    Next,
    /// Caption of the chief executive in the state strip.
    Ceo,
    /// Caption of the board size.
    Board,
    /// Caption of the letter signatures.
    Signatures,
    /// Caption of Microsoft's stance.
    Microsoft,
    /// Shown when a value is not known yet.
    Unknown,
    /// Heading of the sources list.
    Sources,
    /// Caption of the people involved.
    Actors,
    /// Accessible name of the navigator.
    Navigator,
    /// Accessible name of the segment buttons.
    Segments,
    /// Accessible name of the language switch.
    Language,
    /// Hint on how to use the keyboard.
    KeyboardHint,
    /// Opens in a new tab, for link titles.
    NewTab,
    /// Caption of the state strip.
    StripCaption,
}

/// The interface text for `label` in `lang`.
pub fn text(label: Label, lang: Lang) -> &'static str {
    use Label::*;
    let (fr, en) = match label {
        Region => ("Chronologie de la crise d'OpenAI", "Timeline of the OpenAI crisis"),
        Play => ("Lecture automatique", "Play"),
        Pause => ("Pause", "Pause"),
        Previous => ("Événement précédent", "Previous event"),
        Next => ("Événement suivant", "Next event"),
        Ceo => ("PDG", "CEO"),
        Board => ("Administrateurs", "Directors"),
        Signatures => ("Signataires de la lettre", "Letter signers"),
        Microsoft => ("Microsoft", "Microsoft"),
        Unknown => ("—", "—"),
        Sources => ("Sources", "Sources"),
        Actors => ("Acteurs", "Actors"),
        Navigator => ("Frise des événements", "Events on the time axis"),
        Segments => ("Périodes", "Periods"),
        Language => ("Langue", "Language"),
        KeyboardHint => (
            "Flèches\u{A0}: événement précédent ou suivant\u{202F}; Début, Fin\u{202F}; Espace\u{A0}: lecture ou pause",
            "Arrows: previous or next event; Home, End; Space: play or pause",
        ),
        NewTab => ("s'ouvre dans un nouvel onglet", "opens in a new tab"),
        StripCaption => ("Où en est-on\u{202F}?", "Where things stand"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// The editorial status as a badge reads it.
pub fn status(status: Status, lang: Lang) -> &'static str {
    let (fr, en) = match status {
        Status::Confirmed => ("Confirmé", "Confirmed"),
        Status::Reported => ("Selon la presse", "Reported"),
        Status::Rumour => ("Rumeur", "Rumour"),
        Status::Disputed => ("Versions divergentes", "Disputed"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// Microsoft's stance as the state strip reads it.
pub fn microsoft(stance: MicrosoftStance, lang: Lang) -> &'static str {
    let (fr, en) = match stance {
        MicrosoftStance::None => ("—", "—"),
        MicrosoftStance::Investor => ("Investisseur", "Investor"),
        MicrosoftStance::HiresAltman => ("Recrute Altman", "Hires Altman"),
        MicrosoftStance::Observer => ("Observateur au conseil", "Board observer"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// A part of the day, as it follows a date.
pub fn day_part(part: DayPart, lang: Lang) -> &'static str {
    let (fr, en) = match part {
        DayPart::Morning => ("le matin", "morning"),
        DayPart::Afternoon => ("l'après-midi", "afternoon"),
        DayPart::Evening => ("le soir", "evening"),
        DayPart::Night => ("tard le soir", "late evening"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// How the story card names a time zone: "heure du Pacifique" / "Pacific time".
pub fn zone(zone: &str, lang: Lang) -> &'static str {
    let (fr, en) = match zone {
        "America/Los_Angeles" => ("heure du Pacifique", "Pacific time"),
        "America/New_York" => ("heure de New York", "New York time"),
        "Europe/Paris" => ("heure de Paris", "Paris time"),
        "Europe/London" => ("heure de Londres", "London time"),
        _ => ("temps universel", "UTC"),
    };
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// A colon as each language writes it before what follows: "\u{A0}: " in French, ": " in English.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{A0}: ",
        Lang::En => ": ",
    }
}

/// The event's time on the reader's clock: "chez vous : samedi 1 h 09 (UTC+1)".
pub fn your_time(time: &str, lang: Lang) -> String {
    let you = match lang {
        Lang::Fr => "chez vous",
        Lang::En => "your time",
    };
    format!("{you}{}{time}", colon(lang))
}

/// "12 / 29": the selected event's place among those shown.
pub fn position(current: usize, total: usize) -> String {
    format!("{current} / {total}")
}

/// Accessible name of the position, e.g. "Événement 12 sur 29".
pub fn position_label(current: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Événement {current} sur {total}"),
        Lang::En => format!("Event {current} of {total}"),
    }
}

/// Letter signatures against the staff: "505 sur 770" / "505 of 770".
pub fn of_staff(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "sur",
        Lang::En => "of",
    }
}

/// Accessible name of a marker: "vendredi 17 novembre 2023 : headline".
pub fn marker(date: &str, headline: &str, lang: Lang) -> String {
    format!("{date}{}{headline}", colon(lang))
}

/// Accessible name of a cluster of events too close to be drawn apart.
pub fn cluster(count: usize, first_headline: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{count} événements, dont «\u{A0}{first_headline}\u{A0}»"),
        Lang::En => format!("{count} events, including \"{first_headline}\""),
    }
}
