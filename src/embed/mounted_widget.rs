//! One mounted widget as its host sees it: the element it lives in, the Yew app, the dispatcher
//! the JS API drives it with, and the events it sends to the host element
//! (`crisis-timeline:ready`, `:select`, `:update` and `:error`), with a console line for each
//! problem.

use super::style_observer::StyleObserver;
use crate::components::story_loader::{StoryLoader, StoryLoaderProps};
use crate::data::schema::{Dataset, Lang};
use crate::data::validate::check_story;
use crate::intl::IntlZones;
use crate::model::options::Options;
use crate::model::story_diff::StoryDiff;
use crate::model::timeline::Action;
use crate::state::{StoryProblems, StorySource, TimelineReducer};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
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
    app: RefCell<Option<AppHandle<StoryLoader>>>,
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

    /// Renders a widget of the story from `source` into `root` (a container made by
    /// [`container_in`], in the host or its shadow root), dispatching `crisis-timeline:select`,
    /// `:ready` and `:error` on `host`.
    pub fn mount(
        host: web_sys::Element,
        root: web_sys::Element,
        source: StorySource,
        options: Options,
    ) -> Rc<MountedWidget> {
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
            dispatcher: Rc::new(RefCell::new(None)),
            pending: Rc::new(RefCell::new(Vec::new())),
            styles: RefCell::new(StyleObserver::watch(&root)),
        });
        let on_select = {
            let host = host.clone();
            let dataset = dataset.clone();
            yew::Callback::from(move |index: usize| {
                let id = dataset
                    .borrow()
                    .as_ref()
                    .and_then(|d| d.events.get(index).map(|e| e.id.to_string()))
                    .unwrap_or_default();
                dispatch(
                    &host,
                    "crisis-timeline:select",
                    &SelectDetail { id: &id, index },
                );
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
                        &ReadyDetail { events: count },
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
                dispatch(&host, "crisis-timeline:update", &*diff)
            })
        };
        // The page's language, from the nearest `lang` around the widget, for its notices.
        let page_lang = host
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|tag| Lang::from_tag(&tag));
        let props = StoryLoaderProps {
            page_lang,
            source,
            options,
            on_select,
            on_ready,
            on_story,
            on_problems,
            on_update,
        };
        let app = yew::Renderer::<StoryLoader>::with_root_and_props(root, props).render();
        *widget.app.borrow_mut() = Some(app);
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

    /// Index of the event with `id`; `None` too while the story is not there yet.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.dataset.borrow().as_ref()?.index_of(id)
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
        // Yew keeps its delegated listeners on the element it rendered into for good: removing
        // that container takes them out of the page with it.
        app.destroy();
        self.styles.borrow_mut().take();
        self.root.remove();
        self.dispatcher.borrow_mut().take();
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

/// A new element for one widget to render into, appended to `parent` (an element or a shadow
/// root), so that destroying the widget can take the whole rendering out of the page.
pub fn container_in(parent: &web_sys::Node) -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a widget is mounted in a page");
    let container = document
        .create_element("div")
        .expect("a div can be created");
    let _ = parent.append_child(&container);
    container
}

/// What `crisis-timeline:select` tells the host: the selected event's id and index.
#[derive(serde::Serialize)]
struct SelectDetail<'a> {
    id: &'a str,
    index: usize,
}

/// What `crisis-timeline:ready` tells the host: how many events the widget shows.
#[derive(serde::Serialize)]
struct ReadyDetail {
    events: u32,
}

/// Dispatches a bubbling, composed CustomEvent named `name` on `target`, with `detail` as a
/// plain JS object.
pub(super) fn dispatch(target: &web_sys::Element, name: &str, detail: &impl serde::Serialize) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(detail) = serde_wasm_bindgen::to_value(detail) {
        init.set_detail(&detail);
    }
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(event.unchecked_ref());
    }
}
