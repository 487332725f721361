//! The one live region: it tells screen readers the new headline after each move, and nothing
//! else, so that they hear the story rather than a flood of updates.

use crate::state::use_timeline;
use yew::prelude::*;

/// A visually hidden, polite live region.
#[component]
pub fn Announcer() -> Html {
    let context = use_timeline();
    let now = context.now();
    let initial = *use_memo((), |_| now.selected);
    let moved = use_mut_ref(|| false);
    if now.selected != initial {
        *moved.borrow_mut() = true;
    }
    // Silent on load: the page's own reading order already reaches the first card.
    let headline = moved.borrow().then(|| {
        context
            .story
            .event(now.selected)
            .headline
            .get(now.lang)
            .to_string()
    });
    html! {
        <div class="ct-sr ct-announcer" aria-live="polite" aria-atomic="true">{ headline }</div>
    }
}
