//! The widget's own pages (the standalone page and the iframe's page, `embed.html`), as the page
//! marks them: what the build prerenders, and where the widget names the page after its story.
//! The entry script and the press keeper repeat the selector (`www/rules.js`,
//! `www/presses.js`); `tests/fixtures/rules/pages.json` is the one table both sides are tested
//! against.

/// The mount elements of the widget's own pages.
pub const OWN_PAGES: &str = "[data-crisis-timeline-page], [data-crisis-timeline-frame]";
