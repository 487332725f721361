//! The time navigator: segment buttons, the lanes' names, and the segments' axes side by side
//! on a track that slides to the selected event's segment.

use super::SegmentAxis;
use crate::hooks::use_focus_follows;
use crate::state::use_timeline;
use crisis_model::labels::{self, Label};
use crisis_model::timeline::Action;
use yew::prelude::*;

/// Width the axis is laid out for on phones, in CSS pixels: markers closer than a finger's
/// width there stack or cluster.
const COMPACT_AXIS_PX: f64 = 280.0;
/// Width the axis is laid out for on larger screens, in CSS pixels.
const WIDE_AXIS_PX: f64 = 1000.0;

/// The navigator.
#[component]
pub fn Navigator() -> Html {
    let context = use_timeline();
    let now = context.current();
    let lang = now.lang;
    let story = &context.story;
    let dataset = &story.dataset;
    let current = usize::from(story.event(now.selected).segment);
    let nav = use_node_ref();
    // Laid out for a width class, not a measured width: no forced layout, no second render.
    let width = if crate::hooks::use_compact_layout() {
        COMPACT_AXIS_PX
    } else {
        WIDE_AXIS_PX
    };
    // Markers and periods are one Tab stop each; when the selection moves while focus is on
    // one of them, focus follows to the marker or period now selected.
    use_focus_follows(
        nav.clone(),
        ".ct-marker",
        ".ct-nav__segment:not([inert]) [aria-current=\"true\"]",
    );
    use_focus_follows(
        nav.clone(),
        ".ct-segment-button",
        ".ct-segment-button[aria-selected=\"true\"]",
    );
    let segment_buttons = dataset.segments.iter().enumerate().map(|(i, segment)| {
        let range = story.segment_events[i].clone();
        let first_shown = now.first_shown_in(range);
        let onclick = {
            let state = context.state.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(first) = first_shown {
                    state.dispatch(Action::Select(first).into());
                }
            })
        };
        html! {
            <button type="button" role="tab" class="ct-segment-button" aria-selected={(i == current).to_string()}
                tabindex={if i == current { "0" } else { "-1" }}
                aria-disabled={first_shown.is_none().to_string()} {onclick}>
                { segment.name.get(lang) }
            </button>
        }
    });
    let lanes = dataset.lanes.iter().enumerate().filter(|(i, _)| now.lane_shown(*i as u8)).map(|(i, lane)| {
        html! {
            <li class={classes!("ct-lanes__name", format!("ct-lanes__name--lane-{i}"))}>
                <span class={classes!("ct-marker", "ct-marker--legend", format!("ct-marker--lane-{i}"))}></span>
                { lane.name.get(lang) }
            </li>
        }
    });
    let axes = (0..dataset.segments.len()).map(|i| {
        html! { <SegmentAxis segment={i} current={i == current} {width} /> }
    });
    html! {
        <nav class="ct-nav" part="navigator" aria-label={labels::text(Label::Navigator, lang)} ref={nav}>
            // Tabs: a period chooses which part of the navigator is shown, the tab pattern's job;
            // the arrows choose it at once (nothing to load), and Tab goes on to the markers.
            <div class="ct-nav__segments" role="tablist" aria-label={labels::text(Label::Segments, lang)}>
                { for segment_buttons }
            </div>
            <div class="ct-nav__body">
                <ul class="ct-lanes" aria-hidden="true">{ for lanes }</ul>
                <div class="ct-nav__viewport">
                    <div class="ct-nav__track" data-ct-vars={format!("--ct-shift:-{}%", current * 100)}>
                        { for axes }
                    </div>
                </div>
            </div>
        </nav>
    }
}
