//! Which sites the widget's own pages (the standalone and embed pages) may load a story from
//! with `?src=`: their own, and those the newsroom lists at build time. Any other would let
//! anyone show any text under the newsroom's domain, by a link to its embed page.

/// Whether a story at `story_origin` may be shown by a page at `page_origin`, given the
/// origins listed at build time (`listed`: separated by commas or spaces, e.g.
/// `https://data.example.org, https://cdn.example.org`). Origins are compared whole (scheme,
/// host and port), so that `https://example.org.evil.test` is not `https://example.org`.
pub fn story_origin_allowed(story_origin: &str, page_origin: &str, listed: &str) -> bool {
    // An opaque origin ("null": a data: or sandboxed page) matches nothing, not even itself.
    if story_origin == "null" || story_origin.is_empty() {
        return false;
    }
    story_origin == page_origin
        || listed
            .split([',', ' ', '\n'])
            .map(|o| o.trim().trim_end_matches('/'))
            .any(|o| !o.is_empty() && o == story_origin)
}

#[cfg(test)]
mod tests {
    use super::story_origin_allowed;

    #[test]
    fn only_the_page_s_own_origin_and_listed_ones_are_allowed() {
        let page = "https://news.example.org";
        let listed = "https://data.example.org, https://cdn.example.net/";
        for (story, allowed) in [
            ("https://news.example.org", true),
            ("https://data.example.org", true),
            ("https://cdn.example.net", true),
            ("http://news.example.org", false),
            ("https://news.example.org:8443", false),
            ("https://news.example.org.evil.test", false),
            ("https://evil.test", false),
            ("null", false),
        ] {
            assert_eq!(
                story_origin_allowed(story, page, listed),
                allowed,
                "{story}"
            );
        }
        assert!(!story_origin_allowed("null", "null", ""));
    }
}
