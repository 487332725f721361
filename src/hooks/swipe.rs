//! Swipes on touch screens: the stroke's start and end, which `crisis_model::swipe` turns into
//! a move (or none).

use crisis_model::swipe::swipe_action;
use crisis_model::timeline::Action;
use yew::prelude::*;

/// Handlers for `touchstart` and `touchend` on the widget, laid out right to left or not; a
/// swipe emits `Next` or `Previous` on `on_action`.
#[hook]
pub fn use_swipe(
    on_action: Callback<Action>,
    right_to_left: bool,
) -> (Callback<TouchEvent>, Callback<TouchEvent>) {
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
        if let Some(action) = swipe_action(dx, dy, right_to_left) {
            on_action.emit(action);
        }
    });
    (on_start, on_end)
}
