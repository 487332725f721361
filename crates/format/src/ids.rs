//! What an id looks like, for events, segments, lanes and actors alike. Ids appear in URLs
//! (`#staff-letter`) and in host options (`start`), so the rule is strict and written once:
//! the validator, the options reader and the deep-link reader call [`is_id`], and the iframe
//! page's script repeats it in JavaScript, tested against the same table of cases
//! (`tests/fixtures/rules/ids.json`).

/// Longest id, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// Whether `text` is an id: 1 to 64 lower-case ASCII letters, digits and inner hyphens.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= MAX_ID_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
}
