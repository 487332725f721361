//! The widget's outermost component: it gets the story to show (checked already, as text, or by
//! URL), checks it, and shows the timeline, or while it loads a notice that keeps the widget's
//! place, or a short message in the reader's language in place of a story that cannot be
//! shown, with a button to try again when the network failed. Never another story.

use super::Timeline;
use crate::fetch::{fetch_text, Cached};
use crate::hooks::{use_page_name, use_words};
use crate::refresh::{self, Watch};
use crate::state::{StoryFailure, StoryProblems, StorySource, TimelineReducer};
use crate::words_files;
use crisis_format::schema::{Dataset, Lang};
use crisis_format::validate::{check_story, check_story_again, ShownVersion};
use crisis_intl::IntlZones;
use crisis_model::held_words;
use crisis_model::labels::{self, Label};
use crisis_model::language_choice;
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

/// Where getting the story stands.
#[derive(Clone, PartialEq)]
enum Arrival {
    /// Not here yet: fetched, or waiting for its words.
    Waiting,
    /// Checked and shown.
    Shown(Rc<Dataset>),
    /// It cannot be shown, and why.
    Failed(StoryFailure),
}

/// Checks a story's text, a new version of `shown` when there is one: the story to show, what
/// the host is told of it, and the version to check a developing story's next one against.
fn checked_version(
    text: Rc<str>,
    shown: Option<&ShownVersion>,
) -> (Arrival, Option<StoryProblems>, Option<ShownVersion>) {
    let checked = IntlZones::with_page(|zones| match shown {
        Some(shown) => check_story_again(&text, zones, shown),
        None => check_story(&text, zones),
    });
    match checked {
        Ok(checked) => {
            held_words::hold_story(&checked.dataset);
            let problems = (!checked.skipped.is_empty()).then_some(StoryProblems {
                failure: None,
                mistakes: checked.skipped,
                refetched: false,
            });
            let dataset = Rc::new(checked.dataset);
            let version = ShownVersion {
                text,
                dataset: dataset.clone(),
                spans: checked.spans,
                events_span: checked.events_span,
            };
            (Arrival::Shown(dataset), problems, Some(version))
        }
        Err(mistakes) => (
            Arrival::Failed(StoryFailure::Invalid),
            Some(StoryProblems {
                failure: Some(StoryFailure::Invalid),
                mistakes,
                refetched: false,
            }),
            None,
        ),
    }
}

/// The story's widget, or what stands in for it.
#[component]
pub fn StoryLoader(props: &StoryLoaderProps) -> Html {
    // The language the story will open in, as the timeline will choose it.
    let opening = {
        let asked = props.options.lang;
        let wishes = props.wishes.clone();
        Rc::new(move |dataset: &Dataset| {
            let wishes: Vec<&str> = wishes.iter().map(String::as_str).collect();
            language_choice::opening(&dataset.languages, asked, &wishes)
        })
    };
    let loaded = {
        let source = props.source.clone();
        let opening = opening.clone();
        use_state(move || match source {
            // A story checked already is shown at once, unless the words of its language are
            // still to be fetched (its effect below waits for them).
            StorySource::Ready(dataset) => {
                held_words::hold_story(&dataset);
                match words_files::missing(opening(&dataset)) {
                    true => Arrival::Waiting,
                    false => Arrival::Shown(dataset),
                }
            }
            _ => Arrival::Waiting,
        })
    };
    // Each press of "try again" asks for the story anew.
    let attempt = use_state(|| 0u32);
    // A developing story's fetches again (option `refresh`), while the widget lives.
    let watching = use_mut_ref(|| None::<Watch>);
    // The version of a developing story shown, which the next is read against.
    let shown_version = use_mut_ref(|| None::<ShownVersion>);
    {
        let loaded = loaded.clone();
        let on_story = props.on_story.clone();
        let on_problems = props.on_problems.clone();
        let timeout_ms = props.options.timeout_ms;
        let refresh_s = props.options.refresh_s;
        use_effect_with((props.source.clone(), *attempt), move |(source, _)| {
            watching.borrow_mut().take();
            if refresh_s.is_some() && !matches!(source, StorySource::Url(_)) {
                crate::console::warn(
                    "crisis-timeline: option 'refresh' is for a story by URL (src); it is ignored",
                );
            }
            // A new version replaces the one shown; one that cannot be shown leaves it there.
            let version = shown_version.clone();
            let on_new_version = {
                let shown = loaded.clone();
                let on_story = on_story.clone();
                let on_problems = on_problems.clone();
                Callback::from(move |text: Rc<str>| {
                    let outcome = checked_version(text, version.borrow().as_ref());
                    match outcome {
                        (Arrival::Shown(dataset), problems, next) => {
                            *version.borrow_mut() = next;
                            on_story.emit(dataset.clone());
                            shown.set(Arrival::Shown(dataset));
                            if let Some(problems) = problems {
                                on_problems.emit(problems);
                            }
                        }
                        (_, problems, _) => {
                            if let Some(problems) = problems {
                                on_problems.emit(StoryProblems {
                                    refetched: true,
                                    ..problems
                                });
                            }
                        }
                    }
                })
            };
            let shown = loaded.clone();
            let opening = opening.clone();
            let settle = move |(outcome, problems): (Arrival, Option<StoryProblems>)| {
                // A story waits for the words of the language it opens in, where they are to
                // be fetched: the reader never sees another language's labels first.
                let lang = match &outcome {
                    Arrival::Shown(dataset) => Some(opening(dataset)),
                    _ => None,
                };
                let show = move || {
                    if let Arrival::Shown(dataset) = &outcome {
                        on_story.emit(dataset.clone());
                    }
                    shown.set(outcome);
                    if let Some(problems) = problems {
                        on_problems.emit(problems);
                    }
                };
                match lang {
                    Some(lang) => words_files::bring(lang, show),
                    None => show(),
                }
            };
            match source.clone() {
                StorySource::Ready(dataset) => {
                    held_words::hold_story(&dataset);
                    settle((Arrival::Shown(dataset), None))
                }
                StorySource::Text(text) => {
                    let (loaded, problems, _) = checked_version(text, None);
                    settle((loaded, problems));
                }
                StorySource::Refused(_) => settle((
                    Arrival::Failed(StoryFailure::Refused),
                    Some(StoryProblems {
                        failure: Some(StoryFailure::Refused),
                        mistakes: Vec::new(),
                        refetched: false,
                    }),
                )),
                StorySource::Url(url) => {
                    loaded.set(Arrival::Waiting);
                    yew::platform::spawn_local(async move {
                        let fetched = fetch_text(&url, timeout_ms, Cached::AsAllowed).await;
                        settle(match fetched {
                            Ok(text) => {
                                let text: Rc<str> = text.into();
                                let (loaded, problems, version) =
                                    checked_version(text.clone(), None);
                                if let (Some(shown), Some(every_s)) = (version, refresh_s) {
                                    *shown_version.borrow_mut() = Some(shown);
                                    *watching.borrow_mut() = Some(refresh::watch(
                                        &url,
                                        every_s,
                                        timeout_ms,
                                        text,
                                        on_new_version,
                                    ));
                                }
                                (loaded, problems)
                            }
                            Err(error) => {
                                let failure = StoryFailure::Unreachable(error.to_string());
                                let problems = StoryProblems {
                                    failure: Some(failure.clone()),
                                    mistakes: Vec::new(),
                                    refetched: false,
                                };
                                (Arrival::Failed(failure), Some(problems))
                            }
                        })
                    });
                }
            }
        });
    }
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
