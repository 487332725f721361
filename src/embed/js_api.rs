//! The JS API: `mount(element, options)` returns a handle with `goTo`, `next`, `prev`,
//! `play`, `pause`, `setLanguage`, `setOption` and `destroy`. Every call checks what it is given: a wrong
//! type or an unknown id is reported in the console and changes nothing.

use super::host_options;
use super::mounted_widget::MountedWidget;
use crate::console;
use crate::state::StorySource;
use crate::words_files;
use crisis_format::schema::Lang;
use crisis_model::options::{canonical_name, OptionWarning, Options, Start};
use crisis_model::timeline::Action;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The host's handle on a mounted widget, from the JS API or from Rust ([`super::mount`]).
/// Several handles may point at one widget (mounting twice on an element returns the first).
#[wasm_bindgen]
pub struct TimelineHandle {
    widget: Rc<MountedWidget>,
}

impl TimelineHandle {
    /// A handle on `widget`.
    pub(super) fn new(widget: Rc<MountedWidget>) -> TimelineHandle {
        TimelineHandle { widget }
    }
}

/// Mounts a widget into `element`. With `stylesheet` (the widget's CSS URL), inside a shadow
/// root that holds it, so that the page's styles and the widget's do not meet: the script embed.
/// Without, in the element itself, replacing what the build prerendered there: the standalone
/// and embed pages, which carry the stylesheet. The story is the options' `story` (an object or
/// its JSON text), else the one at their `src`, else the one built in: `built_in_text` (the
/// script embed's entry fetches it beside the wasm), else the page's copy, else the one at
/// `built_in_url`. Returns `undefined`, after a console error, when `element` is not an element.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(
    element: JsValue,
    options: JsValue,
    stylesheet: Option<String>,
    built_in_text: Option<String>,
    built_in_url: Option<String>,
) -> Option<TimelineHandle> {
    let Ok(host) = element.dyn_into::<web_sys::Element>() else {
        console::error("crisis-timeline: mount() needs a DOM element as its first argument");
        return None;
    };
    if let Some(widget) = MountedWidget::find(&host) {
        console::warn(
            "crisis-timeline: this element already holds a timeline; that one is returned",
        );
        return Some(TimelineHandle::new(widget));
    }
    let (options, story) = host_options::read(&options);
    let source = match (story, &options.src) {
        (Some(text), _) => StorySource::Text(text),
        // The script embed: the host page chose the story, from any site that allows it (CORS).
        (None, Some(src)) if stylesheet.is_some() => StorySource::Url(src.clone()),
        // The widget's own pages: only a story from a site they may show.
        (None, Some(src)) => super::story_sources::own_page_story(src),
        (None, None) => match built_in_text {
            Some(text) => StorySource::Text(text.into()),
            None => super::story_sources::built_in_story(built_in_url.as_deref()),
        },
    };
    let parent = match stylesheet.as_deref() {
        Some(href) => shadow_parent(&host, href),
        None => {
            host.set_text_content(None);
            host.clone().into()
        }
    };
    let _ = host.set_attribute("data-crisis-timeline-mounted", "");
    Some(TimelineHandle::new(MountedWidget::mount(
        host, &parent, source, options,
    )))
}

/// `host`'s shadow root (made once, reused after `destroy`), with the widget's stylesheet.
/// Elements that cannot hold a shadow root get the widget directly, with a warning.
fn shadow_parent(host: &web_sys::Element, stylesheet: &str) -> web_sys::Node {
    let document = host
        .owner_document()
        .expect("an element in a page has a document");
    let shadow = host.shadow_root().or_else(|| {
        host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .ok()
    });
    let Some(shadow) = shadow else {
        console::warn("crisis-timeline: this element cannot hold a shadow root; the page's styles may reach the timeline");
        return host.clone().into();
    };
    if let Ok(link) = document.create_element("link") {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", stylesheet);
        let _ = shadow.append_child(&link);
    }
    shadow.into()
}

#[wasm_bindgen]
impl TimelineHandle {
    /// Selects the event with id `id`; false (with a warning) for an unknown id or a non-string.
    #[wasm_bindgen(js_name = goTo)]
    pub fn go_to(&self, id: JsValue) -> bool {
        if !self.alive("goTo") {
            return false;
        }
        let Some(id) = id.as_string() else {
            console::warn("crisis-timeline: goTo() expects an event id (a string)");
            return false;
        };
        self.select("goTo", &id)
    }

    /// Selects the event with id `id`; false (with a warning) for an unknown id.
    fn select(&self, name: &str, id: &str) -> bool {
        match self.widget.index_of(id) {
            Some(index) => {
                self.widget.dispatch(Action::Select(index));
                true
            }
            None => {
                let shown: String = id.chars().take(64).collect();
                console::warn(&format!(
                    "crisis-timeline: {name}(): no event has the id '{shown}'"
                ));
                false
            }
        }
    }

    /// Switches to `lang` and says true, or, when the story is not told in it, says why in the
    /// console as `warning` words it (from what the story's languages must be) and false.
    fn set_lang(&self, name: &str, lang: Lang, warning: impl Fn(&str) -> String) -> bool {
        if !self.alive(name) {
            return false;
        }
        if let Some(expected) = self.widget.lacks(lang) {
            console::warn(&warning(&expected));
            return false;
        }
        // The widget stays in its language until the new one's words have come (or English
        // stands in for them after the file's time limit), so that a host's switch never draws
        // a card in one language with the widget's words in another, as the language switch
        // avoids by fetching when the reader reaches for it.
        let widget = self.widget.clone();
        words_files::bring(lang, move || {
            if widget.is_mounted() {
                widget.dispatch(Action::SetLang(lang));
            }
        });
        true
    }

    /// Moves to the next event.
    pub fn next(&self) {
        self.act("next", Action::Next);
    }

    /// Moves to the previous event.
    pub fn prev(&self) {
        self.act("prev", Action::Previous);
    }

    /// Starts autoplay.
    pub fn play(&self) {
        self.act("play", Action::Play);
    }

    /// Stops autoplay.
    pub fn pause(&self) {
        self.act("pause", Action::Pause);
    }

    /// Switches to one of the story's languages, named by its tag (`en-GB` names `en`); a tag
    /// that is not well-formed, or one the story is not told in, is reported and changes nothing.
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&self, lang: JsValue) {
        match lang.as_string().as_deref().map(Lang::parse) {
            Some(Ok(lang)) => {
                self.set_lang("setLanguage", lang, |expected| {
                    format!("crisis-timeline: setLanguage('{lang}'): expected {expected}; the widget stays as it was")
                });
            }
            _ => {
                console::warn("crisis-timeline: setLanguage() expects a language tag, such as 'fr'")
            }
        }
    }

    /// Takes on a new value of the option `name` (by any of its spellings), as when the
    /// attribute of a `<crisis-timeline>` changes: `lang`, `start` (the event to show now) and
    /// `theme` (see [`crisis_model::options::LIVE`]). A bad value, or an option read only
    /// when the widget mounts, is reported and changes nothing; the result says whether the
    /// widget took it.
    #[wasm_bindgen(js_name = setOption)]
    pub fn set_option(&self, name: JsValue, value: JsValue) -> bool {
        let (Some(name), Some(value)) = (name.as_string(), value.as_string()) else {
            console::warn(
                "crisis-timeline: setOption() expects an option's name and value (strings)",
            );
            return false;
        };
        if !self.alive("setOption") {
            return false;
        }
        let mut options = Options::default();
        if let Err(expected) = options.set(&name, &value) {
            console::warn(
                &OptionWarning::new(&name, &value, expected)
                    .after_mount()
                    .to_string(),
            );
            return false;
        }
        match (canonical_name(&name).as_str(), options) {
            (
                "lang",
                Options {
                    lang: Some(lang), ..
                },
            ) => {
                return self.set_lang("setOption", lang, |expected| {
                    OptionWarning::new(&name, &value, expected)
                        .after_mount()
                        .to_string()
                })
            }
            (
                "start",
                Options {
                    start: Some(Start::Latest),
                    ..
                },
            ) => self.widget.dispatch(Action::Last),
            (
                "start",
                Options {
                    start: Some(Start::Event(id)),
                    ..
                },
            ) => return self.select("setOption", &id),
            ("theme", Options { theme, .. }) => self.widget.set_theme(theme),
            _ => {
                console::warn(&format!(
                    "crisis-timeline: option '{name}' is read when the timeline mounts; mount it again to change it"
                ));
                return false;
            }
        }
        true
    }

    /// Removes the widget with all its listeners and timers.
    pub fn destroy(&self) {
        if !self.widget.destroy() {
            console::warn("crisis-timeline: destroy(): this timeline was already destroyed");
        }
    }

    fn act(&self, name: &str, action: Action) {
        if self.alive(name) {
            self.widget.dispatch(action);
        }
    }

    fn alive(&self, name: &str) -> bool {
        let alive = self.widget.is_mounted();
        if !alive {
            console::warn(&format!(
                "crisis-timeline: {name}(): this timeline was destroyed"
            ));
        }
        alive
    }
}
