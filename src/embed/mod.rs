//! How the widget meets its host page: mounting into an element (in a shadow root for the
//! script embed), options from attributes, query strings or a JS object, the JS API and the
//! events it dispatches, the styles its attributes ask for, and what a failed start shows.

pub mod failure;
// Without the `widget` feature (the preview page's wasm), the JS API is not exported and
// nothing calls it.
#[cfg_attr(not(feature = "widget"), allow(dead_code))]
mod host_options;
#[cfg_attr(not(feature = "widget"), allow(dead_code))]
mod js_api;
mod mount;
mod mounted_widget;
mod parking;
mod story_report;
pub mod style_observer;

pub use js_api::TimelineHandle;
pub use mount::{mount, mount_standalone};
