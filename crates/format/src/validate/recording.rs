//! The rules of a recording: an address a player takes (YouTube, Vimeo, or an .mp4, .webm or
//! .mp3 file on the page's site or at https), a title in each of the story's languages (the
//! player's accessible name), a poster and a shape for a video (so that its space is kept and the
//! card shows something before the reader presses play), and captions files for a video file.

use super::fields::{texts_at, web_address};
use super::image::{image_address, required_address, shape};
use super::MAX_HEADLINE_CHARS;
use crate::field_path::FieldPath;
use crate::item::{Item, ValidationError};
use crate::players::{player_of, Player};
use crate::raw::RawRecording;
use crate::schema::{Captions, Lang, Languages, Recording};
use std::borrow::Cow;

/// Checks the recording of `item`.
pub(super) fn recording(
    item: &Item,
    raw: RawRecording,
    languages: &Languages,
) -> Result<Recording, ValidationError> {
    let at = FieldPath::ITEM.field("recording");
    let url = raw
        .url
        .ok_or_else(|| item.err(at.field("url"), "is missing"))?;
    let player = player_of(&url).ok_or_else(|| {
        item.err(
            at.field("url"),
            format!(
                "'{url}' is neither a YouTube or Vimeo address nor an .mp4, .webm or .mp3 file"
            ),
        )
    })?;
    let (platform, audio) = (
        matches!(player, Player::YouTube(_) | Player::Vimeo(_)),
        player == Player::AudioFile,
    );
    let url = if platform {
        web_address(url)
    } else {
        image_address(url)
    }
    .map_err(|e| item.err(at.field("url"), e))?;
    let title = texts_at(
        item,
        at.field("title"),
        raw.title,
        MAX_HEADLINE_CHARS,
        languages,
    )?;
    let poster = match (raw.poster, platform) {
        (Some(poster), _) => image_address(poster).map_err(|e| item.err(at.field("poster"), e))?,
        (None, true) => {
            return Err(item.err(
                at.field("poster"),
                "is missing: the card shows it, and loads nothing of the platform, until the reader presses play",
            ))
        }
        (None, false) => String::new(),
    };
    let (width, height) = match (audio, raw.width, raw.height, raw.ratio.as_deref()) {
        (true, None, None, None) => (0, 0),
        (_, width, height, ratio) => {
            shape(width, height, ratio).map_err(|e| item.err(at.field("width"), e))?
        }
    };
    if platform && !raw.captions.is_empty() {
        return Err(item.err(
            at.field("captions"),
            "YouTube and Vimeo show their own captions: give captions for a file only",
        ));
    }
    let captions = raw
        .captions
        .into_iter()
        .enumerate()
        .map(|(n, c)| {
            let here = at.field("captions").item(n);
            let url = required_address(item, here.field("url"), c.url)?;
            let lang = c
                .lang
                .as_deref()
                .ok_or_else(|| {
                    "is missing: the captions' language tag, such as 'fr' or 'de'".to_string()
                })
                .and_then(Lang::parse)
                .map_err(|mistake| item.err(here.field("lang"), mistake))?;
            Ok(Captions {
                url: Cow::Owned(url),
                lang,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Recording {
        url: Cow::Owned(url),
        title,
        poster: Cow::Owned(poster),
        width,
        height,
        captions: Cow::Owned(captions),
    })
}
