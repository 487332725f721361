//! Autoplay: one timer at a time, restarted at every event, gone when autoplay stops or the
//! widget is removed.

use crate::components::context::TimelineContext;
use crate::model::timeline::Action;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Advances to the next event every `interval_ms` of the state while autoplay is on.
#[hook]
pub fn use_autoplay(context: &TimelineContext) {
    let state = context.state.clone();
    let now = context.now();
    use_effect_with(
        (now.playing, now.selected, now.interval_ms),
        move |&(playing, _, interval)| {
            let timer =
                playing.then(|| Timeout::new(interval, move || state.dispatch(Action::Advance)));
            move || drop(timer)
        },
    );
}
