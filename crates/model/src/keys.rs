//! What a key pressed inside the widget does. The widget only listens to keys on its own
//! element, so the page around it keeps all of its keys.

use super::timeline::{Action, Step};

/// Where focus was when a key was pressed: a group that is one Tab stop and takes the arrow
/// keys for itself (the WAI-ARIA Authoring Practices' composite widgets), or anywhere else in
/// the widget, markers included, where the arrows move through the events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPlace {
    /// Anywhere in the widget but the groups below.
    Widget,
    /// On a period's tab: the arrows choose the period.
    Periods,
    /// On a language's radio button: the arrows choose the language.
    Languages,
    /// On a field that takes the arrows and Space for itself (the languages' select, beyond
    /// three languages): the browser's own keys, or the arrows would move twice.
    Field,
}

/// A key as the widget sees it: the key's name (`KeyboardEvent.key`), whether a modifier was
/// held, whether focus was on a control (button, link, field) that has its own use for Space,
/// and in which group.
#[derive(Clone, Copy, Debug)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`, e.g. `ArrowRight` or `" "`.
    pub key: &'a str,
    /// Alt, Ctrl or Meta was held: the browser's or the system's shortcut, not ours.
    pub modifier: bool,
    /// Focus was on a button, link or form field.
    pub on_control: bool,
    /// The group focus was in.
    pub place: KeyPlace,
    /// The widget is laid out right to left: ArrowLeft goes forward, towards later events, as
    /// the reader sees the axis run.
    pub right_to_left: bool,
}

/// The action a key asks for, if any. Space and Enter keep their own meaning on buttons and
/// links, so that they still press what has focus.
pub fn key_action(press: KeyPress) -> Option<Action> {
    if press.modifier || press.place == KeyPlace::Field {
        return None;
    }
    if let Some(step) = step_of(press.key, press.right_to_left) {
        return Some(match press.place {
            KeyPlace::Widget => match step {
                Step::Next => Action::Next,
                Step::Previous => Action::Previous,
                Step::First => Action::First,
                Step::Last => Action::Last,
            },
            KeyPlace::Periods => Action::Segment(step),
            KeyPlace::Languages => Action::Language(step),
            KeyPlace::Field => return None,
        });
    }
    match press.key {
        " " | "Spacebar" if !press.on_control => Some(Action::TogglePlay),
        _ => None,
    }
}

/// The move a key names within an ordered row: the arrow towards the row's end (ArrowRight, or
/// ArrowLeft in a row laid out right to left) and back, Home and End.
fn step_of(key: &str, right_to_left: bool) -> Option<Step> {
    let (forward, back) = if right_to_left {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    match key {
        _ if key == forward => Some(Step::Next),
        _ if key == back => Some(Step::Previous),
        "Home" => Some(Step::First),
        "End" => Some(Step::Last),
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

    fn press_in(place: KeyPlace, key: &str, modifier: bool, on_control: bool) -> Option<Action> {
        key_action(KeyPress {
            key,
            modifier,
            on_control,
            place,
            right_to_left: false,
        })
    }

    fn press(key: &str, modifier: bool, on_control: bool) -> Option<Action> {
        press_in(KeyPlace::Widget, key, modifier, on_control)
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
    fn in_the_periods_and_the_languages_the_arrows_choose_one_of_them() {
        use KeyPlace::{Languages, Periods};
        let periods = |key| press_in(Periods, key, false, true);
        assert_eq!(periods("ArrowRight"), Some(Action::Segment(Step::Next)));
        assert_eq!(periods("ArrowLeft"), Some(Action::Segment(Step::Previous)));
        assert_eq!(periods("Home"), Some(Action::Segment(Step::First)));
        assert_eq!(periods("End"), Some(Action::Segment(Step::Last)));
        let languages = |key| press_in(Languages, key, false, true);
        assert_eq!(languages("ArrowRight"), Some(Action::Language(Step::Next)));
        assert_eq!(languages("End"), Some(Action::Language(Step::Last)));
        // Space still presses the button, and a shortcut is still the system's.
        assert_eq!(languages(" "), None);
        assert_eq!(press_in(Periods, "ArrowRight", true, true), None);
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

    #[test]
    fn right_to_left_the_arrows_follow_what_the_reader_sees() {
        let rtl = |place, key| {
            key_action(KeyPress {
                key,
                modifier: false,
                on_control: true,
                place,
                right_to_left: true,
            })
        };
        assert_eq!(rtl(KeyPlace::Widget, "ArrowLeft"), Some(Action::Next));
        assert_eq!(rtl(KeyPlace::Widget, "ArrowRight"), Some(Action::Previous));
        assert_eq!(rtl(KeyPlace::Widget, "End"), Some(Action::Last));
        assert_eq!(
            rtl(KeyPlace::Periods, "ArrowLeft"),
            Some(Action::Segment(Step::Next))
        );
    }

    #[test]
    fn a_field_keeps_its_own_keys() {
        for key in ["ArrowRight", "ArrowLeft", "Home", " "] {
            assert_eq!(press_in(KeyPlace::Field, key, false, true), None, "{key}");
        }
    }
}
