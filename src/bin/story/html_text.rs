//! TimelineJS texts are HTML; the story format's texts are plain text, shown as text. This
//! keeps the words of paragraphs, emphasis, lists and links, joined by spaces, and says what it
//! could not carry: a link's address, and everything that is not words (scripts and styles with
//! their content, images, frames, embeds). Nothing of the HTML is ever kept as markup.

/// Text taken out of HTML, and what was left behind.
#[derive(Debug, Default, PartialEq)]
pub struct Flattened {
    pub text: String,
    /// What was dropped, each in a few words ("the link to https://…", "a <script> element").
    pub dropped: Vec<String>,
}

/// Elements dropped with everything inside them.
const DROPPED_WITH_CONTENT: [&str; 6] = ["script", "style", "iframe", "object", "template", "svg"];
/// Elements with no words of their own, dropped.
const EMPTY: [&str; 5] = ["img", "embed", "video", "audio", "source"];

/// The words of `html`, and what was dropped.
pub fn flatten(html: &str) -> Flattened {
    let mut out = Flattened::default();
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&decode(&rest[..open]));
        rest = &rest[open..];
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
        if tag.starts_with('!') || tag.starts_with('?') {
            continue; // comments, doctypes
        }
        if DROPPED_WITH_CONTENT.contains(&name.as_str()) && !tag.starts_with('/') {
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
        if name == "a" && !tag.starts_with('/') {
            if let Some(href) = attribute(tag, "href") {
                out.dropped
                    .push(format!("the link to {href} (its words are kept)"));
            }
        }
        // Block and line breaks part words.
        if matches!(
            name.as_str(),
            "p" | "br" | "li" | "div" | "blockquote" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4"
        ) {
            text.push(' ');
        }
    }
    text.push_str(&decode(rest));
    out.text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    out
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
    use super::{flatten, Flattened};

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
