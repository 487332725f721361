//! Text made safe for the places of a page it is written into: element content and attribute
//! values, and a `<script>` element's JSON.

use crisis_timeline::built_in::STORY_ATTRIBUTE;

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON text that no text in it can end the `<script>` element it sits in. Outside strings
/// JSON has no `<`, `>` or `&`: each one is in a string, where an escape means the same
/// character.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The story built in, in the page for the wasm to read (the element [`STORY_ATTRIBUTE`]
/// marks): the page's text is then not carried a second time in the wasm.
pub fn story_script(json: &str) -> String {
    format!(
        "<script type=\"application/json\" {STORY_ATTRIBUTE}>{}</script>",
        script_json(json)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_as_text() {
        assert_eq!(
            escape_html("<img src=x onerror=\"alert(1)\">&'"),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;"
        );
    }
}
