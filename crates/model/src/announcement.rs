//! What the widget's one live region says: the new headline after each move, and, for a
//! developing story, once, how many new events arrived, or that the event being read moved;
//! nothing else, so that screen readers hear the story rather than a flood of updates. The
//! policy, apart from the component that renders it (`components/announcer.rs`).

use crate::labels::{self, Label};
use crate::timeline::TimelineState;

/// What the live region last said, and the reader's place it was said for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Announcement {
    /// The event selected when it was said.
    selected: usize,
    /// How many new events the reader had been told of.
    added: usize,
    /// The words; none until the reader does something.
    said: Option<String>,
}

impl Announcement {
    /// Silent on load: the page's own reading order already reaches the first card.
    pub fn silent(now: &TimelineState) -> Announcement {
        Announcement {
            selected: now.selected,
            added: now.added.len(),
            said: None,
        }
    }

    /// Follows the reader's state `now`: a new selection (or the reader's event moved by a new
    /// version of the story) says its headline; more new events than last told says how many;
    /// anything else leaves the words as they were, so that nothing is said twice.
    pub fn follow(&mut self, now: &TimelineState) {
        let lang = now.lang;
        if now.selected != self.selected || now.moved {
            let headline = now.dataset.events[now.selected].headline.get(lang);
            self.said = Some(if now.moved {
                format!("{} {headline}", labels::text(Label::Moved, lang))
            } else {
                headline.to_string()
            });
        } else if now.added.len() > self.added {
            self.said = Some(labels::new_events(now.added.len(), lang));
        }
        self.selected = now.selected;
        self.added = now.added.len();
    }

    /// What the live region says now.
    pub fn said(&self) -> Option<&str> {
        self.said.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story_diff::StoryDiff;
    use crate::timeline::Action;
    use crisis_format::openai_story::DATASET;
    use crisis_format::schema::Lang;
    use std::rc::Rc;

    fn heard(announcement: &mut Announcement, now: &TimelineState) -> Option<String> {
        announcement.follow(now);
        announcement.said().map(str::to_string)
    }

    #[test]
    fn silent_on_load_then_each_move_says_the_new_headline_only() {
        let start = TimelineState::new(Rc::new(DATASET.clone()), Lang::FR);
        let mut announcement = Announcement::silent(&start);
        assert_eq!(heard(&mut announcement, &start), None, "nothing on load");
        let next = start.apply(Action::Next);
        let headline = DATASET.events[next.selected]
            .headline
            .get(Lang::FR)
            .to_string();
        assert_eq!(heard(&mut announcement, &next), Some(headline.clone()));
        assert_eq!(
            heard(&mut announcement, &next.apply(Action::Pause)),
            Some(headline),
            "a render that moves nothing leaves the words as they were"
        );
        let english = next.apply(Action::SetLang(Lang::EN));
        assert_eq!(
            heard(&mut announcement, &english.apply(Action::Next)),
            Some(
                DATASET.events[next.selected + 1]
                    .headline
                    .get(Lang::EN)
                    .to_string()
            )
        );
    }

    #[test]
    fn new_events_are_counted_once_and_a_moved_event_is_said_to_have_moved() {
        let start = TimelineState::new(Rc::new(DATASET.clone()), Lang::FR);
        let mut announcement = Announcement::silent(&start);
        let mut grown = DATASET.clone();
        let mut added = grown.events[grown.events.len() - 1].clone();
        added.id = "breaking".into();
        grown.events.to_mut().push(added);
        let diff = StoryDiff::between(&DATASET, &grown);
        let refreshed = start.with_new_version(Rc::new(grown), &diff);
        assert_eq!(
            heard(&mut announcement, &refreshed),
            Some(labels::new_events(1, Lang::FR))
        );
        let mut moved = refreshed.clone();
        moved.moved = true;
        let said = heard(&mut announcement, &moved).unwrap();
        assert!(
            said.starts_with(labels::text(Label::Moved, Lang::FR)),
            "{said}"
        );
    }
}
