//! Focus follows the selection inside a group that is one Tab stop (the WAI-ARIA Authoring
//! Practices' roving tabindex): when the reader moves with the arrows, or anything else moves
//! the selection (autoplay, a refresh, a deep link) while focus is in the group, focus goes to
//! the member now selected, the one Tab stop of the group; and when a render removes the member
//! that had focus (a new version of a developing story without its event), focus goes to the
//! member selected instead of falling to the page's body.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// After each render, when focus is on one of `members` inside `group`'s element, or was on one
/// that the render removed, moves it to the first element there that matches `selected`. Focus
/// elsewhere is left alone. Not generic, so that the wasm holds it once.
#[hook]
pub fn use_focus_follows(group: NodeRef, members: &'static str, selected: &'static str) {
    // The member that had focus after the last render: if a render takes it out of the page,
    // focus was lost with it, not moved by the reader.
    let held: Rc<RefCell<Option<web_sys::Element>>> = use_mut_ref(|| None);
    {
        // The reader (or a script) focusing a member between renders.
        let held = held.clone();
        let group = group.clone();
        use_effect_with((), move |_| {
            let listener = group.cast::<web_sys::Element>().map(|element| {
                gloo::events::EventListener::new(&element, "focusin", move |event| {
                    let target = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    if let Some(member) = target.filter(|t| t.matches(members).unwrap_or(false)) {
                        *held.borrow_mut() = Some(member);
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect(move || {
        let Some(group) = group.cast::<web_sys::Element>() else {
            return;
        };
        let on_member = focused_in(&group).filter(|el| el.matches(members).unwrap_or(false));
        let lost = held
            .borrow()
            .as_ref()
            .is_some_and(|el| !el.is_connected() && nothing_focused());
        let mut now = on_member.clone();
        if on_member.is_some() || lost {
            if let Ok(Some(target)) = group.query_selector(selected) {
                if on_member.as_ref() != Some(&target) {
                    if let Ok(html) = target.clone().dyn_into::<web_sys::HtmlElement>() {
                        let _ = html.focus();
                    }
                }
                now = Some(target);
            }
        }
        *held.borrow_mut() = now;
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

/// Whether focus is nowhere (on the page's body), as after its element was removed.
fn nothing_focused() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    }
}
