//! Deep links: `#event-id` in the page's URL selects that event on load and when the reader goes
//! back or forward; the selection is written back as the reader moves.

use crate::components::context::TimelineContext;
use crate::model::timeline::Action;
use gloo::events::EventListener;
use yew::prelude::*;

/// The event id in the page's URL hash, if it names one.
fn current_hash() -> Option<String> {
    crate::model::deep_link::event_id(&web_sys::window()?.location().hash().ok()?)
}

/// Selects the event named by the URL hash, now and on every hash change.
fn follow_hash(context: &TimelineContext) {
    if let Some(id) = current_hash() {
        if let Some(index) = context.story.dataset.index_of(&id) {
            if index != context.now().selected {
                context.state.dispatch(Action::Select(index));
            }
        }
    }
}

/// Keeps the URL hash and the selection in step while `enabled`.
#[hook]
pub fn use_hash_link(context: &TimelineContext, enabled: bool) {
    {
        let context = context.clone();
        use_effect_with(enabled, move |&enabled| {
            let listener = enabled.then(|| {
                follow_hash(&context);
                let window = web_sys::window().expect("a widget runs in a window");
                EventListener::new(&window, "hashchange", move |_| follow_hash(&context))
            });
            move || drop(listener)
        });
    }
    let now = context.now();
    let id = context.story.event(now.selected).id.to_string();
    let playing = now.playing;
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
