//! The widget's title, its language switch (for a story told in more than one) and the
//! autoplay button.

use crate::hooks::use_focus_follows;
use crate::state::use_timeline;
use crisis_model::labels::{self, Label};
use crisis_model::timeline::Action;
use yew::prelude::*;

/// The title bar.
#[component]
pub fn Header() -> Html {
    let context = use_timeline();
    let now = context.now();
    let lang = now.lang;
    let told = context.story.dataset.languages;
    let group = use_node_ref();
    // The languages are one Tab stop; the arrows choose one, and focus follows.
    use_focus_follows(
        group.clone(),
        ".ct-lang__option",
        ".ct-lang__option[aria-checked=\"true\"]",
    );
    let languages = told.iter().map(|option| {
        html! {
            <button type="button" role="radio" class="ct-lang__option" lang={option.tag()}
                aria-checked={(option == lang).to_string()}
                tabindex={if option == lang { "0" } else { "-1" }}
                onclick={context.on(Action::SetLang(option))}>
                { option.short_name() }
            </button>
        }
    });
    let (play_label, play_icon) = if now.playing {
        (labels::text(Label::Pause, lang), "❚❚")
    } else {
        (labels::text(Label::Play, lang), "▶")
    };
    html! {
        <header class="ct-header" part="header">
            <h2 class="ct-title">{ context.story.dataset.title.get(lang) }</h2>
            <div class="ct-header__tools">
                if told.iter().count() > 1 {
                    // A radio group: one language of several, chosen at once by the arrows.
                    <div class="ct-lang" role="radiogroup" aria-label={labels::text(Label::Language, lang)} ref={group}>
                        { for languages }
                    </div>
                }
                <button type="button" class="ct-button ct-play" aria-pressed={now.playing.to_string()}
                    onclick={context.on(Action::TogglePlay)}>
                    <span class="ct-icon" aria-hidden="true">{ play_icon }</span>
                    <span class="ct-play__label">{ play_label }</span>
                </button>
            </div>
        </header>
    }
}
