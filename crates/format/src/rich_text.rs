//! The story format's rich text, for an event's body: paragraphs, emphasis, strong words and
//! links, in a small syntax that an editor writes by hand and that TimelineJS's HTML is imported
//! into (`story import`):
//!
//! - a blank line starts a new paragraph; a single line break is a space;
//! - `*words*` are emphasised and `**words**` strong (the words start and end with a letter, not
//!   a space, so that `5 * 3` stays as written; and the marks stand outside words, so that the
//!   names "Q*" and "A*" stay as written);
//! - `[words](https://…)` is a link: http, https or mailto only (the validator refuses others).
//!
//! Nothing nests, and anything else is text: a `*` or `[` that opens nothing stays as written.
//! The widget builds elements from these spans and never reads the text as HTML.

/// A piece of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span<'a> {
    /// Words as written.
    Text(&'a str),
    /// `*words*`.
    Emphasis(&'a str),
    /// `**words**`.
    Strong(&'a str),
    /// `[words](url)`.
    Link { words: &'a str, url: &'a str },
}

/// The paragraphs of `text`, each as its spans.
pub fn paragraphs(text: &str) -> Vec<Vec<Span<'_>>> {
    blocks(text).into_iter().map(spans).collect()
}

/// The links of `text`, for the validator: (words, address).
pub fn links(text: &str) -> impl Iterator<Item = (&str, &str)> {
    // Most bodies have no link: those are not split into paragraphs, which the validator would
    // otherwise do for every event in each language. By bytes, not a "](" pattern, as below.
    let linked = text.as_bytes().windows(2).any(|pair| pair == b"](");
    paragraphs(if linked { text } else { "" })
        .into_iter()
        .flatten()
        .filter_map(|span| match span {
            Span::Link { words, url } => Some((words, url)),
            _ => None,
        })
}

/// The words a reader sees, without the syntax, paragraphs joined by a space: for the page's
/// description and its JSON-LD.
pub fn plain(text: &str) -> String {
    let mut out = String::new();
    for paragraph in paragraphs(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        for span in paragraph {
            out.push_str(match span {
                Span::Text(words) | Span::Emphasis(words) | Span::Strong(words) => words,
                Span::Link { words, .. } => words,
            });
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The paragraphs of `text`: runs of lines between blank lines, trimmed.
fn blocks(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let (mut start, mut end, mut at) = (None, 0, 0);
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(from) = start.take() {
                blocks.push(text[from..end].trim());
            }
        } else {
            start.get_or_insert(at);
            end = at + line.len();
        }
        at += line.len();
    }
    if let Some(from) = start {
        blocks.push(text[from..end].trim());
    }
    blocks
}

/// The spans of one paragraph.
fn spans(paragraph: &str) -> Vec<Span<'_>> {
    let mut spans = Vec::new();
    let (mut plain_from, mut at) = (0, 0);
    while let Some(c) = paragraph[at..].chars().next() {
        let rest = &paragraph[at..];
        let in_word = paragraph[..at].chars().next_back().is_some_and(wordy);
        let found = match c {
            '*' if in_word => None,
            '*' if rest.starts_with("**") => marked(rest, "**").map(|(w, n)| (Span::Strong(w), n)),
            '*' => marked(rest, "*").map(|(w, n)| (Span::Emphasis(w), n)),
            '[' => link(rest),
            _ => None,
        };
        match found {
            Some((span, length)) => {
                if plain_from < at {
                    spans.push(Span::Text(&paragraph[plain_from..at]));
                }
                spans.push(span);
                at += length;
                plain_from = at;
            }
            None => at += c.len_utf8(),
        }
    }
    if plain_from < paragraph.len() {
        spans.push(Span::Text(&paragraph[plain_from..]));
    }
    spans
}

/// The words between `mark` and the next `mark` at the start of `rest`, and the length taken;
/// `None` when the words are empty, start or end with a space, hold a `*`, or when the closing
/// mark is followed by a word's character.
fn marked<'a>(rest: &'a str, mark: &str) -> Option<(&'a str, usize)> {
    let after = &rest[mark.len()..];
    let end = after.find('*')?;
    let words = &after[..end];
    let next = after[end..].strip_prefix(mark)?.chars().next();
    let closes = next.is_none_or(|c| c != '*' && !wordy(c));
    let trimmed = !words.is_empty() && words.trim() == words;
    (closes && trimmed).then_some((words, mark.len() * 2 + end))
}

/// Whether `c` belongs to a word: neither a space nor punctuation (ASCII's, and the quotes,
/// dashes and stops of the scripts stories are written in). Not `char::is_alphanumeric`, whose
/// Unicode tables cost the widget's wasm 2.3 kB gzipped (`make size`).
fn wordy(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_ascii_punctuation()
        && !"“”‘’«»„‚‹›…–—¿¡、。，！？：；（）「」『』".contains(c)
}

/// A link `[words](url)` at the start of `rest`, and the length taken.
fn link(rest: &str) -> Option<(Span<'_>, usize)> {
    // Characters, not a "](" pattern: a string searcher costs the wasm 1 kB.
    let close = rest.find(']')?;
    let words = &rest[1..close];
    let after = rest[close + 1..].strip_prefix('(')?;
    let end = after.find(')')?;
    let url = &after[..end];
    let sound = !words.trim().is_empty()
        && !words.contains('[')
        && !url.is_empty()
        && !url.contains(char::is_whitespace);
    sound.then_some((Span::Link { words, url }, close + 3 + end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Span::*;

    #[test]
    fn each_mark_gives_its_span_and_the_rest_stays_text() {
        let cases: &[(&str, Vec<Span>)] = &[
            ("Plain words.", vec![Text("Plain words.")]),
            (
                "A *big* day",
                vec![Text("A "), Emphasis("big"), Text(" day")],
            ),
            (
                "A **big** day",
                vec![Text("A "), Strong("big"), Text(" day")],
            ),
            (
                "See [the post](https://x.com/a) now",
                vec![
                    Text("See "),
                    Link {
                        words: "the post",
                        url: "https://x.com/a",
                    },
                    Text(" now"),
                ],
            ),
            ("5 * 3 * 2", vec![Text("5 * 3 * 2")]),
            ("a *b c", vec![Text("a *b c")]),
            ("a ** b **", vec![Text("a ** b **")]),
            ("[no address]", vec![Text("[no address]")]),
            ("[a](has space)", vec![Text("[a](has space)")]),
            ("*É*", vec![Emphasis("É")]),
            ("<b>x</b>", vec![Text("<b>x</b>")]),
            (
                "project “Q*”, then Q* and a letter",
                vec![Text("project “Q*”, then Q* and a letter")],
            ),
            ("un*believ*able", vec![Text("un*believ*able")]),
            (
                "“*so*” «*si*»",
                vec![
                    Text("“"),
                    Emphasis("so"),
                    Text("” «"),
                    Emphasis("si"),
                    Text("»"),
                ],
            ),
            (
                "(*so*), *a*.",
                vec![
                    Text("("),
                    Emphasis("so"),
                    Text("), "),
                    Emphasis("a"),
                    Text("."),
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(paragraphs(text), std::slice::from_ref(expected), "{text:?}");
        }
    }

    #[test]
    fn a_blank_line_parts_paragraphs_and_a_single_break_does_not() {
        let text = "One\nline.\n\n  \nTwo *it*.\n";
        assert_eq!(
            paragraphs(text),
            vec![
                vec![Text("One\nline.")],
                vec![Text("Two "), Emphasis("it"), Text(".")]
            ]
        );
        assert_eq!(plain(text), "One line. Two it.");
    }

    #[test]
    fn links_are_listed_for_the_validator() {
        let text = "[a](https://a.org) and [b](javascript:alert(1))";
        assert_eq!(
            links(text).collect::<Vec<_>>(),
            vec![("a", "https://a.org"), ("b", "javascript:alert(1")]
        );
    }
}
