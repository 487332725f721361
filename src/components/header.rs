//! The widget's title, its language switch and the autoplay button.

use super::language_switch::language_switch;
use crate::state::TimelineContext;
use crisis_model::labels::{self, Label};
use crisis_model::timeline::Action;
use yew::prelude::*;

/// The title bar; `languages` is the language buttons' group, which the widget's focus hook
/// moves between. A function rather than a component: it has no state of its own, and each
/// component is about 1 kB of the wasm (`.ci/size-budget`, 2026-12-05).
pub fn header(context: &TimelineContext, languages: NodeRef) -> Html {
    let now = context.current();
    let lang = now.lang;
    let (play_label, play_icon) = if now.playing {
        (labels::text(Label::Pause, lang), "❚❚")
    } else {
        (labels::text(Label::Play, lang), "▶")
    };
    html! {
        <header class="ct-header" part="header">
            <h2 class="ct-title">{ context.story.dataset.title.get(lang) }</h2>
            <div class="ct-header__tools">
                { language_switch(context, languages) }
                <button type="button" class="ct-button ct-play" aria-pressed={now.playing.to_string()}
                    onclick={context.callback_for(Action::TogglePlay)}>
                    <span class="ct-icon" aria-hidden="true">{ play_icon }</span>
                    <span class="ct-play__label">{ play_label }</span>
                </button>
            </div>
        </header>
    }
}
