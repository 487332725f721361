//! The widget's first and last stops: a link past the whole widget, and its twin back to its
//! start (WCAG 2.4.1, bypass blocks). A keyboard reader who meets a long story in an article
//! gets past it in two presses, Enter on the first link and Tab from the last, whichever embed
//! holds it (page, shadow root or frame): the links move focus inside the widget, never to an
//! address of the page.

use crate::model::labels::{self, Label};
use crate::state::use_timeline;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`SkipLink`].
#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    /// What it says.
    pub label: Label,
    /// Its own class, which the other link names in `to`.
    pub class: &'static str,
    /// The class of the link it takes focus to, in the same widget.
    pub to: &'static str,
}

/// A skip link, shown when it has focus.
#[component]
pub fn SkipLink(props: &SkipLinkProps) -> Html {
    let lang = use_timeline().now().lang;
    let link = use_node_ref();
    let onclick = {
        let link = link.clone();
        let to = format!(".{}", props.to);
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            let target = link
                .cast::<web_sys::Element>()
                .and_then(|own| own.closest(".ct").ok().flatten())
                .and_then(|widget| widget.query_selector(&to).ok().flatten())
                .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(target) = target {
                let _ = target.focus();
            }
        })
    };
    html! {
        <a class={classes!("ct-skip", props.class)} href="#" ref={link} {onclick}>
            { labels::text(props.label, lang) }
        </a>
    }
}
