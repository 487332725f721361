//! The shape of a story as written, before it is checked: what a story file (TOML or JSON) says,
//! as loosely typed as its reader needs so that [`super::validate`] can name the item and the
//! field of any mistake. The checked form is in [`super::schema`].
//!
//! One reader fills these types, [`super::json_story`]: a TOML file is turned into JSON first,
//! so that both forms meet the same reader and the same validator.

use crate::words::Vocabulary;
use std::borrow::Cow;
use std::ops::Range;

/// A text in each language as written in the file: each key as written (the validator checks
/// that it is one of the story's languages) with its text, in the file's order; any may be
/// missing.
#[derive(Clone, Debug, Default)]
pub struct RawTexts(pub Vec<(String, Option<String>)>);

impl RawTexts {
    /// Whether the file gives no text at all here: an optional text left out.
    pub fn is_absent(&self) -> bool {
        self.0.iter().all(|(_, text)| text.is_none())
    }
}

/// A key figure as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawFigure {
    /// The number.
    pub value: Option<f64>,
    /// A name of [`super::schema::FigureUnit::NAMES`] or an ISO 4217 currency code.
    pub unit: Option<String>,
    /// What it measures.
    pub label: RawTexts,
}

/// A quote as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawQuote<'a> {
    /// The words, per language.
    pub words: RawTexts,
    /// The language they were said in: one of the story's tags.
    pub said_in: Option<Cow<'a, str>>,
    /// An actor's id.
    pub by: Option<Cow<'a, str>>,
    /// A name, for someone who is not an actor of the story.
    pub name: Option<String>,
    /// Their role, per language.
    pub role: RawTexts,
    /// Where they were said, per language.
    pub place: RawTexts,
    /// The original's address.
    pub url: Option<String>,
}

/// An image as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawImage {
    /// Its address: https, or a path resolved against the page that shows the widget.
    pub url: Option<String>,
    /// What it shows, per language, for readers who cannot see it.
    pub alt: RawTexts,
    /// Whether it only decorates, and has no alt text.
    pub decorative: Option<bool>,
    /// Shown under it, per language.
    pub caption: RawTexts,
    /// Who made it, e.g. "Photo: Jane Doe / AP".
    pub credit: Option<String>,
    /// Its size in pixels, for the space kept before it loads.
    pub width: Option<f64>,
    pub height: Option<f64>,
    /// Its shape, `W:H`, instead of its size.
    pub ratio: Option<String>,
    /// Where a press on it goes: http or https.
    pub link: Option<String>,
    /// The same image at other widths.
    pub srcset: Vec<RawImageSize>,
    /// A still frame of an animated image.
    pub still: Option<String>,
}

/// A recording (a video or a sound) as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawRecording {
    /// A YouTube or Vimeo address, or an .mp4, .webm or .mp3 file.
    pub url: Option<String>,
    /// What it is, per language: the player's accessible name.
    pub title: RawTexts,
    /// The image shown before it plays.
    pub poster: Option<String>,
    /// Its shape, as an image's.
    pub width: Option<f64>,
    pub height: Option<f64>,
    pub ratio: Option<String>,
    /// Captions files (WebVTT), for files.
    pub captions: Vec<RawCaptions>,
}

/// One of an image's other widths as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawImageSize {
    pub url: Option<String>,
    pub width: Option<f64>,
}

/// A captions file as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawCaptions {
    pub url: Option<String>,
    /// `fr` or `en`.
    pub lang: Option<String>,
}

/// A link card as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawLink {
    /// The document's or the article's address.
    pub url: Option<String>,
    /// Its title, per language.
    pub title: RawTexts,
    /// Who published it.
    pub outlet: Option<String>,
    /// When: YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: Option<String>,
}

/// A source as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawSource {
    /// Outlet name.
    pub outlet: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Outlet's page.
    pub url: Option<String>,
}

/// A value an event gives a gauge, as written: an actor or choice id, or a number.
#[derive(Clone, Debug, PartialEq)]
pub enum RawGaugeValue<'a> {
    /// An actor's id or a choice's id.
    Id(Cow<'a, str>),
    /// A count.
    Number(f64),
}

/// An event as written in the file. The fields that are only checked and looked up, never
/// kept, borrow the story's JSON text (`'a`). At 10,000 events, not copying them saves 60,000
/// allocations.
#[derive(Clone, Debug, Default)]
pub struct RawEvent<'a> {
    /// Position in the story's list of events, from 0, to name it in messages.
    pub position: usize,
    /// Where its JSON is in the story's text, in bytes.
    pub span: Range<usize>,
    /// The index of the same event in the version of the story shown, when a new version of a
    /// developing story has the very same JSON for it: it is then neither read nor checked
    /// again, and its other fields are empty.
    pub again: Option<usize>,
    /// Identifier: lower-case letters, digits and hyphens.
    pub id: Option<String>,
    /// Local date: YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: Option<Cow<'a, str>>,
    /// Local time, HH:MM.
    pub time: Option<Cow<'a, str>>,
    /// Part of the day when the time is not known.
    pub part: Option<Cow<'a, str>>,
    /// IANA time zone of the place; none for a floating date.
    pub zone: Option<Cow<'a, str>>,
    /// Last day of a multi-day event.
    pub end: Option<Cow<'a, str>>,
    /// Segment id.
    pub segment: Option<Cow<'a, str>>,
    /// Lane id.
    pub lane: Option<Cow<'a, str>>,
    /// Actor ids.
    pub actors: Vec<Cow<'a, str>>,
    /// One of the names in [`super::schema::Status::NAMES`].
    pub status: Option<Cow<'a, str>>,
    /// Headline.
    pub headline: RawTexts,
    /// Body text.
    pub body: RawTexts,
    /// Key figure.
    pub figure: Option<RawFigure>,
    /// Words quoted.
    pub quote: Option<RawQuote<'a>>,
    /// A picture.
    pub image: Option<RawImage>,
    /// A document or an article, as a card.
    pub link: Option<RawLink>,
    /// A video or a sound.
    pub recording: Option<RawRecording>,
    /// Sources.
    pub sources: Vec<RawSource>,
    /// Gauges it sets: gauge id and value, in the order written.
    pub state: Vec<(Cow<'a, str>, RawGaugeValue<'a>)>,
    /// Corrections made after publication.
    pub corrections: Vec<RawCorrection<'a>>,
}

/// A correction as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawCorrection<'a> {
    /// When it was made: YYYY-MM-DD.
    pub date: Option<Cow<'a, str>>,
    /// What was corrected, for readers.
    pub note: RawTexts,
}

/// A segment as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawSegment {
    /// Identifier.
    pub id: Option<String>,
    /// Name.
    pub name: RawTexts,
    /// First day of the axis (UTC).
    pub from: Option<String>,
    /// Last day of the axis (UTC), included.
    pub to: Option<String>,
}

/// A lane as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawLane {
    /// Identifier.
    pub id: Option<String>,
    /// Label.
    pub name: RawTexts,
}

/// An actor as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawActor {
    /// Identifier.
    pub id: Option<String>,
    /// Display name.
    pub name: RawTexts,
    /// Lane id.
    pub lane: Option<String>,
}

/// One value of a choice gauge as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawChoice {
    /// Identifier.
    pub id: Option<String>,
    /// What the strip shows.
    pub label: RawTexts,
}

/// A gauge as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawGauge {
    /// Identifier.
    pub id: Option<String>,
    /// Caption.
    pub label: RawTexts,
    /// `actor`, `count`, `progress` or `choice`.
    pub kind: Option<String>,
    /// A progress gauge's total.
    pub total: Option<f64>,
    /// Whether a progress gauge may never fall.
    pub never_falls: Option<bool>,
    /// A choice gauge's values.
    pub values: Vec<RawChoice>,
}

/// A whole story as written.
#[derive(Clone, Debug, Default)]
pub struct RawStory<'a> {
    /// Title of the widget.
    pub title: RawTexts,
    /// Language tags (BCP 47), in the order the story prefers.
    pub languages: Option<Vec<String>>,
    /// When the story was first published: YYYY-MM-DD.
    pub published: Option<String>,
    /// When it was last updated: YYYY-MM-DD.
    pub updated: Option<String>,
    /// Segments.
    pub segments: Vec<RawSegment>,
    /// Lanes.
    pub lanes: Vec<RawLane>,
    /// Actors.
    pub actors: Vec<RawActor>,
    /// Gauges of the state strip.
    pub gauges: Vec<RawGauge>,
    /// Events.
    pub events: Vec<RawEvent<'a>>,
    /// The widget's words the story gives, by language tag as written.
    pub words: Vec<(String, Vocabulary)>,
    /// Where the list of events is in the story's text, in bytes: what is outside it is the
    /// story's frame.
    pub events_span: Range<usize>,
}
