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
}

/// A widget, or nothing.
#[component]
pub fn Slot(props: &SlotProps) -> Html {
    match &props.widget {
        Some(widget) => html! { <StoryLoader ..widget.clone() /> },
        None => html! {},
    }
}
