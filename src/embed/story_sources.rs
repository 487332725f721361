//! Where a widget's story comes from when its host names none, or names one by `src` on the
//! widget's own pages: the story built in (carried by the page, else the bundle's
//! `story.json`), and a story by URL only from the page's own site or one listed at build time.

use crate::built_in::STORY_ATTRIBUTE;
use crate::state::StorySource;
use crisis_model::origins::story_origin_allowed;

/// The sites, besides its own, whose stories the widget's own pages may show: set at build
/// time, e.g. `make release STORY_ORIGINS="https://data.example.org"`.
const STORY_ORIGINS: &str = match option_env!("STORY_ORIGINS") {
    Some(listed) => listed,
    None => "",
};

/// The story built in: the one the page carries (the build prerenders it into the widget's
/// own pages), else the one at `url` (the bundle's `story.json`; beside the page when `None`).
/// The wasm does not carry it: the page has its text already.
pub fn built_in_story(url: Option<&str>) -> StorySource {
    let selector = format!("script[{STORY_ATTRIBUTE}]");
    let in_page = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(&selector).ok().flatten())
        .and_then(|script| script.text_content());
    match in_page {
        Some(text) => StorySource::Text(text.into()),
        None => StorySource::Url(url.unwrap_or("story.json").into()),
    }
}

/// The story at `src` for one of the widget's own pages: refused unless it is on the page's
/// own site or one listed at build time.
pub fn own_page_story(src: &str) -> StorySource {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return StorySource::Refused(src.to_string());
    };
    let page = location.href().unwrap_or_default();
    let page_origin = location.origin().unwrap_or_default();
    match web_sys::Url::new_with_base(src, &page) {
        Ok(url) if story_origin_allowed(&url.origin(), &page_origin, STORY_ORIGINS) => {
            StorySource::Url(url.href())
        }
        _ => StorySource::Refused(src.to_string()),
    }
}
