//! The widget's first and last stops: a link past the whole widget, and its twin back to its
//! start (WCAG 2.4.1, bypass blocks). A keyboard reader who meets a long story in an article
//! gets past it in two presses, Enter on the first link and Tab from the last, whichever embed
//! holds it (page, shadow root or frame): the links move focus inside the widget, never to an
//! address of the page.
//!
//! A function, not a component: it has no state, and each component costs the wasm about 1 kB.

use crisis_format::schema::Lang;
use crisis_model::labels::{self, Label};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A skip link, shown when it has focus: `class` is its own, `to` the class of the link it
/// takes focus to, in the same widget.
pub fn skip_link(label: Label, class: &'static str, to: &'static str, lang: Lang) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let target = e
            .target()
            .and_then(|own| own.dyn_into::<web_sys::Element>().ok())
            .and_then(|own| own.closest(".ct").ok().flatten())
            .and_then(|widget| widget.query_selector(&format!(".{to}")).ok().flatten())
            .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
    html! {
        <a class={classes!("ct-skip", class)} href="#" {onclick}>{ labels::text(label, lang) }</a>
    }
}
