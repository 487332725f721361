//! An event's image on the story card: its box sized from the image's shape before it loads (the
//! `width` and `height` attributes give it its ratio), loaded lazily and only for the card the
//! reader sees, a calm placeholder while it comes, and, if it fails, its caption and credit kept
//! with no broken-image icon.

use crate::data::schema::{Image, Lang};
use web_sys::Element;
use yew::prelude::*;
use yew::TargetCast;

/// The image of an event, in `lang`. `shown` is false in the unseen sizer cards: there the image
/// has no address, so that its box keeps the card's height and nothing is downloaded. A function
/// rather than a component, as the quotation is, for the wasm's size.
pub fn event_image(image: &Image, lang: Lang, shown: bool) -> Html {
    let caption = image.caption.get(lang);
    let credit = image.credit.as_ref();
    // A failed image keeps its box and its caption; the class hides the browser's broken icon.
    let failed = Callback::from(|event: Event| {
        let figure = event
            .target_dyn_into::<Element>()
            .and_then(|img| img.closest("figure").ok().flatten());
        if let Some(figure) = figure {
            let _ = figure.class_list().add_1("ct-image--failed");
        }
    });
    let picture = html! {
        <img class="ct-image__img" src={shown.then(|| image.url.to_string())}
            alt={image.alt.get(lang).to_string()} width={image.width.to_string()}
            height={image.height.to_string()} loading="lazy" decoding="async" onerror={failed} />
    };
    html! {
        <figure class="ct-image">
            // The frame holds the placeholder, which stays when the image fails; it is the link
            // when the image has one.
            if let Some(link) = &image.link {
                <a class="ct-image__frame" href={link.to_string()} target="_blank" rel="noopener noreferrer">{ picture }</a>
            } else {
                <span class="ct-image__frame">{ picture }</span>
            }
            if !caption.is_empty() || !credit.is_empty() {
                <figcaption class="ct-image__caption">
                    { caption }
                    if !caption.is_empty() && !credit.is_empty() { { " " } }
                    <span class="ct-image__credit">{ credit }</span>
                </figcaption>
            }
        </figure>
    }
}
