//! The state layer: what every component and hook of one widget shares, the story (data and
//! what is derived from it once) and the reader's state as a Yew reducer with its dispatcher.
//! Each widget has its own, so several can live on one page. The rules of the state are the
//! model's ([`crisis_model::timeline`]); this layer only makes them a Yew context.

mod source;

pub use source::{StoryFailure, StoryProblems, StorySource};

use crisis_format::schema::{Dataset, Event};
use crisis_model::story_diff::StoryDiff;
use crisis_model::strip::StripHistory;
use crisis_model::timeline::{Action, TimelineState};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

/// The data of one widget and what is computed from it once, when it is mounted.
#[derive(Clone, Debug)]
pub struct Story {
    /// The checked data.
    pub dataset: Rc<Dataset>,
    /// The state strip's values after each event.
    pub history: Rc<StripHistory>,
    /// Each segment's events, as index ranges.
    pub segment_events: Rc<Vec<Range<usize>>>,
}

impl Story {
    /// Derives everything the components need from `dataset`.
    pub fn new(dataset: Rc<Dataset>) -> Story {
        let history = Rc::new(StripHistory::new(&dataset.gauges, &dataset.events));
        let segment_events = Rc::new(crisis_model::scale::segment_ranges(
            &dataset.events,
            dataset.segments.len(),
        ));
        Story {
            dataset,
            history,
            segment_events,
        }
    }

    /// The event at `index`.
    pub fn event(&self, index: usize) -> &Event {
        &self.dataset.events[index.min(self.dataset.events.len() - 1)]
    }
}

impl PartialEq for Story {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
    }
}

/// The reader's state as a Yew reducer.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineReducer(pub TimelineState);

/// What changes a widget's state: an action of the reader, a timer or the host; or a new
/// version of the story, fetched again, with what changed in it.
#[derive(Clone, Debug)]
pub enum Change {
    /// What the reader, a timer or the host did.
    Reader(Action),
    /// A new version of the story, with what changed in it.
    NewVersion(Rc<Dataset>, Rc<StoryDiff>),
}

impl From<Action> for Change {
    fn from(action: Action) -> Change {
        Change::Reader(action)
    }
}

impl Reducible for TimelineReducer {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let next = match change {
            Change::Reader(action) => self.0.apply(action),
            Change::NewVersion(dataset, diff) => self.0.with_new_version(dataset, &diff),
        };
        if next == self.0 {
            self
        } else {
            Rc::new(TimelineReducer(next))
        }
    }
}

/// The context every component of a widget reads.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineContext {
    /// The story shown.
    pub story: Story,
    /// The reader's state and how to change it.
    pub state: UseReducerHandle<TimelineReducer>,
    /// How many words files had come when the widget was drawn: one arriving changes the
    /// context, so every component draws again in its words (a card left in English after a
    /// switch was seen otherwise).
    pub words: u32,
}

impl TimelineContext {
    /// The reader's state as it is.
    pub fn current(&self) -> &TimelineState {
        &self.state.0
    }

    /// A callback that dispatches `action`, ignoring its argument.
    pub fn callback_for<E>(&self, action: Action) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action.into()))
    }

    /// A callback that dispatches the action it is given.
    pub fn dispatch(&self) -> Callback<Action> {
        let dispatcher = self.state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action.into()))
    }
}

/// The context of the enclosing widget. Components are only rendered inside the widget's root
/// component, which provides it.
#[hook]
pub fn use_timeline() -> TimelineContext {
    use_context::<TimelineContext>().expect("components are rendered inside a Timeline")
}
