//! A number that counts up or down to its new value over about 600 ms, one step per animation
//! frame. Screen readers hear only the final value.

use crisis_format::schema::Lang;
use crisis_model::numbers;
use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long a count takes, in milliseconds.
pub const COUNT_MS: f64 = 600.0;

/// Properties of [`AnimatedNumber`].
#[derive(Properties, PartialEq)]
pub struct AnimatedNumberProps {
    /// The value to show.
    pub value: u32,
    /// How to write it.
    pub lang: Lang,
    /// Jump straight to new values.
    pub reduced_motion: bool,
}

/// A counting number.
#[component]
pub fn AnimatedNumber(props: &AnimatedNumberProps) -> Html {
    let shown = use_state_eq(|| props.value);
    let frame: Rc<RefCell<Option<AnimationFrame>>> = use_mut_ref(|| None);
    {
        let shown = shown.clone();
        let from = *shown;
        use_effect_with(
            (props.value, props.reduced_motion),
            move |&(to, reduced)| {
                if reduced || from == to {
                    shown.set(to);
                } else {
                    count(frame.clone(), shown, f64::from(from), f64::from(to), None);
                }
                move || {
                    frame.borrow_mut().take();
                }
            },
        );
    }
    html! {
        <>
            <span class="ct-count" aria-hidden="true">{ numbers::integer(i64::from(*shown), props.lang) }</span>
            <span class="ct-sr">{ numbers::integer(i64::from(props.value), props.lang) }</span>
        </>
    }
}

/// Shows the next step of a count and asks for the frame after it, until the count is done.
fn count(
    frame: Rc<RefCell<Option<AnimationFrame>>>,
    shown: UseStateHandle<u32>,
    from: f64,
    to: f64,
    started: Option<f64>,
) {
    let next = frame.clone();
    *frame.borrow_mut() = Some(request_animation_frame(move |now| {
        let started = started.unwrap_or(now);
        let progress = ((now - started) / COUNT_MS).clamp(0.0, 1.0);
        // Ease out: fast at first, settling on the value.
        let eased = 1.0 - (1.0 - progress).powi(3);
        shown.set((from + (to - from) * eased).round() as u32);
        if progress < 1.0 {
            count(next, shown, from, to, Some(started));
        }
    }));
}
