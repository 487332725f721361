//! TimelineJS's slides, as both of its formats give them (its JSON and its Sheets template's
//! CSV): what `to_story` turns into a story.

use crisis_format::players::Player;

/// A date as TimelineJS writes it: a year (any whole number, BC and the cosmological scale
/// included) and, optionally, what follows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlideDate {
    pub year: i64,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub hour: Option<u32>,
    pub minute: Option<u32>,
    pub second: Option<u32>,
}

/// A slide's media: an image becomes the event's image; other kinds (videos, posts, maps) are
/// named and left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SlideMedia {
    pub url: String,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub alt: Option<String>,
    pub thumbnail: Option<String>,
}

impl SlideMedia {
    /// Whether the media is at a web address (a sheet's media may be HTML text instead).
    pub fn is_address(&self) -> bool {
        let url = self.url.trim();
        (url.starts_with("https://") || url.starts_with("http://"))
            && !url.contains(char::is_whitespace)
    }

    /// Whether the media is an image file at a web address: its path ends in an image's
    /// extension (TimelineJS tells its kinds apart the same way).
    pub fn is_image(&self) -> bool {
        let path = self.url.trim().split(['?', '#']).next().unwrap_or("");
        self.is_address()
            && [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"]
                .iter()
                .any(|ext| path.to_ascii_lowercase().ends_with(ext))
    }

    /// Whether the story format plays the media as a recording: a YouTube or Vimeo video with a
    /// thumbnail for its poster, or a video or sound file.
    pub fn is_recording(&self) -> bool {
        match crisis_format::players::player_of(self.url.trim()) {
            Some(Player::YouTube(_) | Player::Vimeo(_)) => self.thumbnail.is_some(),
            Some(Player::VideoFile | Player::AudioFile) => self.is_address(),
            None => false,
        }
    }

    /// The site of a web address, without its "www.": `x.com`, `youtube.com`.
    pub fn site(&self) -> &str {
        let rest = self
            .url
            .trim()
            .split_once("://")
            .map_or("", |(_, rest)| rest);
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        host.strip_prefix("www.").unwrap_or(host)
    }
}

/// What a slide is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SlideKind {
    Title,
    Era,
    Event,
}

/// One slide.
#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    pub kind: SlideKind,
    /// How a message names it: `event #3` in JSON, `row 5` in a sheet.
    pub origin: String,
    pub unique_id: Option<String>,
    pub start: Option<SlideDate>,
    pub end: Option<SlideDate>,
    pub display_date: Option<String>,
    pub headline: String,
    pub text: String,
    pub media: Option<SlideMedia>,
    pub group: Option<String>,
    pub background: bool,
}

impl Slide {
    /// An empty slide of `kind` from `origin`.
    pub fn new(kind: SlideKind, origin: String) -> Slide {
        Slide {
            kind,
            origin,
            unique_id: None,
            start: None,
            end: None,
            display_date: None,
            headline: String::new(),
            text: String::new(),
            media: None,
            group: None,
            background: false,
        }
    }
}

/// A whole number from a date part, as TimelineJS takes it: a number or its text ("1815").
pub fn number(text: &str) -> Option<i64> {
    let text = text.trim();
    text.parse::<i64>().ok().or_else(|| {
        text.parse::<f64>()
            .ok()
            .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
            .map(|f| f as i64)
    })
}
