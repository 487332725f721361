//! Mounting the widget: into any element with options, or into the standalone page's
//! `#timeline` with the options of its query string.

use crate::components::timeline::{Timeline, TimelineProps};
use crate::embedded::DATASET;
use crate::model::options::{DeepLink, Options};
use std::rc::Rc;
use yew::AppHandle;

/// A mounted widget; dropping it does not unmount it, `destroy` does.
pub struct MountedTimeline {
    app: AppHandle<Timeline>,
}

impl MountedTimeline {
    /// Removes the widget and everything it listens to.
    pub fn destroy(self) {
        self.app.destroy();
    }
}

/// Mounts a widget showing the embedded story into `element`.
pub fn mount(element: web_sys::Element, options: Options) -> MountedTimeline {
    let props = TimelineProps {
        dataset: Rc::new(DATASET.clone()),
        options,
        on_select: Default::default(),
    };
    MountedTimeline {
        app: yew::Renderer::<Timeline>::with_root_and_props(element, props).render(),
    }
}

/// Mounts the standalone page's widget into `#timeline`, with options from the query string
/// and deep links in the URL hash.
pub fn mount_standalone() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("timeline") else {
        super::console::error("crisis-timeline: the page has no element with id 'timeline'");
        return;
    };
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let pairs = query_pairs(&query);
    let (mut options, warnings) =
        Options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for warning in warnings {
        super::console::warn(&warning.to_string());
    }
    options.deep_link = DeepLink::Hash;
    root.set_text_content(None);
    // The standalone page lives as long as the tab: its widget is never destroyed.
    std::mem::forget(mount(root, options));
}

/// Name/value pairs of a query string such as `?lang=en&autoplay`, percent-decoded.
fn query_pairs(query: &str) -> Vec<(String, String)> {
    let params = web_sys::UrlSearchParams::new_with_str(query).ok();
    let Some(params) = params else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    let entries = js_sys::try_iter(&params).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let entry: js_sys::Array = entry.into();
        if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    pairs
}
