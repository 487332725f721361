//! Previous and next, the reader's position, and autoplay's progress bar.

use super::fresh_events::fresh_events;
use crate::state::TimelineContext;
use crisis_model::labels::{self, Label};
use crisis_model::timeline::Action;
use yew::prelude::*;

/// The buttons under the story card. A function rather than a component: it has no state of
/// its own (see `header`).
pub fn controls(context: &TimelineContext) -> Html {
    let now = context.current();
    let lang = now.lang;
    let (current, total) = now.position();
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus at either end.
    // Out of the Tab order (tabindex -1), as the WAI-ARIA composite pattern asks: the arrows do
    // what these buttons do from every stop of the widget, the markers' group first, so a
    // keyboard reader loses nothing, and the widget is 8 Tab stops from an input before it to
    // one after instead of 10 (tests/e2e/specs/accessibility.test.mjs). Pointers and a screen
    // reader's own cursor still reach them.
    let step = |action: Action,
                enabled: bool,
                class: &'static str,
                label: Label,
                icon: &'static str| {
        let state = context.state.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if enabled {
                state.dispatch(action.into())
            }
        });
        html! {
            <button type="button" class={classes!("ct-button", class)} tabindex="-1" aria-disabled={(!enabled).to_string()}
                aria-label={labels::text(label, lang)} {onclick}>
                <span class="ct-icon" aria-hidden="true">{ icon }</span>
            </button>
        }
    };
    // The arrows point the way the events run: towards the left for later, right to left.
    let (back, forward) = if lang.right_to_left() {
        ("→", "←")
    } else {
        ("←", "→")
    };
    let running = (now.playing && !now.reduced_motion).then_some("ct-progress__bar--running");
    html! {
        <div class="ct-controls" part="controls">
            { step(Action::Previous, now.has_previous(), "ct-prev", Label::Previous, back) }
            <p class="ct-position">
                <span aria-hidden="true">{ labels::position(current, total) }</span>
                <span class="ct-sr">{ labels::position_label(current, total, lang) }</span>
            </p>
            { step(Action::Next, now.has_next(), "ct-next", Label::Next, forward) }
            { fresh_events(context) }
            <div class="ct-progress" aria-hidden="true" hidden={!now.playing}>
                <div class={classes!("ct-progress__bar", running)} key={now.selected}
                    data-ct-vars={format!("--ct-interval:{}", now.interval_ms)}></div>
            </div>
        </div>
    }
}
