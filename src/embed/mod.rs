//! How the widget meets its host page: mounting into an element (in a shadow root for the
//! script embed), options from attributes, query strings or a JS object, the JS API and the
//! events it dispatches, the styles its attributes ask for, and messages for the host's
//! developers in the console.

pub mod failure;
mod host_options;
mod instance;
mod js_api;
mod mount;
pub mod style_observer;

pub use instance::Instance;
pub use js_api::TimelineHandle;
pub use mount::{mount, mount_standalone, MountedTimeline};
