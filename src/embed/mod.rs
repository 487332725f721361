//! How the widget meets its host page: mounting into an element with options.

pub mod console;
mod mount;

pub use mount::{mount, mount_standalone, MountedTimeline};
