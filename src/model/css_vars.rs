//! Positions and sizes that depend on the data (where a marker sits, which segment is in view)
//! reach the CSS as custom properties written in a `data-ct-vars` attribute, e.g.
//! `--ct-x:12.345%;--ct-lane:2`, and set through the CSSOM. Style attributes would be refused
//! by a strict Content-Security-Policy (`style-src 'self'`); the CSSOM is not.

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

#[cfg(test)]
mod tests {
    use super::parse;

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
}
