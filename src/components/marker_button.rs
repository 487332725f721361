//! One marker on the time axis: a button for an event, or for a cluster of events too close to
//! draw apart, which steps through them one click at a time.

use crisis_model::css_vars::marker_at;
use yew::prelude::*;

/// Properties of [`MarkerButton`]: what it draws and says, and nothing of its events' places in
/// the story. A new version of a developing story moves the places of every event after an
/// added or removed one; a marker that looks the same then keeps its props, and is not drawn
/// again. With the reader's clock formatters built once, a 1,000-event story's refresh went
/// from 99 to 68 ms (node tests/e2e/bench-refresh.mjs).
#[derive(Properties, PartialEq)]
pub struct MarkerButtonProps {
    /// The id of its first event, which its axis is told when it is pressed.
    pub id: AttrValue,
    /// How many events it stands for: more than one makes it a cluster.
    pub count: usize,
    /// Where it sits on the axis, 0 to 1.
    pub fraction: f64,
    /// Its lane.
    pub lane: u8,
    /// Its row within the lane, when markers are stacked.
    pub level: u8,
    /// Row of its lane among the lanes shown.
    pub row: u8,
    /// Whether the selected event is one of them.
    pub selected: bool,
    /// Whether it is its axis's one Tab stop (the others are reached with the arrows).
    pub tab_stop: bool,
    /// What a screen reader says for it.
    pub label: AttrValue,
    /// Headline shown on hover.
    pub title: AttrValue,
    /// Told its first event's id when it is pressed.
    pub on_press: Callback<AttrValue>,
    /// Whether it holds an event a new version of the story added or changed, not yet seen.
    #[prop_or_default]
    pub fresh: bool,
}

/// A marker button.
#[component]
pub fn MarkerButton(props: &MarkerButtonProps) -> Html {
    let onclick = {
        let id = props.id.clone();
        let on_press = props.on_press.clone();
        Callback::from(move |_: MouseEvent| on_press.emit(id.clone()))
    };
    let count = props.count;
    let class = classes!(
        "ct-marker",
        format!("ct-marker--lane-{}", props.lane),
        (count > 1).then_some("ct-marker--cluster"),
        props.selected.then_some("ct-marker--selected"),
        props.fresh.then_some("ct-marker--fresh"),
    );
    html! {
        <li class="ct-markers__item" data-ct-at={marker_at(props.fraction, props.row, props.level)}>
            <button type="button" {class} aria-label={props.label.clone()} title={props.title.clone()}
                aria-current={props.selected.then_some("true")} tabindex={if props.tab_stop { "0" } else { "-1" }}
                {onclick}>
                // A text node, not an element: at 10,000 events there are hundreds of clusters.
                // The label already says how many.
                if count > 1 {
                    { count }
                }
            </button>
        </li>
    }
}
