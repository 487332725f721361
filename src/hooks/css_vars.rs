//! Applies `data-ct-vars` (see [`crate::model::css_vars`]) through the CSSOM after each render.

use crate::model::css_vars;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Sets the custom properties that `element`'s `data-ct-vars` names.
pub fn apply_css_vars(element: &web_sys::Element) {
    let Some(vars) = element.get_attribute("data-ct-vars") else {
        return;
    };
    let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let style = element.style();
    for (name, value) in css_vars::parse(&vars) {
        let _ = style.set_property(name, value);
    }
}

/// Applies `data-ct-vars` on the referenced element (and, with `deep`, on every element inside
/// it) after the first render and whenever `key` changes: the key names what the variables
/// depend on, so that a step through the story does not touch every marker.
#[hook]
pub fn use_css_vars<K: PartialEq + 'static>(node: NodeRef, deep: bool, key: K) {
    use_effect_with(key, move |_| {
        if let Some(root) = node.cast::<web_sys::Element>() {
            apply_css_vars(&root);
            if deep {
                if let Ok(list) = root.query_selector_all("[data-ct-vars]") {
                    for n in 0..list.length() {
                        if let Some(element) = list
                            .item(n)
                            .and_then(|e| e.dyn_into::<web_sys::Element>().ok())
                        {
                            apply_css_vars(&element);
                        }
                    }
                }
            }
        }
    });
}
