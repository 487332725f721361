//! Pure logic of the widget, apart from the browser: time scales, derived state, the reader's
//! state machine and the words and numbers of each language. Tested natively with `cargo test`.

pub mod announcement;
pub mod breakpoint;
pub mod card_height;
pub mod cldr;
pub mod css_vars;
pub mod dates;
pub mod deep_link;
pub mod held_words;
pub mod image_source;
pub mod keys;
pub mod labels;
pub mod lanes;
pub mod language_choice;
pub mod numbers;
pub mod options;
pub mod origins;
pub mod pages;
pub mod quote_lines;
pub mod refresh_wait;
pub mod scale;
pub mod story_diff;
pub mod strip;
pub mod swipe;
pub mod timeline;
