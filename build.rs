//! Reads the story to compile in (the file `STORY` names, else `src/data/events.toml`), checks it
//! with the widget's own rules and writes it out twice: as Rust constants, for the build's
//! prerender step and the tests, and as compact JSON, which the built pages carry for the wasm
//! to read at run time (the wasm has the reader of any story already, and no TOML parser).
//! Mistakes stop the build, every one of them listed on its own line naming the file, the item
//! and the field.

use crisis_format::calendar::{CivilDate, ClockTime, Precision};
use crisis_format::schema::*;
use crisis_format::words::Vocabulary;
use crisis_format::{toml_reader, tzdb, validate, words_files};
use std::fmt::Write as _;

/// The story compiled in when `STORY` names none: the OpenAI crisis.
const DEFAULT_STORY: &str = "src/data/events.toml";

/// The widget's words, one file a language.
const WORDS: &str = "www/locales";

fn main() {
    println!("cargo:rerun-if-env-changed=STORY");
    println!("cargo:rerun-if-changed=src/data");
    let file = match std::env::var("STORY") {
        Ok(path) if !path.trim().is_empty() => path,
        _ => DEFAULT_STORY.to_string(),
    };
    println!("cargo:rerun-if-changed={file}");
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| fail(&file, &[format!("cannot be read: {e}")]));
    let json = if file.ends_with(".json") {
        // Written compact. Text that does not parse goes to the reader as it is: it names the
        // line and column.
        serde_json::from_str::<serde_json::Value>(&text)
            .map_or_else(|_| text.clone(), |story| story.to_string())
    } else {
        toml_reader::toml_to_json(&text).unwrap_or_else(|mistake| fail(&file, &[mistake]))
    };
    // The words of the story's languages, which the pages carry with it.
    println!("cargo:rerun-if-changed={WORDS}");
    let words = words_files::read_words_files(WORDS.as_ref())
        .unwrap_or_else(|mistakes| fail_words(&mistakes));
    let json = words_files::with_shipped_words(&json, &words);
    let dataset = validate::check_story_strictly(&json, &tzdb::Tzdb).unwrap_or_else(|mistakes| {
        let mistakes: Vec<String> = mistakes.iter().map(ToString::to_string).collect();
        fail(&file, &mistakes)
    });
    let mut out = String::from(
        "/// The dataset compiled from the events file.\npub static DATASET: Dataset = ",
    );
    dataset.emit(&mut out);
    out.push_str(";\n");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = std::path::Path::new(&out_dir);
    std::fs::write(out_dir.join("events.rs"), out)
        .unwrap_or_else(|e| fail(&file, &[format!("generated code cannot be written: {e}")]));
    // The same story as compact JSON: what the widget's pages and bundle carry, read at run time
    // by the reader that reads any story.
    std::fs::write(out_dir.join("story.json"), json)
        .unwrap_or_else(|e| fail(&file, &[format!("story.json cannot be written: {e}")]));
}

/// Stops the build with every mistake of the words files, each on a line that names its file.
fn fail_words(mistakes: &[String]) -> ! {
    eprintln!("error: the words files have {} mistake(s):", mistakes.len());
    for mistake in mistakes {
        eprintln!("error: {mistake}");
        println!("cargo:warning={mistake}");
    }
    std::process::exit(1);
}

/// Stops the build with every mistake, each on a line that names the story file.
fn fail(file: &str, mistakes: &[String]) -> ! {
    eprintln!("error: the story {file} has {} mistake(s):", mistakes.len());
    for mistake in mistakes {
        eprintln!("error: {file}: {mistake}");
        println!("cargo:warning={file}: {mistake}");
    }
    std::process::exit(1);
}

/// Writes a value as a Rust constant expression.
trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        write!(out, "Cow::Borrowed({:?})", self.as_ref()).unwrap();
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.emit(out);
                out.push(')');
            }
        }
    }
}

impl<T: Emit + Clone> Emit for std::borrow::Cow<'static, [T]> {
    fn emit(&self, out: &mut String) {
        out.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

/// Plain values whose Debug form is already a Rust expression of the right type.
macro_rules! emit_as_debug {
    ($($t:ty => $prefix:literal),*) => {$(
        impl Emit for $t {
            fn emit(&self, out: &mut String) {
                write!(out, concat!($prefix, "{:?}"), self).unwrap();
            }
        }
    )*};
}
emit_as_debug!(u8 => "", u16 => "", u32 => "", i16 => "", i32 => "", i64 => "", f64 => "", Status => "Status::", DayPart => "DayPart::",
    FigureUnit => "FigureUnit::", Precision => "Precision::", GaugeValue => "GaugeValue::");

impl Emit for Lang {
    fn emit(&self, out: &mut String) {
        write!(out, "Lang::from_checked({:?})", self.tag()).unwrap();
    }
}

impl Emit for Vocabulary {
    fn emit(&self, out: &mut String) {
        out.push_str("crisis_format::words::Vocabulary(Cow::Borrowed(&[");
        for (key, word) in self.0.iter() {
            write!(out, "(Cow::Borrowed({key:?}), Cow::Borrowed({word:?})),").unwrap();
        }
        out.push_str("]))");
    }
}

impl Emit for Languages {
    fn emit(&self, out: &mut String) {
        out.push_str("Languages(");
        self.0.emit(out);
        out.push(')');
    }
}

impl Emit for Texts {
    fn emit(&self, out: &mut String) {
        out.push_str("Texts(");
        self.0.emit(out);
        out.push(')');
    }
}

impl Emit for Speaker {
    fn emit(&self, out: &mut String) {
        match self {
            Speaker::Actor(index) => write!(out, "Speaker::Actor({index})").unwrap(),
            Speaker::Name(name) => {
                out.push_str("Speaker::Name(");
                name.emit(out);
                out.push(')');
            }
        }
    }
}

impl Emit for GaugeKind {
    fn emit(&self, out: &mut String) {
        match self {
            GaugeKind::Choice { values } => {
                out.push_str("GaugeKind::Choice { values: ");
                values.emit(out);
                out.push('}');
            }
            other => write!(out, "GaugeKind::{other:?}").unwrap(),
        }
    }
}

/// Structs emitted field by field.
macro_rules! emit_struct {
    ($($t:ident { $($field:ident),* })*) => {$(
        impl Emit for $t {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!(stringify!($t), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push(',');
                )*
                out.push('}');
            }
        }
    )*};
}
emit_struct! {
    Dataset { title, languages, zones, gauges, segments, lanes, actors, events, published, updated, words }
    StoryWords { lang, words }
    Gauge { id, label, kind }
    Choice { id, label }
    GaugeSetting { gauge, value }
    Correction { date, note }
    Translation { lang, text }
    Segment { id, name, from_ms, to_ms }
    Lane { id, name }
    Actor { id, name, lane }
    Event { id, start, end, segment, lane, actors, status, headline, body, figure, quote, image, link, recording, sources, state, corrections }
    Quote { words, said_in, by, role, place, url }
    Image { url, alt, caption, credit, width, height, link, srcset, still }
    ImageSize { url, width }
    Link { url, title, outlet, date }
    Recording { url, title, poster, width, height, captions }
    Captions { url, lang }
    When { date, time, part, zone, offset_minutes, instant_ms }
    CivilDate { year, month, day, precision }
    ClockTime { hour, minute }
    Figure { value, unit, label }
    Source { outlet, date, url }
}
