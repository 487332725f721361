//! Where in a story's text a mistake is: the line of the item the validator names (`event
//! 'agreement'`, `lane #2`, `story`) and, inside it, of its field, for `story check`. The
//! validator reads the story as JSON, TOML's lines gone; this finds them again in the text the
//! editor wrote, TOML (`[[events]]` tables) or JSON (one key a line, as editors and tools write
//! it). `None` where the text is written otherwise (an inline table, JSON on one line).

/// The 1-based line of `field` (e.g. `headline.en`, `sources[0].url`) of `item` in `text`, else
/// of the item itself; `None` when neither is found.
pub fn line_of(text: &str, item: &str, field: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let (start, end) = item_lines(&lines, item)?;
    let key = field.split(['.', '[']).next().unwrap_or(field);
    let field_line = (start..end).find(|&n| is_key(lines[n], key) || is_table_of(lines[n], key));
    Some(field_line.unwrap_or(start) + 1)
}

/// The lines (from, to excluded) of the item named `item`.
fn item_lines(lines: &[&str], item: &str) -> Option<(usize, usize)> {
    if item == "story" {
        let end = (0..lines.len())
            .find(|&n| is_header(lines[n]))
            .unwrap_or(lines.len());
        return Some((0, end));
    }
    let (kind, name) = item.split_once(' ')?;
    let list = format!("{kind}s");
    let blocks = blocks(lines, &list);
    if let Some(position) = name.strip_prefix('#') {
        return blocks
            .get(position.parse::<usize>().ok()?.checked_sub(1)?)
            .copied();
    }
    let id = name.strip_prefix('\'')?.strip_suffix('\'')?;
    blocks
        .into_iter()
        .find(|&(from, to)| (from..to).any(|n| is_id_line(lines[n], id)))
        .or_else(|| json_block(lines, id))
}

/// The tables of the TOML list `list` (`[[events]]`), each up to the next table of any list.
fn blocks(lines: &[&str], list: &str) -> Vec<(usize, usize)> {
    let header = format!("[[{list}]]");
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&n| lines[n].trim() == header)
        .collect();
    starts
        .iter()
        .map(|&from| {
            let to = (from + 1..lines.len())
                .find(|&n| is_header(lines[n]) && !is_sub_table(lines[n], list))
                .unwrap_or(lines.len());
            (from, to)
        })
        .collect()
}

/// The lines of the JSON object that holds the line `"id": "<id>"`, from its opening brace to
/// its closing one (its keys may come in any order). Braces inside strings are not told apart:
/// at worst the line named is the id's.
fn json_block(lines: &[&str], id: &str) -> Option<(usize, usize)> {
    let at = (0..lines.len()).find(|&n| is_id_line(lines[n], id))?;
    let from = unmatched((0..at).rev(), lines, '{', '}', true);
    let to = unmatched(at + 1..lines.len(), lines, '}', '{', false);
    Some((from.unwrap_or(at), to.map_or(lines.len(), |n| n + 1)))
}

/// The first line of `order` with a `bracket` that no `other` before it (in the order of the
/// scan, `backwards` or not) pairs with: the object's opening brace scanning up from inside it,
/// its closing one scanning down.
fn unmatched(
    mut order: impl Iterator<Item = usize>,
    lines: &[&str],
    bracket: char,
    other: char,
    backwards: bool,
) -> Option<usize> {
    let mut depth = 0usize;
    let mut found = |c: char| {
        if c == other {
            depth += 1;
        } else if c == bracket {
            if depth == 0 {
                return true;
            }
            depth -= 1;
        }
        false
    };
    order.find(|&n| {
        if backwards {
            lines[n].chars().rev().any(&mut found)
        } else {
            lines[n].chars().any(&mut found)
        }
    })
}

fn is_header(line: &str) -> bool {
    line.trim_start().starts_with('[')
}

/// `[[events.sources]]` belongs to the event above it.
fn is_sub_table(line: &str, list: &str) -> bool {
    let inner = line.trim().trim_start_matches('[');
    inner.starts_with(list) && inner[list.len()..].starts_with('.')
}

/// Whether `line` opens a table of the item's field `key`: `[[events.sources]]`.
fn is_table_of(line: &str, key: &str) -> bool {
    let inner = line.trim().trim_start_matches('[').trim_end_matches(']');
    inner.split_once('.').is_some_and(|(_, field)| field == key)
}

/// Whether `line` sets `key`: `key = …` or `key.x = …` in TOML, `"key": …` in JSON.
fn is_key(line: &str, key: &str) -> bool {
    let line = line.trim_start();
    let bare = line.strip_prefix(key).map(str::trim_start);
    let quoted = line
        .strip_prefix('"')
        .and_then(|l| l.strip_prefix(key))
        .and_then(|l| l.strip_prefix('"'))
        .map(str::trim_start);
    matches!(bare, Some(rest) if rest.starts_with('=') || rest.starts_with('.'))
        || matches!(quoted, Some(rest) if rest.starts_with(':') || rest.starts_with('='))
}

/// Whether `line` gives the id `id`: `id = "x"` or `"id": "x"`.
fn is_id_line(line: &str, id: &str) -> bool {
    is_key(line, "id") && line.contains(&format!("\"{id}\""))
}

#[cfg(test)]
mod tests {
    use super::line_of;

    const TOML: &str = r#"title = { fr = "Essai" }
languages = ["fr"]

[[lanes]]
id = "board"
name = { fr = "Conseil" }

[[events]]
id = "first"
date = "2023-11-17"
headline = { fr = "Un" }

[[events.sources]]
outlet = "Axios"

[[events]]
id = "second"
headline.fr = "Deux"
body = { fr = "Deux" }
"#;

    const JSON: &str = r#"{
  "title": { "fr": "Essai" },
  "events": [
    {
      "id": "first",
      "headline": { "fr": "Un" }
    },
    {
      "body": { "fr": "Deux" },
      "id": "second"
    }
  ]
}"#;

    #[test]
    fn a_toml_mistake_is_on_its_field_line_or_its_item_line() {
        assert_eq!(line_of(TOML, "story", "title.fr"), Some(1));
        assert_eq!(line_of(TOML, "lane 'board'", "name.fr"), Some(6));
        assert_eq!(line_of(TOML, "event 'first'", "headline.fr"), Some(11));
        // A source's mistake: the sub-table belongs to its event.
        assert_eq!(
            line_of(TOML, "event 'first'", "sources[0].outlet"),
            Some(13)
        );
        assert_eq!(line_of(TOML, "event 'second'", "headline.fr"), Some(18));
        // A field not written: the item's line.
        assert_eq!(line_of(TOML, "event 'second'", "status"), Some(16));
        assert_eq!(line_of(TOML, "event #2", "status"), Some(16));
        assert_eq!(line_of(TOML, "lane #1", "id"), Some(5));
    }

    #[test]
    fn a_json_mistake_is_on_its_field_line_or_its_item_line() {
        assert_eq!(line_of(JSON, "event 'first'", "headline.fr"), Some(6));
        // Keys in any order: a field before the id.
        assert_eq!(line_of(JSON, "event 'second'", "body.fr"), Some(9));
        assert_eq!(line_of(JSON, "event 'second'", "status"), Some(8));
    }

    #[test]
    fn an_item_not_found_has_no_line() {
        assert_eq!(line_of(TOML, "event 'third'", "headline"), None);
        assert_eq!(line_of(TOML, "event #3", "headline"), None);
        assert_eq!(line_of(TOML, "gauge #1", "id"), None);
    }
}
