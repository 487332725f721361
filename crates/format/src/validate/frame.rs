//! The rules of the story's frame: its languages and dates, segments in time order that do not
//! overlap, lanes, and actors in known lanes, each with a unique id. Each item that breaks a
//! rule is named once and left out.

use super::fields::{full_date, identifier, lookup, texts};
use super::{kept, MAX_HEADLINE_CHARS};
use crate::calendar::CivilDate;
use crate::item::{Item, ValidationError};
use crate::raw::{RawActor, RawLane, RawSegment, RawTexts};
use crate::schema::*;
use std::borrow::Cow;

const MS_PER_DAY: i64 = 86_400_000;

/// The story's languages: one or more well-formed language tags (BCP 47), each once, in the
/// order the story prefers.
pub(super) fn languages(tags: Option<&[String]>) -> Result<Languages, ValidationError> {
    let story = Item::STORY;
    let tags = tags.ok_or_else(|| {
        story.err(
            "languages",
            "is missing: give the story's language tags, such as [\"fr\", \"en\"] or [\"de\"]",
        )
    })?;
    if tags.is_empty() {
        return Err(story.err(
            "languages",
            "is empty: give the story's language tags, such as [\"fr\", \"en\"] or [\"de\"]",
        ));
    }
    let mut languages: Vec<Lang> = Vec::with_capacity(tags.len());
    for (n, tag) in tags.iter().enumerate() {
        let field = format!("languages[{n}]");
        let lang = Lang::parse(tag).map_err(|mistake| story.err(field.clone(), mistake))?;
        if languages.contains(&lang) {
            return Err(story.err(field, format!("'{tag}' is listed twice")));
        }
        languages.push(lang);
    }
    Ok(Languages(Cow::Owned(languages)))
}

/// The widget's words the story gives: each for one of its languages, each language once.
/// The words themselves were checked as they were read.
pub(super) fn words(
    given: Vec<(String, crate::words::Vocabulary)>,
    languages: &Languages,
    mistakes: &mut Vec<ValidationError>,
) -> Vec<StoryWords> {
    let story = Item::STORY;
    let mut kept: Vec<StoryWords> = Vec::with_capacity(given.len());
    for (tag, words) in given {
        let field = format!("words.{tag}");
        let lang = match Lang::parse(&tag) {
            Ok(lang) if languages.0.contains(&lang) => lang,
            Ok(_) => {
                let expected = languages
                    .0
                    .iter()
                    .map(Lang::tag)
                    .collect::<Vec<_>>()
                    .join("', '");
                mistakes.push(story.err(
                    field,
                    format!("'{tag}' is not one of the story's languages ('{expected}')"),
                ));
                continue;
            }
            Err(mistake) => {
                mistakes.push(story.err(field, mistake));
                continue;
            }
        };
        if kept.iter().any(|w| w.lang == lang) {
            mistakes.push(story.err(field, format!("'{tag}' is given twice")));
            continue;
        }
        kept.push(StoryWords { lang, words });
    }
    kept
}

/// The languages to check the rest of a story in when its list has a mistake: those its title
/// is written in (what the writer meant, as `["fr", "en.UTF-8"]` with a title in `fr` and
/// `en`), else the list's well-formed tags, else French and English; so that one bad tag is
/// named once, not again at every text of the story.
pub(super) fn languages_despite(tags: Option<&[String]>, title: &RawTexts) -> Languages {
    let mut languages = well_formed(title.0.iter().map(|(key, _)| key));
    if languages.is_empty() {
        languages = well_formed(tags.unwrap_or_default().iter());
    }
    if languages.is_empty() {
        languages = vec![Lang::FR, Lang::EN];
    }
    Languages(Cow::Owned(languages))
}

/// The well-formed tags among `tags`, each once, in their order.
fn well_formed<'a>(tags: impl Iterator<Item = &'a String>) -> Vec<Lang> {
    let mut languages: Vec<Lang> = Vec::new();
    for lang in tags.filter_map(|t| Lang::parse(t).ok()) {
        if !languages.contains(&lang) {
            languages.push(lang);
        }
    }
    languages
}

pub(super) fn segments(
    raw: Vec<RawSegment>,
    languages: &Languages,
    mistakes: &mut Vec<ValidationError>,
) -> Vec<Segment> {
    if raw.is_empty() || raw.len() > usize::from(u8::MAX) {
        mistakes.push(Item::STORY.err("segments", "there must be 1 to 255 segments"));
    }
    let mut out: Vec<Segment> = Vec::new();
    for (n, seg) in raw.into_iter().enumerate() {
        let checked = segment(n, seg, &out, languages);
        if let Some(segment) = kept(checked, mistakes) {
            out.push(segment);
        }
    }
    out
}

fn segment(
    n: usize,
    seg: RawSegment,
    before: &[Segment],
    languages: &Languages,
) -> Result<Segment, ValidationError> {
    let item = Item::new("segment", seg.id.as_deref(), n);
    let id = identifier(&item, "id", seg.id.as_deref())?;
    let day = |field: &str, text: Option<&String>| {
        full_date(&item, field, text.map(String::as_str)).map(|d| d.days_since_epoch())
    };
    let from_ms = day("from", seg.from.as_ref())? * MS_PER_DAY;
    let to_ms = (day("to", seg.to.as_ref())? + 1) * MS_PER_DAY - 1;
    if to_ms <= from_ms {
        return Err(item.err("to", "is before 'from'"));
    }
    if let Some(previous) = before.last() {
        if from_ms <= previous.to_ms {
            return Err(item.err(
                "from",
                format!("overlaps the previous segment '{}'", previous.id),
            ));
        }
    }
    if before.iter().any(|s| s.id == id) {
        return Err(item.err("id", "is used by an earlier segment"));
    }
    Ok(Segment {
        id: Cow::Owned(id.to_string()),
        name: texts(&item, "name", seg.name, MAX_HEADLINE_CHARS, languages)?,
        from_ms,
        to_ms,
    })
}

pub(super) fn lanes(
    raw: Vec<RawLane>,
    languages: &Languages,
    mistakes: &mut Vec<ValidationError>,
) -> Vec<Lane> {
    if raw.is_empty() || raw.len() > 32 {
        mistakes.push(Item::STORY.err("lanes", "there must be 1 to 32 lanes"));
    }
    let mut out: Vec<Lane> = Vec::new();
    for (n, lane) in raw.into_iter().enumerate() {
        let item = Item::new("lane", lane.id.as_deref(), n);
        let checked = identifier(&item, "id", lane.id.as_deref()).and_then(|id| {
            if out.iter().any(|l| l.id == id) {
                return Err(item.err("id", "is used by an earlier lane"));
            }
            Ok(Lane {
                id: Cow::Owned(id.to_string()),
                name: texts(&item, "name", lane.name.clone(), 40, languages)?,
            })
        });
        if let Some(lane) = kept(checked, mistakes) {
            out.push(lane);
        }
    }
    out
}

pub(super) fn actors(
    raw: Vec<RawActor>,
    story: &Dataset,
    mistakes: &mut Vec<ValidationError>,
) -> Vec<Actor> {
    if raw.len() > usize::from(u16::MAX) {
        mistakes.push(Item::STORY.err("actors", "too many actors"));
        return Vec::new();
    }
    let mut out: Vec<Actor> = Vec::new();
    for (n, actor) in raw.into_iter().enumerate() {
        let item = Item::new("actor", actor.id.as_deref(), n);
        let checked = identifier(&item, "id", actor.id.as_deref()).and_then(|id| {
            if out.iter().any(|a| a.id == id) {
                return Err(item.err("id", "is used by an earlier actor"));
            }
            Ok(Actor {
                id: Cow::Owned(id.to_string()),
                name: texts(&item, "name", actor.name.clone(), 60, &story.languages)?,
                lane: lookup(
                    &item,
                    "lane",
                    "lane",
                    actor.lane.as_deref(),
                    &story.lanes,
                    |l| &l.id,
                )? as u8,
            })
        });
        if let Some(actor) = kept(checked, mistakes) {
            out.push(actor);
        }
    }
    out
}

/// When the story was published and last updated: full dates, the update not before the
/// publication.
pub(super) fn dates(
    published: Option<&str>,
    updated: Option<&str>,
) -> Result<(Option<CivilDate>, Option<CivilDate>), ValidationError> {
    let story = Item::STORY;
    let published = published
        .map(|text| full_date(&story, "published", Some(text)))
        .transpose()?;
    let updated = updated
        .map(|text| full_date(&story, "updated", Some(text)))
        .transpose()?;
    if let (Some(p), Some(u)) = (published, updated) {
        if u.days_since_epoch() < p.days_since_epoch() {
            return Err(story.err("updated", "is before 'published'"));
        }
    }
    Ok((published, updated))
}
