//! When the widget cannot go on: a clear message in the console, and the static list of events
//! that the build wrote into the page shown in place of the widget, never a blank box.

use crate::console;

/// Logs why the widget stopped and shows the prerendered list of every event instead of it, on
/// every page element the build prerendered.
pub fn report_failure(reason: &str) {
    console::error(&format!(
        "crisis-timeline: {reason}; the static list of events is shown instead"
    ));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(mounts) =
        document.query_selector_all("[data-crisis-timeline-page], [data-crisis-timeline-frame]")
    else {
        return;
    };
    for n in 0..mounts.length() {
        if let Some(parent) = mounts.item(n).and_then(|m| m.parent_element()) {
            let _ = parent.class_list().add_1("ct-failed");
        }
    }
}

/// Sends every panic to [`report_failure`]. A panic stops the wasm for good (the release build
/// aborts), so the page falls back to the static list rather than a frozen widget.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        report_failure(&format!("internal error: {info}"))
    }));
}
