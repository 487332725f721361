//! Options handed in by a host page as a JS object (the JS API's second argument, or an
//! element's `data-*` attributes as the script embed reads them). Every key goes through
//! [`Options::set`]; `events` goes through the same validation rules as the events file.
//! Nothing a host page passes can stop the widget: a bad value is reported and ignored.

use crate::console;
use crate::data::json_events::{read_events, ReadError};
use crate::data::schema::Dataset;
use crate::data::validate::{validate_events, ValidationError};
use crate::model::options::{OptionWarning, Options};
use std::borrow::Cow;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Reads `value` into options and the dataset to show (the embedded one, unless the host
/// gives valid `events`).
pub fn read(value: &JsValue, embedded: &Rc<Dataset>) -> (Options, Rc<Dataset>) {
    let mut options = Options::default();
    let mut dataset = embedded.clone();
    if value.is_undefined() || value.is_null() {
        return (options, dataset);
    }
    let Some(object) = value
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !value.is_function())
    else {
        console::warn("crisis-timeline: the options should be an object; the defaults are used");
        return (options, dataset);
    };
    for entry in js_sys::Object::entries(object).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        let value = entry.get(1);
        match key.as_str() {
            // The script embed's own marker attribute, not an option.
            "crisisTimeline" | "crisisTimelineMounted" => {}
            "events" => {
                if let Some(events) = events(&value, embedded) {
                    dataset = Rc::new(events);
                }
            }
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
    (options, dataset)
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

/// A host's events array, checked against the embedded segments, lanes and actors; `None`
/// (after a console error naming the event and the field) when anything is wrong.
fn events(value: &JsValue, embedded: &Rc<Dataset>) -> Option<Dataset> {
    let keep = "the embedded events are kept";
    let report = |problem: String| {
        console::error(&format!(
            "crisis-timeline: option 'events': {problem}; {keep}"
        ));
        None
    };
    if !js_sys::Array::is_array(value) {
        return report("should be an array of events".into());
    }
    // One crossing of the JS boundary for the whole array, however many events it holds.
    let Some(text) = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|t| t.as_string())
    else {
        return report("cannot be read as JSON".into());
    };
    let raw = match read_events(&text) {
        Ok(raw) => raw,
        Err(ReadError::Json(error)) => return report(format!("cannot be read as JSON ({error})")),
        Err(ReadError::Event(mistake)) => {
            return report(ValidationError::from(mistake).to_string())
        }
    };
    match validate_events(raw, embedded) {
        Ok(events) => Some(Dataset {
            events: Cow::Owned(events),
            ..(**embedded).clone()
        }),
        Err(error) => report(error.to_string()),
    }
}
