//! Where a widget's story comes from, and what went wrong with it when it cannot be shown
//! whole: the types the story loader and the host boundary share.

use crisis_format::schema::Dataset;
use crisis_format::validate::ValidationError;
use std::rc::Rc;

/// The story a widget is asked to show.
#[derive(Clone, Debug)]
pub enum StorySource {
    /// Checked already: a story a test or a native caller built.
    Ready(Rc<Dataset>),
    /// A story's JSON text, inline in the page or handed to `mount()`.
    Text(Rc<str>),
    /// The address of a story's JSON file.
    Url(String),
    /// An address the page may not load a story from.
    Refused(String),
}

impl PartialEq for StorySource {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            // By identity: comparing thousands of events field by field is work.
            (StorySource::Ready(a), StorySource::Ready(b)) => Rc::ptr_eq(a, b),
            (StorySource::Text(a), StorySource::Text(b)) => Rc::ptr_eq(a, b) || a == b,
            (StorySource::Url(a), StorySource::Url(b)) => a == b,
            (StorySource::Refused(a), StorySource::Refused(b)) => a == b,
            _ => false,
        }
    }
}

/// Why a widget shows a message in place of its story.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoryFailure {
    /// The story by URL did not arrive: a network error, a time-out or an HTTP error, told.
    Unreachable(String),
    /// The story has mistakes that keep it from being shown.
    Invalid,
    /// The story's address is on a site the page does not show stories from.
    Refused,
}

impl StoryFailure {
    /// The name a host page reads in `crisis-timeline:error`'s `reason`.
    pub fn reason(&self) -> &'static str {
        match self {
            StoryFailure::Unreachable(_) => "unreachable",
            StoryFailure::Invalid => "invalid",
            StoryFailure::Refused => "refused",
        }
    }
}

/// What the host is told when a story is not shown whole.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryProblems {
    /// Why nothing is shown; `None` when the story is shown without some of its events.
    pub failure: Option<StoryFailure>,
    /// The mistakes: every one for a story not shown, one per event left out otherwise.
    pub mistakes: Vec<ValidationError>,
    /// Whether they are a new version's, fetched again (option `refresh`): the version shown
    /// before stays on screen.
    pub refetched: bool,
}
