//! One marker on the time axis: a button for an event, or for a cluster of events too close to
//! draw apart, which steps through them one click at a time.

use crate::model::css_vars::marker_at;
use crate::model::scale::Marker;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`MarkerButton`].
#[derive(Properties)]
pub struct MarkerButtonProps {
    /// Where it goes and which events it stands for; shared, and compared by identity.
    pub marker: Rc<Marker>,
    /// Row of its lane among the lanes shown.
    pub row: u8,
    /// Whether the selected event is one of them.
    pub selected: bool,
    /// What a screen reader says for it.
    pub label: AttrValue,
    /// Headline shown on hover.
    pub title: AttrValue,
    /// Asked to select the given event index.
    pub on_select: Callback<usize>,
    /// Index of the selected event when this marker holds it, to step through a cluster.
    pub selected_event: Option<usize>,
    /// Whether it holds an event a new version of the story added or changed, not yet seen.
    #[prop_or_default]
    pub fresh: bool,
}

impl PartialEq for MarkerButtonProps {
    fn eq(&self, other: &Self) -> bool {
        // By identity: a marker of thousands of events is not compared event by event.
        Rc::ptr_eq(&self.marker, &other.marker)
            && self.row == other.row
            && self.selected == other.selected
            && self.label == other.label
            && self.title == other.title
            && self.on_select == other.on_select
            && self.selected_event == other.selected_event
            && self.fresh == other.fresh
    }
}

/// A marker button.
#[component]
pub fn MarkerButton(props: &MarkerButtonProps) -> Html {
    let marker = &props.marker;
    let onclick = {
        let marker = props.marker.clone();
        let selected = props.selected_event;
        let on_select = props.on_select.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(marker.next_event(selected)))
    };
    let count = marker.events.len();
    let class = classes!(
        "ct-marker",
        format!("ct-marker--lane-{}", marker.lane),
        (count > 1).then_some("ct-marker--cluster"),
        props.selected.then_some("ct-marker--selected"),
        props.fresh.then_some("ct-marker--fresh"),
    );
    html! {
        <li class="ct-markers__item" data-ct-at={marker_at(marker.fraction, props.row, marker.level)}>
            <button type="button" {class} aria-label={props.label.clone()} title={props.title.clone()}
                aria-current={props.selected.then_some("true")} {onclick}>
                // A text node, not an element: at 10,000 events there are hundreds of clusters.
                // The label already says how many.
                if count > 1 {
                    { count }
                }
            </button>
        </li>
    }
}
