//! The events a widget sends its host element (`crisis-timeline:ready`, `:select`, `:play`,
//! `:complete`, `:update` and `:error`): one way of sending them, for the mounted widget and the
//! report of a story's problems alike, and of building their details.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// An event's `detail`: a plain JS object, built field by field. Built with `js_sys` rather than
/// serialised with serde-wasm-bindgen, which cost the wasm 1.0 kB gzipped more for these five
/// small objects (`make size`, `.ci/size-budget` on 2026-12-05).
pub(super) struct Detail(Object);

impl Detail {
    /// An empty object.
    pub fn new() -> Detail {
        Detail(Object::new())
    }

    /// With the field `key` set to `value` (a string, a number, a boolean, another object).
    pub fn with(self, key: &str, value: impl Into<JsValue>) -> Detail {
        let _ = Reflect::set(&self.0, &key.into(), &value.into());
        self
    }

    /// With the field `key` set to an array of `values`.
    pub fn list<T: Into<JsValue>>(self, key: &str, values: impl IntoIterator<Item = T>) -> Detail {
        let array: Array = values.into_iter().map(Into::into).collect();
        self.with(key, array)
    }
}

impl From<Detail> for JsValue {
    fn from(detail: Detail) -> JsValue {
        detail.0.into()
    }
}

/// Dispatches a bubbling, composed CustomEvent named `name` on `target`, with `detail`.
pub(super) fn dispatch(target: &web_sys::Element, name: &str, detail: Detail) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail.into());
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(event.unchecked_ref());
    }
}
