//! The widget's own pages (the standalone page and the iframe's page) are named after the story
//! they show: the build writes the built-in story's name into them, and a story given by `src`,
//! or another language chosen by the reader, renames them, so that a screen reader, a tab and
//! a bookmark never announce another story. Pages of other sites are never touched.

use yew::prelude::*;

/// When `names_page`, keeps the page's `<title>` and its heading (`h1.ct-sr`) at `title` and its
/// `lang` at `lang`, after each change of either.
#[hook]
pub fn use_page_name(names_page: bool, title: String, lang: String) {
    use_effect_with((names_page, title, lang), |(names_page, title, lang)| {
        if !*names_page {
            return;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        document.set_title(title);
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", lang);
        }
        if let Ok(Some(heading)) = document.query_selector("h1.ct-sr") {
            heading.set_text_content(Some(title));
        }
    });
}
