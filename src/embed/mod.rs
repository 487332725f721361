//! How the widget meets its host page: mounting into an element (in a shadow root for the
//! script embed), options from attributes, query strings or a JS object, the JS API and the
//! events it dispatches, the styles its attributes ask for, and what a failed start shows.

pub mod failure;
mod host_events;
mod host_options;
mod js_api;
mod mount;
mod mounted_widget;
mod parking;
pub mod platform_cldr;
mod story_report;
mod story_sources;
pub mod style_observer;

pub use js_api::TimelineHandle;
pub use mount::{mount, mount_standalone};
