//! The one live region: it tells screen readers the new headline after each move, and, for a
//! developing story, once, how many new events arrived, or that the event being read was
//! removed; nothing else, so that they hear the story rather than a flood of updates.

use crate::state::use_timeline;
use crisis_model::labels::{self, Label};
use yew::prelude::*;

/// A visually hidden, polite live region.
#[component]
pub fn Announcer() -> Html {
    let context = use_timeline();
    let now = context.now();
    // What was last told, and the selection and new events it was told for. Silent on load:
    // the page's own reading order already reaches the first card.
    let told = use_mut_ref(|| (now.selected, now.added.len(), None::<String>));
    let mut told = told.borrow_mut();
    let lang = now.lang;
    if now.selected != told.0 || now.moved {
        let headline = context.story.event(now.selected).headline.get(lang);
        told.2 = Some(if now.moved {
            format!("{} {headline}", labels::text(Label::Moved, lang))
        } else {
            headline.to_string()
        });
    } else if now.added.len() > told.1 {
        told.2 = Some(labels::new_events(now.added.len(), lang));
    }
    told.0 = now.selected;
    told.1 = now.added.len();
    html! {
        <div class="ct-sr ct-announcer" aria-live="polite" aria-atomic="true">{ told.2.clone() }</div>
    }
}
