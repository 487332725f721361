//! The preview page's own wasm (`preview/`): the story tool's checks and TimelineJS import, for
//! a journalist who drops a file on the page rather than running `story` on the command line.
//! A crate apart from the widget (built by the bundle's hook `tools/build/preview.mjs`)
//! so that readers of the widget never download its TOML and CSV readers.
//!
//! Its answers are plain objects for `www/preview/preview.js`; the rules and the messages are
//! those of `crisis_authoring`, word for word the command line's.

/// Built natively (as the lint does), it is empty: the page is the browser's.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

/// Nothing runs at start: the page calls the functions below.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// Talc, as in the widget's wasm: smaller than the standard allocator.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod page {
    use crisis_authoring::check::check;
    use crisis_authoring::choices::ImportChoices;
    use crisis_authoring::import::{import, text_of, too_large, MAX_BYTES};
    use crisis_authoring::kind::{kind_of, FileKind};
    use crisis_authoring::Mistake;
    use crisis_intl::IntlZones;
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    /// A file dropped on the page, read.
    #[derive(Serialize, Default)]
    struct FileRead {
        /// `story` or `timelinejs`; empty when the file could not be read.
        kind: &'static str,
        /// The story's text to edit: the file's own, or the TOML of the import.
        text: Option<String>,
        /// What the import left out.
        notes: Vec<String>,
        /// Why the file could not be read or imported.
        mistakes: Vec<Mistake>,
    }

    /// A story's text checked.
    #[derive(Serialize)]
    struct StoryChecked {
        /// The compact JSON that the widget reads, when it can show the story.
        json: Option<String>,
        /// Every mistake, with its line.
        mistakes: Vec<Mistake>,
    }

    fn answer<T: Serialize>(value: &T) -> JsValue {
        // Plain objects, not Maps, for the page's code.
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        value.serialize(&serializer).unwrap_or(JsValue::NULL)
    }

    /// The largest file the page reads, in bytes: told before reading a file that is larger.
    #[wasm_bindgen(js_name = maxBytes)]
    pub fn max_bytes() -> f64 {
        MAX_BYTES as f64
    }

    /// Why a file of `bytes` is too large, or `null`.
    #[wasm_bindgen(js_name = tooLarge)]
    pub fn too_large_file(bytes: f64) -> JsValue {
        answer(&too_large(bytes as u64))
    }

    /// Reads a file's bytes: a story (kept as it is) or a TimelineJS timeline (imported as a
    /// story in TOML, its texts in `lang`, with the journalist's choices for every event's
    /// `status` and `source` and every image's `ratio`, as the command line's options; an empty
    /// text is no choice).
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(
        bytes: Vec<u8>,
        lang: &str,
        status: &str,
        source: &str,
        ratio: &str,
    ) -> JsValue {
        let failed = |mistakes: Vec<Mistake>| FileRead {
            mistakes,
            ..FileRead::default()
        };
        let read = match text_of(bytes) {
            Err(mistake) => failed(vec![mistake]),
            Ok(text) => match kind_of(&text) {
                Err(mistake) => failed(vec![mistake]),
                Ok(FileKind::StoryJson(_) | FileKind::StoryToml) => FileRead {
                    kind: "story",
                    text: Some(text),
                    ..FileRead::default()
                },
                Ok(FileKind::TimelineJson(_) | FileKind::SheetCsv) => {
                    match ImportChoices::read(Some(status), Some(source), Some(ratio))
                        .and_then(|choices| import(&text, lang, &choices))
                    {
                        Ok(outcome) => FileRead {
                            kind: "timelinejs",
                            text: Some(outcome.toml),
                            notes: outcome.notes,
                            mistakes: Vec::new(),
                        },
                        Err(mistakes) => failed(mistakes),
                    }
                }
            },
        };
        answer(&read)
    }

    /// Checks a story's text (TOML or JSON) with the browser's time zones, as the widget does.
    #[wasm_bindgen(js_name = checkStory)]
    pub fn check_story(text: &str) -> JsValue {
        let checked = IntlZones::with_page(|zones| check(text, zones));
        answer(&StoryChecked {
            json: checked.json.filter(|_| checked.showable),
            mistakes: checked.mistakes,
        })
    }
}
