//! The rules of an image: an address the widget may load (https, or a path on the page's site),
//! alt text in each of the story's languages unless it is marked decorative, its shape (width and
//! height, or a ratio) so that its space is kept before it loads, and optionally a caption, a
//! credit, a link, other widths (`srcset`) and a still frame for readers who prefer reduced
//! motion.

use super::fields::{plain_text, texts_at, web_address};
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::raw::{RawImage, RawImageSize, RawTexts};
use crate::schema::{Image, ImageSize, Languages, Texts};
use std::borrow::Cow;

/// Longest alt text or caption, in characters: a sentence or two.
const MAX_IMAGE_TEXT_CHARS: usize = 300;
/// Longest credit, in characters.
const MAX_CREDIT_CHARS: usize = 120;

/// Checks the image of `item`.
pub(super) fn image(
    item: &Item,
    raw: RawImage,
    languages: &Languages,
) -> Result<Image, ValidationError> {
    let at = FieldPath::ITEM.field("image");
    let url = required_address(item, at.field("url"), raw.url)?;
    let decorative = raw.decorative.unwrap_or(false);
    let alt = match (decorative, !raw.alt.is_absent()) {
        (true, true) => {
            return Err(item.err(
                at.field("alt"),
                "a decorative image has no alt text: remove one or the other",
            ))
        }
        (true, false) => Texts::default(),
        (false, true) => texts_at(
            item,
            at.field("alt"),
            raw.alt,
            MAX_IMAGE_TEXT_CHARS,
            languages,
        )?,
        (false, false) => {
            return Err(item.err(
                at.field("alt"),
                "is missing: say what the image shows, for readers who cannot see it (or mark it 'decorative = true')",
            ))
        }
    };
    let caption = optional(item, at.field("caption"), raw.caption, languages)?;
    let credit = raw
        .credit
        .map(|c| plain_text(item, at.field("credit"), Some(c), MAX_CREDIT_CHARS))
        .transpose()?
        .unwrap_or_default();
    let (width, height) = shape(raw.width, raw.height, raw.ratio.as_deref())
        .map_err(|e| item.err(at.field("width"), e))?;
    let link = raw
        .link
        .map(|link| web_address(link).map_err(|e| item.err(at.field("link"), e)))
        .transpose()?;
    let srcset = sizes(item, at.field("srcset"), raw.srcset)?;
    let still = raw
        .still
        .map(|still| image_address(still).map_err(|e| item.err(at.field("still"), e)))
        .transpose()?;
    Ok(Image {
        url: Cow::Owned(url),
        alt,
        caption,
        credit: Cow::Owned(credit),
        width,
        height,
        link: link.map(Cow::Owned),
        srcset: Cow::Owned(srcset),
        still: still.map(Cow::Owned),
    })
}

/// A text that may be left out.
fn optional(
    item: &Item,
    path: FieldPath,
    raw: RawTexts,
    languages: &Languages,
) -> Result<Texts, ValidationError> {
    if raw.is_absent() {
        return Ok(Texts::default());
    }
    texts_at(item, path, raw, MAX_IMAGE_TEXT_CHARS, languages)
}

/// An image's address: https (or http), or a path on the page's own site, never another scheme.
pub(super) fn image_address(url: String) -> Result<String, String> {
    let scheme = url
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .contains(':');
    if !scheme && !url.starts_with("//") && !url.is_empty() && !url.contains(char::is_whitespace) {
        return Ok(url);
    }
    web_address(url)
}

/// A number of pixels, whole and from 1 to 100,000.
fn whole_pixels(n: f64) -> Option<u32> {
    // Whole numbers read as integers, never as floats: float parsing would cost the wasm 17 kB
    // gzipped (measured with make size).
    (1.0..=100_000.0)
        .contains(&n)
        .then_some(n as u32)
        .filter(|&w| f64::from(w) == n)
}

/// The image's other widths: each an address the widget may load, with no comma (which would
/// part the browser's list), and its width in whole pixels. A loop rather than a collect into a
/// `Result`, which built an iterator adapter of its own (-1 kB of code before wasm-opt).
fn sizes(
    item: &Item,
    at: FieldPath,
    raw: Vec<RawImageSize>,
) -> Result<Vec<ImageSize>, ValidationError> {
    let mut sizes = Vec::with_capacity(raw.len());
    for (n, size) in raw.into_iter().enumerate() {
        let here = at.item(n);
        let url = required_address(item, here.field("url"), size.url)?;
        if url.contains(',') {
            return Err(item.err(
                here.field("url"),
                "an address in 'srcset' may not hold a comma",
            ));
        }
        let width = size.width.and_then(whole_pixels).ok_or_else(|| {
            item.err(
                here.field("width"),
                "is missing or not a whole number of pixels, from 1",
            )
        })?;
        sizes.push(ImageSize {
            url: Cow::Owned(url),
            width,
        });
    }
    Ok(sizes)
}

/// The address at `field`, which must be given and be one the widget may load
/// ([`image_address`]): an image's, one of its widths', a captions file's.
pub(super) fn required_address(
    item: &Item,
    field: FieldPath,
    url: Option<String>,
) -> Result<String, ValidationError> {
    let url = url.ok_or_else(|| item.err(field, "is missing"))?;
    image_address(url).map_err(|e| item.err(field, e))
}

/// A ratio `W:H` (e.g. `3:2`) as its two whole numbers, each 1 to 100,000.
pub fn parse_ratio(ratio: &str) -> Option<(u32, u32)> {
    let part = |text: &str| {
        text.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=100_000).contains(n))
    };
    ratio
        .split_once(':')
        .and_then(|(w, h)| part(w).zip(part(h)))
}

/// Width and height from the two numbers given, or from a ratio `W:H`.
pub(super) fn shape(
    width: Option<f64>,
    height: Option<f64>,
    ratio: Option<&str>,
) -> Result<(u32, u32), String> {
    match (width, height, ratio) {
        (Some(w), Some(h), None) => whole_pixels(w)
            .zip(whole_pixels(h))
            .ok_or_else(|| "width and height must be whole numbers of pixels, from 1".to_string()),
        (None, None, Some(ratio)) => parse_ratio(ratio)
            .ok_or_else(|| format!("the ratio '{ratio}' is not two whole numbers, 'W:H' (e.g. '3:2')")),
        (None, None, None) => Err(
            "is missing: give 'width' and 'height', or 'ratio', so that the image's space is kept before it loads"
                .to_string(),
        ),
        _ => Err("give 'width' and 'height', or 'ratio', not both".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::{image_address, shape};

    #[test]
    fn an_image_is_https_or_on_the_page_s_own_site() {
        for ok in [
            "https://cdn.example.org/a.jpg",
            "media/a.jpg",
            "/media/a.jpg",
            "a.png?v=2",
        ] {
            assert_eq!(image_address(ok.into()), Ok(ok.into()), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:image/png;base64,AAAA",
            "//evil.example/a.jpg",
            "",
            "a b.jpg",
        ] {
            assert!(image_address(bad.into()).is_err(), "{bad}");
        }
    }

    #[test]
    fn its_shape_is_a_size_or_a_ratio() {
        assert_eq!(shape(Some(1200.0), Some(800.0), None), Ok((1200, 800)));
        assert_eq!(shape(None, None, Some("3:2")), Ok((3, 2)));
        assert!(shape(Some(1200.0), None, None).is_err());
        assert!(shape(Some(1.5), Some(2.0), None).is_err());
        assert!(shape(None, None, Some("wide")).is_err());
        assert!(shape(Some(3.0), Some(2.0), Some("3:2")).is_err());
        assert!(shape(None, None, None).is_err());
    }
}
