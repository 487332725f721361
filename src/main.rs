//! Runs when the wasm starts, on every page that loads it: reports panics clearly, and mounts the
//! standalone page's widget if the page is the standalone page.

fn main() {
    crisis_timeline::embed::failure::install_panic_hook();
    // Phrases with a number take the plural form the browser's CLDR gives the language shown.
    crisis_model::labels::set_plural_rule(crisis_intl::plural_category);
    crisis_model::cldr::install(&crisis_intl::IntlCldr);
    crisis_timeline::embed::mount_standalone();
}
