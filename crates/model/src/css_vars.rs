//! Positions and sizes that depend on the data (which segment is in view, where a tick sits)
//! reach the CSS as custom properties written in a `data-ct-vars` attribute, e.g.
//! `--ct-shift:-100%`, and a marker's place as a `data-ct-at` attribute, e.g. `12.345% 2 1`;
//! both are set through the CSSOM (see the widget's `embed::style_observer`). Style attributes
//! would be refused by a strict Content-Security-Policy (`style-src 'self'`); the CSSOM is not.

use crate::scale::css_percent;

/// The custom properties of a `data-ct-vars` value. Only `--ct-*` names and plain numeric values
/// (digits, `.`, `-`, `%`, `px`) are kept, so nothing else can be set through it.
pub fn parse(vars: &str) -> Vec<(&str, &str)> {
    vars.split(';')
        .filter_map(|pair| pair.split_once(':'))
        .map(|(name, value)| (name.trim(), value.trim()))
        .filter(|(name, value)| {
            name.len() > 5
                && name.starts_with("--ct-")
                && name[5..]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
                && !value.is_empty()
                && value
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'%' | b'p' | b'x'))
        })
        .collect()
}

/// A marker's `data-ct-at`: where it sits along the axis (a fraction of it), its lane's row
/// among the lanes shown, and its stacking level within the lane.
pub fn marker_at(fraction: f64, row: u8, level: u8) -> String {
    format!("{} {row} {level}", css_percent(fraction))
}

/// The `transform` that puts a marker where its `data-ct-at` says; `None` for anything that
/// is not a percentage and two small whole numbers. A transform rather than custom properties:
/// a custom property on each of hundreds of markers made the browser's style pass four times
/// slower (45 ms against 11 ms for the 612 markers of 10,000 events).
pub fn marker_transform(at: &str) -> Option<String> {
    let mut parts = at.split(' ');
    let x = parts.next()?;
    let number = x.strip_suffix('%')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let row: u8 = parts.next()?.parse().ok()?;
    let level: u8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Some(format!(
        "translate({x}, calc({row} * var(--ct-lane-h) + {level} * var(--ct-level-h)))"
    ))
}

/// The `data-ct-vars` of an image, a poster or a video declared `width` × `height`: its shape,
/// which the CSS gives its box (`aspect-ratio`) whatever the file's own shape, so that a file
/// whose crop changed after the story was written never moves the card when it arrives.
///
/// In whole numbers: formatting a float brought core's float printing into the wasm (+5.5 kB
/// gzipped, `make size`).
pub fn shape(width: u32, height: u32) -> String {
    let height = u64::from(height.max(1));
    let ten_thousandths = (u64::from(width) * 10_000 + height / 2) / height;
    format!(
        "--ct-ratio:{}.{:04}",
        ten_thousandths / 10_000,
        ten_thousandths % 10_000
    )
}

#[cfg(test)]
mod tests {
    use super::{marker_at, marker_transform, parse, shape};

    #[test]
    fn a_markers_place_becomes_one_transform() {
        assert_eq!(marker_at(0.123456, 2, 1), "12.346% 2 1");
        assert_eq!(
            marker_transform("12.346% 2 1").as_deref(),
            Some("translate(12.346%, calc(2 * var(--ct-lane-h) + 1 * var(--ct-level-h)))")
        );
        for bad in [
            "",
            "12.3 2 1",
            "12.3% 2",
            "12.3% 2 1 0",
            "x% 1 1",
            "1% -1 0",
            "%); color: red 1 1",
        ] {
            assert_eq!(marker_transform(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_widget_properties_with_numeric_values_pass() {
        assert_eq!(
            parse("--ct-x:12.345%;--ct-lane:2"),
            vec![("--ct-x", "12.345%"), ("--ct-lane", "2")]
        );
        assert_eq!(parse("--ct-shift:-100%"), vec![("--ct-shift", "-100%")]);
        assert!(parse("color:red;--ct-x:url(javascript:x)").is_empty());
        assert!(parse("--ct-:1;--CT-x:1;--ct-x:").is_empty());
    }

    #[test]
    fn a_shape_is_a_ratio_the_css_vars_take() {
        assert_eq!(shape(1200, 800), "--ct-ratio:1.5000");
        assert_eq!(shape(9, 16), "--ct-ratio:0.5625");
        assert_eq!(parse(&shape(1920, 1080)), [("--ct-ratio", "1.7778")]);
    }
}
