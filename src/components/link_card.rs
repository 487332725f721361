//! A link card on the story card: a document or an article the event points to, with its title,
//! who published it and when, written by the newsroom. Nothing is fetched from the address, no
//! preview and no platform's embed: the reader's browser asks nothing of it until pressed.

use crisis_format::schema::{Lang, Link};
use crisis_model::labels::{self, Label};
use yew::prelude::*;

/// The link card of an event, in `lang`. A function rather than a component, as the quotation
/// is, for the wasm's size.
pub fn link_card(link: &Link, lang: Lang) -> Html {
    let date = link.date.as_ref();
    html! {
        <a class="ct-link" href={link.url.to_string()} target="_blank" rel="noopener noreferrer"
            title={labels::text(Label::NewTab, lang)}>
            <span class="ct-link__title">{ link.title.get(lang) }</span>
            <span class="ct-link__meta">
                { link.outlet.as_ref() }
                if !date.is_empty() { { ", " }{ date } }
            </span>
        </a>
    }
}
