//! The shipped words files (`locales/<tag>.json`, beside the bundle), fetched when a story is
//! shown in a language whose words the page does not hold yet: the reader pays for the words
//! of the language shown only. The files' place is the script embed's to tell ([`words_at`]);
//! a file that does not arrive, or has mistakes, leaves English in place of what it lacks,
//! with one warning.

use crate::console;
use crate::fetch::{fetch_text, Cached};
use crisis_format::schema::Lang;
use crisis_format::words::read_words;
use crisis_model::held_words;
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How long a words file may take before English stands in: a story waits for its words.
const TIMEOUT_MS: u32 = 10_000;

thread_local! {
    /// Where the words files are, ending in `/`; none until the script embed tells.
    static PLACE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The languages already asked for, each with the promise of its words (settled once they
    /// are held, or English stands in): each is fetched and warned of once, and every widget
    /// that needs it waits for the same fetch.
    static ASKED: RefCell<Vec<(Lang, js_sys::Promise)>> = const { RefCell::new(Vec::new()) };
}

/// Tells the widget where the words files are (the bundle's `locales/`): the script embed
/// calls it once, before the first widget is mounted.
#[wasm_bindgen(js_name = wordsAt)]
pub fn words_at(url: String) {
    PLACE.with_borrow_mut(|place| *place = Some(url));
}

/// Whether `lang` still lacks words that a fetch could bring.
pub fn missing(lang: Lang) -> bool {
    held_words::file_wanted(lang).is_some() && !asked(lang)
}

/// Whether `lang`'s words were asked for already.
fn asked(lang: Lang) -> bool {
    ASKED.with_borrow(|asked| asked.iter().any(|(l, _)| *l == lang))
}

/// Brings the words of `lang` when the page does not hold them yet: fetches its shipped file
/// once, or says once that a language has none (English then stands in). A second caller waits
/// for the first one's fetch.
pub async fn bring(lang: Lang) {
    let pending = ASKED.with_borrow(|asked| {
        asked
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, promise)| promise.clone())
    });
    let promise = match pending {
        Some(promise) => promise,
        None => {
            let promise = wasm_bindgen_futures::future_to_promise(async move {
                fetch(lang).await;
                Ok(JsValue::UNDEFINED)
            });
            ASKED.with_borrow_mut(|asked| asked.push((lang, promise.clone())));
            promise
        }
    };
    let _ = JsFuture::from(promise).await;
}

/// Fetches and holds the words of `lang`, or says why English stands in.
async fn fetch(lang: Lang) {
    if !held_words::has_words(lang) {
        console::warn(&format!(
            "crisis-timeline: the widget ships no words in '{lang}': English is shown where the story's own words give none (README, \"Languages\")"
        ));
        return;
    }
    let Some(name) = held_words::file_wanted(lang) else {
        return;
    };
    let Some(place) = PLACE.with_borrow(Clone::clone) else {
        return;
    };
    let url = format!("{place}{name}.json");
    match fetch_text(&url, TIMEOUT_MS, Cached::AsAllowed).await {
        Ok(text) => {
            let (words, mistakes) = read_words(&text);
            if !mistakes.is_empty() {
                console::warn(&format!(
                    "crisis-timeline: the words file {url} has mistakes, English stands in for those words: {}",
                    mistakes.join("; ")
                ));
            }
            held_words::hold_file(lang, words);
        }
        Err(error) => console::warn(&format!(
            "crisis-timeline: the words file {url} could not be loaded ({error}); English is shown instead"
        )),
    }
}
