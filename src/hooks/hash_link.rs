//! Deep links: `#event-id` in the page's URL selects that event on load and when the reader goes
//! back or forward; the selection is written back as the reader moves.

use crisis_format::schema::Dataset;
use gloo::events::EventListener;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The event id in the page's URL hash, if it names one.
fn current_hash() -> Option<String> {
    crisis_model::deep_link::event_id(&web_sys::window()?.location().hash().ok()?)
}

/// The event of `dataset` that the URL hash names, unless it is already `selected`.
fn hashed_event(dataset: &Dataset, selected: usize) -> Option<usize> {
    dataset
        .index_of(&current_hash()?)
        .filter(|&index| index != selected)
}

/// Keeps the URL hash and the selection in step while `enabled`: the hash's event is handed to
/// `on_select` on mount and on every hash change; the selected event (`selected`, of `dataset`)
/// is written to the hash as the reader moves, replacing the entry while autoplay (`playing`)
/// moves.
#[hook]
pub fn use_hash_link(
    dataset: Rc<Dataset>,
    selected: usize,
    playing: bool,
    enabled: bool,
    on_select: Callback<usize>,
) {
    // The listener outlives this render: it reads the selection from here.
    let current = use_mut_ref(|| Rc::new(Cell::new(selected)));
    current.borrow().set(selected);
    {
        let dataset = dataset.clone();
        let current = current.borrow().clone();
        use_effect_with(enabled, move |&enabled| {
            let listener = enabled.then(|| {
                let follow = move || {
                    if let Some(index) = hashed_event(&dataset, current.get()) {
                        on_select.emit(index);
                    }
                };
                follow();
                let window = web_sys::window().expect("a widget runs in a window");
                EventListener::new(&window, "hashchange", move |_| follow())
            });
            move || drop(listener)
        });
    }
    let id = dataset.events[selected.min(dataset.events.len() - 1)]
        .id
        .to_string();
    let first_run = use_mut_ref(|| true);
    use_effect_with(id, move |id| {
        let initial = std::mem::replace(&mut *first_run.borrow_mut(), false);
        // A page opened without a hash keeps its URL until the reader moves.
        let hash = current_hash();
        if enabled && !(initial && hash.is_none()) && hash.as_deref() != Some(id.as_str()) {
            write_hash(id, playing);
        }
    });
}

/// Writes `#id`: a new history entry for the reader's own moves, so that Back returns to the
/// previous event, and a replaced one during autoplay, so that it does not fill the history.
fn write_hash(id: &str, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("#{id}");
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}
