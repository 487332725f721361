//! The widget's own words in one language, as data: the buttons, notices, badges and phrases
//! that are not the story's. One JSON file a language ships with the widget (`www/locales/`,
//! each checked by the build), and a story may carry its own for any language (`words`), so
//! that adding a language is adding a file, never code.
//!
//! A words file is one JSON object of strings. A key names a word ([`KEYS`]); a phrase with
//! something put into it names the hole in braces (`"Event {n} of {total}"`). Two keys take a
//! suffix: `new_events.<plural category>` (CLDR's `zero`, `one`, `two`, `few`, `many`, `other`,
//! as `Intl.PluralRules` tells them) and `translated_from.<language tag>`, a whole phrase for
//! a quote translated from that language where the pattern cannot be right (French "traduit
//! de l’anglais"). Keys that begin with `$` are notes for translators and reviewers. A few
//! keys, [`PRESS_STYLE`], set a language's press style over CLDR's dates, times and numbers.

use crate::field_path::FieldPath;
use crate::json::{Cursor, JsonError, ValueKind};
use crate::json_fields::{object, Problem};
use crate::lang::Lang;
use crate::schema::Text;
use std::borrow::Cow;

/// Every word of the widget: its key and the holes its phrase must have.
pub const KEYS: &[(&str, &[&str])] = &[
    ("region", &[]),
    ("page", &[]),
    ("play", &[]),
    ("pause", &[]),
    ("previous", &[]),
    ("next", &[]),
    ("unknown", &[]),
    ("sources", &[]),
    ("actors", &[]),
    ("navigator", &[]),
    ("segments", &[]),
    ("language", &[]),
    ("keyboard_hint", &[]),
    ("skip_timeline", &[]),
    ("back_to_start", &[]),
    ("new_tab", &[]),
    ("strip_caption", &[]),
    ("all_events", &[]),
    ("loading", &[]),
    ("unreachable", &[]),
    ("invalid", &[]),
    ("refused", &[]),
    ("retry", &[]),
    ("updated_mark", &[]),
    ("new_mark", &[]),
    ("original", &[]),
    ("play_video", &[]),
    ("show_animation", &[]),
    ("moved", &[]),
    ("confirmed", &[]),
    ("reported", &[]),
    ("rumour", &[]),
    ("disputed", &[]),
    ("colon", &[]),
    ("quote_open", &[]),
    ("quote_close", &[]),
    ("your_time", &[]),
    ("translated", &[]),
    ("translated_from", &["language"]),
    ("event_of", &["n", "total"]),
    ("of_total", &["n", "total"]),
    ("cluster", &["n", "headline"]),
    ("new_events", &["n"]),
    ("correction", &["date"]),
    ("updated", &["date"]),
    ("comma", &[]),
    ("morning", &[]),
    ("afternoon", &[]),
    ("evening", &[]),
    ("night", &[]),
    ("times", &["n"]),
];

/// A language's press style where it differs from CLDR, which decides everywhere else: words a
/// file may give, and none needs to (`crisis_model::cldr` says how each is used). `zone` takes a
/// suffix, the IANA name of the zone it names: `zone.America/Los_Angeles`.
pub const PRESS_STYLE: &[(&str, &[&str])] = &[
    ("clock", &["h", "mm"]),
    ("hour", &["h"]),
    ("first_day", &[]),
    ("zone", &[]),
    ("numbers", &[]),
];

/// The words files the widget ships, by their language tag: `www/locales/<tag>.json` (a test
/// checks this list against the folder).
pub const SHIPPED: &[&str] = &[
    "ar", "de", "en", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl", "pt",
    "pt-BR", "ru", "sv", "tr", "uk", "ur", "zh-Hans", "zh-Hant",
];

/// The file among `shipped` for `lang`, if there is one: its whole tag (`pt-BR`), else its
/// language and script (`zh-Hant` for `zh-Hant-TW`), else its language (`fr` for `fr-CA`).
pub fn file_for(lang: Lang, shipped: &'static [&'static str]) -> Option<&'static str> {
    let tag = lang.tag();
    let language = lang.language();
    // The language and script are the tag's start (`zh-Hant` of `zh-Hant-TW`): no string built.
    let script = tag[language.len()..]
        .split('-')
        .nth(1)
        .filter(|s| s.len() == 4);
    let language_script = script.map(|s| &tag[..language.len() + 1 + s.len()]);
    [Some(tag), language_script, Some(language)]
        .into_iter()
        .flatten()
        .find_map(|wanted| shipped.iter().copied().find(|name| *name == wanted))
}

/// The plural categories of CLDR, which `new_events` is written in.
pub const PLURALS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The key a word is looked up by when nothing more precise is given: `new_events.other`.
pub const NEW_EVENTS_OTHER: &str = "new_events.other";

/// The words of one language: each key with its text, in the order written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vocabulary(pub Cow<'static, [(Text, Text)]>);

impl Vocabulary {
    /// The text of `key`, if these words give it.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, text)| text.as_ref())
    }

    /// Whether these words give every key a complete words file must ([`Self::missing`]).
    pub fn is_whole(&self) -> bool {
        self.missing().is_empty()
    }

    /// The keys a complete words file must give and these words do not: every key but the
    /// plural and per-language ones, and `new_events` in its `other` form.
    pub fn missing(&self) -> Vec<&'static str> {
        KEYS.iter()
            .map(|(key, _)| {
                if *key == "new_events" {
                    NEW_EVENTS_OTHER
                } else {
                    key
                }
            })
            .filter(|key| self.get(key).is_none())
            .collect()
    }
}

/// The holes a key's phrase must have, or why the key is not one of the widget's words.
pub fn holes(key: &str) -> Result<&'static [&'static str], String> {
    let (base, suffix) = match key.split_once('.') {
        Some((base, suffix)) => (base, Some(suffix)),
        None => (key, None),
    };
    let found = KEYS.iter().find(|(k, _)| *k == base);
    if let Some((_, holes)) = PRESS_STYLE.iter().find(|(k, _)| *k == base) {
        return match (base, suffix) {
            ("zone", Some(zone)) if zone.contains('/') || zone == "UTC" => Ok(holes),
            ("zone", _) => Err("is written with the zone's IANA name: 'zone.Europe/Paris'".into()),
            (_, None) => Ok(holes),
            (_, Some(_)) => Err("is not one of the widget's words".into()),
        };
    }
    match (found, suffix) {
        (Some((_, holes)), None) if base != "new_events" => Ok(holes),
        (Some((_, holes)), Some(category)) if base == "new_events" => {
            if PLURALS.contains(&category) {
                Ok(holes)
            } else {
                Err(format!(
                    "'{category}' is not a plural category: expected one of {}",
                    PLURALS.join(", ")
                ))
            }
        }
        (Some(_), None) => {
            Err("is written per plural category: 'new_events.one', 'new_events.other'…".into())
        }
        (Some(_), Some(tag)) if base == "translated_from" => Lang::parse(tag)
            .map(|_| &[] as &[&str])
            .map_err(|e| format!("after 'translated_from.' comes a language tag: {e}")),
        _ => Err("is not one of the widget's words".into()),
    }
}

/// Checks one word: its key is one of the widget's, its text is not empty and has the holes
/// its key needs (`{n}`…), no other.
pub fn check_word(key: &str, text: &str) -> Result<(), String> {
    let holes = holes(key)?;
    if text.trim().is_empty() && key != "colon" {
        return Err("is empty".into());
    }
    if key == "numbers" {
        Lang::parse(text)
            .map_err(|e| format!("is the language tag numbers are written as: {e}"))?;
    }
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            return Err("has a '{' that is not closed".into());
        };
        let hole = &rest[open + 1..open + close];
        if !holes.contains(&hole) {
            return Err(format!(
                "has a hole '{{{hole}}}' it does not take{}",
                expected(holes)
            ));
        }
        rest = &rest[open + close + 1..];
    }
    for hole in holes {
        if !text.contains(&format!("{{{hole}}}")) {
            return Err(format!("lacks its hole '{{{hole}}}'"));
        }
    }
    Ok(())
}

/// "; expected {n} and {total}" after a hole a key does not take.
fn expected(holes: &[&str]) -> String {
    if holes.is_empty() {
        return String::new();
    }
    let named: Vec<String> = holes.iter().map(|h| format!("{{{h}}}")).collect();
    format!(" (it takes {})", named.join(" and "))
}

/// Reads the words of one language from the object at `cursor`: the words read, and each
/// mistake with its key. A word with a mistake is left out, so that the English one stands in
/// for it. Only text that is not JSON stops the reading.
pub fn read_vocabulary(
    cursor: &mut Cursor,
) -> Result<(Vocabulary, Vec<(String, String)>), JsonError> {
    let mut words = Vec::new();
    let mut mistakes = Vec::new();
    // Through the story reader's one object loop: a loop of its own cost 1 kB of the wasm.
    let read = object(cursor, FieldPath::ITEM, |cursor, key| {
        if cursor.peek()? != ValueKind::String {
            cursor.skip()?;
            mistakes.push((key.to_string(), "expected a string".into()));
            return Ok(());
        }
        let word = cursor.string()?;
        if key.starts_with('$') {
            return Ok(());
        }
        match check_word(key, &word) {
            Ok(()) => words.push((Cow::Owned(key.to_string()), Cow::Owned(word.into_owned()))),
            Err(problem) => mistakes.push((key.to_string(), problem)),
        }
        Ok(())
    });
    match read {
        Ok(_) => {}
        Err(Problem::Json(error)) => return Err(error),
        Err(Problem::Field(_)) => {
            // Not an object: named as the whole.
            cursor.skip()?;
            mistakes.push((String::new(), "expected an object of words".to_string()));
        }
    }
    Ok((Vocabulary(Cow::Owned(words)), mistakes))
}

/// Reads a words file: the words read, and each mistake as "key 'play': is empty".
pub fn read_words(text: &str) -> (Vocabulary, Vec<String>) {
    let mut cursor = Cursor::new(text, 0);
    match read_vocabulary(&mut cursor).and_then(|read| cursor.finish().map(|()| read)) {
        Ok((words, mistakes)) => {
            let mistakes = mistakes
                .into_iter()
                .map(|(key, problem)| match key.is_empty() {
                    true => format!("is not a words file: {problem}"),
                    false => format!("key '{key}': {problem}"),
                })
                .collect();
            (words, mistakes)
        }
        Err(error) => (
            Vocabulary::default(),
            vec![format!("is not a words file: {error}")],
        ),
    }
}

/// Fills a phrase's holes: `fill("Event {n} of {total}", &[("n", "3"), ("total", "9")])`.
pub fn fill(phrase: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(phrase.len() + 16);
    let mut rest = phrase;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let hole = &after[..close];
                match values.iter().find(|(name, _)| *name == hole) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_words_file_names_each_mistake_by_its_key() {
        let (words, mistakes) = read_words(
            r#"{"$review": "a note", "play": "Abspielen", "pause": "", "nope": "x",
                "event_of": "Ereignis {n}", "new_events.one": "{n} neues Ereignis",
                "new_events.several": "{n}", "translated_from.en.UTF-8": "x", "cluster": 3}"#,
        );
        assert_eq!(words.get("play"), Some("Abspielen"));
        assert_eq!(words.get("new_events.one"), Some("{n} neues Ereignis"));
        assert_eq!(words.get("$review"), None);
        assert_eq!(
            mistakes,
            [
                "key 'pause': is empty",
                "key 'nope': is not one of the widget's words",
                "key 'event_of': lacks its hole '{total}'",
                "key 'new_events.several': 'several' is not a plural category: expected one of zero, one, two, few, many, other",
                "key 'translated_from.en.UTF-8': after 'translated_from.' comes a language tag: 'en.UTF-8' is not a well-formed language tag (BCP 47), such as 'fr', 'de', 'pt-BR' or 'zh-Hant'",
                "key 'cluster': expected a string",
            ]
        );
        assert!(words.missing().contains(&"pause"));
        assert!(words.missing().contains(&NEW_EVENTS_OTHER));
    }

    #[test]
    fn a_hole_a_word_does_not_take_is_named() {
        assert_eq!(
            check_word("play", "Play {n}"),
            Err("has a hole '{n}' it does not take".into())
        );
        assert_eq!(
            check_word("event_of", "Event {n} of {count}"),
            Err("has a hole '{count}' it does not take (it takes {n} and {total})".into())
        );
        assert_eq!(
            check_word("new_events", "{n}"),
            Err("is written per plural category: 'new_events.one', 'new_events.other'…".into())
        );
    }

    #[test]
    fn the_numbers_a_language_borrows_are_a_language_tag() {
        assert_eq!(check_word("numbers", "en-GB"), Ok(()));
        assert_eq!(check_word("times", "{n}x"), Ok(()));
        let bad = check_word("numbers", "British").unwrap_err();
        assert!(
            bad.starts_with("is the language tag numbers are written as: 'British' is not"),
            "{bad}"
        );
    }

    #[test]
    fn text_that_is_not_a_words_file_says_so() {
        let (words, mistakes) = read_words("[1, 2]");
        assert!(words.0.is_empty());
        assert_eq!(mistakes.len(), 1);
        assert!(
            mistakes[0].starts_with("is not a words file"),
            "{mistakes:?}"
        );
    }

    #[test]
    fn a_language_finds_its_file_by_tag_then_script_then_language() {
        let file = |tag| file_for(Lang::parse(tag).unwrap(), SHIPPED);
        assert_eq!(file("pt-BR"), Some("pt-BR"));
        assert_eq!(file("pt-PT"), Some("pt"));
        assert_eq!(file("zh-Hant-TW"), Some("zh-Hant"));
        assert_eq!(file("fr-CA"), Some("fr"));
        assert_eq!(file("ca"), None);
        assert_eq!(file("sr-Latn"), None);
    }

    #[test]
    fn holes_are_filled_by_name_and_unknown_ones_kept() {
        assert_eq!(
            fill("Event {n} of {total}", &[("total", "29"), ("n", "12")]),
            "Event 12 of 29"
        );
        assert_eq!(fill("{x} and {", &[]), "{x} and {");
    }
}
