//! Reads one event of a story, field by field as the JSON text goes, so that a wrong type is
//! reported with the event and the field it is in. The checks that follow are in
//! [`super::validate`]; the story around the events is read by [`super::json_story`].
//!
//! Why not serde here: deserializing these structs through serde-wasm-bindgen added 25.5 kB
//! gzipped to the wasm (measured with `make size`), a fifth of the widget, for what this module
//! does in a few hundred bytes and with clearer messages.

use super::field_path::FieldPath;
use super::json::{Cursor, ValueKind};
use super::json_fields::{
    boolean, list, mismatch, number, object, required_object, string, text, texts, Read,
    NO_SUCH_FIELD,
};
use super::raw::{
    RawCaptions, RawCorrection, RawEvent, RawFigure, RawGaugeValue, RawImage, RawImageSize,
    RawLink, RawQuote, RawRecording, RawSource, RawTexts,
};
use std::borrow::Cow;

/// Reads one event object.
pub fn read_event<'a>(cursor: &mut Cursor<'a>) -> Read<RawEvent<'a>> {
    let mut event = RawEvent::default();
    let path = FieldPath::ITEM;
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "id" => event.id = string(cursor, at)?,
            "date" => event.date = text(cursor, at)?,
            "time" => event.time = text(cursor, at)?,
            "part" => event.part = text(cursor, at)?,
            "zone" => event.zone = text(cursor, at)?,
            "end" => event.end = text(cursor, at)?,
            "segment" => event.segment = text(cursor, at)?,
            "lane" => event.lane = text(cursor, at)?,
            "actors" => {
                event.actors = list(cursor, at, |cursor, at| {
                    text(cursor, at)?.ok_or_else(|| mismatch(&at, "a string"))
                })?
            }
            "status" => event.status = text(cursor, at)?,
            "headline" => event.headline = texts(cursor, at)?,
            "body" => event.body = texts(cursor, at)?,
            "figure" => event.figure = figure(cursor, at)?,
            "quote" => event.quote = quote(cursor, at)?,
            "image" => event.image = image(cursor, at)?,
            "link" => event.link = link(cursor, at)?,
            "recording" => event.recording = recording(cursor, at)?,
            "sources" => event.sources = list(cursor, at, source)?,
            "state" => event.state = state(cursor, at)?,
            "corrections" => event.corrections = list(cursor, at, correction)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(event)
}

fn figure(cursor: &mut Cursor, path: FieldPath) -> Read<Option<RawFigure>> {
    let mut figure = RawFigure {
        value: None,
        unit: None,
        label: RawTexts::default(),
    };
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "value" => figure.value = number(cursor, at)?,
            "unit" => figure.unit = string(cursor, at)?,
            "label" => figure.label = texts(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(read.then_some(figure))
}

fn quote<'a>(cursor: &mut Cursor<'a>, path: FieldPath) -> Read<Option<RawQuote<'a>>> {
    let mut quote = RawQuote::default();
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "words" => quote.words = texts(cursor, at)?,
            "said_in" => quote.said_in = text(cursor, at)?,
            "by" => quote.by = text(cursor, at)?,
            "name" => quote.name = string(cursor, at)?,
            "role" => quote.role = texts(cursor, at)?,
            "place" => quote.place = texts(cursor, at)?,
            "url" => quote.url = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(read.then_some(quote))
}

fn image(cursor: &mut Cursor, path: FieldPath) -> Read<Option<RawImage>> {
    let mut image = RawImage::default();
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "url" => image.url = string(cursor, at)?,
            "alt" => image.alt = texts(cursor, at)?,
            "decorative" => image.decorative = boolean(cursor, at)?,
            "caption" => image.caption = texts(cursor, at)?,
            "credit" => image.credit = string(cursor, at)?,
            "width" => image.width = number(cursor, at)?,
            "height" => image.height = number(cursor, at)?,
            "ratio" => image.ratio = string(cursor, at)?,
            "link" => image.link = string(cursor, at)?,
            "srcset" => image.srcset = list(cursor, at, image_size)?,
            "still" => image.still = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(read.then_some(image))
}

fn link(cursor: &mut Cursor, path: FieldPath) -> Read<Option<RawLink>> {
    let mut link = RawLink::default();
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "url" => link.url = string(cursor, at)?,
            "title" => link.title = texts(cursor, at)?,
            "outlet" => link.outlet = string(cursor, at)?,
            "date" => link.date = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(read.then_some(link))
}

fn recording(cursor: &mut Cursor, path: FieldPath) -> Read<Option<RawRecording>> {
    let mut recording = RawRecording::default();
    let read = object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "url" => recording.url = string(cursor, at)?,
            "title" => recording.title = texts(cursor, at)?,
            "poster" => recording.poster = string(cursor, at)?,
            "width" => recording.width = number(cursor, at)?,
            "height" => recording.height = number(cursor, at)?,
            "ratio" => recording.ratio = string(cursor, at)?,
            "captions" => recording.captions = list(cursor, at, captions)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(read.then_some(recording))
}

fn image_size(cursor: &mut Cursor, path: FieldPath) -> Read<RawImageSize> {
    let mut size = RawImageSize::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "url" => size.url = string(cursor, at)?,
            "width" => size.width = number(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(size)
}

fn captions(cursor: &mut Cursor, path: FieldPath) -> Read<RawCaptions> {
    let mut captions = RawCaptions::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "url" => captions.url = string(cursor, at)?,
            "lang" => captions.lang = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(captions)
}

fn correction<'a>(cursor: &mut Cursor<'a>, path: FieldPath) -> Read<RawCorrection<'a>> {
    let mut correction = RawCorrection::default();
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "date" => correction.date = text(cursor, at)?,
            "note" => correction.note = texts(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(correction)
}

fn source(cursor: &mut Cursor, path: FieldPath) -> Read<RawSource> {
    let mut source = RawSource {
        outlet: None,
        date: None,
        url: None,
    };
    required_object(cursor, path, |cursor, key| {
        let at = path.field(key);
        match key {
            "outlet" => source.outlet = string(cursor, at)?,
            "date" => source.date = string(cursor, at)?,
            "url" => source.url = string(cursor, at)?,
            _ => return Err(mismatch(&at, NO_SUCH_FIELD)),
        }
        Ok(())
    })?;
    Ok(source)
}

/// The gauges an event sets: `{ "ceo": "shear", "signatures": 505 }`.
fn state<'a>(
    cursor: &mut Cursor<'a>,
    path: FieldPath,
) -> Read<Vec<(Cow<'a, str>, RawGaugeValue<'a>)>> {
    let mut state = Vec::new();
    object(cursor, path, |cursor, key| {
        let at = path.field(key);
        let value = match cursor.peek()? {
            ValueKind::String => RawGaugeValue::Id(cursor.string()?),
            ValueKind::Number => RawGaugeValue::Number(cursor.number()?),
            _ => return Err(mismatch(&at, "an id (a string) or a number")),
        };
        state.push((Cow::Owned(key.to_string()), value));
        Ok(())
    })?;
    Ok(state)
}
