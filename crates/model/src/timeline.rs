//! What the reader is looking at and doing: the selected event, autoplay, the language, the
//! lanes shown and whether motion is reduced. Every change goes through [`TimelineState::apply`],
//! a pure function, so the widget's behaviour is tested without a browser.

use super::lanes::LaneSet;
use super::language_choice::{answer, expected, opening};
use super::options::{OptionWarning, Options, Start};
use super::story_diff::{follow, StoryDiff};
use crisis_format::schema::{Dataset, Lang};
use std::ops::Range;
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

/// A move within an ordered group: the periods, the languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The one after the current one.
    Next,
    /// The one before.
    Previous,
    /// The first.
    First,
    /// The last.
    Last,
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
    /// Another period: the first shown event of the period `step` away that has one.
    Segment(Step),
    /// Another of the story's languages, `step` away in the story's order.
    Language(Step),
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
    /// The lanes shown.
    pub lanes_shown: LaneSet,
    /// How long autoplay stays on each event, in milliseconds.
    pub interval_ms: u32,
    /// Events a new version of the story added that the reader has not visited yet, in order.
    pub added: Rc<[usize]>,
    /// Events a new version of the story changed that the reader has not yet seen and left.
    pub updated: Rc<[usize]>,
    /// Whether the last new version removed the reader's event, so that they were moved to
    /// the nearest one; until their next move.
    pub moved: bool,
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
            && self.added == other.added
            && self.updated == other.updated
            && self.moved == other.moved
    }
}

impl TimelineState {
    /// A state on `dataset` with every lane shown, the first shown event selected, in `lang`
    /// if the story is told in it, else in the story's first language.
    pub fn new(dataset: Rc<Dataset>, lang: Lang) -> TimelineState {
        let lang = dataset.languages.or_first(lang);
        let mut state = TimelineState {
            dataset,
            selected: 0,
            direction: Direction::Forward,
            playing: false,
            lang,
            reduced_motion: false,
            lanes_shown: LaneSet::ALL,
            interval_ms: crate::options::DEFAULT_INTERVAL_MS,
            added: Rc::from([]),
            updated: Rc::from([]),
            moved: false,
        };
        state.selected = state.first_shown().unwrap_or(0);
        state
    }

    /// The state a widget starts in: the host's language (else the first of the reader's
    /// `wishes` the story is told in, see [`opening`]), interval, lanes and start event, with a
    /// warning for each option value the story cannot honour (a lane it does not have, an event
    /// it does not have, or one in a lane that is not shown).
    pub fn from_options(
        dataset: Rc<Dataset>,
        options: &Options,
        wishes: &[&str],
    ) -> (TimelineState, Vec<OptionWarning>) {
        let mut warnings = Vec::new();
        let lang = opening(&dataset.languages, options.lang, wishes);
        if let Some(asked) = options
            .lang
            .filter(|a| answer(&dataset.languages, a.tag()).is_none())
        {
            warnings.push(OptionWarning::new(
                "lang",
                asked.tag(),
                &expected(&dataset.languages),
            ));
        }
        let mut state = TimelineState {
            interval_ms: options.interval_ms,
            ..TimelineState::new(dataset, lang)
        };
        if let Some(lanes) = &options.lanes {
            let mut shown = LaneSet::NONE;
            for id in lanes {
                let lane = state.dataset.lanes.iter().position(|l| l.id == id.as_str());
                match lane.and_then(|n| shown.with(n)) {
                    Some(more) => shown = more,
                    None => warnings.push(OptionWarning::new(
                        "lanes",
                        id,
                        "lane ids of the story; that one is left out",
                    )),
                }
            }
            if !shown.is_empty() {
                state.lanes_shown = shown;
                state = state.apply(Action::First);
            }
        }
        if let Some(Start::Latest) = &options.start {
            state = state.apply(Action::Last);
        }
        if let Some(Start::Event(start)) = &options.start {
            match state.dataset.index_of(start) {
                Some(index) if state.shown(index) => state = state.apply(Action::Select(index)),
                Some(_) => warnings.push(OptionWarning::new(
                    "start",
                    start,
                    "an event in one of the lanes shown",
                )),
                None => warnings.push(OptionWarning::new(
                    "start",
                    start,
                    "the id of an event of the story",
                )),
            }
        }
        (state, warnings)
    }

    /// Whether events of `lane` are shown.
    pub fn lane_shown(&self, lane: u8) -> bool {
        self.lanes_shown.contains(lane)
    }

    /// The first shown event of `range` (a segment's events), if any: where the segment's
    /// button takes the reader.
    pub fn first_shown_in(&self, range: Range<usize>) -> Option<usize> {
        range.into_iter().find(|&i| self.shown(i))
    }

    fn shown(&self, index: usize) -> bool {
        self.dataset
            .events
            .get(index)
            .is_some_and(|e| self.lane_shown(e.lane))
    }

    fn first_shown(&self) -> Option<usize> {
        self.first_shown_in(0..self.dataset.events.len())
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

    /// The first shown event of the period `step` away from the selected event's, skipping
    /// periods with no event shown; `None` past either end.
    fn segment_start(&self, step: Step) -> Option<usize> {
        let events = &self.dataset.events;
        let segment_of = |i: usize| events[i].segment;
        let current = segment_of(self.selected);
        // The first shown event of the period that event `i` belongs to.
        let start_of = |i: usize| {
            let segment = segment_of(i);
            (0..=i)
                .rev()
                .take_while(|&j| segment_of(j) == segment)
                .filter(|&j| self.shown(j))
                .last()
        };
        let target = match step {
            Step::First => self.first_shown(),
            Step::Last => self.last_shown(),
            Step::Next => {
                (self.selected..events.len()).find(|&i| segment_of(i) > current && self.shown(i))
            }
            Step::Previous => (0..self.selected)
                .rev()
                .find(|&i| segment_of(i) < current && self.shown(i)),
        }?;
        start_of(target)
    }

    /// The story's language `step` away from the one shown, staying put at either end.
    fn language_at(&self, step: Step) -> Lang {
        let told = &self.dataset.languages.0;
        let at = told.iter().position(|&l| l == self.lang).unwrap_or(0);
        let index = match step {
            Step::First => 0,
            Step::Last => told.len().saturating_sub(1),
            Step::Next => (at + 1).min(told.len().saturating_sub(1)),
            Step::Previous => at.saturating_sub(1),
        };
        told.get(index).copied().unwrap_or(self.lang)
    }

    /// The selected event's place among shown events (1-based) and how many are shown.
    pub fn position(&self) -> (usize, usize) {
        if self.lanes_shown.is_all() {
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

    /// The state on a new version of the story, `diff` away from this one: the reader stays on
    /// their event, or moves to the nearest one when it was removed; the events added and
    /// changed are marked until the reader has seen them; autoplay, language and lanes stay.
    pub fn with_new_version(&self, dataset: Rc<Dataset>, diff: &StoryDiff) -> TimelineState {
        let (selected, moved) = follow(&self.dataset, &dataset, self.selected);
        // Marks still to be seen, carried to the new version by id, and the new ones.
        let marks = |kept: &[usize], new: &[String]| -> Rc<[usize]> {
            let mut marks: Vec<usize> = kept
                .iter()
                .filter_map(|&n| self.dataset.events.get(n))
                .map(|e| e.id.as_ref())
                .chain(new.iter().map(String::as_str))
                .filter_map(|id| dataset.index_of(id))
                .collect();
            marks.sort_unstable();
            marks.dedup();
            marks.into()
        };
        let mut next = TimelineState {
            added: marks(&self.added, &diff.added),
            updated: marks(&self.updated, &diff.changed),
            lang: dataset.languages.or_first(self.lang),
            dataset,
            selected,
            moved,
            ..self.clone()
        };
        if !next.shown(next.selected) {
            next.selected = next.first_shown().unwrap_or(0);
        }
        // New events in lanes the reader does not see are not theirs to visit.
        if next.added.iter().any(|&n| !next.shown(n)) {
            next.added = next
                .added
                .iter()
                .copied()
                .filter(|&n| next.shown(n))
                .collect();
        }
        next
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
            Action::SetLang(asked) => {
                if let Some(lang) = answer(&self.dataset.languages, asked.tag()) {
                    next.lang = lang;
                }
            }
            Action::Segment(step) => {
                next.move_to(self.segment_start(step));
                next.playing = false;
            }
            Action::Language(step) => next.lang = self.language_at(step),
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
                // A new event is seen once visited; a changed one once seen and left.
                let left = self.selected;
                if self.added.contains(&index) {
                    self.added = self.added.iter().copied().filter(|&n| n != index).collect();
                }
                if self.updated.contains(&left) {
                    self.updated = self
                        .updated
                        .iter()
                        .copied()
                        .filter(|&n| n != left)
                        .collect();
                }
                self.selected = index;
                self.moved = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;

    fn state() -> TimelineState {
        TimelineState::new(Rc::new(DATASET.clone()), Lang::FR)
    }

    fn id(state: &TimelineState) -> &str {
        &DATASET.events[state.selected].id
    }

    #[test]
    fn periods_step_to_the_start_of_the_next_or_previous_one() {
        let s = state();
        let crisis = s.apply(Action::Segment(Step::Next));
        assert_eq!(id(&crisis), "call-requested", "the crisis's first event");
        let epilogue = crisis
            .apply(Action::Play)
            .apply(Action::Segment(Step::Next));
        assert_eq!(id(&epilogue), "return-official");
        assert!(!epilogue.playing, "a move by the reader stops autoplay");
        let end = epilogue.apply(Action::Segment(Step::Next));
        assert_eq!(
            end.selected, epilogue.selected,
            "past the last period nothing moves"
        );
        // From inside a period, Previous goes to the start of the one before, not its own.
        let hire = s.apply(Action::Select(
            DATASET.index_of("microsoft-hires-altman").unwrap(),
        ));
        assert_eq!(hire.apply(Action::Segment(Step::Previous)).selected, 0);
        assert_eq!(
            id(&hire.apply(Action::Segment(Step::Last))),
            "return-official"
        );
        assert_eq!(hire.apply(Action::Segment(Step::First)).selected, 0);
    }

    #[test]
    fn periods_with_no_event_shown_are_skipped() {
        // Only the board's lane: its first event in the crisis, and nothing before it counts.
        let board = DATASET.lanes.iter().position(|l| l.id == "board").unwrap();
        let mut s = state().apply(Action::Last);
        s.lanes_shown = LaneSet::NONE.with(board).unwrap();
        let board = board as u8;
        let s = s.apply(Action::Segment(Step::First));
        assert_eq!(DATASET.events[s.selected].lane, board);
        let crisis = s.apply(Action::Segment(Step::Next));
        assert_eq!(DATASET.events[crisis.selected].lane, board);
        assert_eq!(DATASET.events[crisis.selected].segment, 1);
    }

    #[test]
    fn languages_step_in_the_storys_order_and_stop_at_either_end() {
        let s = state();
        assert_eq!(s.apply(Action::Language(Step::Next)).lang, Lang::EN);
        let en = s.apply(Action::Language(Step::Next));
        assert_eq!(en.apply(Action::Language(Step::Next)).lang, Lang::EN);
        assert_eq!(en.apply(Action::Language(Step::Previous)).lang, Lang::FR);
        assert_eq!(s.apply(Action::Language(Step::Previous)).lang, Lang::FR);
        assert_eq!(s.apply(Action::Language(Step::Last)).lang, Lang::EN);
        assert_eq!(en.apply(Action::Language(Step::First)).lang, Lang::FR);
        assert_eq!(en.selected, s.selected, "the reader stays on their event");
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
            lanes_shown: LaneSet::NONE.with(board).unwrap(),
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

    fn options(pairs: &[(&str, &str)]) -> Options {
        let (options, warnings) = Options::parse(pairs.iter().copied());
        assert!(warnings.is_empty(), "{warnings:?}");
        options
    }

    fn start(pairs: &[(&str, &str)]) -> (TimelineState, Vec<OptionWarning>) {
        TimelineState::from_options(Rc::new(DATASET.clone()), &options(pairs), &[])
    }

    #[test]
    fn without_a_lang_option_the_reader_s_wishes_choose_and_the_option_wins_over_them() {
        let english_reader = |pairs| {
            TimelineState::from_options(Rc::new(DATASET.clone()), &options(pairs), &["en-GB"])
        };
        assert_eq!(english_reader(&[]).0.lang, Lang::EN);
        assert_eq!(english_reader(&[("lang", "fr")]).0.lang, Lang::FR);
        assert_eq!(start(&[]).0.lang, Lang::FR, "no wish: the story's first");
    }

    #[test]
    fn options_set_the_language_interval_lanes_and_start() {
        let (s, warnings) = start(&[
            ("lang", "en"),
            ("interval", "2000"),
            ("lanes", "board,staff"),
            ("start", "staff-letter"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!((s.lang, s.interval_ms), (Lang::EN, 2000));
        assert_eq!(DATASET.events[s.selected].id, "staff-letter");
        let board = DATASET.lanes.iter().position(|l| l.id == "board").unwrap();
        assert!(s.lane_shown(board as u8));
        assert_eq!(s.lanes_shown.shown_rows(DATASET.lanes.len()), 2);
        let (first, _) = start(&[("lanes", "board")]);
        assert_eq!(
            DATASET.events[first.selected].lane as usize, board,
            "with some lanes, the first event shown is theirs"
        );
    }

    #[test]
    fn start_latest_opens_at_the_most_recent_event_shown() {
        let (s, warnings) = start(&[("start", "latest")]);
        assert!(warnings.is_empty(), "{warnings:?}");
        let latest = DATASET.events.last().unwrap();
        assert!(DATASET
            .events
            .iter()
            .all(|e| e.start.instant_ms <= latest.start.instant_ms));
        assert_eq!(s.selected, DATASET.events.len() - 1);
        // With some lanes only, the most recent of theirs.
        let board = DATASET.lanes.iter().position(|l| l.id == "board").unwrap();
        let (s, _) = start(&[("lanes", "board"), ("start", "latest")]);
        let last_of_board = DATASET
            .events
            .iter()
            .rposition(|e| e.lane as usize == board)
            .unwrap();
        assert_eq!(s.selected, last_of_board);
    }

    /// The story with event `removed` taken out, event `changed` given a new headline and a new
    /// event after `added_after`: a newsroom's update.
    fn updated_story(removed: usize, changed: usize, added_after: usize) -> Rc<Dataset> {
        let mut events = DATASET.events.to_vec();
        events[changed]
            .headline
            .set(Lang::FR, std::borrow::Cow::Borrowed("Titre corrigé"));
        let mut new = events[added_after].clone();
        new.id = std::borrow::Cow::Borrowed("breaking");
        events.insert(added_after + 1, new);
        events.remove(removed);
        Rc::new(Dataset {
            events: std::borrow::Cow::Owned(events),
            ..DATASET.clone()
        })
    }

    #[test]
    fn a_new_version_keeps_the_reader_on_their_event_and_marks_what_is_new() {
        let s = state().apply(Action::Select(12)).apply(Action::Play);
        let reading = DATASET.events[12].id.to_string();
        let new = updated_story(3, 20, 25);
        let diff = StoryDiff::between(&DATASET, &new);
        let next = s.with_new_version(new.clone(), &diff);
        assert_eq!(next.dataset.events[next.selected].id, reading);
        assert!(!next.moved);
        assert!(next.playing, "autoplay goes on");
        let breaking = new.index_of("breaking").unwrap();
        let changed = new.index_of(&DATASET.events[20].id).unwrap();
        assert_eq!(&*next.added, &[breaking]);
        assert_eq!(&*next.updated, &[changed]);
        // A new event is seen once visited; a changed one once seen and left.
        let there = next.apply(Action::Select(breaking));
        assert!(there.added.is_empty());
        let seen = next.apply(Action::Select(changed));
        assert_eq!(&*seen.updated, &[changed], "still marked while it is read");
        assert!(seen.apply(Action::Next).updated.is_empty());
    }

    #[test]
    fn a_new_version_without_the_readers_event_moves_them_and_says_so() {
        let s = state().apply(Action::Select(3));
        let new = updated_story(3, 20, 25);
        let next = s.with_new_version(new.clone(), &StoryDiff::between(&DATASET, &new));
        assert!(next.moved);
        assert!(next.selected < new.events.len());
        assert!(
            !next.apply(Action::Next).moved,
            "until the reader's next move"
        );
    }

    #[test]
    fn options_the_story_cannot_honour_warn_once_each() {
        let (s, warnings) = start(&[("lanes", "board,nobody"), ("start", "no-such-event")]);
        let named: Vec<(&str, &str)> = warnings
            .iter()
            .map(|w| (w.option.as_str(), w.value.as_str()))
            .collect();
        assert_eq!(named, [("lanes", "nobody"), ("start", "no-such-event")]);
        assert_eq!(s.lanes_shown.shown_rows(DATASET.lanes.len()), 1);
        // A start event in a lane that is not shown is refused with a word, not in silence.
        let letter = DATASET.index_of("staff-letter").unwrap();
        let board = &DATASET.lanes[DATASET.events[letter].lane as usize].id;
        assert_ne!(board, "board");
        let (s, warnings) = start(&[("lanes", "board"), ("start", "staff-letter")]);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].option, "start");
        assert_ne!(s.selected, letter);
        let (_, none) = start(&[("lanes", "nobody")]);
        assert_eq!(none.len(), 1);
    }

    #[test]
    fn a_segments_button_goes_to_its_first_shown_event() {
        let s = state();
        assert_eq!(s.first_shown_in(3..9), Some(3));
        assert_eq!(s.first_shown_in(4..4), None);
        let board = DATASET.lanes.iter().position(|l| l.id == "board").unwrap();
        let only_board = TimelineState {
            lanes_shown: LaneSet::NONE.with(board).unwrap(),
            ..state()
        };
        let first = only_board.first_shown_in(0..DATASET.events.len()).unwrap();
        assert_eq!(DATASET.events[first].lane as usize, board);
        assert!((0..first).all(|i| DATASET.events[i].lane as usize != board));
    }
}
