//! Options handed in by a host page as a JS object (the JS API's second argument, or an
//! element's `data-*` attributes as the script embed reads them). Every key goes through
//! [`Options::set`] but `story`, a whole story (an object, or its JSON text) that the story
//! loader checks by the same rules as a story file. Nothing a host page passes can stop the
//! widget: a bad value is reported and ignored.

use crate::console;
use crisis_model::options::{OptionWarning, Options};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Reads `value` into options, and the story's JSON text when the host gives one.
pub fn read(value: &JsValue) -> (Options, Option<Rc<str>>) {
    let mut options = Options::default();
    let mut story = None;
    if value.is_undefined() || value.is_null() {
        return (options, story);
    }
    let Some(object) = value
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !value.is_function())
    else {
        console::warn("crisis-timeline: the options should be an object; the defaults are used");
        return (options, story);
    };
    for entry in js_sys::Object::entries(object).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        let value = entry.get(1);
        match key.as_str() {
            // The script embed's own marker attribute, not an option.
            "crisisTimeline" | "crisisTimelineMounted" => {}
            "story" => story = story_text(&value),
            _ => {
                let text = as_option_text(&value);
                let result = match &text {
                    Some(text) => options
                        .set(&key, text)
                        .map_err(|expected| (text.clone(), expected)),
                    None => Err((
                        "(not a string, number or boolean)".into(),
                        "a string, number or boolean",
                    )),
                };
                if let Err((shown, expected)) = result {
                    console::warn(&OptionWarning::new(&key, &shown, expected).to_string());
                }
            }
        }
    }
    (options, story)
}

/// The text of an option value: strings as they are, numbers and booleans written out, arrays
/// (such as a list of lanes) joined with commas.
fn as_option_text(value: &JsValue) -> Option<String> {
    if let Some(text) = value.as_string() {
        return Some(text);
    }
    if let Some(flag) = value.as_bool() {
        return Some(flag.to_string());
    }
    if let Some(number) = value.dyn_ref::<js_sys::Number>() {
        return number.to_string_with_radix(10).ok().map(String::from);
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        return Some(String::from(array.join(",")));
    }
    None
}

/// A story's JSON text: a string as it is, an object written out by the browser
/// (`JSON.stringify`, native and fast: one crossing of the JS boundary for the whole story,
/// however many events it holds). Anything else is text the reader names as not a story.
fn story_text(value: &JsValue) -> Option<Rc<str>> {
    if let Some(text) = value.as_string() {
        return Some(text.into());
    }
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    Some(text.into())
}
