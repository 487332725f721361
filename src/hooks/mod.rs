//! Behaviours of the root widget that live in the browser: autoplay's timer, the URL hash and
//! swipes. Each is a hook so that the root component stays a plain picture of its parts.

mod autoplay;
mod hash_link;
mod swipe;

pub use autoplay::{use_autoplay, AUTOPLAY_MS};
pub use hash_link::use_hash_link;
pub use swipe::use_swipe;
