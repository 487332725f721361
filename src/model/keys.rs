//! What a key pressed inside the widget does. The widget only listens to keys on its own
//! element, so the page around it keeps all of its keys.

use super::timeline::Action;

/// A key as the widget sees it: the key's name (`KeyboardEvent.key`), whether a modifier was
/// held, and whether focus was on a control (button, link, field) that has its own use for
/// Space.
#[derive(Clone, Copy, Debug)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`, e.g. `ArrowRight` or `" "`.
    pub key: &'a str,
    /// Alt, Ctrl or Meta was held: the browser's or the system's shortcut, not ours.
    pub modifier: bool,
    /// Focus was on a button, link or form field.
    pub on_control: bool,
}

/// The action a key asks for, if any. Space and Enter keep their own meaning on buttons and
/// links, so that they still press what has focus.
pub fn key_action(press: KeyPress) -> Option<Action> {
    if press.modifier {
        return None;
    }
    match press.key {
        "ArrowRight" => Some(Action::Next),
        "ArrowLeft" => Some(Action::Previous),
        "Home" => Some(Action::First),
        "End" => Some(Action::Last),
        " " | "Spacebar" if !press.on_control => Some(Action::TogglePlay),
        _ => None,
    }
}

/// Whether an element with this tag name (as the DOM writes it, upper case) is a control that
/// takes Space for itself.
pub fn is_control_tag(tag: &str) -> bool {
    matches!(tag, "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, modifier: bool, on_control: bool) -> Option<Action> {
        key_action(KeyPress {
            key,
            modifier,
            on_control,
        })
    }

    #[test]
    fn arrows_home_end_and_space_move_through_the_story() {
        assert_eq!(press("ArrowRight", false, false), Some(Action::Next));
        assert_eq!(press("ArrowLeft", false, true), Some(Action::Previous));
        assert_eq!(press("Home", false, false), Some(Action::First));
        assert_eq!(press("End", false, true), Some(Action::Last));
        assert_eq!(press(" ", false, false), Some(Action::TogglePlay));
        assert_eq!(press("Spacebar", false, false), Some(Action::TogglePlay));
    }

    #[test]
    fn shortcuts_other_keys_and_space_on_a_control_are_left_alone() {
        assert_eq!(press("ArrowRight", true, false), None, "Alt+Arrow is Back");
        assert_eq!(press(" ", false, true), None, "Space presses the button");
        assert_eq!(press("Enter", false, false), None);
        assert_eq!(press("a", false, false), None);
        assert!(is_control_tag("BUTTON") && is_control_tag("A"));
        assert!(!is_control_tag("DIV") && !is_control_tag("button"));
    }
}
