//! The widget's root: it owns one reader state, shares it with its parts through a context and
//! takes the keys and swipes that move through the story, only while they happen inside it.

use super::language_switch::{CHOSEN, OPTION};
use super::{controls, header, skip_link, state_strip, Announcer, Navigator, StoryCard};
use crate::hooks::{
    prefers_reduced_motion, use_autoplay, use_focus_follows, use_hash_link, use_page_name,
    use_swipe, use_words,
};
use crate::state::{Change, Story, TimelineContext, TimelineReducer};
use crate::words_files;
use crisis_format::schema::Dataset;
use crisis_model::dates;
use crisis_model::keys::{is_control_tag, key_action, KeyPlace, KeyPress};
use crisis_model::labels::{self, Label};
use crisis_model::options::{DeepLink, Height, Options};
use crisis_model::story_diff::StoryDiff;
use crisis_model::timeline::{Action, TimelineState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`Timeline`].
#[derive(Properties)]
pub struct TimelineProps {
    /// The data to show.
    pub dataset: Rc<Dataset>,
    /// The host's options.
    #[prop_or_default]
    pub options: Options,
    /// Told the index of the selected event whenever it changes, and once on mount.
    #[prop_or_default]
    pub on_select: Callback<usize>,
    /// Told the index of the event where autoplay starts, each time it starts.
    #[prop_or_default]
    pub on_play: Callback<usize>,
    /// Handed the widget's dispatcher once mounted, so that a host page can drive it.
    #[prop_or_default]
    pub on_ready: Callback<UseReducerDispatcher<TimelineReducer>>,
    /// Told what changed when a new version of the story replaces the one shown.
    #[prop_or_default]
    pub on_update: Callback<Rc<StoryDiff>>,
    /// The reader's languages, most wanted first (the page's, then the browser's): they
    /// choose the story's language when the options name none.
    #[prop_or_default]
    pub wishes: Rc<[String]>,
    /// Whether the widget is its page's own, whose title and heading name the story shown.
    #[prop_or_default]
    pub names_page: bool,
}

impl PartialEq for TimelineProps {
    fn eq(&self, other: &Self) -> bool {
        // The dataset by identity, as the story derived from it is: comparing thousands of
        // events field by field is work, and its code was 1.6 kB of the wasm.
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.options == other.options
            && self.wishes == other.wishes
            && self.names_page == other.names_page
            && self.on_select == other.on_select
            && self.on_play == other.on_play
            && self.on_ready == other.on_ready
            && self.on_update == other.on_update
    }
}

/// The whole widget.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let state = {
        let options = props.options.clone();
        let dataset = props.dataset.clone();
        let wishes = props.wishes.clone();
        use_reducer(move || {
            let wishes: Vec<&str> = wishes.iter().map(String::as_str).collect();
            let (state, warnings) = TimelineState::from_options(dataset, &options, &wishes);
            for warning in warnings {
                crate::console::warn(&warning.to_string());
            }
            TimelineReducer(state)
        })
    };
    // The story of the reader's state, which takes a new version of the dataset below.
    let story = {
        let dataset = state.0.dataset.clone();
        // Keyed by the dataset's address: a new dataset is a new story (see `TimelineProps::eq`).
        use_memo(Rc::as_ptr(&dataset) as usize, move |_| Story::new(dataset))
    };
    // A new version of the story (a developing story fetched again): the reader keeps their
    // place, and the host hears what changed.
    {
        let dispatcher = state.dispatcher();
        let shown = state.0.dataset.clone();
        let on_update = props.on_update.clone();
        let dataset = props.dataset.clone();
        // Keyed by address: comparing datasets by value would walk every event at each render.
        use_effect_with(Rc::as_ptr(&props.dataset) as usize, move |_| {
            if !Rc::ptr_eq(&dataset, &shown) {
                let diff = Rc::new(StoryDiff::between(&shown, &dataset));
                dispatcher.dispatch(Change::NewVersion(dataset, diff.clone()));
                on_update.emit(diff);
            }
        });
    }
    let context = TimelineContext {
        story: (*story).clone(),
        state: state.clone(),
        words: words_files::arrived(),
    };
    // The language buttons are one Tab stop; the arrows choose one, and focus follows.
    let languages = use_node_ref();
    use_focus_follows(languages.clone(), OPTION, CHOSEN);

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
            state.dispatch(Action::SetReducedMotion(reduced).into());
            if autoplay && !reduced {
                state.dispatch(Action::Play.into());
            }
        });
    }
    {
        let on_select = props.on_select.clone();
        use_effect_with(state.0.selected, move |selected| on_select.emit(*selected));
    }
    {
        let on_play = props.on_play.clone();
        let selected = state.0.selected;
        use_effect_with(state.0.playing, move |playing| {
            if *playing {
                on_play.emit(selected);
            }
        });
    }
    use_words(state.0.lang, true);
    let now = &state.0;
    let dispatch = context.dispatch();
    use_page_name(
        props.names_page,
        labels::page_title(now.dataset.title.get(now.lang), now.lang),
        now.lang.tag().to_string(),
    );
    use_autoplay(
        now.playing,
        now.selected,
        now.interval_ms,
        context.callback_for(Action::Advance),
    );
    use_hash_link(
        props.dataset.clone(),
        now.selected,
        now.playing,
        props.options.deep_link == DeepLink::Hash,
        dispatch.reform(Action::Select),
    );
    let right_to_left = now.lang.right_to_left();
    let (ontouchstart, ontouchend) = use_swipe(dispatch.clone(), right_to_left);

    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let tag = target.as_ref().map(web_sys::Element::tag_name);
        let on_control = tag.as_deref().is_some_and(is_control_tag);
        let within = |group: &str| {
            target
                .as_ref()
                .is_some_and(|el| el.closest(group).ok().flatten().is_some())
        };
        let place = if tag.as_deref() == Some("SELECT") {
            KeyPlace::Field
        } else if within(".ct-nav__segments") {
            KeyPlace::Periods
        } else if within(".ct-lang") {
            KeyPlace::Languages
        } else {
            KeyPlace::Widget
        };
        let key = e.key();
        let press = KeyPress {
            key: &key,
            modifier: e.alt_key() || e.ctrl_key() || e.meta_key(),
            on_control,
            place,
            right_to_left,
        };
        if let Some(action) = key_action(press) {
            e.prevent_default();
            dispatch.emit(action);
        }
    });

    let theme = props.options.theme.class();
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
    // The parts with no state of their own, drawn here before the context moves to the others.
    let (header, strip, controls) = (
        header(&context, languages),
        state_strip(&context),
        controls(&context),
    );
    html! {
        <ContextProvider<TimelineContext> context={context}>
            <section {class} data-ct-vars={height_vars} lang={now.lang.tag().to_string()} dir={if right_to_left { "rtl" } else { "ltr" }} aria-label={labels::region(&story.dataset.title, now.lang)}
                {onkeydown} {ontouchstart} {ontouchend}>
                { skip_link(Label::SkipTimeline, "ct-skip--start", "ct-skip--end", now.lang) }
                <p class="ct-sr">{ labels::text(Label::KeyboardHint, now.lang) }</p>
                { header }
                { strip }
                <StoryCard />
                { controls }
                <Navigator />
                if let Some(updated) = &story.dataset.updated {
                    <p class="ct-updated">{ dates::updated(updated, now.lang) }</p>
                }
                <Announcer />
                { skip_link(Label::BackToStart, "ct-skip--end", "ct-skip--start", now.lang) }
            </section>
        </ContextProvider<TimelineContext>>
    }
}
