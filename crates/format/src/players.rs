//! Which player a recording's address needs: YouTube's or Vimeo's (loaded only when the reader
//! presses play), or the browser's own for a video or sound file. Decided from the address alone,
//! for the validator (an address no player takes is a mistake) and for the card.

use crate::address::file_path;

/// The player of a recording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Player<'a> {
    /// A YouTube video, by its id.
    YouTube(&'a str),
    /// A Vimeo video, by its number.
    Vimeo(&'a str),
    /// An .mp4 or .webm file, in `<video>`.
    VideoFile,
    /// An .mp3 file, in `<audio>`.
    AudioFile,
}

impl Player<'_> {
    /// The address of the platform's player, started at once (the reader pressed play to get
    /// it); `None` for a file, which the browser plays itself.
    pub fn embed_url(self) -> Option<String> {
        match self {
            // The no-cookie domain: no cookie is set before the reader plays the video.
            Player::YouTube(id) => Some(format!(
                "https://www.youtube-nocookie.com/embed/{id}?autoplay=1"
            )),
            Player::Vimeo(id) => Some(format!(
                "https://player.vimeo.com/video/{id}?autoplay=1&dnt=1"
            )),
            Player::VideoFile | Player::AudioFile => None,
        }
    }
}

/// The player for `url`: `youtube.com/watch?v=ID`, `youtu.be/ID`, `vimeo.com/NUMBER`, or a
/// file whose path ends in .mp4, .webm or .mp3; `None` for anything else.
pub fn player_of(url: &str) -> Option<Player<'_>> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    if let Some(rest) = rest {
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host = host
            .strip_prefix("www.")
            .or(host.strip_prefix("m."))
            .unwrap_or(host);
        let id_chars = |id: &str| {
            !id.is_empty()
                && id.len() <= 32
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        };
        let found = match host {
            "youtube.com" => path
                .strip_prefix("watch?")
                .and_then(|query| query.split('&').find_map(|p| p.strip_prefix("v=")))
                .filter(|id| id_chars(id))
                .map(Player::YouTube),
            "youtu.be" => path
                .split(['?', '#'])
                .next()
                .filter(|id| id_chars(id))
                .map(Player::YouTube),
            "vimeo.com" => path
                .split(['?', '#', '/'])
                .next()
                .filter(|id| {
                    !id.is_empty() && id.len() <= 12 && id.bytes().all(|b| b.is_ascii_digit())
                })
                .map(Player::Vimeo),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    let path = file_path(url);
    if path.ends_with(".mp4") || path.ends_with(".webm") {
        Some(Player::VideoFile)
    } else if path.ends_with(".mp3") {
        Some(Player::AudioFile)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{player_of, Player::*};

    #[test]
    fn each_address_gets_its_player_or_none() {
        assert_eq!(
            player_of("https://www.youtube.com/watch?v=aPweFhhXFvY&t=5"),
            Some(YouTube("aPweFhhXFvY"))
        );
        assert_eq!(
            player_of("https://youtu.be/aPweFhhXFvY"),
            Some(YouTube("aPweFhhXFvY"))
        );
        assert_eq!(
            player_of("https://vimeo.com/20839673"),
            Some(Vimeo("20839673"))
        );
        assert_eq!(player_of("media/briefing.mp4"), Some(VideoFile));
        assert_eq!(
            player_of("https://cdn.example.org/a.webm?v=2"),
            Some(VideoFile)
        );
        assert_eq!(player_of("/audio/call.MP3"), Some(AudioFile));
        assert_eq!(player_of("https://www.youtube.com/watch?v=a\"b"), None);
        assert_eq!(player_of("https://vimeo.com/channels/staff"), None);
        assert_eq!(player_of("https://example.org/page.html"), None);
    }

    #[test]
    fn platforms_play_from_their_own_player_and_files_from_the_browser() {
        assert_eq!(
            YouTube("abc").embed_url().as_deref(),
            Some("https://www.youtube-nocookie.com/embed/abc?autoplay=1")
        );
        assert_eq!(VideoFile.embed_url(), None);
    }
}
