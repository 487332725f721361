//! The widget's root: it owns one reader state, shares it with its parts through a context and
//! takes the keys and swipes that move through the story, only while they happen inside it.

use super::context::{Story, TimelineContext, TimelineReducer};
use super::{Announcer, Controls, Header, Navigator, StateStrip, StoryCard};
use crate::data::schema::Dataset;
use crate::hooks::{use_autoplay, use_hash_link, use_swipe};
use crate::model::labels::{self, Label};
use crate::model::options::{DeepLink, Height, OptionWarning, Options, Theme};
use crate::model::timeline::{Action, TimelineState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The data to show.
    pub dataset: Rc<Dataset>,
    /// The host's options.
    #[prop_or_default]
    pub options: Options,
    /// Told the index of the selected event whenever it changes, and once on mount.
    #[prop_or_default]
    pub on_select: Callback<usize>,
    /// Handed the widget's dispatcher once mounted, so that a host page can drive it.
    #[prop_or_default]
    pub on_ready: Callback<UseReducerDispatcher<TimelineReducer>>,
}

/// The whole widget.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let story = use_memo(props.dataset.clone(), |dataset| Story::new(dataset.clone()));
    let state = {
        let options = props.options.clone();
        let dataset = props.dataset.clone();
        use_reducer(move || TimelineReducer(initial_state(dataset, &options)))
    };
    let context = TimelineContext {
        story: (*story).clone(),
        state: state.clone(),
    };

    // The reader's system setting and the host's option both turn motion off; autoplay then
    // waits for the reader to ask for it.
    {
        let state = state.clone();
        let forced = props.options.reduced_motion;
        let autoplay = props.options.autoplay;
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| {
            on_ready.emit(state.dispatcher());
            let reduced = forced || prefers_reduced_motion();
            state.dispatch(Action::SetReducedMotion(reduced));
            if autoplay && !reduced {
                state.dispatch(Action::Play);
            }
        });
    }
    {
        let on_select = props.on_select.clone();
        use_effect_with(state.0.selected, move |selected| on_select.emit(*selected));
    }
    use_autoplay(&context);
    use_hash_link(&context, props.options.deep_link == DeepLink::Hash);
    let (ontouchstart, ontouchend) = use_swipe(&context);

    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e) {
                e.prevent_default();
                state.dispatch(action);
            }
        })
    };

    let now = &state.0;
    let theme = match props.options.theme {
        Theme::Auto => None,
        Theme::Light => Some("ct--light"),
        Theme::Dark => Some("ct--dark"),
    };
    // A fixed height (option `height`) keeps the widget's box; its content scrolls inside.
    let (height_class, height_vars) = match props.options.height {
        Height::Auto => (None, None),
        Height::Fixed(px) => (
            Some("ct--fixed-height"),
            Some(format!("--ct-height:{px}px")),
        ),
    };
    let class = classes!(
        "ct",
        theme,
        height_class,
        now.reduced_motion.then_some("ct--reduced-motion")
    );
    html! {
        <ContextProvider<TimelineContext> context={context}>
            <section {class} data-ct-vars={height_vars} lang={now.lang.tag()} aria-label={labels::text(Label::Region, now.lang)}
                {onkeydown} {ontouchstart} {ontouchend}>
                <p class="ct-sr">{ labels::text(Label::KeyboardHint, now.lang) }</p>
                <Header />
                <StateStrip />
                <StoryCard />
                <Controls />
                <Navigator />
                <Announcer />
            </section>
        </ContextProvider<TimelineContext>>
    }
}

/// The state a widget starts in: the host's language, start event and lanes.
fn initial_state(dataset: Rc<Dataset>, options: &Options) -> TimelineState {
    let mut state = TimelineState {
        interval_ms: options.interval_ms,
        ..TimelineState::new(dataset, options.lang)
    };
    if let Some(lanes) = &options.lanes {
        let mut shown = 0u32;
        for id in lanes {
            match state.dataset.lanes.iter().position(|l| l.id == id.as_str()) {
                Some(n) if n < 32 => shown |= 1 << n,
                _ => crate::embed::console::warn(
                    &OptionWarning::new("lanes", id, "lane ids of the story; that one is left out")
                        .to_string(),
                ),
            }
        }
        if shown != 0 {
            state = TimelineState {
                lanes_shown: shown,
                ..state
            };
            state = state.apply(Action::First);
        }
    }
    if let Some(start) = &options.start {
        match state.dataset.index_of(start) {
            Some(index) => state = state.apply(Action::Select(index)),
            None => crate::embed::console::warn(
                &OptionWarning::new("start", start, "the id of an event of the story").to_string(),
            ),
        }
    }
    state
}

/// What a key pressed inside the widget does. Space and Enter keep their own meaning on
/// buttons and links, so that they still press what has focus.
fn key_action(e: &KeyboardEvent) -> Option<Action> {
    if e.alt_key() || e.ctrl_key() || e.meta_key() {
        return None;
    }
    let on_control = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA"
            )
        });
    match e.key().as_str() {
        "ArrowRight" => Some(Action::Next),
        "ArrowLeft" => Some(Action::Previous),
        "Home" => Some(Action::First),
        "End" => Some(Action::Last),
        " " | "Spacebar" if !on_control => Some(Action::TogglePlay),
        _ => None,
    }
}

/// Whether the reader's system asks for reduced motion.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}
