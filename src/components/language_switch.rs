//! The language switch, for a story told in more than one language: a radio group of the
//! languages' tags up to three of them (one Tab stop, the arrows choose), a labelled select
//! beyond, where a row of buttons would crowd a phone's title bar.

use crate::hooks::use_focus_follows;
use crate::state::use_timeline;
use crisis_model::labels::{self, Label};
use crisis_model::timeline::Action;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The most languages shown as buttons; a story told in more gets a select.
const MOST_BUTTONS: usize = 3;

/// The switch between the story's languages; nothing for a story told in one.
#[component]
pub fn LanguageSwitch() -> Html {
    let context = use_timeline();
    let lang = context.now().lang;
    let told = &context.story.dataset.languages;
    let group = use_node_ref();
    // The languages are one Tab stop; the arrows choose one, and focus follows.
    use_focus_follows(
        group.clone(),
        ".ct-lang__option",
        ".ct-lang__option[aria-checked=\"true\"]",
    );
    // A select shows the language chosen elsewhere (the JS API, an attribute) too: once the
    // reader has used it, its options' `selected` attributes no longer move it.
    let select = use_node_ref();
    use_effect_with((select.clone(), lang), |(select, lang)| {
        if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
            select.set_value(lang.tag());
        }
    });
    let label = labels::text(Label::Language, lang);
    if told.len() <= 1 {
        return html! {};
    }
    if told.len() > MOST_BUTTONS {
        let languages = told.0.clone();
        let dispatch = context.dispatch();
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
            let name = own_name(option).unwrap_or_else(|| option.short_name());
            html! {
                <option value={option.tag().to_string()} lang={option.tag().to_string()}
                    selected={option == lang}>{ name }</option>
            }
        });
        return html! {
            <select class="ct-lang ct-lang--select" aria-label={label} {onchange} ref={select}>
                { for options }
            </select>
        };
    }
    let languages = told.iter().map(|option| {
        html! {
            <button type="button" role="radio" class="ct-lang__option" lang={option.tag().to_string()}
                aria-checked={(option == lang).to_string()}
                tabindex={if option == lang { "0" } else { "-1" }}
                onclick={context.on(Action::SetLang(option))}>
                { option.short_name() }
            </button>
        }
    });
    html! {
        // A radio group: one language of several, chosen at once by the arrows.
        <div class="ct-lang" role="radiogroup" aria-label={label} ref={group}>
            { for languages }
        </div>
    }
}

/// A language's own name where the platform's `Intl` runs; none in the build's prerender.
fn own_name(lang: crisis_format::schema::Lang) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        crisis_intl::own_name(lang)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        None
    }
}
