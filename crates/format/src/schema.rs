//! The shape of the timeline's data once checked: what the widget renders. The types borrow
//! `'static` text so that the build script can emit them as constants, and own it when a host
//! page hands events in at run time. What a file says before it is checked is in
//! [`super::raw`].

use std::borrow::Cow;

/// Text that is either compiled into the binary or handed in at run time.
pub type Text = Cow<'static, str>;

pub use crate::lang::Lang;

/// The languages a story is told in, in the order the story prefers: its first is the one shown
/// when the reader asked for none of them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Languages(pub Cow<'static, [Lang]>);

impl Languages {
    /// Whether the story is told in `lang`.
    pub fn contains(&self, lang: Lang) -> bool {
        self.0.contains(&lang)
    }

    /// The story's languages, in its order.
    pub fn iter(&self) -> impl Iterator<Item = Lang> + '_ {
        self.0.iter().copied()
    }

    /// How many languages the story is told in.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the story names no language (never once checked).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The tags quoted and listed for a message: `'fr', 'en'`.
    pub fn quoted(&self) -> String {
        let tags: Vec<String> = self.0.iter().map(|l| format!("'{l}'")).collect();
        tags.join(", ")
    }

    /// The language to show when the reader asked for none the story has: its first.
    pub fn first(&self) -> Lang {
        self.0.first().copied().unwrap_or_default()
    }

    /// `lang` when the story is told in it, else the story's first language.
    pub fn or_first(&self, lang: Lang) -> Lang {
        if self.contains(lang) {
            lang
        } else {
            self.first()
        }
    }
}

/// One text in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    /// The language it is written in.
    pub lang: Lang,
    /// The text.
    pub text: Text,
}

/// One text in each of the story's languages, in the story's order. Once checked it holds every
/// one of them, so that the widget never shows a missing text.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Texts(pub Cow<'static, [Translation]>);

impl Texts {
    /// The text in `lang`, else in the first language it has (a story's text always has the
    /// story's languages; this only keeps a text the validator never saw from going blank).
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .iter()
            .find(|t| t.lang == lang)
            .or_else(|| self.0.first())
            .map_or("", |t| &t.text)
    }

    /// The same text in every one of `languages`: for names that do not change with the
    /// language, and for tests.
    pub fn same(languages: &Languages, text: &str) -> Texts {
        Texts(
            languages
                .iter()
                .map(|lang| Translation {
                    lang,
                    text: Cow::Owned(text.to_string()),
                })
                .collect(),
        )
    }

    /// Replaces the text in `lang` (or adds it): for tests and tools that edit a story.
    pub fn set(&mut self, lang: Lang, text: impl Into<Text>) {
        let text = text.into();
        let all = self.0.to_mut();
        match all.iter_mut().find(|t| t.lang == lang) {
            Some(translation) => translation.text = text,
            None => all.push(Translation { lang, text }),
        }
    }

    /// Whether it holds no text at all (an optional text left out).
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|t| t.text.is_empty())
    }
}

/// How far the newsroom stands behind an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Established by the parties' own statements or several outlets.
    Confirmed,
    /// Reported by outlets, not confirmed by the parties.
    Reported,
    /// Said to have happened by unnamed sources or commentary; shown as such.
    Rumour,
    /// Sources give different versions; the text says which.
    Disputed,
}

impl Status {
    /// The status's name in the story format, also used in CSS class names.
    pub fn name(self) -> &'static str {
        Status::NAMES
            .iter()
            .find(|(_, s)| *s == self)
            .map_or("confirmed", |(n, _)| n)
    }

    /// Every status with the name it has in the story format.
    pub const NAMES: [(&'static str, Status); 4] = [
        ("confirmed", Status::Confirmed),
        ("reported", Status::Reported),
        ("rumour", Status::Rumour),
        ("disputed", Status::Disputed),
    ];
}

/// A rough part of the day, for events whose day is known but not their hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    /// Before noon.
    Morning,
    /// Noon to early evening.
    Afternoon,
    /// Evening.
    Evening,
    /// Late at night.
    Night,
}

impl DayPart {
    /// Every part of the day with its name in the story format and the local minute used to
    /// place it on the axis.
    pub const NAMES: [(&'static str, DayPart, i64); 4] = [
        ("morning", DayPart::Morning, 9 * 60),
        ("afternoon", DayPart::Afternoon, 15 * 60),
        ("evening", DayPart::Evening, 19 * 60),
        ("night", DayPart::Night, 23 * 60),
    ];
}

/// The unit of a key figure, which decides how it is written in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureUnit {
    /// An amount of money in the currency of this ISO 4217 code, e.g. `USD`: "1 Md $" / "$1bn".
    Currency([u8; 3]),
    /// A plain count: "1 000" / "1,000"; millions and billions in words.
    Count,
    /// A percentage: "-1,7 %" / "-1.7%".
    Percent,
    /// A multiple: "100 ×" / "100x".
    Times,
    /// A duration in hours: "107 h" / "107 hours".
    Hours,
    /// A duration in days: "13 jours" / "13 days".
    Days,
}

impl FigureUnit {
    /// Every unit but currencies, with its name in the story format.
    pub const NAMES: [(&'static str, FigureUnit); 5] = [
        ("count", FigureUnit::Count),
        ("percent", FigureUnit::Percent),
        ("times", FigureUnit::Times),
        ("hours", FigureUnit::Hours),
        ("days", FigureUnit::Days),
    ];
}

/// A figure worth showing large on the story card, with what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// The number.
    pub value: f64,
    /// How to write it.
    pub unit: FigureUnit,
    /// What it measures, e.g. "signatures of about 770 employees".
    pub label: Texts,
}

/// Words someone said or wrote, quoted on the story card: in each of the story's languages, one
/// of them the original's, the other a translation the card says is one.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The words, in each of the story's languages.
    pub words: Texts,
    /// The language they were said or written in.
    pub said_in: Lang,
    /// Who said them.
    pub by: Speaker,
    /// Their role then, e.g. "OpenAI's president"; empty when not given.
    pub role: Texts,
    /// Where they were said: the platform or the document, e.g. "on X", "in a memo"; empty
    /// when not given.
    pub place: Texts,
    /// The original's address; always http or https.
    pub url: Option<Text>,
}

/// A picture on the story card: its space kept from its shape before it loads, loaded only when
/// the card shows it, its caption and credit kept if it fails.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// Its address: https, or a path resolved against the page that shows the widget.
    pub url: Text,
    /// What it shows, in each of the story's languages; empty for a decorative image.
    pub alt: Texts,
    /// Shown under it; empty when not given.
    pub caption: Texts,
    /// Who made it; empty when not given.
    pub credit: Text,
    /// Its shape: width and height, in pixels or as a ratio's two numbers.
    pub width: u32,
    pub height: u32,
    /// Where a press on it goes; always http or https.
    pub link: Option<Text>,
    /// The same image at other widths, for the browser to pick from by the screen's pixels.
    pub srcset: Cow<'static, [ImageSize]>,
    /// A still frame of an animated image, shown instead to readers who prefer reduced motion.
    pub still: Option<Text>,
}

/// One of an image's other widths.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageSize {
    pub url: Text,
    /// Its width in pixels.
    pub width: u32,
}

/// A video or a sound on the story card: nothing of it is loaded before the reader presses play
/// (a platform's player) or plays it (a file, with `preload="none"`), and it never plays by itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording {
    /// A YouTube or Vimeo address, or a file (`players::player_of` takes it).
    pub url: Text,
    /// What it is, in each of the story's languages.
    pub title: Texts,
    /// The image shown before it plays; empty for none (a sound, or a file's first frame).
    pub poster: Text,
    /// Its shape: width and height, in pixels or as a ratio's two numbers.
    pub width: u32,
    pub height: u32,
    /// Captions files (WebVTT), for a file.
    pub captions: Cow<'static, [Captions]>,
}

/// A recording's captions in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Captions {
    pub url: Text,
    pub lang: Lang,
}

/// A document or an article the card points to: its title, who published it and when, with no
/// preview fetched from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    /// Its address; always http or https.
    pub url: Text,
    /// Its title, in each of the story's languages.
    pub title: Texts,
    /// Who published it.
    pub outlet: Text,
    /// When, as written (YYYY, YYYY-MM or YYYY-MM-DD); empty when not given.
    pub date: Text,
}

/// Who said the words of a quote.
#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    /// One of the story's actors, as an index into [`Dataset::actors`].
    Actor(u16),
    /// Someone the story has no actor for.
    Name(Text),
}

/// Where a fact was read.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The outlet's name, e.g. "Axios".
    pub outlet: Text,
    /// Publication date as written in the file (YYYY, YYYY-MM or YYYY-MM-DD).
    pub date: Text,
    /// The outlet's own page, when the newsroom has it; always http or https.
    pub url: Option<Text>,
}

/// What a gauge of the state strip measures, and so which values it takes.
#[derive(Clone, Debug, PartialEq)]
pub enum GaugeKind {
    /// Who holds a role, e.g. the chief executive: one of the story's actors.
    Actor,
    /// A number, e.g. the seats on the board.
    Count,
    /// A count out of a declared total, e.g. signatures out of 770.
    Progress {
        /// What the count is out of.
        total: u32,
        /// Whether the count may never fall (signatures are never withdrawn).
        never_falls: bool,
    },
    /// One of declared values, e.g. Microsoft's stance; the first holds until an event sets one.
    Choice {
        /// The values, each with its label.
        values: Cow<'static, [Choice]>,
    },
}

/// One value a choice gauge may take.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Identifier, used by events: `state = { microsoft = "investor" }`.
    pub id: Text,
    /// What the strip shows.
    pub label: Texts,
}

/// One answer of the state strip: "where do things stand at this moment?".
#[derive(Clone, Debug, PartialEq)]
pub struct Gauge {
    /// Identifier, used by events to set it.
    pub id: Text,
    /// The caption, e.g. "PDG" / "Chief executive".
    pub label: Texts,
    /// What it measures.
    pub kind: GaugeKind,
}

/// The value an event gives a gauge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GaugeValue {
    /// An actor, as an index into [`Dataset::actors`].
    Actor(u16),
    /// A count or a progress.
    Number(u32),
    /// A choice, as an index into its gauge's values.
    Choice(u8),
}

/// One gauge an event sets, and to what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GaugeSetting {
    /// Index into [`Dataset::gauges`].
    pub gauge: u8,
    /// The new value.
    pub value: GaugeValue,
}

/// When an event happened, as the reader should be told it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct When {
    /// The local date.
    pub date: super::calendar::CivilDate,
    /// The local time, when known.
    pub time: Option<super::calendar::ClockTime>,
    /// The part of the day, when only that is known.
    pub part: Option<DayPart>,
    /// Index into [`Dataset::zones`] of the zone where it happened; `None` for a floating
    /// date, told as written with no zone and no "your time" line.
    pub zone: Option<u8>,
    /// The zone's offset from UTC at that instant, in minutes (0 for a floating date).
    pub offset_minutes: i16,
    /// The instant used to place the event, in milliseconds since the epoch (UTC; for a
    /// floating date, its local time read as UTC).
    pub instant_ms: i64,
}

/// One event of the story.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable identifier, used in deep links (`#altman-fired`).
    pub id: Text,
    /// When it happened.
    pub start: When,
    /// Last day, for events that span several days.
    pub end: Option<super::calendar::CivilDate>,
    /// Index into [`Dataset::segments`].
    pub segment: u8,
    /// Index into [`Dataset::lanes`].
    pub lane: u8,
    /// Indexes into [`Dataset::actors`].
    pub actors: Cow<'static, [u16]>,
    /// How far the newsroom stands behind it.
    pub status: Status,
    /// The headline, under 90 characters.
    pub headline: Texts,
    /// One to three sentences.
    pub body: Texts,
    /// A figure to show large, if any.
    pub figure: Option<Figure>,
    /// Words quoted, if any.
    pub quote: Option<Quote>,
    /// A picture, if any.
    pub image: Option<Image>,
    /// A document or an article, if any.
    pub link: Option<Link>,
    /// A video or a sound, if any.
    pub recording: Option<Recording>,
    /// Where it was read; never empty.
    pub sources: Cow<'static, [Source]>,
    /// The gauges it sets, in the order the story gives them.
    pub state: Cow<'static, [GaugeSetting]>,
    /// Corrections made after publication, oldest first.
    pub corrections: Cow<'static, [Correction]>,
}

/// A correction of an event that readers may have seen in an earlier version.
#[derive(Clone, Debug, PartialEq)]
pub struct Correction {
    /// When it was made.
    pub date: super::calendar::CivilDate,
    /// What was wrong and what is right now.
    pub note: Texts,
}

/// A stretch of the story drawn on its own time scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// Identifier, e.g. `crisis`.
    pub id: Text,
    /// Name shown on the segment button.
    pub name: Texts,
    /// First instant of the axis, in milliseconds since the epoch.
    pub from_ms: i64,
    /// Last instant of the axis, in milliseconds since the epoch.
    pub to_ms: i64,
}

/// A row of the navigator, grouping actors.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Identifier, e.g. `board`.
    pub id: Text,
    /// Label shown beside the row.
    pub name: Texts,
}

/// A person or body who acts in the story.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    /// Identifier, e.g. `altman`.
    pub id: Text,
    /// Display name.
    pub name: Texts,
    /// Index into [`Dataset::lanes`].
    pub lane: u8,
}

/// Everything the widget shows: checked, ordered and cross-referenced.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// The widget's title.
    pub title: Texts,
    /// The languages the story is told in.
    pub languages: Languages,
    /// The IANA time zones its events name, each once.
    pub zones: Cow<'static, [Text]>,
    /// The state strip's gauges, in the order it shows them.
    pub gauges: Cow<'static, [Gauge]>,
    /// Segments in time order.
    pub segments: Cow<'static, [Segment]>,
    /// Lanes, top to bottom.
    pub lanes: Cow<'static, [Lane]>,
    /// Actors.
    pub actors: Cow<'static, [Actor]>,
    /// Events in time order.
    pub events: Cow<'static, [Event]>,
    /// When the story was first published.
    pub published: Option<super::calendar::CivilDate>,
    /// When it was last updated.
    pub updated: Option<super::calendar::CivilDate>,
    /// The widget's words the story gives, for some of its languages: they come before the
    /// words the widget ships, and are all there is of a language it does not ship.
    pub words: Cow<'static, [StoryWords]>,
}

/// The widget's words a story gives in one of its languages.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryWords {
    /// The language, one of the story's.
    pub lang: Lang,
    /// The words.
    pub words: crate::words::Vocabulary,
}

impl Dataset {
    /// Index of the event with id `id`, if there is one.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    /// The IANA name of the zone where `when` happened; `None` for a floating date.
    pub fn zone_name(&self, when: &When) -> Option<&str> {
        when.zone
            .and_then(|z| self.zones.get(usize::from(z)))
            .map(|z| z.as_ref())
    }
}
