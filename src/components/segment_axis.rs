//! One segment of the navigator: its ticks and, lane by lane, a marker button per event (or per
//! cluster of events too close to draw apart).

use super::MarkerButton;
use crate::state::{use_timeline, Story};
use crisis_format::schema::{Dataset, Lang};
use crisis_model::dates;
use crisis_model::labels::{self, Label};
use crisis_model::scale::{
    css_percent, label_fits, layout_markers, tick_label, ticks, ticks_that_fit, Marker,
};
use crisis_model::timeline::Action;
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// Smallest distance between two markers of a lane, in CSS pixels, before they stack.
const MARKER_GAP_PX: f64 = 18.0;
/// Rows a lane stacks markers on before it clusters them.
const MAX_LEVELS: u8 = 2;

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
    let now = context.current();
    let lang = now.lang;
    let story = context.story.clone();
    let dataset = story.dataset.clone();
    let segment = &dataset.segments[props.segment];
    let range = story.segment_events[props.segment].clone();
    let width = props.width.max(100.0);
    // Hidden lanes leave no gap: each shown lane takes the next row.
    let rows = now.lanes_shown.rows(dataset.lanes.len());
    let lanes_shown = now.lanes_shown.shown_rows(dataset.lanes.len());
    let markers = {
        let story = story.clone();
        let index = props.segment;
        // Only the segment in view gets markers: the others are inert and off screen, and a
        // story of thousands of events would otherwise draw them all.
        use_memo(
            (
                story,
                index,
                width as i64,
                now.lanes_shown,
                props.current,
                lang,
            ),
            move |(story, index, _, shown, current, lang)| {
                if !*current {
                    return AxisMarkers::default();
                }
                let dataset = &story.dataset;
                let range = story.segment_events[*index].clone();
                let laid_out = layout_markers(
                    &dataset.events,
                    range.clone(),
                    &dataset.segments[*index],
                    MARKER_GAP_PX / width,
                    MAX_LEVELS,
                    *shown,
                );
                AxisMarkers::new(dataset, range, laid_out, *lang)
            },
        )
    };
    // The axis is read in the zone where the segment's story happens: its first event's.
    let offset = range
        .clone()
        .next()
        .map_or(0, |i| i64::from(dataset.events[i].start.offset_minutes));
    let label = |tick: &_| tick_label(tick, lang);
    let most = ticks_that_fit(segment, offset, width, &label);
    let tick_marks = ticks(segment, offset, most).into_iter().map(|tick| {
        let text = label(&tick);
        let label = if label_fits(&tick, &text, width) { text } else { String::new() };
        html! {
            <li class="ct-ticks__tick" data-ct-vars={format!("--ct-x:{}", css_percent(tick.fraction))}>
                { label }
            </li>
        }
    });
    // What a press on a marker needs, as of the last render: the press names its first event by
    // id, and the markers say which event it selects (a cluster steps through its own).
    let pressed = use_mut_ref(|| None::<(Story, Rc<AxisMarkers>, usize)>);
    *pressed.borrow_mut() = Some((story.clone(), markers.clone(), now.selected));
    let on_press = {
        let dispatcher = context.state.dispatcher();
        let segment = props.segment;
        // Made once: a new callback would be a new prop for every marker at every render.
        (*use_memo((), move |_| {
            Callback::from(move |id: AttrValue| {
                let target = pressed
                    .borrow()
                    .as_ref()
                    .and_then(|(story, markers, selected)| {
                        let range = story.segment_events[segment].clone();
                        let start = range.start;
                        let event = range
                            .into_iter()
                            .find(|&i| *story.dataset.events[i].id == *id)?;
                        let marker = &markers.views[markers.holding(event, start)?].marker;
                        Some(marker.next_event(Some(*selected)))
                    });
                if let Some(target) = target {
                    dispatcher.dispatch(Action::Select(target).into());
                }
            })
        }))
        .clone()
    };
    // Only the marker holding the selected event learns which one it is: the others' props do
    // not change from one step to the next, so they are not drawn again.
    let selected_marker = markers.holding(now.selected, range.start);
    // The axis's one Tab stop: the selected event's marker, or the first when a hidden lane
    // holds it; the arrows move between the others.
    let tab_stop = selected_marker.or((!markers.views.is_empty()).then_some(0));
    // Markers of events a new version added or changed, until the reader has seen them: marked,
    // and their names say so.
    let mark = |events: &[usize]| {
        let holds = |marks: &[usize]| events.iter().any(|e| marks.contains(e));
        if holds(&now.added) {
            Some(Label::NewMark)
        } else if holds(&now.updated) {
            Some(Label::UpdatedMark)
        } else {
            None
        }
    };
    let buttons = markers.views.iter().enumerate().map(|(n, view)| {
        let selected = selected_marker == Some(n);
        let tab_stop = tab_stop == Some(n);
        let fresh = mark(&view.marker.events);
        let label = match fresh {
            Some(mark) => AttrValue::from(format!("{} ({})", view.label, labels::text(mark, lang))),
            None => view.label.clone(),
        };
        // Keyed by its first event's id, not its place: when a new version of the story adds or
        // removes an event, the markers after it keep their elements, and nothing of theirs is
        // written again (keyed by place, all 332 markers of a 1,000-event story were rewritten:
        // 2,000 attribute changes, most of a refresh's time; node tests/e2e/bench-refresh.mjs).
        let marker = &view.marker;
        let id = &dataset.events[marker.events[0]].id;
        html! {
            <MarkerButton key={id.as_ref()} id={AttrValue::from(id.to_string())} count={marker.events.len()}
                fraction={marker.fraction} lane={marker.lane} level={marker.level} row={rows[usize::from(marker.lane)]}
                {selected} {tab_stop} {label} title={view.title.clone()} on_press={on_press.clone()} fresh={fresh.is_some()} />
        }
    });
    html! {
        <div class="ct-nav__segment" role="tabpanel" aria-label={segment.name.get(lang).to_string()}
            inert={!props.current} aria-hidden={(!props.current).then_some("true")}
            data-ct-vars={format!("--ct-lanes:{lanes_shown}")}>
            <ol class="ct-ticks" aria-hidden="true">{ for tick_marks }</ol>
            <ul class="ct-markers">{ for buttons }</ul>
        </div>
    }
}

/// A marker with what it says, computed once per layout and language.
#[derive(Debug, PartialEq)]
struct MarkerView {
    marker: Marker,
    label: AttrValue,
    title: AttrValue,
}

/// The markers of the segment in view, and which marker holds each of its events.
#[derive(Debug, Default, PartialEq)]
struct AxisMarkers {
    views: Vec<MarkerView>,
    /// For each event of the segment (from its first), the index of its marker.
    marker_of: Vec<u32>,
}

impl AxisMarkers {
    fn new(
        dataset: &Dataset,
        range: Range<usize>,
        markers: Vec<Marker>,
        lang: Lang,
    ) -> AxisMarkers {
        let mut marker_of = vec![u32::MAX; range.len()];
        let views = markers
            .into_iter()
            .enumerate()
            .map(|(n, marker)| {
                for &event in &marker.events {
                    marker_of[event - range.start] = n as u32;
                }
                let first = &dataset.events[marker.events[0]];
                let headline = first.headline.get(lang);
                let label = if marker.events.len() > 1 {
                    labels::cluster(marker.events.len(), headline, lang)
                } else {
                    labels::marker(&dates::date(&first.start, lang), headline, lang)
                };
                MarkerView {
                    marker,
                    label: label.into(),
                    title: AttrValue::from(headline.to_string()),
                }
            })
            .collect();
        AxisMarkers { views, marker_of }
    }

    /// The index of the marker holding event `selected`, if it is on this axis.
    fn holding(&self, selected: usize, first: usize) -> Option<usize> {
        let n = *self.marker_of.get(selected.checked_sub(first)?)?;
        (n != u32::MAX).then_some(n as usize)
    }
}
