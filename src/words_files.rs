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
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::wasm_bindgen;

/// How long a words file may take before English stands in: a story waits for its words.
const TIMEOUT_MS: u32 = 10_000;

/// Where a language's words stand: being fetched, with what waits for them, or settled (held,
/// or English stands in).
enum Asked {
    Fetching(Vec<Box<dyn FnOnce()>>),
    Settled,
}

thread_local! {
    /// Where the words files are, ending in `/`; none until the script embed tells.
    static PLACE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The languages already asked for: each is fetched and warned of once, and every widget
    /// that needs one waits for the same fetch. (A shared JS promise cost 0.7 kB more.)
    static ASKED: RefCell<Vec<(Lang, Asked)>> = const { RefCell::new(Vec::new()) };
    /// How many fetches of words files have settled (held or failed).
    static ARRIVED: Cell<u32> = const { Cell::new(0) };
}

/// How many words files have come (or failed to): a widget drawn with a smaller count may show
/// English that a file now gives in the reader's language.
pub fn arrived() -> u32 {
    ARRIVED.get()
}

/// Tells the widget where the words files are (the bundle's `locales/`): the script embed
/// calls it once, before the first widget is mounted.
#[wasm_bindgen(js_name = wordsAt)]
pub fn words_at(url: String) {
    PLACE.with_borrow_mut(|place| *place = Some(url));
}

/// Whether `lang` still lacks words that a fetch could bring.
pub fn missing(lang: Lang) -> bool {
    held_words::file_wanted(lang).is_some()
        && !ASKED.with_borrow(|asked| {
            asked
                .iter()
                .any(|(l, a)| *l == lang && matches!(a, Asked::Settled))
        })
}

/// Calls `then` once the words of `lang` are held, or English stands in for them: at once when
/// there is nothing to fetch, else when its shipped file has come (fetched once for the page).
/// A language with no words at all is told of once.
pub fn bring(lang: Lang, then: impl FnOnce() + 'static) {
    bring_boxed(lang, Box::new(then));
}

/// [`bring`]'s work, compiled once for all its callers rather than once for each (the widget's
/// fourth caller cost +0.5 kB gzipped while this body was generic).
fn bring_boxed(lang: Lang, then: Box<dyn FnOnce()>) {
    let to_fetch = held_words::file_wanted(lang).is_some();
    let first = ASKED.with_borrow_mut(|asked| {
        match asked.iter_mut().find(|(l, _)| *l == lang) {
            Some((_, Asked::Fetching(waiting))) => {
                waiting.push(then);
                return None;
            }
            Some((_, Asked::Settled)) => return Some((false, then)),
            None => {}
        }
        if !to_fetch {
            asked.push((lang, Asked::Settled));
            return Some((true, then));
        }
        asked.push((lang, Asked::Fetching(vec![then])));
        yew::platform::spawn_local(async move {
            fetch(lang).await;
            ARRIVED.set(ARRIVED.get() + 1);
            let waiting = ASKED.with_borrow_mut(|asked| {
                asked
                    .iter_mut()
                    .find(|(l, _)| *l == lang)
                    .map(|(_, a)| std::mem::replace(a, Asked::Settled))
            });
            if let Some(Asked::Fetching(waiting)) = waiting {
                waiting.into_iter().for_each(|then| then());
            }
        });
        None
    });
    if let Some((first, then)) = first {
        if first && !held_words::has_words(lang) {
            console::warn(&format!(
                "crisis-timeline: the widget ships no words in '{lang}': English is shown where the story's own words give none (docs/guide/languages.md)"
            ));
        }
        then();
    }
}

/// Fetches and holds the words of `lang`, or says why English stands in.
async fn fetch(lang: Lang) {
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
