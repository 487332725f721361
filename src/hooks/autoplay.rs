//! Autoplay: one timer at a time, restarted at every event, gone when autoplay stops or the
//! widget is removed.

use yew::prelude::*;

/// While `playing`, calls `advance` every `interval_ms`; the timer starts again whenever the
/// selected event (`selected`) changes, so each event gets its full time.
#[hook]
pub fn use_autoplay(playing: bool, selected: usize, interval_ms: u32, advance: Callback<()>) {
    use_effect_with(
        (playing, selected, interval_ms),
        move |&(playing, _, interval)| {
            let timer = playing
                .then(|| gloo::timers::callback::Timeout::new(interval, move || advance.emit(())));
            move || drop(timer)
        },
    );
}
