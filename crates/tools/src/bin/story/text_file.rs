//! A story tool's input: the text of a file, or why it is not one (it cannot be read, it is too
//! large, it is not UTF-8), by the rules the preview page applies to a file dropped on it.

use crisis_authoring::import::{text_of, too_large};
use crisis_authoring::Mistake;

/// The text in `file`, its byte order mark dropped.
pub fn read_text(file: &str) -> Result<String, Mistake> {
    let size = std::fs::metadata(file)
        .map_err(|e| Mistake::whole(format!("cannot be read: {e}")))?
        .len();
    if let Some(mistake) = too_large(size) {
        return Err(mistake);
    }
    let bytes = std::fs::read(file).map_err(|e| Mistake::whole(format!("cannot be read: {e}")))?;
    text_of(bytes)
}
