//! The shape of the timeline's data as written, before it is checked: what an events file (or
//! a host page's events array) says, as loosely typed as its readers need so that
//! [`super::validate`] can name the item and the field of any mistake. The checked form is in
//! [`super::schema`].
//!
//! The story's frame (title, segments, lanes, actors) is read from TOML by serde; events, from
//! a file or a host page, are read by one hand-written JSON reader ([`super::json_events`]): a
//! TOML file's events are turned into JSON first, so that both forms meet the same reader.

use serde::Deserialize;
use std::borrow::Cow;

/// A text in both languages as written in the file; either may be missing.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBilingual {
    /// French.
    pub fr: Option<String>,
    /// English.
    pub en: Option<String>,
}

/// A key figure as written in the file.
#[derive(Clone, Debug)]
pub struct RawFigure {
    /// The number.
    pub value: Option<f64>,
    /// One of the names in [`super::schema::FigureUnit::NAMES`].
    pub unit: Option<String>,
    /// What it measures.
    pub label: RawBilingual,
}

/// A source as written in the file.
#[derive(Clone, Debug)]
pub struct RawSource {
    /// Outlet name.
    pub outlet: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Outlet's page.
    pub url: Option<String>,
}

/// State changes as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawStateChange<'a> {
    /// Actor id of the new chief executive.
    pub ceo: Option<Cow<'a, str>>,
    /// New board size.
    pub board: Option<i64>,
    /// New signature count.
    pub signatures: Option<i64>,
    /// One of the names in [`super::schema::MicrosoftStance::NAMES`].
    pub microsoft: Option<Cow<'a, str>>,
}

/// An event as written in the file. The fields that are only checked and looked up, never
/// kept, borrow a host page's JSON text (`'a`); read from the events file they own their text.
/// At 10,000 host events, not copying them saves 60,000 allocations.
#[derive(Clone, Debug, Default)]
pub struct RawEvent<'a> {
    /// Identifier: lower-case letters, digits and hyphens.
    pub id: Option<String>,
    /// Local date: YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: Option<Cow<'a, str>>,
    /// Local time, HH:MM.
    pub time: Option<Cow<'a, str>>,
    /// Part of the day when the time is not known.
    pub part: Option<Cow<'a, str>>,
    /// IANA time zone of the place.
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
    pub headline: RawBilingual,
    /// Body text.
    pub body: RawBilingual,
    /// Key figure.
    pub figure: Option<RawFigure>,
    /// Sources.
    pub sources: Vec<RawSource>,
    /// State changes.
    pub state: RawStateChange<'a>,
    /// Corrections made after publication.
    pub corrections: Vec<RawCorrection<'a>>,
}

/// A correction as written in the file.
#[derive(Clone, Debug, Default)]
pub struct RawCorrection<'a> {
    /// When it was made: YYYY-MM-DD.
    pub date: Option<Cow<'a, str>>,
    /// What was corrected, for readers.
    pub note: RawBilingual,
}

/// A segment as written in the file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSegment {
    /// Identifier.
    pub id: Option<String>,
    /// Name.
    #[serde(default)]
    pub name: RawBilingual,
    /// First day of the axis (UTC).
    pub from: Option<String>,
    /// Last day of the axis (UTC), included.
    pub to: Option<String>,
}

/// A lane as written in the file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLane {
    /// Identifier.
    pub id: Option<String>,
    /// Label.
    #[serde(default)]
    pub name: RawBilingual,
}

/// An actor as written in the file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    /// Identifier.
    pub id: Option<String>,
    /// Display name.
    #[serde(default)]
    pub name: RawBilingual,
    /// Lane id.
    pub lane: Option<String>,
}

/// A whole events file but its events, which [`super::json_events`] reads.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    /// Title of the widget.
    #[serde(default)]
    pub title: RawBilingual,
    /// Staff count for the letter.
    pub staff: Option<i64>,
    /// Segments.
    #[serde(default, rename = "segment")]
    pub segments: Vec<RawSegment>,
    /// Lanes.
    #[serde(default, rename = "lane")]
    pub lanes: Vec<RawLane>,
    /// Actors.
    #[serde(default, rename = "actor")]
    pub actors: Vec<RawActor>,
    /// When the story was first published: YYYY-MM-DD.
    pub published: Option<String>,
    /// When it was last updated: YYYY-MM-DD.
    pub updated: Option<String>,
}
