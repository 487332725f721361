//! An event's body on the story card: its rich text (`data::rich_text`) as paragraphs, with
//! emphasis, strong words and links built as elements, never read as HTML.

use crisis_format::rich_text::{paragraphs, Span};
use crisis_format::schema::Lang;
use crisis_model::labels::{self, Label};
use yew::prelude::*;

/// The paragraphs of `text`, in a card shown in `lang`. A function rather than a component, as
/// the quotation is, for the wasm's size.
pub fn body_text(text: &str, lang: Lang) -> Html {
    paragraphs(text)
        .into_iter()
        .map(|spans| {
            let spans = spans.into_iter().map(|span| match span {
                Span::Text(words) => html! { { words } },
                Span::Emphasis(words) => html! { <em>{ words }</em> },
                Span::Strong(words) => html! { <strong>{ words }</strong> },
                // Links of a checked story go to http, https or mailto addresses only.
                Span::Link { words, url } => html! {
                    <a href={url.to_string()} target="_blank" rel="noopener noreferrer"
                        title={labels::text(Label::NewTab, lang)}>{ words }</a>
                },
            });
            html! { <p class="ct-card__body">{ for spans }</p> }
        })
        .collect()
}
