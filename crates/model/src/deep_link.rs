//! Reading an event id out of a URL hash (`#agreement`), as the standalone page and the iframe
//! loader do. Anything that is not a well-formed id is ignored.

use crisis_format::ids::{is_id, MAX_ID_LEN};

/// The event id a URL hash names, if it names one: `#agreement` → `agreement`. Percent-encoded
/// ASCII is decoded; anything that is not then an id ([`is_id`]) is refused.
pub fn event_id(hash: &str) -> Option<String> {
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    let mut id = String::with_capacity(raw.len().min(MAX_ID_LEN));
    let mut bytes = raw.bytes();
    while let Some(b) = bytes.next() {
        let b = if b == b'%' {
            let hex = [bytes.next()?, bytes.next()?];
            u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?
        } else {
            b
        };
        // Only ASCII can be an id: stop before a decoded byte could split a character.
        if !b.is_ascii() || id.len() >= MAX_ID_LEN {
            return None;
        }
        id.push(char::from(b));
    }
    is_id(&id).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::event_id;

    #[test]
    fn ids_are_read_and_everything_else_refused() {
        assert_eq!(event_id("#agreement").as_deref(), Some("agreement"));
        assert_eq!(event_id("staff-letter").as_deref(), Some("staff-letter"));
        assert_eq!(event_id("#%61greement").as_deref(), Some("agreement"));
        for bad in [
            "",
            "#",
            "#Agreement",
            "#a b",
            "#<script>",
            "#%3Cscript%3E",
            "#%zz",
            "#%6",
            "#été",
        ] {
            assert_eq!(event_id(bad), None, "{bad}");
        }
        assert_eq!(event_id(&format!("#{}", "a".repeat(65))), None);
    }
}
