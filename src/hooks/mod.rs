//! Behaviours that live in the browser: autoplay's timer, the URL hash, swipes and the width
//! class. Each is a hook so that components stay plain pictures of their parts.

mod autoplay;
mod compact;
mod hash_link;
mod swipe;

pub use autoplay::use_autoplay;
pub use compact::use_compact_layout;
pub use hash_link::use_hash_link;
pub use swipe::use_swipe;
