//! Swipes on touch screens: a mostly horizontal stroke of 50 px or more moves to the next or
//! previous event; vertical strokes are left to the page's scrolling.

use crisis_model::timeline::Action;
use yew::prelude::*;

/// Shortest horizontal stroke, in CSS pixels, that counts as a swipe.
const MIN_SWIPE_PX: i32 = 50;

/// Handlers for `touchstart` and `touchend` on the widget; a swipe emits `Next` or `Previous`
/// on `on_action`.
#[hook]
pub fn use_swipe(on_action: Callback<Action>) -> (Callback<TouchEvent>, Callback<TouchEvent>) {
    let start = use_mut_ref(|| None::<(i32, i32)>);
    let on_start = {
        let start = start.clone();
        Callback::from(move |e: TouchEvent| {
            *start.borrow_mut() = (e.touches().length() == 1)
                .then(|| e.touches().get(0))
                .flatten()
                .map(|t| (t.client_x(), t.client_y()));
        })
    };
    let on_end = Callback::from(move |e: TouchEvent| {
        let Some((x0, y0)) = start.borrow_mut().take() else {
            return;
        };
        let Some(touch) = e.changed_touches().get(0) else {
            return;
        };
        let (dx, dy) = (touch.client_x() - x0, touch.client_y() - y0);
        if dx.abs() >= MIN_SWIPE_PX && dx.abs() > 2 * dy.abs() {
            on_action.emit(if dx < 0 {
                Action::Next
            } else {
                Action::Previous
            });
        }
    });
    (on_start, on_end)
}
