//! Mounting from Rust: into any element with options, or into the standalone page's element
//! (marked `data-crisis-timeline-page`) with the options of its query string.

use super::js_api::TimelineHandle;
use super::mounted_widget::MountedWidget;
use crate::embedded::DATASET;
use crate::model::options::{DeepLink, Options};
use std::rc::Rc;

/// Mounts a widget showing the embedded story into `element`, without a shadow root; the
/// handle is the one the JS API gives a host page.
pub fn mount(element: web_sys::Element, options: Options) -> TimelineHandle {
    let container = super::mounted_widget::container_in(&element);
    TimelineHandle::new(MountedWidget::mount(
        element,
        container,
        Rc::new(DATASET.clone()),
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
    root.set_text_content(None);
    // The standalone page's widget lives as long as the tab.
    std::mem::forget(mount(root, options));
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
