//! Whether the widget is laid out for a phone: below 600 CSS pixels of viewport, the
//! stylesheet's breakpoint (`crisis_model::breakpoint`). Read from a media query, so no layout
//! is forced to measure.

use gloo::events::EventListener;
use yew::prelude::*;

#[cfg(target_arch = "wasm32")]
use crisis_model::breakpoint::COMPACT_QUERY;

/// The media query list, in a browser.
fn compact_query() -> Option<web_sys::MediaQueryList> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.match_media(COMPACT_QUERY).ok().flatten()
    }
    // The build's prerender has no viewport: it draws the wide layout.
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// True while the viewport is phone-sized; follows changes of the viewport.
#[hook]
pub fn use_compact_layout() -> bool {
    let compact = use_state_eq(|| compact_query().is_some_and(|q| q.matches()));
    {
        let compact = compact.clone();
        use_effect_with((), move |_| {
            let listener = compact_query().map(|query| {
                let target = query.clone();
                EventListener::new(&target, "change", move |_| compact.set(query.matches()))
            });
            move || drop(listener)
        });
    }
    *compact
}
