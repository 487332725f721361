//! The widget's outermost component: where getting the story stands (`use_story_arrival`:
//! checked already, as text, or by URL), drawn as the timeline; while it loads, a notice that
//! keeps the widget's place; for a story that cannot be shown, a short message in the reader's
//! language, with a button to try again when the network failed. Never another story.

use super::Timeline;
use crate::hooks::{use_page_name, use_story_arrival, use_words, Arrival};
use crate::state::{StoryFailure, StoryProblems, StorySource, TimelineReducer};
use crisis_format::schema::{Dataset, Lang};
use crisis_model::labels::{self, Label};
use crisis_model::options::Options;
use crisis_model::story_diff::StoryDiff;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`StoryLoader`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryLoaderProps {
    /// The story to show.
    pub source: StorySource,
    /// The host's options.
    #[prop_or_default]
    pub options: Options,
    /// Told the index of the selected event whenever it changes, and once on mount.
    #[prop_or_default]
    pub on_select: Callback<usize>,
    /// Told the index of the event where autoplay starts, each time it starts.
    #[prop_or_default]
    pub on_play: Callback<usize>,
    /// Handed the widget's dispatcher once the timeline is mounted.
    #[prop_or_default]
    pub on_ready: Callback<UseReducerDispatcher<TimelineReducer>>,
    /// Handed the checked story before the timeline shows it.
    #[prop_or_default]
    pub on_story: Callback<Rc<Dataset>>,
    /// Told what keeps the story from being shown whole.
    #[prop_or_default]
    pub on_problems: Callback<StoryProblems>,
    /// Told what changed when a new version of a developing story replaces the one shown.
    #[prop_or_default]
    pub on_update: Callback<Rc<StoryDiff>>,
    /// Whether the widget is its page's own (the standalone page, the iframe's page), whose
    /// title and heading it keeps at the story's name, and at "loading" meanwhile.
    #[prop_or_default]
    pub names_page: bool,
    /// The reader's languages, most wanted first: the page's around the widget, then the
    /// browser's. They choose the story's language when the options name none, and the
    /// notices' before the story arrives.
    #[prop_or_default]
    pub wishes: Rc<[String]>,
}

/// The story's widget, or what stands in for it.
#[component]
pub fn StoryLoader(props: &StoryLoaderProps) -> Html {
    let (loaded, attempt) = use_story_arrival(
        &props.source,
        &props.options,
        &props.wishes,
        &props.on_story,
        &props.on_problems,
    );
    let lang = props
        .options
        .lang
        .or_else(|| props.wishes.iter().find_map(|w| Lang::parse(w).ok()))
        .unwrap_or_default();
    // A notice in the reader's language: its words fetched when the page lacks them.
    use_words(lang, !matches!(*loaded, Arrival::Shown(_)));
    let class = classes!("ct", "ct-notice", props.options.theme.class());
    use_page_name(
        props.names_page && matches!(*loaded, Arrival::Waiting),
        labels::text(Label::Loading, lang).to_string(),
        lang.tag().to_string(),
    );
    match &*loaded {
        Arrival::Shown(dataset) => html! {
            <Timeline dataset={dataset.clone()} options={props.options.clone()} wishes={props.wishes.clone()} names_page={props.names_page}
                on_select={props.on_select.clone()} on_play={props.on_play.clone()} on_ready={props.on_ready.clone()}
                on_update={props.on_update.clone()} />
        },
        Arrival::Waiting => html! {
            <div {class} lang={lang.tag().to_string()} role="status" aria-busy="true">
                <p class="ct-notice__text">{ labels::text(Label::Loading, lang) }</p>
            </div>
        },
        Arrival::Failed(failure) => {
            let (text, retry) = match failure {
                StoryFailure::Unreachable(_) => (Label::Unreachable, true),
                StoryFailure::Invalid => (Label::Invalid, false),
                StoryFailure::Refused => (Label::Refused, false),
            };
            let on_retry = {
                let attempt = attempt.clone();
                Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1))
            };
            html! {
                <div {class} lang={lang.tag().to_string()} role="alert">
                    <p class="ct-notice__text">{ labels::text(text, lang) }</p>
                    if retry {
                        <button type="button" class="ct-button ct-notice__retry" onclick={on_retry}>
                            { labels::text(Label::Retry, lang) }
                        </button>
                    }
                </div>
            }
        }
    }
}
