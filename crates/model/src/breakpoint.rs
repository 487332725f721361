//! The one width below which the widget takes its phone layout (one column, the compact
//! navigator): 600 CSS pixels of viewport. The stylesheets' media queries, the widget's own
//! query and the pages' reckoning of its likely height all use it; `tests/source_rules.rs`
//! checks that every media query of a width in `www/` is this one.

/// Below this width, in CSS pixels, the layout is a phone's.
pub const COMPACT_BELOW_PX: u32 = 600;

/// The media query that matches the phone layout. `599.98px` rather than `599px`: a viewport of
/// a fractional width (a zoomed page, 599.5 px) is below 600 too, as the pages' `width < 600`
/// says.
pub const COMPACT_QUERY: &str = "(max-width: 599.98px)";
