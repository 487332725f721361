//! What the card's image loads: the image, with its other widths for the browser to pick from;
//! or, for a reader who prefers reduced motion, the still frame of an animated image, or nothing
//! of an animated image with no still frame until the reader asks for it.

use crisis_format::address::file_path;
use crisis_format::schema::Image;

/// The card's image's sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageSource<'a> {
    /// The address loaded, unless `held`.
    pub src: &'a str,
    /// The other widths, as the browser's `srcset`: "a-640.jpg 640w, a-1280.jpg 1280w"; empty
    /// for none.
    pub srcset: String,
    /// An animated image kept from a reader who prefers reduced motion: nothing is loaded until
    /// the reader asks for it.
    pub held: bool,
}

/// How wide the card's image is drawn, for the browser's pick among the widths: the whole
/// screen on a phone, at most 36rem beside (as the card's style sets it).
pub const SIZES: &str = "(min-width: 36rem) 36rem, 100vw";

/// Whether `image` moves: a GIF, or an image given a still frame.
pub fn animated(image: &Image) -> bool {
    image.still.is_some() || file_path(&image.url).ends_with(".gif")
}

/// The sources of `image` for a reader who does, or does not, prefer `reduced_motion`.
pub fn image_source(image: &Image, reduced_motion: bool) -> ImageSource<'_> {
    let calm = reduced_motion && animated(image);
    if let (true, Some(still)) = (calm, &image.still) {
        // The still frame alone: other widths would be of the moving image.
        return ImageSource {
            src: still,
            srcset: String::new(),
            held: false,
        };
    }
    let srcset = image
        .srcset
        .iter()
        .map(|size| format!("{} {}w", size.url, size.width))
        .collect::<Vec<_>>()
        .join(", ");
    ImageSource {
        src: &image.url,
        srcset,
        held: calm,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::schema::{ImageSize, Lang, Languages, Texts};
    use std::borrow::Cow;

    fn image(url: &'static str, still: Option<&'static str>, widths: &[u32]) -> Image {
        let text = Texts::same(&Languages(Cow::Borrowed(&[Lang::FR, Lang::EN])), "x");
        Image {
            url: Cow::Borrowed(url),
            alt: text.clone(),
            caption: text,
            credit: Cow::Borrowed(""),
            width: 3,
            height: 2,
            link: None,
            srcset: widths
                .iter()
                .map(|&width| ImageSize {
                    url: Cow::Owned(format!("photo-{width}.jpg")),
                    width,
                })
                .collect(),
            still: still.map(Cow::Borrowed),
        }
    }

    #[test]
    fn a_photo_offers_its_widths_whatever_the_reader_prefers() {
        let photo = image("photo.jpg", None, &[640, 1280]);
        for reduced in [false, true] {
            assert_eq!(
                image_source(&photo, reduced),
                ImageSource {
                    src: "photo.jpg",
                    srcset: "photo-640.jpg 640w, photo-1280.jpg 1280w".into(),
                    held: false
                }
            );
        }
        assert_eq!(image_source(&image("a.png", None, &[]), false).srcset, "");
    }

    #[test]
    fn an_animation_is_still_or_held_for_a_reader_who_prefers_reduced_motion() {
        let with_still = image("riot.GIF?v=2", Some("riot.png"), &[640]);
        assert!(animated(&with_still));
        assert_eq!(image_source(&with_still, false).src, "riot.GIF?v=2");
        assert_eq!(
            image_source(&with_still, true),
            ImageSource {
                src: "riot.png",
                srcset: String::new(),
                held: false
            }
        );
        let gif = image("https://cdn.example.org/riot.gif", None, &[]);
        assert!(!image_source(&gif, false).held);
        assert!(image_source(&gif, true).held);
        // An animated WebP says it moves by its still frame.
        let webp = image("riot.webp", Some("riot.jpg"), &[]);
        assert_eq!(image_source(&webp, true).src, "riot.jpg");
        assert!(!animated(&image("riot.webp", None, &[])));
    }
}
