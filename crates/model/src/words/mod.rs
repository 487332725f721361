//! Every fixed word of the interface, one table per language: buttons, captions, badges, names
//! of months and days, how a clock and a number are written. French and English for now, chosen
//! by a language's language subtag; a story in any other language has the English words until
//! the words are data (issue 32). The story's own texts come from its data.

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
    /// Accessible name of the whole widget.
    pub region: &'static str,
    /// What a page of the widget's own is, after the story's title: "chronologie" in "La crise
    /// à la tête d'OpenAI : chronologie". A word of its own rather than `region` lower-cased,
    /// which would bring Unicode's case tables into the wasm (+11 kB gzipped, `make size`).
    pub page: &'static str,
    /// Play button.
    pub play: &'static str,
    /// Pause button.
    pub pause: &'static str,
    /// Previous-event button.
    pub previous: &'static str,
    /// Next-event button.
    pub next: &'static str,
    /// Shown when a value is not known yet.
    pub unknown: &'static str,
    /// Heading of the sources list.
    pub sources: &'static str,
    /// Caption of the people involved.
    pub actors: &'static str,
    /// Accessible name of the navigator.
    pub navigator: &'static str,
    /// Accessible name of the segment buttons.
    pub segments: &'static str,
    /// Accessible name of the language switch.
    pub language: &'static str,
    /// Hint on how to use the keyboard.
    pub keyboard_hint: &'static str,
    /// The widget's first stop, a link past it (to its last stop).
    pub skip_timeline: &'static str,
    /// The widget's last stop, a link back to its first.
    pub back_to_start: &'static str,
    /// Opens in a new tab, for link titles.
    pub new_tab: &'static str,
    /// Caption of the state strip.
    pub strip_caption: &'static str,
    /// Heading of the static list of every event.
    pub all_events: &'static str,
    /// While a story by URL loads.
    pub loading: &'static str,
    /// A story by URL that did not arrive.
    pub unreachable: &'static str,
    /// A story with mistakes that keep it from being shown.
    pub invalid: &'static str,
    /// A story from a site the page does not show stories from.
    pub refused: &'static str,
    /// The button that asks for a story by URL again.
    pub retry: &'static str,
    /// The button to a developing story's new events, one and several: ("nouvel événement",
    /// "nouveaux événements"), after their number.
    pub new_events: (&'static str, &'static str),
    /// The mark of an event a new version of the story changed: "Mis à jour", "Updated".
    pub updated_mark: &'static str,
    /// The mark of an event a new version of the story added: "Nouveau", "New".
    pub new_mark: &'static str,
    /// Says that a quote's words are a translation, by the language they were said in (its
    /// language subtag): "traduit de l’anglais". French needs the phrase whole ("de l’", "du",
    /// "de"), so each is written out rather than built around a language's name.
    pub translated_from: &'static [(&'static str, &'static str)],
    /// Says that a quote's words are a translation, from a language [`Words::translated_from`]
    /// does not name.
    pub translated: &'static str,
    /// Names the link to a quote's original.
    pub original: &'static str,
    /// Before a video's title, on the button that loads its platform's player.
    pub play_video: &'static str,
    /// The button that shows an animated image to a reader who prefers reduced motion.
    pub show_animation: &'static str,
    /// The quotation marks around quoted words, opening and closing.
    pub quote_marks: (&'static str, &'static str),
    /// Told when a new version removed the event being read.
    pub moved: &'static str,
    /// Caption of a correction, before its date: "Correction".
    pub correction: &'static str,
    /// Before the story's last update: "Mis à jour le", "Updated".
    pub updated: &'static str,
    /// Editorial statuses, in the order of `Status::NAMES`.
    pub statuses: [&'static str; 4],
    /// Parts of the day, in the order of `DayPart::NAMES`.
    pub day_parts: [&'static str; 4],
    /// Names of time zones, by IANA name.
    pub zones: [(&'static str, &'static str); 10],
    /// Any other zone, around its city's name: ("heure de ", "") / ("", " time").
    pub city_time: (&'static str, &'static str),
    /// Name of any other zone (UTC).
    pub other_zone: &'static str,
    /// A colon and the space around it: "\u{A0}: " in French, ": " in English.
    pub colon: &'static str,
    /// Before the reader's own time: "chez vous", "your time".
    pub your_time: &'static str,
    /// "Événement 12 sur 29": the word for one event, and the word between the numbers.
    pub event_of: (&'static str, &'static str),
    /// "3 événements, dont « … »": the word for events, the word before the first headline, and
    /// the quotation marks around it.
    pub cluster: (&'static str, &'static str, &'static str, &'static str),
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

impl Words {
    /// What the story card says of a quote said in `said_in` and shown in this language.
    pub fn translated_from(&self, said_in: Lang) -> &'static str {
        self.translated_from
            .iter()
            .find(|(language, _)| *language == said_in.language())
            .map_or(self.translated, |(_, phrase)| phrase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of a table, for checks that span them all.
    fn texts(w: &Words) -> Vec<&'static str> {
        let mut all = vec![
            w.region,
            w.page,
            w.play,
            w.pause,
            w.previous,
            w.next,
            w.sources,
            w.actors,
            w.navigator,
            w.segments,
            w.language,
            w.keyboard_hint,
            w.skip_timeline,
            w.back_to_start,
            w.new_tab,
            w.strip_caption,
            w.all_events,
            w.loading,
            w.unreachable,
            w.invalid,
            w.refused,
            w.retry,
            w.updated,
            w.other_zone,
            w.your_time,
            w.colon,
        ];
        all.extend(w.statuses.iter().chain(&w.day_parts));
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
        // Names that are the same in both: the dash for "none", brands and loanwords.
        assert!(
            same.iter().all(|t| ["—", "Pause", "Sources"].contains(t)),
            "untranslated: {same:?}"
        );
    }
}
