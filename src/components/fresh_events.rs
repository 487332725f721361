//! The button to a developing story's new events, "2 nouveaux événements" / "2 new events":
//! calm, in the widget's controls, and only when pressed does it take the reader to the first
//! of them; the widget never jumps there by itself.

use crate::state::TimelineContext;
use crisis_model::labels;
use crisis_model::timeline::Action;
use yew::prelude::*;

/// The button, while a new version of the story holds events the reader has not visited. A
/// function rather than a component: it has no state of its own (see `header`).
pub fn fresh_events(context: &TimelineContext) -> Html {
    let now = context.current();
    let Some(&first) = now.added.first() else {
        return Html::default();
    };
    html! {
        <button type="button" class="ct-button ct-fresh" onclick={context.callback_for(Action::Select(first))}>
            { labels::new_events(now.added.len(), now.lang) }
        </button>
    }
}
