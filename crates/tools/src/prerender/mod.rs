//! The story written into the pages at build time, so that readers without JavaScript, readers
//! whose wasm fails to load, printers and search engines all get every event: the widget's first
//! state and the list of every event, drawn by the widget's own components through Yew's server
//! renderer (`rendered`); the story's structured data (`structured_data`); the page's name and
//! language (`page_head`); and the story's JSON for the wasm (`escape`). Native only (the
//! `crisis-tools` crate): none of it is in the wasm.

pub mod escape;
pub mod page_head;
pub mod rendered;
pub mod structured_data;

pub use escape::{escape_html, story_script};
pub use page_head::page_with_story_head;
pub use rendered::{event_list_html, widget_html};
pub use structured_data::json_ld;
