//! The one live region, visually hidden and polite: it says what the model's announcement
//! (`crisis_model::announcement`) decided for the reader's state, and nothing else.

use crate::state::use_timeline;
use crisis_model::announcement::Announcement;
use yew::prelude::*;

/// A visually hidden, polite live region.
#[component]
pub fn Announcer() -> Html {
    let context = use_timeline();
    let now = context.current();
    // Kept across renders: what was last said, so that a render that moves nothing says
    // nothing new.
    let announcement = use_mut_ref(|| Announcement::silent(now));
    let mut announcement = announcement.borrow_mut();
    announcement.follow(now);
    html! {
        <div class="ct-sr ct-announcer" aria-live="polite" aria-atomic="true">{ announcement.said().map(str::to_string) }</div>
    }
}
