//! The state strip's gauges at each event: where things stand once it has happened.
//!
//! Computed once for the whole story, so that moving to any event costs a lookup whatever the
//! number of events.

use crisis_format::schema::{Event, Gauge, GaugeKind, GaugeValue};

/// The gauges' values after each event, in event order: one row of values per event, one
/// value per gauge, `None` before the story gives one.
#[derive(Clone, Debug, PartialEq)]
pub struct StripHistory {
    gauges: usize,
    values: Vec<Option<GaugeValue>>,
}

impl StripHistory {
    /// Walks the events once, applying each one's settings. A progress starts at zero and a
    /// choice at its first value; an actor or a count is unknown until an event gives it.
    pub fn new(gauges: &[Gauge], events: &[Event]) -> StripHistory {
        let mut row: Vec<Option<GaugeValue>> = gauges
            .iter()
            .map(|g| match g.kind {
                GaugeKind::Progress { .. } => Some(GaugeValue::Number(0)),
                GaugeKind::Choice { .. } => Some(GaugeValue::Choice(0)),
                GaugeKind::Actor | GaugeKind::Count => None,
            })
            .collect();
        let mut values = Vec::with_capacity(events.len() * gauges.len());
        for event in events {
            for setting in event.state.iter() {
                row[usize::from(setting.gauge)] = Some(setting.value);
            }
            values.extend_from_slice(&row);
        }
        StripHistory {
            gauges: gauges.len(),
            values,
        }
    }

    /// The gauges' values once event `index` has happened (the last event's past the end).
    pub fn at(&self, index: usize) -> &[Option<GaugeValue>] {
        let rows = self.values.len().checked_div(self.gauges).unwrap_or(0);
        let row = index.min(rows.saturating_sub(1));
        self.values
            .get(row * self.gauges..(row + 1) * self.gauges)
            .unwrap_or(&[])
    }
}
