//! A story tool's input: the text of a file, its byte order mark dropped, or why it is not one.

/// The text in `file`; else what is wrong, without the file's name: it cannot be read, or it
/// is not UTF-8 (`advice` follows, e.g. how to save it again).
pub fn read_text(file: &str, advice: &str) -> Result<String, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot be read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (byte {}){advice}",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}
