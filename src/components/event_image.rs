//! An event's image on the story card: its box sized from the image's shape before it loads (the
//! `width` and `height` attributes give it its ratio), loaded lazily and only for the card the
//! reader sees, at the width the screen needs (`srcset`), a calm placeholder while it comes, and,
//! if it fails, its caption and credit kept with no broken-image icon. A reader who prefers
//! reduced motion sees an animated image's still frame, or, when it has none, a button that
//! shows the animation only when pressed.

use crisis_format::schema::{Image, Lang};
use crisis_model::css_vars;
use crisis_model::image_source::{image_source, SIZES};
use crisis_model::labels::{self, Label};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew::TargetCast;

/// The image of an event, in `lang`. `shown` is false in the unseen sizer cards: there the image
/// has no address, so that its box keeps the card's height and nothing is downloaded. A function
/// rather than a component, as the quotation is, for the wasm's size.
pub fn event_image(image: &Image, lang: Lang, shown: bool, reduced_motion: bool) -> Html {
    let caption = image.caption.get(lang);
    let credit = image.credit.as_ref();
    let source = image_source(image, reduced_motion);
    let loaded = shown && !source.held;
    let widths = loaded && !source.srcset.is_empty();
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
        <img class="ct-image__img" src={loaded.then(|| source.src.to_string())}
            srcset={widths.then_some(source.srcset)} sizes={widths.then_some(SIZES)} alt={image.alt.get(lang).to_string()} width={image.width.to_string()}
            height={image.height.to_string()} data-ct-vars={css_vars::shape(image.width, image.height)} loading="lazy" decoding="async" onerror={failed} />
    };
    // A reader whose system asks for less motion gets an animated image's still frame from the
    // browser itself: the page's list is read with no script, and the card follows the system
    // as it changes.
    let picture = match image.still.as_deref().filter(|_| loaded && !reduced_motion) {
        Some(still) => html! {
            <picture><source media="(prefers-reduced-motion: reduce)" srcset={still.to_string()} />{ picture }</picture>
        },
        None => picture,
    };
    // The animation held back: pressed, the button gives the image its address and its place in
    // the focus order, and goes. Set on the element rather than through a component's state, as
    // the failure's class is: a component costs the wasm 3 kB (measured for the recording player).
    let show = source.held.then(|| {
        let address = source.src.to_string();
        Callback::from(move |event: MouseEvent| {
            let Some(button) = event.target_dyn_into::<HtmlElement>() else {
                return;
            };
            let img = button
                .parent_element()
                .and_then(|frame| frame.query_selector("img").ok().flatten())
                .and_then(|img| img.dyn_into::<HtmlElement>().ok());
            if let Some(img) = img {
                let _ = img.set_attribute("src", &address);
                let _ = img.set_attribute("tabindex", "-1");
                button.set_hidden(true);
                let _ = img.focus();
            }
        })
    });
    let show_button = show.map(|onclick| {
        html! {
            <button type="button" class="ct-button ct-image__show" {onclick}>{ labels::text(Label::ShowAnimation, lang) }</button>
        }
    });
    html! {
        <figure class="ct-image">
            // The frame holds the placeholder, which stays when the image fails; it is the link
            // when the image has one.
            if let Some(link) = &image.link {
                <a class="ct-image__frame" href={link.to_string()} target="_blank" rel="noopener noreferrer">{ picture }</a>
                { show_button }
            } else {
                <span class="ct-image__frame">{ picture }{ show_button }</span>
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
