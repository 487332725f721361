//! `story import FILE -o OUT.toml`: a TimelineJS timeline, as its JSON or its sheet's CSV (told
//! apart by content), written as a story in TOML for the newsroom to finish. Nothing is fetched.

use super::text_file::read_text;
use super::{sheet_csv, timelinejs_json, to_story};

/// The largest file taken: a story's own limit, 5 MB (`data::validate::MAX_STORY_BYTES`), with
/// room for the HTML that TimelineJS texts carry.
const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// What an import gives: the TOML to write, and the notes on what was left out; or the errors.
pub struct Outcome {
    pub toml: String,
    pub notes: Vec<String>,
}

/// Imports `file`, its texts in `lang`.
pub fn import(file: &str, lang: &str) -> Result<Outcome, Vec<String>> {
    let one = |message: String| vec![format!("{file}: {message}")];
    let size = std::fs::metadata(file)
        .map_err(|e| one(format!("cannot be read: {e}")))?
        .len();
    if size > MAX_BYTES {
        return Err(one(format!(
            "is {:.1} MB, more than the {} MB a timeline to import may be",
            size as f64 / 1048576.0,
            MAX_BYTES / 1048576
        )));
    }
    let text = read_text(
        file,
        ": save it again as UTF-8 (Google Sheets' CSV download is)",
    )
    .map_err(one)?;
    let text = text.as_str();
    if text.trim().is_empty() {
        return Err(one("is empty".into()));
    }
    let (slides, mut notes) = if text.trim_start().starts_with('{') {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| vec![format!("{file}:{}: is not JSON: {e}", e.line())])?;
        if value.get("languages").is_some() && value.get("segments").is_some() {
            return Err(one("is already a story: 'story check' checks it".into()));
        }
        (timelinejs_json::read(&value).map_err(one)?, Vec::new())
    } else {
        sheet_csv::read(text).map_err(one)?
    };
    let imported = to_story::to_story(&slides, lang);
    if !imported.errors.is_empty() {
        return Err(imported
            .errors
            .iter()
            .map(|e| format!("{file}: {e}"))
            .collect());
    }
    notes.extend(imported.notes);
    let body = toml::to_string(&imported.story)
        .map_err(|e| one(format!("cannot be written as TOML: {e}")))?;
    let toml = format!(
        "# Imported from TimelineJS by 'story import'. Every event still needs a status and its\n# sources: 'story check' lists what is left to add.\n{}\n",
        body.trim_end()
    );
    Ok(Outcome {
        toml,
        notes: notes.into_iter().map(|n| format!("{file}: {n}")).collect(),
    })
}
