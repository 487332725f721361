//! The story tool's work, apart from files and screens: reading a story written by hand (TOML
//! or JSON) with the line of each mistake, and bringing a TimelineJS timeline over (its JSON or
//! its sheet's CSV) as a story in TOML. The command line (`crisis-tools`, bin `story`) and the
//! preview page's own wasm (`crisis-preview`) both call it; the widget's wasm never does.
//!
//! Pure logic, tested natively: texts in, texts and messages out. Nothing is fetched.

pub mod check;
pub mod choices;
pub mod html_text;
pub mod import;
pub mod kind;
pub mod sheet_csv;
pub mod slides;
pub mod timelinejs_json;
pub mod to_story;

/// One mistake of a file: its line when it has one, and what is wrong, naming the item and the
/// field (`event 'fired', field 'status': …`). The command line writes it `FILE:LINE: …`; the
/// preview page lists it with its line.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Mistake {
    pub line: Option<usize>,
    pub message: String,
}

impl Mistake {
    /// A mistake of the whole file, with no line.
    pub fn whole(message: impl Into<String>) -> Mistake {
        Mistake {
            line: None,
            message: message.into(),
        }
    }

    /// As the command line writes it: `FILE:LINE: message`, or `FILE: message`.
    pub fn in_file(&self, file: &str) -> String {
        match self.line {
            Some(line) => format!("{file}:{line}: {}", self.message),
            None => format!("{file}: {}", self.message),
        }
    }
}
