//! The root of every Yew app the embed renders: a widget, or nothing while its root waits for
//! the next widget (see `embed::parking`).

use super::story_loader::{StoryLoader, StoryLoaderProps};
use yew::prelude::*;

/// Properties of [`Slot`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct SlotProps {
    /// The widget to show; none while parked, which unmounts the last one with all it held.
    #[prop_or_default]
    pub widget: Option<StoryLoaderProps>,
    /// Which widget this is, so that the next one is a new component with state of its own even
    /// when the update that parks the root and the one that shows the next come in one render
    /// (the browser tests saw a widget open on the last one's event and language).
    #[prop_or_default]
    pub generation: u64,
}

/// A widget, or nothing.
#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.widget {
        Some(widget) => html! { <StoryLoader key={props.generation} ..widget.clone() /> },
        None => html! {},
    }
}
