//! The widget's title, its language switch and the autoplay button.

use super::language_switch::{language_switch, CHOSEN, OPTION};
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
    // The language buttons are one Tab stop; the arrows choose one, and focus follows.
    let group = use_node_ref();
    use_focus_follows(group.clone(), OPTION, CHOSEN);
    let (play_label, play_icon) = if now.playing {
        (labels::text(Label::Pause, lang), "❚❚")
    } else {
        (labels::text(Label::Play, lang), "▶")
    };
    html! {
        <header class="ct-header" part="header">
            <h2 class="ct-title">{ context.story.dataset.title.get(lang) }</h2>
            <div class="ct-header__tools">
                { language_switch(&context, group) }
                <button type="button" class="ct-button ct-play" aria-pressed={now.playing.to_string()}
                    onclick={context.on(Action::TogglePlay)}>
                    <span class="ct-icon" aria-hidden="true">{ play_icon }</span>
                    <span class="ct-play__label">{ play_label }</span>
                </button>
            </div>
        </header>
    }
}
