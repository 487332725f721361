//! What the reader's screen and system say, through media queries (so that no layout is forced
//! to measure): whether the widget is laid out for a phone, below 600 CSS pixels of viewport
//! (the stylesheet's breakpoint, `crisis_model::breakpoint`), and whether the reader asks for
//! reduced motion.

use gloo::events::EventListener;
use yew::prelude::*;

use crisis_model::breakpoint::COMPACT_QUERY;

/// The media query list of `query`, in a browser.
fn media_query(query: &str) -> Option<web_sys::MediaQueryList> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.match_media(query).ok().flatten()
    }
    // The build's prerender has no viewport nor reader: it draws the wide layout, with motion.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = query;
        None
    }
}

/// Whether the reader's system asks for reduced motion, as the widget mounts.
pub fn prefers_reduced_motion() -> bool {
    media_query("(prefers-reduced-motion: reduce)").is_some_and(|m| m.matches())
}

/// True while the viewport is phone-sized; follows changes of the viewport.
#[hook]
pub fn use_compact_layout() -> bool {
    let compact = use_state_eq(|| media_query(COMPACT_QUERY).is_some_and(|q| q.matches()));
    {
        let compact = compact.clone();
        use_effect_with((), move |_| {
            let listener = media_query(COMPACT_QUERY).map(|query| {
                let target = query.clone();
                EventListener::new(&target, "change", move |_| compact.set(query.matches()))
            });
            move || drop(listener)
        });
    }
    *compact
}
