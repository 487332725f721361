//! Checks a story written by hand, TOML or JSON, as the build and the widget do
//! (`data::validate`), and finds the line of each mistake in the text the editor wrote.

use super::kind::{kind_of, FileKind};
use super::Mistake;
use crisis_format::calendar::ZoneRules;
use crisis_format::locate::line_of;
use crisis_format::toml_reader::toml_to_json;
use crisis_format::validate::check_story;

/// A story checked.
#[derive(Debug)]
pub struct Checked {
    /// The story as the compact JSON that the widget reads; `None` when the text could not be
    /// read as a story at all (not TOML, not JSON, a TimelineJS timeline).
    pub json: Option<String>,
    /// Every mistake, each with its line where it can be found.
    pub mistakes: Vec<Mistake>,
    /// Whether a page would show the story: its frame is sound and at least one event passes
    /// (a page leaves out the events with mistakes; the build takes none).
    pub showable: bool,
}

impl Checked {
    /// The story's JSON when it has no mistake at all, as the build wants it; else its mistakes.
    pub fn strictly(self) -> Result<String, Vec<Mistake>> {
        match self.json {
            Some(json) if self.mistakes.is_empty() => Ok(json),
            _ => Err(self.mistakes),
        }
    }

    fn unread(mistake: Mistake) -> Checked {
        Checked {
            json: None,
            mistakes: vec![mistake],
            showable: false,
        }
    }
}

/// Checks the story in `text` (TOML or JSON, told apart by content), placing events in time
/// with `zones`.
pub fn check(text: &str, zones: &dyn ZoneRules) -> Checked {
    let json = match kind_of(text) {
        Ok(FileKind::StoryJson(value)) => value.to_string(),
        Ok(FileKind::StoryToml) => match toml_to_json(text) {
            Ok(json) => json,
            Err(message) => return Checked::unread(Mistake::whole(message)),
        },
        Ok(FileKind::TimelineJson(_) | FileKind::SheetCsv) => {
            return Checked::unread(Mistake::whole(
                "is a TimelineJS timeline, not a story: import it first",
            ))
        }
        Err(mistake) => return Checked::unread(mistake),
    };
    let (mistakes, showable) = match check_story(&json, zones) {
        Ok(checked) => (checked.skipped, true),
        Err(mistakes) => (mistakes, false),
    };
    let mistakes = mistakes
        .iter()
        .map(|m| Mistake {
            line: line_of(text, &m.item, &m.field),
            message: m.to_string(),
        })
        .collect();
    Checked {
        json: Some(json),
        mistakes,
        showable,
    }
}
