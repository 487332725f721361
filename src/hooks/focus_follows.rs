//! Focus follows the selection inside a group that is one Tab stop (the WAI-ARIA Authoring
//! Practices' roving tabindex): when the reader moves with the arrows, or anything else moves
//! the selection (autoplay, a refresh, a deep link) while focus is in the group, focus goes to
//! the member now selected, the one Tab stop of the group.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// After `selection` (an index: an event's, a period's, a language's) changes, when focus is on
/// one of `members` inside `group`'s element, moves it to the first element there that matches
/// `selected`. Focus elsewhere is left alone. Not generic, so that the wasm holds it once.
#[hook]
pub fn use_focus_follows(
    group: NodeRef,
    selection: usize,
    members: &'static str,
    selected: &'static str,
) {
    use_effect_with(selection, move |_| {
        let Some(group) = group.cast::<web_sys::Element>() else {
            return;
        };
        let on_member = focused_in(&group).is_some_and(|el| el.matches(members).unwrap_or(false));
        if !on_member {
            return;
        }
        if let Ok(Some(target)) = group.query_selector(selected) {
            if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
                let _ = target.focus();
            }
        }
    });
}

/// The element with focus, when it is inside `group`, in the page or inside a shadow root (where
/// the document only sees the host).
fn focused_in(group: &web_sys::Element) -> Option<web_sys::Element> {
    let in_root = group
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element());
    let focused = in_root.or_else(|| web_sys::window()?.document()?.active_element())?;
    group.contains(Some(&focused)).then_some(focused)
}
