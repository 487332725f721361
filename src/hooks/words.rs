//! The words of the language shown: when the reader or the host switches to a language whose
//! shipped words the page does not hold yet, they are fetched, and the widget drawn again with
//! them once they arrive (English stands in meanwhile, never a blank label); and the words of a
//! notice shown before any story, in the reader's language.

use crate::words_files;
use crisis_format::schema::Lang;
use yew::prelude::*;

/// Fetches the words of `lang` when `wanted` and the page lacks them, and draws the widget
/// again after.
#[hook]
pub fn use_words(lang: Lang, wanted: bool) {
    let redraw = use_force_update();
    use_effect_with((lang, wanted), move |(lang, wanted)| {
        let lang = *lang;
        if *wanted && words_files::missing(lang) {
            words_files::bring(lang, move || redraw.force_update());
        }
    });
}
