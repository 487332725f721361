//! Naming the item at fault and building the error that says what is wrong with it.

use std::fmt;

/// One mistake in the data, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// The item at fault, e.g. `event 'altman-fired'` or `actor #3`.
    pub item: String,
    /// The field at fault, e.g. `headline.en`.
    pub field: String,
    /// What is wrong, in plain words.
    pub problem: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, field '{}': {}", self.item, self.field, self.problem)
    }
}

impl std::error::Error for ValidationError {}

/// Builds errors for one item, naming it only when there is an error to report.
pub(super) struct Item<'a> {
    kind: &'static str,
    id: Option<&'a str>,
    /// Position in its list; `None` for the dataset as a whole.
    position: Option<usize>,
}

impl<'a> Item<'a> {
    pub(super) fn new(kind: &'static str, id: Option<&'a str>, position: usize) -> Item<'a> {
        Item {
            kind,
            id,
            position: Some(position),
        }
    }

    /// The whole story, for rules about it rather than one item.
    pub(super) const STORY: Item<'static> = Item {
        kind: "story",
        id: None,
        position: None,
    };

    pub(super) fn err(
        &self,
        field: impl fmt::Display,
        problem: impl Into<String>,
    ) -> ValidationError {
        let kind = self.kind;
        ValidationError {
            item: item_name(kind, self.id, self.position),
            field: field.to_string(),
            problem: problem.into(),
        }
    }
}

/// How a message names an item: by its id when it has one (`event 'agreement'`), else by its
/// place in its list, from 1 (`event #3`), else by its kind alone (`story`).
pub fn item_name(kind: &str, id: Option<&str>, position: Option<usize>) -> String {
    match (id, position) {
        (Some(id), _) if !id.trim().is_empty() => format!("{kind} '{id}'"),
        (_, Some(position)) => format!("{kind} #{}", position + 1),
        _ => kind.to_string(),
    }
}
