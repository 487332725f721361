//! What a stroke on a touch screen does: a mostly horizontal stroke of 50 px or more moves to
//! the next or previous event, as a page turns, in the direction the reader reads; vertical
//! strokes are left to the page's scrolling.

use super::timeline::Action;

/// Shortest horizontal stroke, in CSS pixels, that counts as a swipe.
pub const MIN_SWIPE_PX: i32 = 50;

/// The action of a stroke of `dx`, `dy` CSS pixels (right and down positive), on a widget laid
/// out right to left or not; `None` for a short or mostly vertical stroke.
pub fn swipe_action(dx: i32, dy: i32, right_to_left: bool) -> Option<Action> {
    if dx.abs() < MIN_SWIPE_PX || dx.abs() <= 2 * dy.abs() {
        return None;
    }
    // Left to right, the finger pulls the next event in from the right; right to left, from
    // the left.
    Some(if (dx < 0) != right_to_left {
        Action::Next
    } else {
        Action::Previous
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stroke_turns_the_page_in_the_reading_direction() {
        assert_eq!(swipe_action(-80, 10, false), Some(Action::Next));
        assert_eq!(swipe_action(80, 10, false), Some(Action::Previous));
        assert_eq!(swipe_action(80, 10, true), Some(Action::Next));
        assert_eq!(swipe_action(-80, 10, true), Some(Action::Previous));
    }

    #[test]
    fn short_or_vertical_strokes_are_the_page_s() {
        assert_eq!(swipe_action(-49, 0, false), None);
        assert_eq!(swipe_action(-80, 40, false), None);
        assert_eq!(swipe_action(0, -300, true), None);
    }
}
