//! A developing story, fetched again every `refresh` seconds for the widgets that show it (the
//! `refresh` option). One fetch per interval for all the widgets of a page that show the same
//! `src`; none while the page is hidden, and one as soon as it is visible again; each a
//! revalidation, which a server answers with `304` when nothing changed; and after a failure,
//! twice the wait, up to ten minutes (`crisis_model::refresh_wait`). A widget hears only of a text that differs from the last.

use crate::fetch::{fetch_text, Cached};
use crisis_model::refresh_wait::next_wait_ms;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::Callback;

/// One widget's interest in a story's new versions; dropping it ends it.
pub struct Watch {
    url: String,
    id: u64,
}

/// A widget that watches a story.
struct Watcher {
    id: u64,
    every_ms: u32,
    timeout_ms: u32,
    on_change: Callback<Rc<str>>,
}

/// A story watched by one or more widgets of the page.
struct Watched {
    url: String,
    watchers: RefCell<Vec<Watcher>>,
    /// The text last handed to the widgets.
    last: RefCell<Rc<str>>,
    /// Failures in a row, which double the wait.
    failures: Cell<u32>,
    timer: RefCell<Option<gloo::timers::callback::Timeout>>,
    /// A fetch came due while the page was hidden.
    due: Cell<bool>,
}

thread_local! {
    static WATCHED: RefCell<Vec<Rc<Watched>>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
    static ON_VISIBLE: RefCell<Option<gloo::events::EventListener>> = const { RefCell::new(None) };
}

/// Fetches the story at `url` again every `every_s` seconds while the returned watch lives,
/// and hands `on_change` each text that differs from `seen` and from the one before it.
pub fn watch(
    url: &str,
    every_s: u32,
    timeout_ms: u32,
    seen: Rc<str>,
    on_change: Callback<Rc<str>>,
) -> Watch {
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let watcher = Watcher {
        id,
        every_ms: every_s.saturating_mul(1000),
        timeout_ms,
        on_change,
    };
    listen_for_visibility();
    let existing = WATCHED.with(|w| w.borrow().iter().find(|w| w.url == url).cloned());
    match existing {
        Some(watched) => watched.watchers.borrow_mut().push(watcher),
        None => {
            let watched = Rc::new(Watched {
                url: url.to_string(),
                watchers: RefCell::new(vec![watcher]),
                last: RefCell::new(seen),
                failures: Cell::new(0),
                timer: RefCell::new(None),
                due: Cell::new(false),
            });
            WATCHED.with(|w| w.borrow_mut().push(watched.clone()));
            schedule(&watched);
        }
    }
    Watch {
        url: url.to_string(),
        id,
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        WATCHED.with(|all| {
            let mut all = all.borrow_mut();
            if let Some(watched) = all.iter().find(|w| w.url == self.url) {
                watched.watchers.borrow_mut().retain(|w| w.id != self.id);
                if watched.watchers.borrow().is_empty() {
                    // Its timer's closure holds it: dropping the timer frees both.
                    watched.timer.borrow_mut().take();
                }
            }
            all.retain(|w| !w.watchers.borrow().is_empty());
        });
    }
}

/// Sets the next fetch of `watched`, after the wait the model's policy gives for the shortest
/// interval its widgets ask for and its failures in a row.
fn schedule(watched: &Rc<Watched>) {
    let Some(every_ms) = watched.watchers.borrow().iter().map(|w| w.every_ms).min() else {
        return;
    };
    let wait = next_wait_ms(every_ms, watched.failures.get());
    let next = watched.clone();
    *watched.timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(wait, move || {
        if page_hidden() {
            next.due.set(true);
        } else {
            fetch(next);
        }
    }));
}

/// Fetches `watched` now, tells its widgets if the text changed, and sets the next fetch.
fn fetch(watched: Rc<Watched>) {
    let timeout_ms = watched.watchers.borrow().iter().map(|w| w.timeout_ms).max();
    let Some(timeout_ms) = timeout_ms else {
        return;
    };
    yew::platform::spawn_local(async move {
        match fetch_text(&watched.url, timeout_ms, Cached::Revalidated).await {
            Ok(text) => {
                watched.failures.set(0);
                if *watched.last.borrow().as_ref() != *text {
                    let text: Rc<str> = text.into();
                    *watched.last.borrow_mut() = text.clone();
                    let listeners: Vec<Callback<Rc<str>>> = watched
                        .watchers
                        .borrow()
                        .iter()
                        .map(|w| w.on_change.clone())
                        .collect();
                    for on_change in listeners {
                        on_change.emit(text.clone());
                    }
                }
            }
            Err(error) => {
                watched
                    .failures
                    .set(watched.failures.get().saturating_add(1));
                crate::console::warn(&format!(
                    "crisis-timeline: the story at {} could not be fetched again ({error}); the version shown stays",
                    watched.url.chars().take(200).collect::<String>()
                ));
            }
        }
        schedule(&watched);
    });
}

/// Whether the page is hidden (another tab, a minimised window).
fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Once per page: when the page becomes visible again, the stories that came due meanwhile
/// are fetched at once.
fn listen_for_visibility() {
    ON_VISIBLE.with(|listener| {
        if listener.borrow().is_some() {
            return;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        *listener.borrow_mut() = Some(gloo::events::EventListener::new(
            &document,
            "visibilitychange",
            |_| {
                if page_hidden() {
                    return;
                }
                let due: Vec<Rc<Watched>> = WATCHED.with(|w| {
                    w.borrow()
                        .iter()
                        .filter(|w| w.due.replace(false))
                        .cloned()
                        .collect()
                });
                for watched in due {
                    fetch(watched);
                }
            },
        ));
    });
}
