//! The widget's words this page holds, by the language they are shown in: those the story
//! gives (`words`, which the build fills from the shipped files for a built-in story), those of
//! the shipped words files fetched so far (`www/locales/`), and English, compiled in, the words
//! of last resort. A word is looked up in that order, key by key, so that a story can override
//! one word, a file that lacks a word falls back to English for it alone, and a label is never
//! blank.
//!
//! The page's held words are one table, shared by its widgets: the wasm is one per page and
//! single-threaded, and every widget of a language reads the same file.

use crisis_format::schema::{Dataset, Lang};
use crisis_format::words::{self, read_words, Vocabulary, SHIPPED};
use std::sync::{Mutex, OnceLock};

/// The English words, in the wasm: every other language's fallback. The build checks that the
/// file is complete (`build.rs`), so every key has an English word.
fn english() -> &'static Vocabulary {
    static ENGLISH: OnceLock<Vocabulary> = OnceLock::new();
    ENGLISH.get_or_init(|| read_words(include_str!("../../../www/locales/en.json")).0)
}

/// The words held, by the language they are shown in. Leaked once each, so that a label is a
/// `&'static str` for the components: a page holds a handful of languages, and a story's words
/// are held again only when a new version changed them.
struct Held {
    stories: Vec<(Lang, &'static Vocabulary)>,
    files: Vec<(Lang, &'static Vocabulary)>,
}

static HELD: Mutex<Held> = Mutex::new(Held {
    stories: Vec::new(),
    files: Vec::new(),
});

/// The held words, even after a panic elsewhere (which cannot leave them half-written).
fn held() -> std::sync::MutexGuard<'static, Held> {
    HELD.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Holds `words`, read from the shipped file for `lang`, for the widgets shown in `lang`.
pub fn hold_file(lang: Lang, words: Vocabulary) {
    let mut held = held();
    if held.files.iter().all(|(l, _)| *l != lang) {
        held.files.push((lang, Box::leak(Box::new(words))));
    }
}

/// Holds the words `story` gives, replacing a language's earlier ones when they differ.
pub fn hold_story(story: &Dataset) {
    let mut held = held();
    for given in story.words.iter() {
        match held.stories.iter_mut().find(|(l, _)| *l == given.lang) {
            Some((_, words)) if **words == given.words => {}
            Some((_, words)) => *words = Box::leak(Box::new(given.words.clone())),
            None => held
                .stories
                .push((given.lang, Box::leak(Box::new(given.words.clone())))),
        }
    }
}

/// The word `key` in `lang` as the story or a fetched file gives it.
fn given(key: &str, lang: Lang) -> Option<&'static str> {
    let held = held();
    let find = |list: &[(Lang, &'static Vocabulary)]| {
        list.iter()
            .find(|(l, _)| *l == lang)
            .and_then(|(_, words)| words.get(key))
    };
    find(&held.stories).or_else(|| find(&held.files))
}

/// The word `key` in `lang`: the story's, else the shipped file's, else English.
pub fn word(key: &str, lang: Lang) -> &'static str {
    given(key, lang)
        .or_else(|| english().get(key))
        .unwrap_or_default()
}

/// The shipped words file for `lang`, if there is one ([`crisis_format::words::file_for`]).
pub fn file_for(lang: Lang) -> Option<&'static str> {
    words::file_for(lang, SHIPPED)
}

/// The word `key` in `lang` only, never another language's: a press style's override of
/// CLDR (the French clock's "12 h 30"), which English must not lend to another language.
pub fn own_word(key: &str, lang: Lang) -> Option<&'static str> {
    given(key, lang).or_else(|| {
        (file_for(lang) == Some("en"))
            .then(|| english().get(key))
            .flatten()
    })
}

/// The shipped file to fetch before showing `lang`: none when its words are held already (the
/// story gives them all, or the file came), when it is English, or when none is shipped.
pub fn file_wanted(lang: Lang) -> Option<&'static str> {
    let name = file_for(lang).filter(|name| *name != "en")?;
    let fetched = held().files.iter().any(|(l, _)| *l == lang);
    (!story_gives_all(lang) && !fetched).then_some(name)
}

/// Whether a reader of `lang` sees words of its own: the story gives them all, a file is
/// shipped for it, or it is English. Otherwise they see English where the story gives none.
pub fn has_words(lang: Lang) -> bool {
    file_for(lang).is_some() || story_gives_all(lang)
}

/// Whether the story gives every word of `lang` itself.
fn story_gives_all(lang: Lang) -> bool {
    held()
        .stories
        .iter()
        .any(|(l, words)| *l == lang && words.is_whole())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::schema::StoryWords;
    use std::borrow::Cow;

    fn words(pairs: &[(&'static str, &'static str)]) -> Vocabulary {
        Vocabulary(Cow::Owned(
            pairs
                .iter()
                .map(|(k, v)| (Cow::Borrowed(*k), Cow::Borrowed(*v)))
                .collect(),
        ))
    }

    #[test]
    fn a_word_is_the_storys_else_the_files_else_english() {
        let catalan = Lang::parse("ca").unwrap();
        let swiss = Lang::parse("de-CH").unwrap();
        let mut story = crisis_format::openai_story::DATASET.clone();
        story.words = Cow::Owned(vec![
            StoryWords {
                lang: catalan,
                words: words(&[("play", "Reprodueix")]),
            },
            StoryWords {
                lang: swiss,
                words: words(&[("next", "Nächstes Ereignis!")]),
            },
        ]);
        hold_story(&story);
        hold_file(
            swiss,
            words(&[
                ("next", "Nächstes Ereignis"),
                ("previous", "Vorheriges Ereignis"),
            ]),
        );
        assert_eq!(word("play", catalan), "Reprodueix");
        assert_eq!(
            word("pause", catalan),
            "Pause",
            "English where the story gives none"
        );
        assert_eq!(
            word("next", swiss),
            "Nächstes Ereignis!",
            "the story's before the file's"
        );
        assert_eq!(word("previous", swiss), "Vorheriges Ereignis");
        assert_eq!(word("retry", swiss), "Try again");
        assert!(
            !has_words(catalan),
            "two words of Catalan are not its words"
        );
        assert_eq!(file_wanted(swiss), None, "fetched already");
        assert_eq!(file_wanted(Lang::parse("de-AT").unwrap()), Some("de"));
        assert_eq!(file_wanted(Lang::EN), None);
    }
}
