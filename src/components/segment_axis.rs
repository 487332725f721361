//! One segment of the navigator: its ticks and, lane by lane, a marker button per event (or per
//! cluster of events too close to draw apart).

use super::context::use_timeline;
use super::MarkerButton;
use crate::model::dates;
use crate::model::labels;
use crate::model::scale::{css_percent, layout_markers, tick_label, ticks};
use crate::model::timeline::Action;
use yew::prelude::*;

/// Smallest distance between two markers of a lane, in CSS pixels, before they stack.
const MARKER_GAP_PX: f64 = 18.0;
/// Rows a lane stacks markers on before it clusters them.
const MAX_LEVELS: u8 = 2;
/// Smallest distance between two tick labels, in CSS pixels.
const TICK_GAP_PX: f64 = 64.0;

/// Properties of [`SegmentAxis`].
#[derive(Properties, PartialEq)]
pub struct SegmentAxisProps {
    /// Index of the segment.
    pub segment: usize,
    /// Whether it is the one in view; the others are inert.
    pub current: bool,
    /// Width the axis is laid out for, in CSS pixels.
    pub width: f64,
}

/// One segment's axis.
#[component]
pub fn SegmentAxis(props: &SegmentAxisProps) -> Html {
    let context = use_timeline();
    let now = context.now();
    let lang = now.lang;
    let story = context.story.clone();
    let dataset = story.dataset.clone();
    let segment = &dataset.segments[props.segment];
    let range = story.segment_events[props.segment].clone();
    let width = props.width.max(100.0);
    let node = use_node_ref();
    crate::hooks::use_css_vars(node.clone(), true);
    let markers = {
        let lanes_shown = now.lanes_shown;
        let story = story.clone();
        let index = props.segment;
        // Only the segment in view gets markers: the others are inert and off screen, and a
        // story of thousands of events would otherwise draw them all.
        use_memo(
            (story, index, width as i64, lanes_shown, props.current),
            move |(story, index, _, shown, current)| {
                if !*current {
                    return Vec::new();
                }
                let dataset = &story.dataset;
                let range = story.segment_events[*index].clone();
                layout_markers(
                    &dataset.events,
                    range,
                    &dataset.segments[*index],
                    MARKER_GAP_PX / width,
                    MAX_LEVELS,
                    |lane| lane < 32 && shown & (1 << lane) != 0,
                )
            },
        )
    };
    // The axis is read in the zone where the segment's story happens: its first event's.
    let zone = range
        .clone()
        .next()
        .map_or("UTC", |i| dataset.events[i].start.zone_name());
    let tick_marks = ticks(segment, zone, (width / TICK_GAP_PX).floor() as usize).into_iter().map(|tick| {
        html! {
            <li class="ct-ticks__tick" data-ct-vars={format!("--ct-x:{}", css_percent(tick.fraction))}>
                { tick_label(&tick, lang) }
            </li>
        }
    });
    let on_select = {
        let state = context.state.clone();
        Callback::from(move |index: usize| state.dispatch(Action::Select(index)))
    };
    // Hidden lanes leave no gap: each shown lane takes the next row.
    let rows: Vec<u8> = (0..dataset.lanes.len())
        .scan(0u8, |row, lane| {
            let this = *row;
            if now.lane_shown(lane as u8) {
                *row += 1;
            }
            Some(this)
        })
        .collect();
    let buttons = markers.iter().map(|marker| {
        let first = &dataset.events[marker.events[0]];
        let headline = first.headline.get(lang);
        let label = if marker.events.len() > 1 {
            labels::cluster(marker.events.len(), headline, lang)
        } else {
            labels::marker(&dates::date(&first.start, lang), headline, lang)
        };
        let selected = marker.events.contains(&now.selected);
        let row = rows[usize::from(marker.lane)];
        html! {
            <MarkerButton key={marker.events[0]} marker={marker.clone()} {row} {selected} label={label}
                title={headline.to_string()} on_select={on_select.clone()} selected_event={now.selected} />
        }
    });
    let lanes_shown = rows.last().map_or(0, |&r| {
        usize::from(r) + usize::from(now.lane_shown((rows.len() - 1) as u8))
    });
    html! {
        <div class="ct-nav__segment" ref={node} inert={!props.current}
            aria-hidden={(!props.current).then_some("true")}
            data-ct-vars={format!("--ct-lanes:{lanes_shown}")}>
            <ol class="ct-ticks" aria-hidden="true">{ for tick_marks }</ol>
            <ul class="ct-markers" aria-label={segment.name.get(lang).to_string()}>{ for buttons }</ul>
        </div>
    }
}
