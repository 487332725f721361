//! The events a widget sends its host element (`crisis-timeline:ready`, `:select`, `:play`,
//! `:complete`, `:update` and `:error`): one way of sending them, for the mounted widget and the
//! report of a story's problems alike.

use wasm_bindgen::JsCast;

/// Dispatches a bubbling, composed CustomEvent named `name` on `target`, with `detail` as a
/// plain JS object.
pub(super) fn dispatch(target: &web_sys::Element, name: &str, detail: &impl serde::Serialize) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(detail) = serde_wasm_bindgen::to_value(detail) {
        init.set_detail(&detail);
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(event.unchecked_ref());
    }
}
