//! The interface's phrases, put together from the words of the language shown
//! ([`super::held_words`], one data file a language): captions and badges by name, and the
//! phrases with a number, a date or a headline in them.

use super::held_words::word;
use crisis_format::schema::{DayPart, Lang, Status};
use crisis_format::words::{fill, NEW_EVENTS_OTHER};
use std::sync::OnceLock;

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
    /// The widget's first stop, a link past it.
    SkipTimeline,
    /// The widget's last stop, a link back to its first.
    BackToStart,
    /// Opens in a new tab, for link titles.
    NewTab,
    /// Caption of the state strip.
    StripCaption,
    /// Heading of the static list of every event.
    AllEvents,
    /// While a story by URL loads.
    Loading,
    /// A story by URL that did not arrive.
    Unreachable,
    /// A story with mistakes that keep it from being shown.
    Invalid,
    /// A story from a site the page does not show stories from.
    Refused,
    /// The button that asks for a story by URL again.
    Retry,
    /// The mark of an event a new version of the story changed.
    UpdatedMark,
    /// The link to a quote's original.
    Original,
    /// The mark of an event a new version of the story added.
    NewMark,
    /// Told when a new version removed the event being read.
    Moved,
    /// The button that loads a platform's player and starts the video.
    PlayVideo,
    /// The button that shows an animated image held back for reduced motion.
    ShowAnimation,
}

impl Label {
    /// The label's key in the words files ([`crisis_format::words::KEYS`]).
    pub fn key(self) -> &'static str {
        use Label::*;
        match self {
            Region => "region",
            Play => "play",
            Pause => "pause",
            Previous => "previous",
            Next => "next",
            Unknown => "unknown",
            Sources => "sources",
            Actors => "actors",
            Navigator => "navigator",
            Segments => "segments",
            Language => "language",
            KeyboardHint => "keyboard_hint",
            SkipTimeline => "skip_timeline",
            BackToStart => "back_to_start",
            NewTab => "new_tab",
            StripCaption => "strip_caption",
            AllEvents => "all_events",
            Loading => "loading",
            Unreachable => "unreachable",
            Invalid => "invalid",
            Refused => "refused",
            Retry => "retry",
            UpdatedMark => "updated_mark",
            Original => "original",
            NewMark => "new_mark",
            Moved => "moved",
            PlayVideo => "play_video",
            ShowAnimation => "show_animation",
        }
    }
}

/// The interface text for `label` in `lang`.
pub fn text(label: Label, lang: Lang) -> &'static str {
    word(label.key(), lang)
}

/// The plural category of a count in a language, as CLDR names it (`one`, `few`, `other`…):
/// the browser's `Intl.PluralRules` in the widget ([`set_plural_rule`]); where none is given
/// (the build, the tests), `one` for 1 and `other` for the rest.
static PLURAL_RULE: OnceLock<fn(usize, Lang) -> &'static str> = OnceLock::new();

/// Gives the plural categories of every language from here on: once, at the widget's start.
pub fn set_plural_rule(rule: fn(usize, Lang) -> &'static str) {
    let _ = PLURAL_RULE.set(rule);
}

/// The plural category of `count` in `lang`.
fn plural(count: usize, lang: Lang) -> &'static str {
    match PLURAL_RULE.get() {
        Some(rule) => rule(count, lang),
        None if count == 1 => "one",
        None => "other",
    }
}

/// Accessible name of the whole widget: "Chronologie : La crise à la tête d’OpenAI".
pub fn region(title: &crisis_format::schema::Texts, lang: Lang) -> String {
    format!("{}{}{}", word("region", lang), colon(lang), title.get(lang))
}

/// The editorial status as a badge reads it.
pub fn status(status: Status, lang: Lang) -> &'static str {
    // Its key in the words is its name in the story format.
    let key = Status::NAMES
        .iter()
        .find(|(_, s)| *s == status)
        .map_or("", |(name, _)| name);
    word(key, lang)
}

/// A part of the day, as it follows a date: "l’après-midi", "afternoon". Its key in the words
/// is its name in the story format.
pub fn day_part(part: DayPart, lang: Lang) -> &'static str {
    let key = DayPart::NAMES
        .iter()
        .find(|(_, p, _)| *p == part)
        .map_or("", |(name, _, _)| name);
    word(key, lang)
}

/// A comma between the parts of a date: ", " in most languages, "、" in Japanese.
pub fn comma(lang: Lang) -> &'static str {
    word("comma", lang)
}

/// A colon as each language writes it before what follows: "\u{A0}: " in French, ": " in English.
pub fn colon(lang: Lang) -> &'static str {
    word("colon", lang)
}

/// The event's time on the reader's clock: "chez vous : samedi 1 h 09 (UTC+1)".
pub fn your_time(time: &str, lang: Lang) -> String {
    format!("{}{}{time}", word("your_time", lang), colon(lang))
}

/// The play button's accessible name: "Lire la vidéo : title" / "Play the video: title".
pub fn play_video(title: &str, lang: Lang) -> String {
    format!("{}{}{title}", text(Label::PlayVideo, lang), colon(lang))
}

/// "12 / 29": the selected event's place among those shown.
pub fn position(current: usize, total: usize) -> String {
    format!("{current} / {total}")
}

/// Accessible name of the position, e.g. "Événement 12 sur 29".
pub fn position_label(current: usize, total: usize, lang: Lang) -> String {
    let (n, total) = (current.to_string(), total.to_string());
    fill(word("event_of", lang), &[("n", &n), ("total", &total)])
}

/// The button to a developing story's new events: "2 nouveaux événements" / "1 new event",
/// in the plural form the language gives that number.
pub fn new_events(count: usize, lang: Lang) -> String {
    let key = format!("new_events.{}", plural(count, lang));
    let phrase = match word(&key, lang) {
        "" => word(NEW_EVENTS_OTHER, lang),
        phrase => phrase,
    };
    fill(phrase, &[("n", &count.to_string())])
}

/// What stands before and after a progress gauge's value, its total written in: ("", " sur
/// 770") in French, ("770 में से ", "") in Hindi; the value between them is animated.
pub fn of_total(total: &str, lang: Lang) -> (String, String) {
    let phrase = fill(word("of_total", lang), &[("total", total)]);
    match phrase.split_once("{n}") {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (String::new(), phrase),
    }
}

/// A page's name for a story, its `<title>` and heading on the widget's own pages: "La crise à
/// la tête d’OpenAI : la chronologie". One rule for the build, which writes it into the pages,
/// and the widget, which keeps it in step with the story and the language shown.
pub fn page_title(story_title: &str, lang: Lang) -> String {
    format!("{story_title}{}{}", colon(lang), word("page", lang))
}

/// Accessible name of a marker: "vendredi 17 novembre 2023 : headline".
pub fn marker(date: &str, headline: &str, lang: Lang) -> String {
    format!("{date}{}{headline}", colon(lang))
}

/// Accessible name of a cluster of events too close to be drawn apart.
pub fn cluster(count: usize, first_headline: &str, lang: Lang) -> String {
    fill(
        word("cluster", lang),
        &[("n", &count.to_string()), ("headline", first_headline)],
    )
}

/// The words of `said` between `lang`'s quotation marks.
pub fn quoted(said: &str, lang: Lang) -> String {
    format!(
        "{}{said}{}",
        word("quote_open", lang),
        word("quote_close", lang)
    )
}

/// What the story card says of a quote said in `said_in` and shown in `lang`: the phrase the
/// words give for that language ("traduit de l’anglais"), else their pattern around the
/// language's name when the browser gives it (`name`), else "translation".
pub fn translated_from(said_in: Lang, name: Option<&str>, lang: Lang) -> String {
    let whole = [said_in.tag(), said_in.language()]
        .into_iter()
        .map(|tag| word(&format!("translated_from.{tag}"), lang))
        .find(|phrase| !phrase.is_empty());
    match (whole, name) {
        (Some(phrase), _) => phrase.to_string(),
        (None, Some(name)) => fill(word("translated_from", lang), &[("language", name)]),
        (None, None) => word("translated", lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every label. The match in the test below stops compiling when a label is added, so that
    /// it is added here too.
    const ALL: [Label; 28] = {
        use Label::*;
        [
            Region,
            Play,
            Pause,
            Previous,
            Next,
            Unknown,
            Sources,
            Actors,
            Navigator,
            Segments,
            Language,
            KeyboardHint,
            SkipTimeline,
            BackToStart,
            NewTab,
            StripCaption,
            AllEvents,
            Loading,
            Unreachable,
            Invalid,
            Refused,
            Retry,
            UpdatedMark,
            Original,
            NewMark,
            Moved,
            PlayVideo,
            ShowAnimation,
        ]
    };

    #[test]
    fn every_label_is_a_word_of_the_words_files() {
        use crisis_format::words::KEYS;
        for label in ALL {
            use Label::*;
            match label {
                Region | Play | Pause | Previous | Next | Unknown | Sources | Actors
                | Navigator | Segments | Language | KeyboardHint | SkipTimeline | BackToStart
                | NewTab | StripCaption | AllEvents | Loading | Unreachable | Invalid | Refused
                | Retry | UpdatedMark | Original | NewMark | Moved | PlayVideo | ShowAnimation => {}
            }
            let key = label.key();
            assert!(
                KEYS.iter().any(|(k, holes)| *k == key && holes.is_empty()),
                "{label:?}: '{key}' is not a word of the words files, or has holes"
            );
        }
        let mut keys: Vec<&str> = ALL.iter().map(|l| l.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL.len(), "two labels share a key");
    }

    /// The French words, as the built-in story carries them.
    fn french() {
        crate::held_words::hold_story(&crisis_format::openai_story::DATASET);
    }

    #[test]
    fn the_tables_of_words_follow_the_order_of_their_enums() {
        french();
        for (n, (_, p, _)) in DayPart::NAMES.iter().enumerate() {
            assert_eq!(*p as usize, n);
        }
        assert_eq!(status(Status::Disputed, Lang::EN), "Disputed");
        assert_eq!(status(Status::Reported, Lang::FR), "Selon la presse");
        assert_eq!(day_part(DayPart::Night, Lang::FR), "tard le soir");
    }

    #[test]
    fn a_translation_is_named_by_its_language() {
        french();
        let japanese = Lang::parse("ja").unwrap();
        assert_eq!(
            translated_from(Lang::EN, None, Lang::FR),
            "traduit de l’anglais"
        );
        assert_eq!(
            translated_from(Lang::parse("en-US").unwrap(), None, Lang::FR),
            "traduit de l’anglais"
        );
        assert_eq!(
            translated_from(Lang::FR, None, Lang::EN),
            "translated from French"
        );
        assert_eq!(
            translated_from(japanese, Some("Japanese"), Lang::EN),
            "translated from Japanese"
        );
        assert_eq!(
            translated_from(Lang::parse("ko").unwrap(), None, Lang::EN),
            "translation"
        );
    }

    #[test]
    fn new_events_agree_with_their_number() {
        french();
        assert_eq!(new_events(1, Lang::FR), "1 nouvel événement");
        assert_eq!(new_events(2, Lang::FR), "2 nouveaux événements");
        assert_eq!(new_events(1, Lang::EN), "1 new event");
        assert_eq!(new_events(12, Lang::EN), "12 new events");
    }
}
