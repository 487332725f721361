//! The browser's CLDR, given to the model once a page: the plural forms of `Intl.PluralRules`
//! and the dates and times of `Intl.DateTimeFormat`. Called when the wasm starts (`main.rs`),
//! and by the browser tests, which mount widgets without it.

/// Gives the model the browser's CLDR.
pub fn install() {
    crisis_model::labels::set_plural_rule(crisis_intl::plural_category);
    crisis_model::cldr::install(&crisis_intl::IntlCldr);
}
