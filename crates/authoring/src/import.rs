//! A TimelineJS timeline, as its JSON or its sheet's CSV (told apart by content), as a story in
//! TOML for the newsroom to finish, with a note for each thing left out. Nothing is fetched.

use super::choices::ImportChoices;
use super::kind::{kind_of, FileKind};
use super::{sheet_csv, timelinejs_json, to_story, Mistake};
use crisis_format::schema::Lang;

/// The largest file taken: a story's own limit, 5 MB (`data::validate::MAX_STORY_BYTES`), with
/// room for the HTML that TimelineJS texts carry. Told before the file is read.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// What an import gives: the TOML to write, and the notes on what was left out.
#[derive(Debug)]
pub struct Outcome {
    pub toml: String,
    pub notes: Vec<String>,
}

/// Why a file of `bytes` is too large to import or check; `None` when it is not.
pub fn too_large(bytes: u64) -> Option<Mistake> {
    (bytes > MAX_BYTES).then(|| {
        Mistake::whole(format!(
            "is {:.1} MB, more than the {} MB a story or a timeline to import may be",
            bytes as f64 / 1048576.0,
            MAX_BYTES / 1048576
        ))
    })
}

/// The text of a file's `bytes`, its byte order mark dropped; else why it is not text.
pub fn text_of(bytes: Vec<u8>) -> Result<String, Mistake> {
    let text = String::from_utf8(bytes).map_err(|e| {
        Mistake::whole(format!(
            "is not UTF-8 text (byte {}): save it again as UTF-8 (Google Sheets' CSV download is)",
            e.utf8_error().valid_up_to()
        ))
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// Imports the timeline in `text`, its texts in `lang` (a well-formed language tag, written as
/// the story format writes it: `pt-br` becomes `pt-BR`), with the journalist's `choices` for
/// what TimelineJS has not.
pub fn import(text: &str, lang: &str, choices: &ImportChoices) -> Result<Outcome, Vec<Mistake>> {
    let one = |message: String| vec![Mistake::whole(message)];
    let lang = Lang::parse(lang)
        .map_err(|mistake| one(format!("cannot be imported: the language {mistake}")))?;
    let (slides, mut notes) = match kind_of(text).map_err(|m| vec![m])? {
        FileKind::StoryJson(_) | FileKind::StoryToml => {
            return Err(one("is already a story: 'story check' checks it".into()))
        }
        FileKind::TimelineJson(value) => (timelinejs_json::read(&value).map_err(one)?, Vec::new()),
        FileKind::SheetCsv => sheet_csv::read(text).map_err(one)?,
    };
    let imported = to_story::to_story(&slides, lang.tag(), choices);
    if !imported.errors.is_empty() {
        return Err(imported.errors.into_iter().map(Mistake::whole).collect());
    }
    notes.extend(imported.notes);
    let body = toml::to_string(&imported.story)
        .map_err(|e| one(format!("cannot be written as TOML: {e}")))?;
    let toml = format!(
        "# Imported from TimelineJS by 'story import': 'story check' lists what is left to add.\n{}\n",
        body.trim_end()
    );
    Ok(Outcome { toml, notes })
}
