//! One mounted widget as its host sees it: the element it lives in, the Yew app, the dispatcher
//! the JS API drives it with, and the events it sends to the host element
//! (`crisis-timeline:ready`, `:select`, `:play`, `:complete`, `:update` and `:error`), with a
//! console line for each problem.

use super::host_events::{dispatch, Detail};
use super::style_observer::StyleObserver;
use crate::components::slot::{Slot, SlotProps};
use crate::components::story_loader::StoryLoaderProps;
use crate::state::{StoryProblems, StorySource, TimelineReducer};
use crisis_format::schema::{Dataset, Lang};
use crisis_format::validate::check_story;
use crisis_intl::IntlZones;
use crisis_model::language_choice::{answer, expected};
use crisis_model::options::{Options, Theme};
use crisis_model::pages::OWN_PAGES;
use crisis_model::story_diff::StoryDiff;
use crisis_model::timeline::Action;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::{AppHandle, UseReducerDispatcher};

thread_local! {
    /// Widgets mounted on this page, so that mounting twice on one element finds the first. Held
    /// here until destroyed: a host that drops every handle (the script embed's `mountAll` does)
    /// still has a live widget, which a later `mount` on its element must find. Held weakly,
    /// they went with the handles when the browser collected them, and a second widget was
    /// mounted beside the first (seen by the developing story's test, 30 s after load).
    static MOUNTED: RefCell<Vec<Rc<MountedWidget>>> = const { RefCell::new(Vec::new()) };
}

/// A widget mounted in a host element.
pub struct MountedWidget {
    host: web_sys::Element,
    /// The element the widget renders into, inside the host or its shadow root.
    root: web_sys::Element,
    /// The story shown, once it is checked (a story by URL arrives later).
    dataset: Rc<RefCell<Option<Rc<Dataset>>>>,
    app: RefCell<Option<AppHandle<Slot>>>,
    /// What the app was rendered with, for a change of option after mount.
    props: RefCell<Option<StoryLoaderProps>>,
    /// This widget's generation in its root (see [`SlotProps::generation`]).
    generation: u64,
    dispatcher: Rc<RefCell<Option<UseReducerDispatcher<TimelineReducer>>>>,
    /// Actions asked for before the first render handed over the dispatcher.
    pending: Rc<RefCell<Vec<Action>>>,
    /// Sets the styles the widget's attributes ask for, from before its first render.
    styles: RefCell<Option<StyleObserver>>,
}

impl MountedWidget {
    /// The widget already mounted in `host`, if any.
    pub fn find(host: &web_sys::Element) -> Option<Rc<MountedWidget>> {
        MOUNTED.with(|m| m.borrow().iter().find(|w| w.host == *host).cloned())
    }

    /// Renders a widget of the story from `source` in `parent` (the host or its shadow root),
    /// dispatching `crisis-timeline:select`, `:ready` and the others on `host`.
    pub fn mount(
        host: web_sys::Element,
        parent: &web_sys::Node,
        source: StorySource,
        options: Options,
    ) -> Rc<MountedWidget> {
        let (root, mut app) = super::parking::take(parent);
        let source = checked_at_once(source);
        // A story checked already is known at once: the timeline tells its first selection
        // during its first render, before the story loader's effects run.
        let dataset = Rc::new(RefCell::new(match &source {
            StorySource::Ready(dataset) => Some(dataset.clone()),
            _ => None,
        }));
        let widget = Rc::new(MountedWidget {
            host: host.clone(),
            root: root.clone(),
            dataset: dataset.clone(),
            app: RefCell::new(None),
            props: RefCell::new(None),
            generation: super::parking::next_generation(),
            dispatcher: Rc::new(RefCell::new(None)),
            pending: Rc::new(RefCell::new(Vec::new())),
            styles: RefCell::new(StyleObserver::watch(&root)),
        });
        // The selected event, as the host hears of it.
        let detail = {
            let dataset = dataset.clone();
            move |index: usize| {
                let story = dataset.borrow();
                let events = story.as_ref().map_or(0, |d| d.events.len());
                let id = story
                    .as_ref()
                    .and_then(|d| d.events.get(index).map(|e| e.id.to_string()))
                    .unwrap_or_default();
                (id, index, events)
            }
        };
        let on_select = {
            let host = host.clone();
            let detail = detail.clone();
            // The widget's first selection is where it opens, not a move of the reader's; the
            // reader reaches the end once, for the host's count of readers who did.
            let opened = Cell::new(false);
            let completed = Cell::new(false);
            yew::Callback::from(move |index: usize| {
                let (id, index, events) = detail(index);
                dispatch(
                    &host,
                    "crisis-timeline:select",
                    select_detail(&id, index, events),
                );
                if opened.replace(true) && index + 1 == events && !completed.replace(true) {
                    dispatch(
                        &host,
                        "crisis-timeline:complete",
                        select_detail(&id, index, events),
                    );
                }
            })
        };
        let on_play = {
            let host = host.clone();
            yew::Callback::from(move |index: usize| {
                let (id, index, events) = detail(index);
                dispatch(
                    &host,
                    "crisis-timeline:play",
                    select_detail(&id, index, events),
                )
            })
        };
        let on_ready = {
            let slot = widget.dispatcher.clone();
            let pending = widget.pending.clone();
            let host = host.clone();
            let dataset = dataset.clone();
            yew::Callback::from(move |dispatcher: UseReducerDispatcher<TimelineReducer>| {
                let count = dataset
                    .borrow()
                    .as_ref()
                    .map_or(0, |d| d.events.len() as u32);
                for action in pending.borrow_mut().drain(..) {
                    dispatcher.dispatch(action.into());
                }
                *slot.borrow_mut() = Some(dispatcher);
                // After the host's current script, so that listeners it adds next still hear it.
                let host = host.clone();
                yew::platform::spawn_local(async move {
                    dispatch(
                        &host,
                        "crisis-timeline:ready",
                        Detail::new().with("events", count),
                    );
                });
            })
        };
        let on_story = yew::Callback::from(move |story: Rc<Dataset>| {
            *dataset.borrow_mut() = Some(story);
        });
        let on_problems = {
            let host = host.clone();
            let src = match &source {
                StorySource::Url(url) | StorySource::Refused(url) => url.clone(),
                _ => String::new(),
            };
            yew::Callback::from(move |problems: StoryProblems| {
                super::story_report::report(&host, &src, &problems)
            })
        };
        // What a new version of a developing story changed, for the host's own use.
        let on_update = {
            let host = host.clone();
            yew::Callback::from(move |diff: Rc<StoryDiff>| {
                // The events added, changed and removed, by id.
                dispatch(
                    &host,
                    "crisis-timeline:update",
                    Detail::new()
                        .list("added", diff.added.iter().map(String::as_str))
                        .list("changed", diff.changed.iter().map(String::as_str))
                        .list("removed", diff.removed.iter().map(String::as_str)),
                )
            })
        };
        let props = StoryLoaderProps {
            names_page: host.matches(OWN_PAGES).unwrap_or(false),
            wishes: reader_wishes(&host),
            source,
            options,
            on_select,
            on_play,
            on_ready,
            on_story,
            on_problems,
            on_update,
        };
        app.update(SlotProps {
            widget: Some(props.clone()),
            generation: widget.generation,
        });
        *widget.app.borrow_mut() = Some(app);
        *widget.props.borrow_mut() = Some(props);
        MOUNTED.with(|m| m.borrow_mut().push(widget.clone()));
        widget
    }

    /// Asks the widget for `action`, now or as soon as it has rendered.
    pub fn dispatch(&self, action: Action) {
        match &*self.dispatcher.borrow() {
            Some(dispatcher) => dispatcher.dispatch(action.into()),
            None => self.pending.borrow_mut().push(action),
        }
    }

    /// Shows the widget in `theme` from now on.
    pub fn set_theme(&self, theme: Theme) {
        let mut props = self.props.borrow_mut();
        let mut app = self.app.borrow_mut();
        let (Some(props), Some(app)) = (props.as_mut(), app.as_mut()) else {
            return;
        };
        props.options.theme = theme;
        app.update(SlotProps {
            widget: Some(props.clone()),
            generation: self.generation,
        });
    }

    /// Index of the event with `id`; `None` too while the story is not there yet.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.dataset.borrow().as_ref()?.index_of(id)
    }

    /// What a language must be for this story ([`expected`]), when the story is there and is
    /// not told in `lang` (on its whole tag or its language alone); `None` otherwise.
    pub fn lacks(&self, lang: Lang) -> Option<String> {
        let dataset = self.dataset.borrow();
        let languages = &dataset.as_ref()?.languages;
        answer(languages, lang.tag())
            .is_none()
            .then(|| expected(languages))
    }

    /// Whether the widget is still mounted.
    pub fn is_mounted(&self) -> bool {
        self.app.borrow().is_some()
    }

    /// Removes the widget, its listeners and timers; returns false when it was already gone.
    pub fn destroy(&self) -> bool {
        let Some(app) = self.app.borrow_mut().take() else {
            return false;
        };
        // Yew keeps its delegated listeners on the element it rendered into for good: the
        // element waits out of the page for the next widget (see `parking`).
        super::parking::park(self.root.clone(), app);
        self.styles.borrow_mut().take();
        self.dispatcher.borrow_mut().take();
        self.props.borrow_mut().take();
        if let Some(shadow) = self.host.shadow_root() {
            shadow.set_text_content(None);
        }
        let _ = self.host.remove_attribute("data-crisis-timeline-mounted");
        MOUNTED.with(|m| m.borrow_mut().retain(|w| w.host != self.host));
        true
    }
}

/// A story given as text that reads whole, checked now: shown from the first render, as a
/// story checked already, rather than after a first render of the loading notice (seen by the
/// end-to-end test of layout shifts as a frame at the notice's height). A story with mistakes
/// goes to the story loader, which reports them.
fn checked_at_once(source: StorySource) -> StorySource {
    let StorySource::Text(text) = source else {
        return source;
    };
    match IntlZones::with_page(|zones| check_story(&text, zones)) {
        Ok(checked) if checked.skipped.is_empty() => StorySource::Ready(Rc::new(checked.dataset)),
        _ => StorySource::Text(text),
    }
}

/// What `crisis-timeline:select`, `:play` and `:complete` tell the host: the selected event's
/// id and index, and how many events the story has.
fn select_detail(id: &str, index: usize, events: usize) -> Detail {
    Detail::new()
        .with("id", id)
        .with("index", index as u32)
        .with("events", events as u32)
}

/// The reader's languages, most wanted first: the page's, from the nearest `lang` around the
/// widget, then the browser's (`navigator.languages`).
fn reader_wishes(host: &web_sys::Element) -> Rc<[String]> {
    let page = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"));
    let browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default();
    page.into_iter().chain(browser).collect()
}
