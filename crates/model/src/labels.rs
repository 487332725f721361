//! The interface's phrases, put together from the words of each language
//! ([`super::words`]): captions and badges by name, and the few phrases with numbers or a
//! headline in them.

use super::words::words;
use crisis_format::schema::{DayPart, Lang, Status};

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

/// The interface text for `label` in `lang`.
pub fn text(label: Label, lang: Lang) -> &'static str {
    use Label::*;
    let w = words(lang);
    match label {
        Region => w.region,
        Play => w.play,
        Pause => w.pause,
        Previous => w.previous,
        Next => w.next,
        Unknown => w.unknown,
        Sources => w.sources,
        Actors => w.actors,
        Navigator => w.navigator,
        Segments => w.segments,
        Language => w.language,
        KeyboardHint => w.keyboard_hint,
        SkipTimeline => w.skip_timeline,
        BackToStart => w.back_to_start,
        NewTab => w.new_tab,
        StripCaption => w.strip_caption,
        AllEvents => w.all_events,
        Loading => w.loading,
        Unreachable => w.unreachable,
        Invalid => w.invalid,
        Refused => w.refused,
        Retry => w.retry,
        UpdatedMark => w.updated_mark,
        Original => w.original,
        NewMark => w.new_mark,
        Moved => w.moved,
        PlayVideo => w.play_video,
        ShowAnimation => w.show_animation,
    }
}

/// Accessible name of the whole widget: "Chronologie : La crise à la tête d’OpenAI".
pub fn region(title: &crisis_format::schema::Texts, lang: Lang) -> String {
    format!("{}{}{}", words(lang).region, colon(lang), title.get(lang))
}

/// The editorial status as a badge reads it.
pub fn status(status: Status, lang: Lang) -> &'static str {
    // The tables follow the enums' order (tested below).
    words(lang).statuses[status as usize]
}

/// A part of the day, as it follows a date.
pub fn day_part(part: DayPart, lang: Lang) -> &'static str {
    words(lang).day_parts[part as usize]
}

/// How the story card names a time zone: "heure du Pacifique" / "Pacific time" for the zones
/// the words know, else after the zone's city, "heure de Havana" / "Havana time".
pub fn zone(zone: &str, lang: Lang) -> String {
    let w = words(lang);
    if let Some((_, said)) = w.zones.iter().find(|(name, _)| *name == zone) {
        return said.to_string();
    }
    match zone.rsplit_once('/') {
        Some((_, city)) => {
            let (before, after) = w.city_time;
            format!("{before}{}{after}", city.replace('_', " "))
        }
        None => w.other_zone.to_string(),
    }
}

/// A colon as each language writes it before what follows: "\u{A0}: " in French, ": " in English.
pub fn colon(lang: Lang) -> &'static str {
    words(lang).colon
}

/// The event's time on the reader's clock: "chez vous : samedi 1 h 09 (UTC+1)".
pub fn your_time(time: &str, lang: Lang) -> String {
    format!("{}{}{time}", words(lang).your_time, colon(lang))
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
    let (event, of) = words(lang).event_of;
    format!("{event} {current} {of} {total}")
}

/// The button to a developing story's new events: "2 nouveaux événements" / "1 new event".
pub fn new_events(count: usize, lang: Lang) -> String {
    let (one, many) = words(lang).new_events;
    format!("{count} {}", if count == 1 { one } else { many })
}

/// A progress gauge against its total: "505 sur 770" / "505 of 770".
pub fn of_total(lang: Lang) -> &'static str {
    words(lang).event_of.1
}

/// A page's name for a story, its `<title>` and heading on the widget's own pages: "La crise à
/// la tête d’OpenAI : la chronologie". One rule for the build, which writes it into the pages,
/// and the widget, which keeps it in step with the story and the language shown.
pub fn page_title(story_title: &str, lang: Lang) -> String {
    format!("{story_title}{}{}", colon(lang), words(lang).page)
}

/// Accessible name of a marker: "vendredi 17 novembre 2023 : headline".
pub fn marker(date: &str, headline: &str, lang: Lang) -> String {
    format!("{date}{}{headline}", colon(lang))
}

/// Accessible name of a cluster of events too close to be drawn apart.
pub fn cluster(count: usize, first_headline: &str, lang: Lang) -> String {
    let (events, including, open, close) = words(lang).cluster;
    format!("{count} {events}, {including} {open}{first_headline}{close}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_of_words_follow_the_order_of_their_enums() {
        for (n, (_, s)) in Status::NAMES.iter().enumerate() {
            assert_eq!(*s as usize, n);
        }
        for (n, (_, p, _)) in DayPart::NAMES.iter().enumerate() {
            assert_eq!(*p as usize, n);
        }
        assert_eq!(status(Status::Disputed, Lang::EN), "Disputed");
        assert_eq!(day_part(DayPart::Night, Lang::FR), "tard le soir");
    }

    #[test]
    fn new_events_agree_with_their_number() {
        assert_eq!(new_events(1, Lang::FR), "1 nouvel événement");
        assert_eq!(new_events(2, Lang::FR), "2 nouveaux événements");
        assert_eq!(new_events(1, Lang::EN), "1 new event");
        assert_eq!(new_events(12, Lang::EN), "12 new events");
    }
}
