//! What changed between two versions of a story, by event id, and where the reader stands in
//! the new one: the ground of a developing story fetched again while it is read. Events are
//! compared by what a reader sees, so that an index that moved (a lane or an actor added to the
//! story) does not mark every event as changed.

use crisis_format::schema::{Dataset, Event, GaugeValue};
use std::collections::HashMap;

/// The events added, changed and removed between two versions of a story, by id, each list in
/// its version's order; as `crisis-timeline:update` tells the host.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryDiff {
    /// Ids of the new version's events that the old one did not have.
    pub added: Vec<String>,
    /// Ids of events in both whose content differs.
    pub changed: Vec<String>,
    /// Ids of the old version's events that the new one no longer has.
    pub removed: Vec<String>,
}

impl StoryDiff {
    /// What changed from `old` to `new`.
    pub fn between(old: &Dataset, new: &Dataset) -> StoryDiff {
        let before: HashMap<&str, &Event> = old.events.iter().map(|e| (e.id.as_ref(), e)).collect();
        let after: HashMap<&str, &Event> = new.events.iter().map(|e| (e.id.as_ref(), e)).collect();
        let mut diff = StoryDiff::default();
        for event in new.events.iter() {
            match before.get(event.id.as_ref()) {
                None => diff.added.push(event.id.to_string()),
                Some(was) if !same_event(old, was, new, event) => {
                    diff.changed.push(event.id.to_string())
                }
                Some(_) => {}
            }
        }
        diff.removed = old
            .events
            .iter()
            .filter(|e| !after.contains_key(e.id.as_ref()))
            .map(|e| e.id.to_string())
            .collect();
        diff
    }

    /// Whether nothing a reader would see changed in the events.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// Where the reader is in the new version: the event they were on, or, when it was removed,
/// the remaining one nearest to it in time (the earlier on a tie); and whether they had to move.
pub fn follow(old: &Dataset, new: &Dataset, selected: usize) -> (usize, bool) {
    let Some(was) = old.events.get(selected) else {
        return (0, true);
    };
    if let Some(same) = new.index_of(&was.id) {
        return (same, false);
    }
    let at = was.start.instant_ms;
    let nearest = new
        .events
        .iter()
        .enumerate()
        .min_by_key(|(_, e)| ((e.start.instant_ms - at).abs(), e.start.instant_ms > at))
        .map_or(0, |(n, _)| n);
    (nearest, true)
}

/// Whether `a` (of `old`) and `b` (of `new`) show the same thing: the same fields, with the
/// story's lists (segments, lanes, actors, zones, gauges) compared by id rather than by index.
fn same_event(old: &Dataset, a: &Event, new: &Dataset, b: &Event) -> bool {
    let segment =
        |d: &Dataset, e: &Event| d.segments.get(usize::from(e.segment)).map(|s| s.id.clone());
    let lane = |d: &Dataset, e: &Event| d.lanes.get(usize::from(e.lane)).map(|l| l.id.clone());
    let actor = |d: &Dataset, n: u16| d.actors.get(usize::from(n)).map(|a| a.id.clone());
    let actors = |d: &Dataset, e: &Event| e.actors.iter().map(|&n| actor(d, n)).collect::<Vec<_>>();
    let settings = |d: &Dataset, e: &Event| {
        e.state
            .iter()
            .map(|s| {
                let gauge = d.gauges.get(usize::from(s.gauge)).map(|g| g.id.clone());
                let value = match s.value {
                    GaugeValue::Actor(n) => (actor(d, n), 0),
                    GaugeValue::Number(n) => (None, n),
                    GaugeValue::Choice(n) => (None, u32::from(n)),
                };
                (gauge, value)
            })
            .collect::<Vec<_>>()
    };
    let when = |e: &Event| {
        (
            e.start.date,
            e.start.time,
            e.start.part,
            e.start.instant_ms,
            e.end,
        )
    };
    a.headline == b.headline
        && a.body == b.body
        && a.status == b.status
        && a.figure == b.figure
        && a.quote == b.quote
        && a.image == b.image
        && a.link == b.link
        && a.recording == b.recording
        && a.sources == b.sources
        && a.corrections == b.corrections
        && when(a) == when(b)
        && old.zone_name(&a.start) == new.zone_name(&b.start)
        && segment(old, a) == segment(new, b)
        && lane(old, a) == lane(new, b)
        && actors(old, a) == actors(new, b)
        && settings(old, a) == settings(new, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;
    use crisis_format::schema::Lang;
    use std::borrow::Cow;

    fn story() -> Dataset {
        DATASET.clone()
    }

    #[test]
    fn the_same_story_has_no_changes() {
        assert!(StoryDiff::between(&story(), &story()).is_empty());
    }

    #[test]
    fn added_changed_and_removed_events_are_named_by_id() {
        let old = story();
        let mut new = story();
        let mut events = new.events.to_vec();
        let removed = events.remove(3);
        events[5]
            .headline
            .set(Lang::EN, Cow::Borrowed("A headline rewritten"));
        let changed = events[5].id.to_string();
        let mut added = events[7].clone();
        added.id = Cow::Borrowed("a-new-event");
        events.insert(8, added);
        new.events = Cow::Owned(events);
        assert_eq!(
            StoryDiff::between(&old, &new),
            StoryDiff {
                added: vec!["a-new-event".into()],
                changed: vec![changed],
                removed: vec![removed.id.to_string()],
            }
        );
    }

    #[test]
    fn an_index_that_moved_is_not_a_change() {
        // A new actor first in the list moves every actor's index, not what a reader sees.
        let old = story();
        let mut new = story();
        let mut actors = new.actors.to_vec();
        let mut first = actors[0].clone();
        first.id = Cow::Borrowed("someone-new");
        actors.insert(0, first);
        new.actors = Cow::Owned(actors);
        new.events = Cow::Owned(
            new.events
                .iter()
                .map(|e| {
                    let mut e = e.clone();
                    e.actors = e.actors.iter().map(|n| n + 1).collect();
                    e.state = e
                        .state
                        .iter()
                        .map(|s| {
                            let mut s = *s;
                            if let GaugeValue::Actor(n) = s.value {
                                s.value = GaugeValue::Actor(n + 1);
                            }
                            s
                        })
                        .collect();
                    e
                })
                .collect(),
        );
        assert!(StoryDiff::between(&old, &new).is_empty());
        // The same shift without the new actor is a change of actors in every event that has one.
        let mut wrong = new.clone();
        wrong.actors = old.actors.clone();
        let diff = StoryDiff::between(&old, &wrong);
        assert!(!diff.changed.is_empty());
    }

    #[test]
    fn the_reader_stays_on_their_event_or_moves_to_the_nearest_in_time() {
        let old = story();
        let mut new = story();
        let mut events = new.events.to_vec();
        let selected = 10;
        events.remove(selected);
        new.events = Cow::Owned(events);
        // Still there: the same event, at its new index.
        assert_eq!(follow(&old, &new, 12), (11, false));
        // Removed: the nearest remaining event in time, and the reader is told they moved.
        let (to, moved) = follow(&old, &new, selected);
        assert!(moved);
        let at = old.events[selected].start.instant_ms;
        let distance = |e: &Event| (e.start.instant_ms - at).abs();
        assert!(new
            .events
            .iter()
            .all(|e| distance(e) >= distance(&new.events[to])));
    }
}
