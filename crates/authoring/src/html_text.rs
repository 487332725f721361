//! TimelineJS texts are HTML; the story format's are text, shown as text: plain for headlines,
//! and for an event's body its own rich text (`data::rich_text`: paragraphs, `*emphasis*`,
//! `**strong**`, `[links](https://…)`). This keeps the words of paragraphs, emphasis, lists and
//! links, and says what it could not carry: a link to anything but an http, https or mailto
//! address (its words are kept), and everything that is not words (scripts and styles with their
//! content, images, frames, embeds). Nothing of the HTML is ever kept as markup.

/// Text taken out of HTML, and what was left behind.
#[derive(Debug, Default, PartialEq)]
pub struct Flattened {
    pub text: String,
    /// What was dropped, each in a few words ("the link to javascript:…", "a <script> element").
    pub dropped: Vec<String>,
}

/// Elements dropped with everything inside them.
const DROPPED_WITH_CONTENT: [&str; 6] = ["script", "style", "iframe", "object", "template", "svg"];
/// Elements with no words of their own, dropped.
const EMPTY: [&str; 5] = ["img", "embed", "video", "audio", "source"];
/// Elements that part paragraphs (in plain text, words).
const BLOCKS: [&str; 10] = [
    "p",
    "li",
    "div",
    "blockquote",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
];

/// The words of `html` as plain text (a headline), and what was dropped.
pub fn flatten(html: &str) -> Flattened {
    read(html, false)
}

/// The words of `html` as the story format's rich text (a body), and what was dropped.
pub fn rich(html: &str) -> Flattened {
    read(html, true)
}

/// A mark of rich text open in the text so far: where its words start, and its HTML element.
struct Open {
    at: usize,
    element: String,
    /// A link's address.
    href: Option<String>,
}

fn read(html: &str, rich: bool) -> Flattened {
    let mut out = Flattened::default();
    let mut text = String::new();
    let mut open: Option<Open> = None;
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode(&rest[..lt]));
        rest = &rest[lt..];
        // "<" opens a tag only before a letter, "/", "!" or "?", as in HTML; else it is a word.
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
        {
            text.push('<');
            rest = &rest[1..];
            continue;
        }
        let Some(close) = tag_end(rest) else {
            // A lone "<": words, not a tag.
            text.push_str(&decode(rest));
            rest = "";
            break;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let name = tag_name(tag);
        let closing = tag.starts_with('/');
        if tag.starts_with('!') || tag.starts_with('?') {
            continue; // comments, doctypes
        }
        if DROPPED_WITH_CONTENT.contains(&name.as_str()) && !closing {
            out.dropped
                .push(format!("a <{name}> element and its content"));
            let end = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&end) {
                Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                None => "",
            };
            continue;
        }
        if EMPTY.contains(&name.as_str()) {
            out.dropped.push(format!("an <{name}> element"));
        }
        let href = (name == "a" && !closing)
            .then(|| attribute(tag, "href"))
            .flatten();
        let kept_link = href.as_deref().is_some_and(|h| rich && linkable(h));
        if let (Some(href), false) = (&href, kept_link) {
            out.dropped
                .push(format!("the link to {href} (its words are kept)"));
        }
        if !rich {
            if name == "br" || BLOCKS.contains(&name.as_str()) {
                text.push(' ');
            }
            continue;
        }
        match name.as_str() {
            "br" => text.push(' '),
            block if BLOCKS.contains(&block) => {
                // A mark left open at a paragraph's end is dropped; its words stay.
                open = None;
                text.push_str("\n\n");
            }
            // Marks do not nest: one inside another keeps its words only.
            "em" | "i" | "strong" | "b" | "a"
                if !closing && open.is_none() && (name != "a" || kept_link) =>
            {
                open = Some(Open {
                    at: text.len(),
                    element: name,
                    href,
                });
            }
            _ if closing && open.as_ref().is_some_and(|o| o.element == name) => {
                let Open { at, href, .. } = open.take().expect("checked open");
                mark(&mut text, at, &name, href.as_deref());
            }
            _ => {}
        }
    }
    text.push_str(&decode(rest));
    out.text = if rich {
        text.split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    } else {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    out
}

/// Whether rich text may keep a link to `href`: the addresses the story format takes.
fn linkable(href: &str) -> bool {
    let scheme = ["http://", "https://", "mailto:"].iter().any(|s| {
        href.get(..s.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(s))
    });
    scheme && !href.contains(|c: char| c.is_whitespace() || c == ')')
}

/// Writes the words from `at` to the end of `text` with the rich text's mark for `element`
/// (`*words*`, `**words**`, `[words](href)`), the spaces around them left outside; words that
/// cannot take the mark (none, or a mark's own characters among them) are left as they are.
fn mark(text: &mut String, at: usize, element: &str, href: Option<&str>) {
    let inner = &text[at..];
    let words = inner.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.is_empty() || words.contains(['*', '[', ']']) {
        return;
    }
    let before = if inner.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let after = if inner.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let marked = match (element, href) {
        ("a", Some(href)) => format!("[{words}]({href})"),
        ("strong" | "b", _) => format!("**{words}**"),
        _ => format!("*{words}*"),
    };
    text.truncate(at);
    text.push_str(&format!("{before}{marked}{after}"));
}

/// Where the tag that starts `text` ends (its `>`), quotes taken into account.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (at, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(at),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// A tag's element name, lower-case, without its slash.
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The value of attribute `name` in a tag's text.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let value = &tag[at..];
    let value = match value.chars().next()? {
        q @ ('"' | '\'') => value[1..].split(q).next()?,
        _ => value
            .split(|c: char| c.is_whitespace() || c == '>')
            .next()?,
    };
    Some(decode(value))
}

/// `text` with its character references decoded (the common named ones and numeric ones).
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest[..rest.len().min(12)].find(';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|n| n.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{flatten, rich, Flattened};

    #[test]
    fn a_body_keeps_paragraphs_emphasis_and_web_links_as_rich_text() {
        let html = r#"<p>Take <a href="https://x.org/a?b=1&amp;c=2">Ada <em>L</em></a> &amp; <strong> Babbage </strong>, <i>then</i>:</p><ul><li>one<br>line</li><li>two</li></ul><a href="javascript:alert(1)">bad</a> <a href="mailto:a@b.org">mail</a> <em></em>"#;
        assert_eq!(
            rich(html),
            Flattened {
                text: "Take [Ada L](https://x.org/a?b=1&c=2) & **Babbage** , *then*:\n\none line\n\ntwo\n\nbad [mail](mailto:a@b.org)".into(),
                dropped: vec!["the link to javascript:alert(1) (its words are kept)".into()],
            }
        );
    }

    #[test]
    fn paragraphs_links_and_emphasis_keep_their_words() {
        let html = r#"<p class="lead">Women have been <em>programming</em> since before it was a thing.</p><p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada&nbsp;Lovelace</a> &amp; <strong>Babbage</strong>.<br/>Notes.</p>"#;
        assert_eq!(
            flatten(html),
            Flattened {
                text: "Women have been programming since before it was a thing. Take Ada Lovelace & Babbage. Notes.".into(),
                dropped: vec!["the link to https://en.wikipedia.org/wiki/Ada_Lovelace (its words are kept)".into()],
            }
        );
    }

    #[test]
    fn hostile_fragments_leave_no_markup_and_are_named() {
        let html = r#"Hi<script>alert("x<y")</script> <img src=x onerror="alert(1)"> <a href="javascript:alert(1)">there</a><iframe src="https://evil.example"></iframe> &lt;b&gt;"#;
        let flat = flatten(html);
        assert_eq!(flat.text, "Hi there <b>");
        assert_eq!(
            flat.dropped,
            [
                "a <script> element and its content",
                "an <img> element",
                "the link to javascript:alert(1) (its words are kept)",
                "a <iframe> element and its content",
            ]
        );
    }

    #[test]
    fn plain_text_and_lone_brackets_stay_as_they_are() {
        assert_eq!(flatten("3 < 4 and 5 > 2").text, "3 < 4 and 5 > 2");
        assert_eq!(
            flatten("Caf&#233; &#x2014; bar &unknown;").text,
            "Café — bar &unknown;"
        );
    }
}
