//! The Yew roots of destroyed widgets, kept for the next widgets to render into. Yew registers
//! its delegated listeners on the element an app renders into and never removes them (it
//! forgets their closures, yew 0.23 `HostHandlers::add_listener`), so that each widget destroyed
//! and mounted anew left them behind with the element and what they hold: 8 listeners and
//! 2.6 kB of the JS heap per `<crisis-timeline>` removed and put back (800 listeners and 259 kB
//! over 100 cycles, measured by `tests/e2e/specs/element.test.mjs`). A parked root renders
//! nothing, so that the widget it showed is gone with its hooks, timers and listeners; a page
//! holds at most as many roots as it ever showed widgets at once.

use crate::components::slot::{Slot, SlotProps};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use yew::AppHandle;

thread_local! {
    /// Roots out of the page, each with its app rendering nothing.
    static PARKED: RefCell<Vec<(web_sys::Element, AppHandle<Slot>)>> = const { RefCell::new(Vec::new()) };
    /// The last widget's generation (see [`SlotProps::generation`]).
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// A generation for a new widget, never given before on this page.
pub fn next_generation() -> u64 {
    GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    })
}

/// A root appended to `parent` (an element or a shadow root), with its app rendering nothing
/// yet: a parked one, or a new one.
pub fn take(parent: &web_sys::Node) -> (web_sys::Element, AppHandle<Slot>) {
    let (root, app) = PARKED.with(|p| p.borrow_mut().pop()).unwrap_or_else(|| {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("div").ok())
            .expect("a widget is mounted in a page");
        let app =
            yew::Renderer::<Slot>::with_root_and_props(root.clone(), SlotProps::default()).render();
        (root, app)
    });
    let _ = parent.append_child(root.unchecked_ref());
    (root, app)
}

/// Takes `root` out of the page, its widget unmounted, until the next widget needs a root.
pub fn park(root: web_sys::Element, mut app: AppHandle<Slot>) {
    app.update(SlotProps::default());
    root.remove();
    PARKED.with(|p| p.borrow_mut().push((root, app)));
}
