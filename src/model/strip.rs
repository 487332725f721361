//! The state strip's answers at each event: who is CEO, how many directors sit on the board,
//! how many staff have signed the letter, and where Microsoft stands.
//!
//! Computed once for the whole dataset, so that moving to any event costs a lookup whatever
//! the number of events.

use crate::data::schema::{Event, MicrosoftStance};

/// Where things stand once an event has happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StripState {
    /// Chief executive, as an index into the dataset's actors; `None` before one is named.
    pub ceo: Option<u16>,
    /// Directors on the board; `None` before the data gives a number.
    pub board: Option<u16>,
    /// Staff who have signed the letter.
    pub signatures: u16,
    /// Microsoft's stance.
    pub microsoft: MicrosoftStance,
}

impl Default for StripState {
    fn default() -> Self {
        StripState {
            ceo: None,
            board: None,
            signatures: 0,
            microsoft: MicrosoftStance::None,
        }
    }
}

/// The strip's state after each event, in event order.
#[derive(Clone, Debug, PartialEq)]
pub struct StripHistory(Vec<StripState>);

impl StripHistory {
    /// Walks the events once, applying each one's state changes.
    pub fn new(events: &[Event]) -> StripHistory {
        let mut state = StripState::default();
        StripHistory(
            events
                .iter()
                .map(|event| {
                    let change = &event.state;
                    state.ceo = change.ceo.or(state.ceo);
                    state.board = change.board.or(state.board);
                    state.signatures = change.signatures.unwrap_or(state.signatures);
                    state.microsoft = change.microsoft.unwrap_or(state.microsoft);
                    state
                })
                .collect(),
        )
    }

    /// The state once event `index` has happened (the last event's state past the end).
    pub fn at(&self, index: usize) -> StripState {
        self.0
            .get(index)
            .or(self.0.last())
            .copied()
            .unwrap_or_default()
    }
}
