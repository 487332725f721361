//! Autoplay: one timer at a time, restarted at every event, gone when autoplay stops or the
//! widget is removed.

use crate::components::context::TimelineContext;
use crate::model::timeline::Action;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long autoplay stays on each event, in milliseconds; the progress bar lasts as long.
pub const AUTOPLAY_MS: u32 = 5_000;

/// Advances to the next event every [`AUTOPLAY_MS`] while autoplay is on.
#[hook]
pub fn use_autoplay(context: &TimelineContext) {
    let state = context.state.clone();
    let now = context.now();
    use_effect_with((now.playing, now.selected), move |&(playing, _)| {
        let timer =
            playing.then(|| Timeout::new(AUTOPLAY_MS, move || state.dispatch(Action::Advance)));
        move || drop(timer)
    });
}
