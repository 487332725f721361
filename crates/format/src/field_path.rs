//! Where a field is inside an item, e.g. `sources[1].url`, `actors[0]` or `headline.fr`, for the
//! messages of the JSON reader and of the validator alike. A path is a chain of borrowed links
//! on the stack, written out only when a mistake is reported: building the path of every field
//! read would cost an allocation each.

use std::fmt;

/// A field path: a chain of keys and list positions from the item down.
#[derive(Clone, Copy)]
pub struct FieldPath<'p> {
    parent: Option<&'p FieldPath<'p>>,
    key: &'p str,
    index: Option<usize>,
}

impl<'p> FieldPath<'p> {
    /// The item itself.
    pub const ITEM: FieldPath<'static> = FieldPath {
        parent: None,
        key: "",
        index: None,
    };

    /// The field `key` of what this path leads to.
    pub fn field(&'p self, key: &'p str) -> FieldPath<'p> {
        FieldPath {
            parent: Some(self),
            key,
            index: None,
        }
    }

    /// The `index`th item of the list this path leads to.
    pub fn item(&self, index: usize) -> FieldPath<'p> {
        FieldPath {
            index: Some(index),
            ..*self
        }
    }
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}")?;
            if parent.parent.is_some() {
                f.write_str(".")?;
            }
        }
        f.write_str(self.key)?;
        if let Some(index) = self.index {
            write!(f, "[{index}]")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::FieldPath;

    #[test]
    fn paths_are_written_as_an_editor_reads_them() {
        let root = FieldPath::ITEM;
        assert_eq!(root.to_string(), "");
        let sources = root.field("sources");
        let second = sources.item(1);
        assert_eq!(second.field("url").to_string(), "sources[1].url");
        assert_eq!(root.field("actors").item(0).to_string(), "actors[0]");
        let headline = root.field("headline");
        assert_eq!(headline.field("fr").to_string(), "headline.fr");
        let figure = root.field("figure");
        let label = figure.field("label");
        assert_eq!(label.field("de").to_string(), "figure.label.de");
    }
}
