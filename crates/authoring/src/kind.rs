//! What a file holds, told by its content and never by its name: a story (JSON or TOML), or a
//! TimelineJS timeline (its JSON, or its sheet's CSV). The preview page takes any of them
//! dropped on it; the command line takes the first two to `check` and the others to `import`.

use super::Mistake;
use serde_json::Value;

/// What a text holds.
#[derive(Debug)]
pub enum FileKind {
    /// A story in JSON, read.
    StoryJson(Value),
    /// A story in TOML (or text that is meant to be one: its mistakes say where it is wrong).
    StoryToml,
    /// A TimelineJS timeline in JSON, read.
    TimelineJson(Value),
    /// A TimelineJS sheet's CSV.
    SheetCsv,
}

/// What `text` (its byte order mark already dropped) holds; else why it is none of them, e.g.
/// malformed JSON with its line and column.
pub fn kind_of(text: &str) -> Result<FileKind, Mistake> {
    if text.trim().is_empty() {
        return Err(Mistake::whole("is empty"));
    }
    let start = text.trim_start();
    if start.starts_with('{') {
        let value: Value = serde_json::from_str(text).map_err(|e| Mistake {
            line: Some(e.line()),
            message: format!(
                "is not JSON: {} (column {})",
                without_place(&e.to_string()),
                e.column()
            ),
        })?;
        return Ok(if is_story(&value) {
            FileKind::StoryJson(value)
        } else {
            FileKind::TimelineJson(value)
        });
    }
    // A sheet's first line is its header: names between commas, with no '=' of a TOML key and
    // no '[' of a TOML table.
    let first = start.lines().next().unwrap_or_default();
    let header_like = first.contains(',') && !first.contains('=') && !first.starts_with(['[', '#']);
    Ok(if header_like {
        FileKind::SheetCsv
    } else {
        FileKind::StoryToml
    })
}

/// Whether a JSON document is meant as a story: it has the story format's own fields. A
/// TimelineJS timeline has none of them (its title is a slide; it has no languages or segments).
fn is_story(value: &Value) -> bool {
    ["languages", "segments", "gauges", "actors", "published"]
        .iter()
        .any(|key| value.get(key).is_some())
}

/// serde_json's message without its trailing " at line L column C", which the caller writes
/// first.
fn without_place(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |at| &message[..at])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> String {
        match kind_of(text) {
            Ok(FileKind::StoryJson(_)) => "story json".into(),
            Ok(FileKind::StoryToml) => "story toml".into(),
            Ok(FileKind::TimelineJson(_)) => "timelinejs json".into(),
            Ok(FileKind::SheetCsv) => "sheet csv".into(),
            Err(Mistake { line, message }) => format!("error: {line:?}: {message}"),
        }
    }

    #[test]
    fn each_kind_is_told_by_its_content() {
        assert_eq!(
            name("{\"title\": \"T\", \"languages\": [\"en\"]}"),
            "story json"
        );
        assert_eq!(
            name("{\"events\": [{\"start_date\": {\"year\": 1}}]}"),
            "timelinejs json"
        );
        assert_eq!(name("# A story\ntitle = \"T\"\n"), "story toml");
        assert_eq!(name("[[events]]\nid = \"a\"\n"), "story toml");
        // A comment with a comma opens a TOML story, not a sheet's header.
        assert_eq!(name("# Bridges, floods\ntitle = \"T\"\n"), "story toml");
        assert_eq!(
            name("Year,Month,Day,Headline\n2023,11,17,Fired\n"),
            "sheet csv"
        );
        assert_eq!(name("  \n"), "error: None: is empty");
    }

    #[test]
    fn malformed_json_names_its_line_and_column() {
        assert_eq!(
            name("{\n  \"title\": \"T\",\n  oops\n}"),
            "error: Some(3): is not JSON: key must be a string (column 3)"
        );
    }
}
