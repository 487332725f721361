//! Getting the story to show, as the story loader draws it: checked already, as text, or fetched
//! by URL (and, for a developing story, fetched again while the widget lives), checked, and held
//! until the words of the language it opens in are here. The async work lives here, so that the
//! loader only draws where it stands.

use crate::fetch::{fetch_text, Cached};
use crate::refresh::{self, Watch};
use crate::state::{StoryFailure, StoryProblems, StorySource};
use crate::words_files;
use crisis_format::schema::Dataset;
use crisis_format::validate::{check_story, check_story_again, ShownVersion};
use crisis_intl::IntlZones;
use crisis_model::held_words;
use crisis_model::language_choice;
use crisis_model::options::Options;
use std::rc::Rc;
use yew::prelude::*;

/// Where getting the story stands.
#[derive(Clone, PartialEq)]
pub enum Arrival {
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

/// Where getting the story from `source` stands, and the count of the reader's asks for it anew
/// (the notice's "try again"), which sets off a new attempt when it changes. `on_story` is
/// handed each story shown, `on_problems` what keeps one from being shown whole. A hook of its
/// own costs the wasm 0.1 kB gzipped over the same code in the component (`make size`).
#[hook]
pub fn use_story_arrival(
    source: &StorySource,
    options: &Options,
    wishes: &Rc<[String]>,
    on_story: &Callback<Rc<Dataset>>,
    on_problems: &Callback<StoryProblems>,
) -> (UseStateHandle<Arrival>, UseStateHandle<u32>) {
    // The language the story will open in, as the timeline will choose it.
    let opening = {
        let asked = options.lang;
        let wishes = wishes.clone();
        Rc::new(move |dataset: &Dataset| {
            let wishes: Vec<&str> = wishes.iter().map(String::as_str).collect();
            language_choice::opening(&dataset.languages, asked, &wishes)
        })
    };
    let loaded = {
        let source = source.clone();
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
        let on_story = on_story.clone();
        let on_problems = on_problems.clone();
        let timeout_ms = options.timeout_ms;
        let refresh_s = options.refresh_s;
        use_effect_with((source.clone(), *attempt), move |(source, _)| {
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
    (loaded, attempt)
}
