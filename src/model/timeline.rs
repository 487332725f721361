//! What the reader is looking at and doing: the selected event, autoplay, the language, the
//! lanes shown and whether motion is reduced. Every change goes through [`TimelineState::apply`],
//! a pure function, so the widget's behaviour is tested without a browser.

use crate::data::schema::{Dataset, Lang};
use std::rc::Rc;

/// Which way the reader last moved, so the story card slides the right way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    /// Towards later events.
    #[default]
    Forward,
    /// Towards earlier events.
    Backward,
}

/// Something the reader, a timer or the host page asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The next shown event.
    Next,
    /// The previous shown event.
    Previous,
    /// The first shown event.
    First,
    /// The last shown event.
    Last,
    /// A given event, by index.
    Select(usize),
    /// Start autoplay.
    Play,
    /// Stop autoplay.
    Pause,
    /// Start or stop autoplay.
    TogglePlay,
    /// Autoplay's step: the next event, or stop at the end. Unlike [`Action::Next`], it does not pause.
    Advance,
    /// Switch language.
    SetLang(Lang),
    /// Turn animations off (or back on).
    SetReducedMotion(bool),
}

/// The state of one widget.
#[derive(Clone, Debug)]
pub struct TimelineState {
    /// The data shown.
    pub dataset: Rc<Dataset>,
    /// Index of the selected event.
    pub selected: usize,
    /// Which way the last move went.
    pub direction: Direction,
    /// Whether autoplay is on.
    pub playing: bool,
    /// The interface and story language.
    pub lang: Lang,
    /// Whether animations are off.
    pub reduced_motion: bool,
    /// Bit `n` set: lane `n` is shown.
    pub lanes_shown: u32,
    /// How long autoplay stays on each event, in milliseconds.
    pub interval_ms: u32,
}

impl PartialEq for TimelineState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.selected == other.selected
            && self.direction == other.direction
            && self.playing == other.playing
            && self.lang == other.lang
            && self.reduced_motion == other.reduced_motion
            && self.lanes_shown == other.lanes_shown
            && self.interval_ms == other.interval_ms
    }
}

impl TimelineState {
    /// A state on `dataset` with every lane shown, the first shown event selected.
    pub fn new(dataset: Rc<Dataset>, lang: Lang) -> TimelineState {
        let mut state = TimelineState {
            dataset,
            selected: 0,
            direction: Direction::Forward,
            playing: false,
            lang,
            reduced_motion: false,
            lanes_shown: u32::MAX,
            interval_ms: crate::model::options::DEFAULT_INTERVAL_MS,
        };
        state.selected = state.first_shown().unwrap_or(0);
        state
    }

    /// Whether events of `lane` are shown.
    pub fn lane_shown(&self, lane: u8) -> bool {
        lane < 32 && self.lanes_shown & (1 << lane) != 0
    }

    fn shown(&self, index: usize) -> bool {
        self.dataset
            .events
            .get(index)
            .is_some_and(|e| self.lane_shown(e.lane))
    }

    fn first_shown(&self) -> Option<usize> {
        (0..self.dataset.events.len()).find(|&i| self.shown(i))
    }

    fn last_shown(&self) -> Option<usize> {
        (0..self.dataset.events.len())
            .rev()
            .find(|&i| self.shown(i))
    }

    fn next_shown(&self) -> Option<usize> {
        (self.selected + 1..self.dataset.events.len()).find(|&i| self.shown(i))
    }

    fn previous_shown(&self) -> Option<usize> {
        (0..self.selected).rev().find(|&i| self.shown(i))
    }

    /// The selected event's place among shown events (1-based) and how many are shown.
    pub fn position(&self) -> (usize, usize) {
        if self.lanes_shown == u32::MAX {
            return (self.selected + 1, self.dataset.events.len());
        }
        let before = (0..self.selected).filter(|&i| self.shown(i)).count();
        let total = (0..self.dataset.events.len())
            .filter(|&i| self.shown(i))
            .count();
        (before + 1, total)
    }

    /// Whether there is a shown event before the selected one.
    pub fn has_previous(&self) -> bool {
        self.previous_shown().is_some()
    }

    /// Whether there is a shown event after the selected one.
    pub fn has_next(&self) -> bool {
        self.next_shown().is_some()
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> TimelineState {
        let mut next = self.clone();
        match action {
            Action::Next => {
                next.move_to(self.next_shown());
                next.playing = false;
            }
            Action::Previous => {
                next.move_to(self.previous_shown());
                next.playing = false;
            }
            Action::First => {
                next.move_to(self.first_shown());
                next.playing = false;
            }
            Action::Last => {
                next.move_to(self.last_shown());
                next.playing = false;
            }
            Action::Select(index) => {
                if self.shown(index) {
                    next.move_to(Some(index));
                }
                next.playing = false;
            }
            Action::Play => next.playing = true,
            Action::Pause => next.playing = false,
            Action::TogglePlay => next.playing = !self.playing,
            Action::Advance => match self.next_shown() {
                Some(index) if self.playing => next.move_to(Some(index)),
                _ => next.playing = false,
            },
            Action::SetLang(lang) => next.lang = lang,
            Action::SetReducedMotion(reduced) => next.reduced_motion = reduced,
        }
        // Playing from the last event starts again from the first.
        if next.playing && !self.playing && !next.has_next() {
            next.move_to(next.first_shown());
        }
        next
    }

    fn move_to(&mut self, index: Option<usize>) {
        if let Some(index) = index {
            if index != self.selected {
                self.direction = if index > self.selected {
                    Direction::Forward
                } else {
                    Direction::Backward
                };
                self.selected = index;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded::DATASET;

    fn state() -> TimelineState {
        TimelineState::new(Rc::new(DATASET.clone()), Lang::Fr)
    }

    #[test]
    fn moves_stay_within_the_story() {
        let s = state();
        let last = DATASET.events.len() - 1;
        assert_eq!(s.apply(Action::Previous).selected, 0);
        assert_eq!(s.apply(Action::Next).selected, 1);
        assert_eq!(s.apply(Action::Last).selected, last);
        assert_eq!(s.apply(Action::Last).apply(Action::Next).selected, last);
        assert_eq!(s.apply(Action::Select(5)).selected, 5);
        assert_eq!(
            s.apply(Action::Select(10_000)).selected,
            0,
            "an unknown index changes nothing"
        );
        assert_eq!(s.apply(Action::Last).position(), (last + 1, last + 1));
    }

    #[test]
    fn direction_follows_the_move() {
        let s = state().apply(Action::Select(5));
        assert_eq!(s.apply(Action::Next).direction, Direction::Forward);
        assert_eq!(s.apply(Action::Previous).direction, Direction::Backward);
    }

    #[test]
    fn autoplay_advances_and_any_manual_move_pauses_it() {
        let playing = state().apply(Action::Play);
        assert!(playing.playing);
        let advanced = playing.apply(Action::Advance);
        assert_eq!(advanced.selected, 1);
        assert!(advanced.playing);
        for manual in [
            Action::Next,
            Action::Previous,
            Action::First,
            Action::Last,
            Action::Select(3),
        ] {
            assert!(!advanced.apply(manual).playing, "{manual:?} pauses");
        }
        // Autoplay stops at the end, and starts again from the beginning.
        let at_end = state().apply(Action::Last).apply(Action::Play);
        assert_eq!(
            at_end.selected, 0,
            "playing from the last event starts over"
        );
        let playing_at_last = TimelineState {
            playing: true,
            ..state().apply(Action::Last)
        };
        assert!(
            !playing_at_last.apply(Action::Advance).playing,
            "autoplay stops at the end"
        );
        assert!(
            !state().apply(Action::Advance).playing,
            "no advance when paused"
        );
        assert_eq!(state().apply(Action::Advance).selected, 0);
    }

    #[test]
    fn hidden_lanes_are_skipped() {
        let board = DATASET.lanes.iter().position(|l| l.id == "board").unwrap();
        let s = TimelineState {
            lanes_shown: 1 << board,
            ..state()
        }
        .apply(Action::First);
        assert_eq!(DATASET.events[s.selected].lane as usize, board);
        let next = s.apply(Action::Next);
        assert_eq!(DATASET.events[next.selected].lane as usize, board);
        assert!(next.selected > s.selected);
        let (position, total) = next.position();
        assert_eq!(position, 2);
        assert_eq!(
            total,
            DATASET
                .events
                .iter()
                .filter(|e| e.lane as usize == board)
                .count()
        );
        assert_eq!(
            s.apply(Action::Select(0)).selected,
            s.selected,
            "a hidden event cannot be selected"
        );
    }
}
