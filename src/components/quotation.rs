//! A quote on the story card: the words as a quotation (`blockquote`, with the original's
//! address as its `cite`), who said them, and whether the words shown are a translation. Never
//! a platform's embed: nothing is loaded.

use crisis_format::schema::{Lang, Quote};
use crisis_model::labels::{self, Label};
use crisis_model::quote_lines::quoted_words;
use yew::prelude::*;

/// The quote of an event, in `lang`, with who said it (`attribution`). A function rather than a
/// component, and with as few elements as it takes: as a component with its props it cost
/// 1.0 kB more of the wasm, gzipped, and each element of Yew's markup costs code.
pub fn quotation(quote: &Quote, attribution: String, lang: Lang) -> Html {
    let url = quote.url.as_ref().map(|u| AttrValue::from(u.to_string()));
    html! {
        <figure class="ct-quote">
            <blockquote class="ct-quote__words" cite={url.clone()}>{ quoted_words(quote, lang) }</blockquote>
            <figcaption class="ct-quote__by">
                { attribution }
                if let Some(url) = url {
                    { " · " }
                    <a href={url} target="_blank" rel="noopener noreferrer">{ labels::text(Label::Original, lang) }</a>
                }
            </figcaption>
        </figure>
    }
}
