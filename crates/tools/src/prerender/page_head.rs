//! A built page's head told in its story's language: `lang`, `<title>`, heading, description.

use super::escape::escape_html;
use crisis_format::schema::{Dataset, Lang};
use crisis_model::labels;

/// A built page told in the story's language and named after it: its `lang`, its `<title>`,
/// its heading and its description, which the page templates write for the default story.
/// Trunk's minifier may have dropped the quotes around attribute values: both forms are read.
pub fn page_with_story_head(html: &str, dataset: &Dataset, lang: Lang) -> String {
    // The words the story carries, for its labels.
    crisis_model::held_words::hold_story(dataset);
    let title = escape_html(&labels::page_title(dataset.title.get(lang), lang));
    let mut out = html.to_string();
    for old in ["<html lang=\"fr\">", "<html lang=fr>"] {
        out = out.replacen(old, &format!("<html lang=\"{}\">", lang.tag()), 1);
    }
    for (open, close) in [("<title", "</title>"), ("<h1", "</h1>")] {
        if let Some(start) = tag_end(&out, open) {
            if let Some(end) = out[start..].find(close).map(|e| start + e) {
                out.replace_range(start..end, &title);
            }
        }
    }
    let meta = out.match_indices("<meta").map(|(at, _)| at).find(|&at| {
        out[at..]
            .split('>')
            .next()
            .is_some_and(|t| t.contains("name=description") || t.contains("name=\"description\""))
    });
    if let Some(at) = meta {
        let content = "content=\"";
        let tag_len = out[at..].find('>').unwrap_or(0);
        if let Some(start) = out[at..at + tag_len]
            .find(content)
            .map(|c| at + c + content.len())
        {
            if let Some(end) = out[start..].find('"').map(|e| start + e) {
                out.replace_range(start..end, &title);
            }
        }
    }
    out
}

/// Where the content of the first element opened by `open` (e.g. `<h1`) starts.
fn tag_end(html: &str, open: &str) -> Option<usize> {
    let at = html.find(open)?;
    Some(at + html[at..].find('>')? + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;

    #[test]
    fn a_built_page_is_named_after_its_story_in_its_language() {
        let page = "<html lang=\"fr\"><head><title>La crise à la tête d’OpenAI : la chronologie</title><meta name=\"description\" content=\"Chronologie animée de la crise\" /></head><body><h1 class=\"ct-sr\">La crise</h1></body></html>";
        let mut story = DATASET.clone();
        story.title.set(Lang::EN, "Cuba & the <missiles>");
        story.languages = crisis_format::schema::Languages(std::borrow::Cow::Borrowed(&[Lang::EN]));
        let html = page_with_story_head(page, &story, Lang::EN);
        let title = "Cuba &amp; the &lt;missiles&gt;: timeline";
        assert_eq!(
            html,
            format!("<html lang=\"en\"><head><title>{title}</title><meta name=\"description\" content=\"{title}\" /></head><body><h1 class=\"ct-sr\">{title}</h1></body></html>")
        );
        let minified = page
            .replace("<html lang=\"fr\">", "<html lang=fr>")
            .replace("class=\"ct-sr\"", "class=ct-sr")
            .replace(
                "<meta name=\"description\" content=\"Chronologie animée de la crise\" />",
                "<meta content=\"Chronologie animée de la crise\" name=description>",
            );
        let html = page_with_story_head(&minified, &story, Lang::EN);
        assert!(html.starts_with("<html lang=\"en\">"), "{html}");
        assert!(
            html.contains(&format!("<meta content=\"{title}\" name=description>")),
            "{html}"
        );
        assert!(
            html.contains(&format!("<h1 class=ct-sr>{title}</h1>")),
            "{html}"
        );
        assert_eq!(
            page_with_story_head(page, &DATASET, Lang::FR),
            page.replace(
                "Chronologie animée de la crise",
                "La crise à la tête d’OpenAI\u{A0}: chronologie"
            )
            .replace(
                "<h1 class=\"ct-sr\">La crise</h1>",
                "<h1 class=\"ct-sr\">La crise à la tête d’OpenAI\u{A0}: chronologie</h1>"
            )
            .replace(
                "La crise à la tête d’OpenAI : la chronologie",
                "La crise à la tête d’OpenAI\u{A0}: chronologie"
            )
        );
    }
}
