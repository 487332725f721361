//! Runs when the wasm starts, on every page that loads it: reports panics clearly, and mounts the
//! standalone page's widget if the page is the standalone page.

fn main() {
    crisis_timeline::embed::failure::install_panic_hook();
    // Plural forms, dates and times as the browser's CLDR writes the language shown.
    crisis_timeline::embed::platform_cldr::install();
    crisis_timeline::embed::mount_standalone();
}
