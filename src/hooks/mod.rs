//! Behaviours that live in the browser: autoplay's timer, the URL hash, swipes, the media
//! queries (a phone's layout, reduced motion), focus that follows the selection, the name of the
//! widget's own pages, the words of the language shown, and the story's arrival (fetched,
//! checked, fetched again). Each is a hook, or a plain function where no state is kept, so that
//! components stay plain pictures of their parts.

mod autoplay;
mod focus_follows;
mod hash_link;
mod media;
mod page_name;
mod story_arrival;
mod swipe;
mod words;

pub use autoplay::use_autoplay;
pub use focus_follows::use_focus_follows;
pub use hash_link::use_hash_link;
pub use media::{prefers_reduced_motion, use_compact_layout};
pub use page_name::use_page_name;
pub use story_arrival::{use_story_arrival, Arrival};
pub use swipe::use_swipe;
pub use words::use_words;
