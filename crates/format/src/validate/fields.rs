//! Checks of single fields: text shown to readers, ids, web addresses, and names looked up in a
//! list (an actor's id, a status's name).

use crate::calendar::{CivilDate, Precision};
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::raw::RawTexts;
use crate::rich_text;
use crate::schema::{Lang, Languages, Text, Texts, Translation};
use std::borrow::Cow;
use std::fmt;

/// Accepts only absolute http(s) addresses, so that no `javascript:` or `data:` link is ever shown.
pub fn web_address(url: String) -> Result<String, String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("'{url}' is not an http or https address"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{url}' is not a valid web address"));
    }
    Ok(url)
}

/// Ids are used in URLs: lower-case ASCII letters, digits and inner hyphens, at most 64.
pub(super) fn identifier<'a>(
    item: &Item,
    field: &str,
    id: Option<&'a str>,
) -> Result<&'a str, ValidationError> {
    let id = id.ok_or_else(|| item.err(field, "is missing"))?;
    if !crate::ids::is_id(id) {
        return Err(item.err(
            field,
            format!(
                "'{id}' is not an id: use 1 to 64 lower-case letters, digits and inner hyphens"
            ),
        ));
    }
    Ok(id)
}

/// A full date, YYYY-MM-DD, for `field` of `item`; a missing one is an error.
pub(super) fn full_date(
    item: &Item,
    field: impl fmt::Display,
    text: Option<&str>,
) -> Result<CivilDate, ValidationError> {
    let text = text.ok_or_else(|| item.err(&field, "is missing"))?;
    let date = CivilDate::parse(text).map_err(|e| item.err(&field, e))?;
    if date.precision != Precision::Day {
        return Err(item.err(&field, "needs a full date YYYY-MM-DD"));
    }
    Ok(date)
}

pub(super) fn lookup<T>(
    item: &Item,
    field: impl fmt::Display,
    kind: &str,
    id: Option<&str>,
    known: &[T],
    id_of: impl Fn(&T) -> &Text,
) -> Result<usize, ValidationError> {
    let id = id.ok_or_else(|| item.err(&field, "is missing"))?;
    known
        .iter()
        .position(|k| id_of(k) == id)
        .ok_or_else(|| item.err(&field, format!("unknown {kind} '{id}'")))
}

pub(super) fn named<T: Copy>(
    item: &Item,
    field: &str,
    name: &str,
    names: &[(&str, T)],
) -> Result<T, ValidationError> {
    names
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let choices: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            item.err(
                field,
                format!(
                    "unknown value '{name}' (expected one of: {})",
                    choices.join(", ")
                ),
            )
        })
}

/// A text in each of the story's languages, at the item's field `field`.
pub(super) fn texts(
    item: &Item,
    field: &str,
    raw: RawTexts,
    max: usize,
    languages: &Languages,
) -> Result<Texts, ValidationError> {
    texts_at(item, FieldPath::ITEM.field(field), raw, max, languages)
}

/// A text in each of the story's languages, at `path` inside the item (e.g.
/// `corrections[0].note`).
pub(super) fn texts_at(
    item: &Item,
    path: FieldPath,
    raw: RawTexts,
    max: usize,
    languages: &Languages,
) -> Result<Texts, ValidationError> {
    texts_of(item, path, raw, max, languages, false)
}

/// An event's body in each of the story's languages: rich text (`data::rich_text`), which may
/// hold line breaks, and whose links go to http, https or mailto addresses only.
pub(super) fn rich_texts(
    item: &Item,
    field: &str,
    raw: RawTexts,
    max: usize,
    languages: &Languages,
) -> Result<Texts, ValidationError> {
    texts_of(
        item,
        FieldPath::ITEM.field(field),
        raw,
        max,
        languages,
        true,
    )
}

/// Whether a link of rich text may go to `url`: a web address, or an e-mail one.
fn link_address(url: &str) -> bool {
    match url.strip_prefix("mailto:") {
        Some(address) => address.contains('@') && !address.contains(char::is_control),
        None => web_address(url.to_string()).is_ok(),
    }
}

/// A text in each of the story's languages at `path`, plain or `rich`: every key one of the
/// story's languages (any spelling of its tag), each once, none of them missing. One function
/// with a flag rather than one taking the check as a closure: 0.5 kB less of the wasm.
fn texts_of(
    item: &Item,
    path: FieldPath,
    raw: RawTexts,
    max: usize,
    languages: &Languages,
    rich: bool,
) -> Result<Texts, ValidationError> {
    let mut given: Vec<(Lang, Option<String>)> = Vec::with_capacity(raw.0.len());
    for (key, text) in raw.0 {
        let field = path.field(&key);
        let lang = Lang::parse(&key)
            .ok()
            .filter(|lang| languages.contains(*lang))
            .ok_or_else(|| {
                item.err(
                    field,
                    format!(
                        "the story is not told in '{key}': add it to 'languages' or remove this text"
                    ),
                )
            })?;
        if given.iter().any(|(l, _)| *l == lang) {
            return Err(item.err(field, format!("'{key}' is given twice")));
        }
        given.push((lang, text));
    }
    if given.is_empty() {
        return Err(item.err(path, "is missing"));
    }
    let mut out = Vec::with_capacity(languages.len());
    for lang in languages.iter() {
        let field = path.field(lang.tag());
        let text = given
            .iter_mut()
            .find(|(l, _)| *l == lang)
            .and_then(|(_, text)| text.take());
        let breaks = |c| rich && matches!(c, '\n' | '\r');
        let text = text_of(item, field, text, max, &breaks)?;
        let wrong = rich_text::links(if rich { &text } else { "" })
            .find(|(_, url)| !link_address(url))
            .map(|(words, url)| {
                format!("the link '{words}' goes to '{url}': a link must be an http, https or mailto address")
            });
        if let Some(problem) = wrong {
            return Err(item.err(field, problem));
        }
        out.push(Translation {
            lang,
            text: Cow::Owned(text),
        });
    }
    Ok(Texts(Cow::Owned(out)))
}

/// Text shown to readers: present, not blank, not too long, and free of control and bidi
/// override characters that could disguise what the reader sees.
pub(super) fn plain_text(
    item: &Item,
    field: FieldPath,
    text: Option<String>,
    max: usize,
) -> Result<String, ValidationError> {
    text_of(item, field, text, max, &|_| false)
}

/// A text as [`plain_text`] checks it, but for the control characters that `allowed` lets in.
fn text_of(
    item: &Item,
    field: FieldPath,
    text: Option<String>,
    max: usize,
    allowed: &dyn Fn(char) -> bool,
) -> Result<String, ValidationError> {
    let text = text.ok_or_else(|| item.err(field, "is missing"))?;
    if text.trim().is_empty() {
        return Err(item.err(field, "is empty"));
    }
    let length = text.chars().count();
    if length > max {
        return Err(item.err(field, format!("has {length} characters, more than {max}")));
    }
    if let Some(c) = text.chars().find(|&c| is_hidden_control(c) && !allowed(c)) {
        return Err(item.err(
            field,
            format!(
                "contains the invisible control character U+{:04X}",
                u32::from(c)
            ),
        ));
    }
    Ok(text)
}

/// Control characters and the Unicode bidirectional overrides and isolates.
fn is_hidden_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}
