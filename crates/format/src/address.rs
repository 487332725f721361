//! What an address says of the file it names, for the readers of images and recordings: the
//! kind of a file is read from its path's extension, never fetched.

/// The path of `url` without its query or fragment, in lower case: what a file's extension is
/// read from.
pub fn file_path(url: &str) -> String {
    url.split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::file_path;

    #[test]
    fn a_file_s_path_drops_its_query_and_fragment_and_its_case() {
        assert_eq!(
            file_path("https://a.org/Riot.GIF?w=2#top"),
            "https://a.org/riot.gif"
        );
        assert_eq!(file_path("clip.mp4#t=5"), "clip.mp4");
    }
}
