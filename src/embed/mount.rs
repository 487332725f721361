//! Mounting from Rust: into any element with options, or into the standalone page's element
//! (marked `data-crisis-timeline-page`) with the options of its query string. A standalone or
//! embed page loads a story by `?src=` only from its own site and from the sites listed when
//! it was built (`STORY_ORIGINS`).

use super::js_api::TimelineHandle;
use super::mounted_widget::MountedWidget;
use super::story_sources::{built_in_story, own_page_story};
use crate::state::StorySource;
use crisis_model::options::{DeepLink, Options};

/// Mounts a widget into `element`, without a shadow root: the story at the options' `src`, or
/// the one built in. The handle is the one the JS API gives a host page.
pub fn mount(element: web_sys::Element, options: Options) -> TimelineHandle {
    let source = match &options.src {
        Some(src) => StorySource::Url(src.clone()),
        None => built_in_story(None),
    };
    TimelineHandle::new(MountedWidget::mount(
        element.clone(),
        &element,
        source,
        options,
    ))
}

/// Mounts the standalone page's widget, if the page has one: options from the query string,
/// deep links in the URL hash. Pages that only embed the widget have no such element.
pub fn mount_standalone() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Ok(Some(root)) = document.query_selector("[data-crisis-timeline-page]") else {
        return;
    };
    let query = window.location().search().unwrap_or_default();
    let pairs = query_pairs(&query);
    let (mut options, warnings) =
        Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for warning in warnings {
        crate::console::warn(&warning.to_string());
    }
    options.deep_link = DeepLink::Hash;
    let source = match &options.src {
        None => built_in_story(None),
        Some(src) => own_page_story(src),
    };
    root.set_text_content(None);
    let _ = root.set_attribute("data-crisis-timeline-mounted", "");
    // The standalone page's widget lives as long as the tab.
    std::mem::forget(TimelineHandle::new(MountedWidget::mount(
        root.clone(),
        &root,
        source,
        options,
    )));
}

/// Name/value pairs of a query string such as `?lang=en&autoplay`, percent-decoded.
fn query_pairs(query: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(query) else {
        return Vec::new();
    };
    let entries = js_sys::try_iter(&params).ok().flatten();
    entries
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.into();
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect()
}
