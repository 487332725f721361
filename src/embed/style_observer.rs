//! Sets the styles that the widget's `data-ct-vars` and `data-ct-at` attributes ask for (see
//! [`crisis_model::css_vars`]) through the CSSOM, which a strict Content-Security-Policy allows
//! where it refuses style attributes.
//!
//! A mutation observer on the widget's container hears every element Yew adds and every such
//! attribute it changes. Its callback runs before the browser next draws, so no frame shows a
//! marker out of place even when Yew yields between rendering and effects (it does after 16 ms
//! of work, as with 10,000 events); and no component needs an effect of its own for it.

use crisis_model::css_vars;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The attributes that carry styles.
const STYLE_ATTRIBUTES: [&str; 2] = ["data-ct-vars", "data-ct-at"];
const SELECTOR: &str = "[data-ct-vars],[data-ct-at]";

/// Watches one widget's container for as long as it lives; stops when dropped.
pub struct StyleObserver {
    observer: web_sys::MutationObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl StyleObserver {
    /// Applies the styles of everything already in `root`, then of whatever comes into it.
    pub fn watch(root: &web_sys::Element) -> Option<StyleObserver> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(|records: js_sys::Array| {
            // Yew inserts a parent component's elements before its children's, and the records
            // come in that order: whatever lies inside the last element done is done already.
            let mut last: Option<web_sys::Element> = None;
            for record in records.iter() {
                let record: web_sys::MutationRecord = record.unchecked_into();
                if record.type_() == "attributes" {
                    if let Some(element) = record.target().and_then(|t| t.dyn_into().ok()) {
                        apply(&element);
                    }
                    continue;
                }
                let added = record.added_nodes();
                for n in 0..added.length() {
                    let Some(element) = added
                        .item(n)
                        .and_then(|a| a.dyn_into::<web_sys::Element>().ok())
                    else {
                        continue;
                    };
                    if last.as_ref().is_some_and(|l| l.contains(Some(&element))) {
                        continue;
                    }
                    apply_within(&element);
                    last = Some(element);
                }
            }
        });
        let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        let init = web_sys::MutationObserverInit::new();
        init.set_child_list(true);
        init.set_subtree(true);
        init.set_attributes(true);
        let names: js_sys::Array = STYLE_ATTRIBUTES.iter().map(|&n| JsValue::from(n)).collect();
        init.set_attribute_filter(&names);
        observer.observe_with_options(root, &init).ok()?;
        apply_within(root);
        Some(StyleObserver {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for StyleObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Applies the styles of `element` and of every element inside it.
fn apply_within(element: &web_sys::Element) {
    apply(element);
    if let Ok(list) = element.query_selector_all(SELECTOR) {
        for n in 0..list.length() {
            if let Some(inner) = list.item(n).and_then(|e| e.dyn_into().ok()) {
                apply(&inner);
            }
        }
    }
}

/// Applies the styles that `element`'s own attributes ask for.
fn apply(element: &web_sys::Element) {
    let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let style = html.style();
    if let Some(vars) = element.get_attribute("data-ct-vars") {
        for (name, value) in css_vars::parse(&vars) {
            let _ = style.set_property(name, value);
        }
    }
    if let Some(transform) = element
        .get_attribute("data-ct-at")
        .as_deref()
        .and_then(css_vars::marker_transform)
    {
        let _ = style.set_property("transform", &transform);
    }
}
