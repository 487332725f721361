//! The language switch, for a story told in more than one language: a radio group of the
//! languages' tags up to three of them (one Tab stop, the arrows choose), a labelled select
//! beyond, where a row of buttons would crowd a phone's title bar.
//!
//! A function that the header calls rather than a component of its own: as a component, with
//! its own hooks, it was 3.4 kB more of the wasm before optimisation (`.ci/wasm-sizes`).

use crate::state::TimelineContext;
use crate::words_files;
use crisis_model::labels::{self, Label};
use crisis_model::timeline::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The most languages shown as buttons; a story told in more gets a select.
const MOST_BUTTONS: usize = 3;

/// The class of the switch's buttons, which the header's focus hook moves between.
pub const OPTION: &str = ".ct-lang__option";
/// The button of the language shown: the group's one Tab stop.
pub const CHOSEN: &str = ".ct-lang__option[aria-checked=\"true\"]";

/// The switch between the story's languages in `context`; nothing for a story told in one.
/// `group` is the radio group's element, for the header's focus hook.
pub fn language_switch(context: &TimelineContext, group: NodeRef) -> Html {
    let lang = context.current().lang;
    let told = &context.story.dataset.languages;
    let label = labels::text(Label::Language, lang);
    if told.len() <= 1 {
        return html! {};
    }
    // The reader reaching for the switch (a pointer over it, or focus in it): the words of the
    // story's languages are fetched now, so that the one chosen shows its own words at once
    // rather than English until its file comes. A reader who never reaches for it pays nothing.
    let reach = {
        let languages = told.0.clone();
        Callback::from(move |_: ()| {
            for lang in languages.iter().copied() {
                if words_files::missing(lang) {
                    words_files::bring(lang, || ());
                }
            }
        })
    };
    let onpointerenter = reach.reform(|_: PointerEvent| ());
    let onfocusin = reach.reform(|_: FocusEvent| ());
    if told.len() > MOST_BUTTONS {
        let dispatch = context.dispatch();
        let languages = told.0.clone();
        let onchange = Callback::from(move |e: Event| {
            let chosen = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|select| usize::try_from(select.selected_index()).ok())
                .and_then(|index| languages.get(index).copied());
            if let Some(lang) = chosen {
                dispatch.emit(Action::SetLang(lang));
            }
        });
        let options = told.iter().map(|option| {
            // Each language named in itself, by the platform's CLDR; its tag where the
            // platform has no name for it, and in the page the build prerenders.
            let name = crisis_intl::own_name(option).unwrap_or_else(|| option.short_name());
            html! {
                <option value={option.tag().to_string()} lang={option.tag().to_string()}
                    selected={option == lang}>{ name }</option>
            }
        });
        // `~value`, the select's property: it follows a language chosen elsewhere (the JS API,
        // an attribute), which the options' `selected` attributes no longer do once the reader
        // has used the select.
        return html! {
            <select class="ct-lang ct-lang--select" aria-label={label} {onchange}
                {onpointerenter} {onfocusin} ~value={lang.tag().to_string()}>
                { for options }
            </select>
        };
    }
    let languages = told.iter().map(|option| {
        html! {
            <button type="button" role="radio" class="ct-lang__option" lang={option.tag().to_string()}
                aria-checked={(option == lang).to_string()}
                tabindex={if option == lang { "0" } else { "-1" }}
                onclick={context.callback_for(Action::SetLang(option))}>
                { option.short_name() }
            </button>
        }
    });
    html! {
        // A radio group: one language of several, chosen at once by the arrows.
        <div class="ct-lang" role="radiogroup" aria-label={label} ref={group} {onpointerenter} {onfocusin}>
            { for languages }
        </div>
    }
}
