//! The shipped words files at build time: each checked whole (every mistake named with its file
//! and key, and every word English has), and those of a built-in story's languages written into
//! the story's `words`, so that the pages that carry the story carry its words and no reader of
//! it waits for a file.

use crate::lang::Lang;
use crate::words::{file_for, read_words, SHIPPED};
use std::path::Path;

/// Every shipped words file, as text by its tag, or every mistake in them, each naming its file.
pub fn read_words_files(dir: &Path) -> Result<Vec<(&'static str, String)>, Vec<String>> {
    let mut files = Vec::new();
    let mut mistakes = Vec::new();
    for tag in SHIPPED {
        let path = dir.join(format!("{tag}.json"));
        let name = path.display();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let (words, found) = read_words(&text);
                mistakes.extend(found.into_iter().map(|m| format!("{name}: {m}")));
                for key in words.missing() {
                    mistakes.push(format!("{name}: key '{key}' is missing"));
                }
                files.push((*tag, text));
            }
            Err(error) => mistakes.push(format!("{name}: cannot be read: {error}")),
        }
    }
    let listed = std::fs::read_dir(dir)
        .map_err(|e| vec![format!("{}: cannot be read: {e}", dir.display())])?;
    for entry in listed.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(tag) = file.strip_suffix(".json") {
            if !SHIPPED.contains(&tag) {
                mistakes.push(format!(
                    "{}: is not among the shipped words (crisis_format::words::SHIPPED)",
                    entry.path().display()
                ));
            }
        }
    }
    if mistakes.is_empty() {
        Ok(files)
    } else {
        Err(mistakes)
    }
}

/// The story (compact JSON) with the shipped words of each of its languages but English (which
/// the wasm holds) in its `words`, after the words the story gives itself, which come first.
pub fn with_shipped_words(story: &str, files: &[(&'static str, String)]) -> String {
    let Ok(mut story) = serde_json::from_str::<serde_json::Value>(story) else {
        return story.to_string();
    };
    let languages: Vec<Lang> = story["languages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|tag| Lang::parse(tag.as_str()?).ok())
        .collect();
    let Some(object) = story.as_object_mut() else {
        return story.to_string();
    };
    let words = object
        .entry("words")
        .or_insert_with(|| serde_json::Value::Object(Default::default()));
    let Some(words) = words.as_object_mut() else {
        return story.to_string();
    };
    for lang in languages {
        let Some(tag) = file_for(lang, SHIPPED).filter(|tag| *tag != "en") else {
            continue;
        };
        let Some((_, text)) = files.iter().find(|(t, _)| *t == tag) else {
            continue;
        };
        let Ok(serde_json::Value::Object(shipped)) = serde_json::from_str(text) else {
            continue;
        };
        let given = words
            .entry(lang.tag())
            .or_insert_with(|| serde_json::Value::Object(Default::default()));
        if let Some(given) = given.as_object_mut() {
            for (key, word) in shipped {
                if !key.starts_with('$') && !given.contains_key(&key) {
                    given.insert(key, word);
                }
            }
        }
    }
    if words.is_empty() {
        object.remove("words");
    }
    story.to_string()
}
