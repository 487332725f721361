//! The JSON reader's field readers, shared by the story's frame ([`super::json_story`]) and its
//! events ([`super::json_events`]): each reads one value at a path and names the path when the
//! value is not of the type the story format expects.

use super::field_path::FieldPath;
use super::json::{Cursor, JsonError, ValueKind};
use super::raw::RawTexts;
use std::borrow::Cow;

/// A field that could not be read: its path (e.g. `sources[0].url`) and what was expected.
#[derive(Debug)]
pub struct FieldError {
    /// Path of the field in its item.
    pub field: String,
    /// What the field should have been.
    pub expected: &'static str,
}

/// What a key the story format does not have is told.
pub const NO_SUCH_FIELD: &str = "no such field";

/// What stops the reading of one item: text that is not JSON, or a field of the wrong type.
pub enum Problem {
    /// Not JSON: nothing after it can be read.
    Json(JsonError),
    /// A field of the wrong type, or one the format does not have: the item is left out.
    Field(FieldError),
}

impl From<JsonError> for Problem {
    fn from(error: JsonError) -> Self {
        Problem::Json(error)
    }
}

/// A value read, or why not.
pub type Read<T> = Result<T, Problem>;

/// Reads an object at `path`, handing each key to `field`; false for `null`.
pub fn object<'a>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    mut field: impl FnMut(&mut Cursor<'a>, &str) -> Read<()>,
) -> Read<bool> {
    object_dyn(cursor, path, &mut field)
}

/// [`object`] for any field reader: one copy of the object loop in the wasm for every kind of
/// object, where a copy each cost 15 kB of code (`make size`, 7 kB gzipped).
#[inline(never)]
fn object_dyn<'a>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    field: &mut dyn FnMut(&mut Cursor<'a>, &str) -> Read<()>,
) -> Read<bool> {
    match cursor.peek()? {
        ValueKind::Null => {
            cursor.null()?;
            Ok(false)
        }
        ValueKind::Object => {
            cursor.each_key(|cursor, key| field(cursor, &key))?;
            Ok(true)
        }
        _ => Err(mismatch(&path, "an object")),
    }
}

/// Reads an object that must be there (not `null`).
pub fn required_object<'a>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    field: impl FnMut(&mut Cursor<'a>, &str) -> Read<()>,
) -> Read<()> {
    if object(cursor, path, field)? {
        Ok(())
    } else {
        Err(mismatch(&path, "an object"))
    }
}

/// Reads an array at `path` (empty for `null`), each item by `item`.
pub fn list<'a, T>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    mut item: impl FnMut(&mut Cursor<'a>, FieldPath) -> Read<T>,
) -> Read<Vec<T>> {
    let mut items = Vec::new();
    each(cursor, path, &mut |cursor, at| {
        items.push(item(cursor, at)?);
        Ok(())
    })?;
    Ok(items)
}

/// Reads an array at `path` (nothing for `null`), handing each item's path to `item`: one copy
/// of the array loop in the wasm, as for [`object_dyn`].
#[inline(never)]
fn each<'a>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
    item: &mut dyn FnMut(&mut Cursor<'a>, FieldPath) -> Read<()>,
) -> Read<()> {
    match cursor.peek()? {
        ValueKind::Null => cursor.null()?,
        ValueKind::Array => cursor.each_item(|cursor, n| item(cursor, path.item(n)))?,
        _ => return Err(mismatch(&path, "an array")),
    }
    Ok(())
}

/// A string the checks only read, borrowed from the text.
pub fn text<'a>(cursor: &mut Cursor<'a>, path: FieldPath) -> Read<Option<Cow<'a, str>>> {
    match cursor.peek()? {
        ValueKind::Null => cursor.null().map(|_| None).map_err(Problem::Json),
        ValueKind::String => Ok(Some(cursor.string()?)),
        _ => Err(mismatch(&path, "a string")),
    }
}

/// A string the checked story keeps.
pub fn string(cursor: &mut Cursor, path: FieldPath) -> Read<Option<String>> {
    Ok(text(cursor, path)?.map(Cow::into_owned))
}

/// A number.
pub fn number(cursor: &mut Cursor, path: FieldPath) -> Read<Option<f64>> {
    match cursor.peek()? {
        ValueKind::Null => cursor.null().map(|_| None).map_err(Problem::Json),
        ValueKind::Number => Ok(Some(cursor.number()?)),
        _ => Err(mismatch(&path, "a number")),
    }
}

/// `true` or `false`.
pub fn boolean(cursor: &mut Cursor, path: FieldPath) -> Read<Option<bool>> {
    match cursor.peek()? {
        ValueKind::Null => cursor.null().map(|_| None).map_err(Problem::Json),
        ValueKind::Bool => Ok(Some(cursor.bool()?)),
        _ => Err(mismatch(&path, "true or false")),
    }
}

/// A text in each language: `{ "fr": "…", "en": "…" }`, keyed by any language tag (the
/// validator checks the keys against the story's languages).
pub fn texts(cursor: &mut Cursor, path: FieldPath) -> Read<RawTexts> {
    let mut texts = RawTexts::default();
    object(cursor, path, |cursor, key| {
        let text = string(cursor, path.field(key))?;
        texts.0.push((key.to_string(), text));
        Ok(())
    })?;
    Ok(texts)
}

/// The field at `path` is not what it should be (`expected`).
pub fn mismatch(path: &FieldPath, expected: &'static str) -> Problem {
    let field = path.to_string();
    Problem::Field(FieldError {
        field: if field.is_empty() {
            "(item)".into()
        } else {
            field
        },
        expected,
    })
}
