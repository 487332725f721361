//! Helpers for the browser tests: mount a widget into a fresh element of the test page, read
//! what a reader sees, press keys and click as a reader would.
#![allow(dead_code)] // Each test file uses its own part of these helpers.

use crisis_model::options::Options;
use crisis_timeline::built_in::{STORY_ATTRIBUTE, STORY_JSON};
use crisis_timeline::embed::{mount, TimelineHandle};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

/// Options from name/value pairs, as a host page would give them.
pub fn options(pairs: &[(&str, &str)]) -> Options {
    let (options, warnings) = Options::parse(pairs.iter().copied());
    assert!(warnings.is_empty(), "{warnings:?}");
    options
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Waits for `ms` milliseconds of real time.
pub async fn sleep_ms(ms: u32) {
    yew::platform::time::sleep(std::time::Duration::from_millis(u64::from(ms))).await;
}

/// Checks `condition` every 10 ms until it holds (true) or `max_ms` have passed (false): a
/// test waits on what the reader would see, not for a fixed time that a busy machine overruns.
pub async fn wait_for(max_ms: u32, mut condition: impl FnMut() -> bool) -> bool {
    let start = js_sys::Date::now();
    loop {
        if condition() {
            return true;
        }
        if js_sys::Date::now() - start > f64::from(max_ms) {
            return false;
        }
        sleep_ms(10).await;
    }
}

/// A keydown that bubbles, as a real key press does.
fn keydown(key: &str) -> KeyboardEvent {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
}

/// Presses a key on the page body, outside every widget.
pub fn press_on_page(key: &str) {
    document()
        .body()
        .unwrap()
        .dispatch_event(&keydown(key))
        .unwrap();
}

/// Sets the page's URL hash without a navigation.
pub fn set_hash(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

/// The page's URL hash.
pub fn current_hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

/// Puts the story built in into the test page, as the build puts it into the widget's own
/// pages (the wasm does not carry it), once.
fn carry_built_in_story() {
    let selector = format!("script[{STORY_ATTRIBUTE}]");
    if document().query_selector(&selector).unwrap().is_none() {
        let script = document().create_element("script").unwrap();
        script.set_attribute("type", "application/json").unwrap();
        script.set_attribute(STORY_ATTRIBUTE, "").unwrap();
        script.set_text_content(Some(STORY_JSON));
        document().head().unwrap().append_child(&script).unwrap();
    }
}

/// A widget mounted in its own element of the test page.
pub struct Widget {
    host: Element,
    mounted: TimelineHandle,
}

impl Widget {
    /// Mounts a widget with `options` in a French article and waits for it to render.
    pub async fn mount(options: Options) -> Widget {
        Widget::mount_in_page(options, "fr").await
    }

    /// Mounts a widget with `options` in an article in the language `page_lang` (its `lang`
    /// attribute) and waits for it to render.
    pub async fn mount_in_page(options: Options, page_lang: &str) -> Widget {
        crisis_timeline::embed::platform_cldr::install();
        carry_built_in_story();
        let article = document().create_element("article").unwrap();
        article.set_attribute("lang", page_lang).unwrap();
        let host = document().create_element("div").unwrap();
        article.append_child(&host).unwrap();
        document().body().unwrap().append_child(&article).unwrap();
        let mounted = mount(host.clone(), options);
        let widget = Widget { host, mounted };
        widget.settle().await;
        widget
    }

    /// Lets the widget finish rendering and running its effects.
    pub async fn settle(&self) {
        for _ in 0..3 {
            yew::scheduler::flush().await;
            sleep_ms(0).await;
        }
    }

    /// Unmounts the widget and removes its element (and the article around it).
    pub fn destroy(self) {
        self.mounted.destroy();
        match self.host.parent_element() {
            Some(article) if article.tag_name() == "ARTICLE" => article.remove(),
            _ => self.host.remove(),
        }
    }

    /// The widget's root element.
    pub fn root(&self) -> Element {
        self.query(".ct").expect("the widget rendered")
    }

    /// The first element matching `selector` inside the widget.
    pub fn query(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).unwrap()
    }

    /// Every element matching `selector` inside the widget.
    pub fn query_all(&self, selector: &str) -> Vec<Element> {
        let list = self.host.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .collect()
    }

    /// Text of the first element matching `selector`.
    pub fn text(&self, selector: &str) -> String {
        self.query(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    /// An attribute of the first element matching `selector`.
    pub fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.query(selector)?.get_attribute(name)
    }

    /// The value of a CSS custom property set on the first element matching `selector`.
    pub fn css_var(&self, selector: &str, name: &str) -> String {
        let element: HtmlElement = self.query(selector).unwrap().dyn_into().unwrap();
        element.style().get_property_value(name).unwrap()
    }

    /// The visible card's headline.
    pub fn headline(&self) -> String {
        self.text("article.ct-card .ct-card__headline")
    }

    /// The "12 / 29" position as shown.
    pub fn position(&self) -> String {
        self.text(".ct-position [aria-hidden=\"true\"]")
    }

    /// The state strip's values as a screen reader reads them.
    pub fn strip_values(&self) -> Vec<String> {
        self.query_all(".ct-strip__value")
            .iter()
            .map(|dd| {
                let final_value = dd.query_selector(".ct-sr").unwrap();
                let of = dd.query_selector(".ct-strip__of").unwrap();
                match (final_value, of) {
                    (Some(v), Some(of)) => format!(
                        "{}{}",
                        v.text_content().unwrap(),
                        of.text_content().unwrap()
                    ),
                    (Some(v), None) => v.text_content().unwrap(),
                    _ => dd.text_content().unwrap(),
                }
            })
            .map(|s| s.replace(['\u{202F}', '\u{A0}'], " ").trim().to_string())
            .collect()
    }

    /// The number currently drawn (mid-count included) in the strip's `n`th cell.
    pub fn counting_number(&self, n: usize) -> String {
        let cell = &self.query_all(".ct-strip__value")[n];
        let shown = cell.query_selector(".ct-count").unwrap().unwrap();
        shown.text_content().unwrap().replace(['\u{202F}', ','], "")
    }

    /// How many events the markers of all segments stand for, visiting each segment in turn
    /// (only the segment in view has markers).
    pub async fn events_on_every_segment(&self) -> usize {
        let mut total = 0;
        for button in self.query_all(".ct-segment-button") {
            button.dyn_into::<HtmlElement>().unwrap().click();
            self.settle().await;
            total += self.events_on_axis();
        }
        total
    }

    /// How many events the markers in view stand for, clusters included.
    pub fn events_on_axis(&self) -> usize {
        self.query_all(".ct-marker:not(.ct-marker--legend)")
            .iter()
            .map(|m| {
                m.text_content()
                    .and_then(|count| count.parse().ok())
                    .unwrap_or(1)
            })
            .sum()
    }

    /// The accessible names of every marker.
    pub fn marker_labels(&self) -> Vec<String> {
        self.query_all("button.ct-marker")
            .iter()
            .filter_map(|m| m.get_attribute("aria-label"))
            .collect()
    }

    /// The marker whose accessible name contains `text`.
    pub fn find_marker(&self, text: &str) -> Option<HtmlElement> {
        self.query_all("button.ct-marker")
            .into_iter()
            .find(|m| {
                m.get_attribute("aria-label")
                    .is_some_and(|l| l.contains(text))
            })
            .and_then(|m| m.dyn_into().ok())
    }

    /// Whether `element` sits in a segment that is not in view.
    pub fn is_in_inert_segment(&self, element: &Element) -> bool {
        element
            .closest(".ct-nav__segment[inert]")
            .unwrap()
            .is_some()
    }

    /// Clicks the first element matching `selector` and waits for the widget to update.
    pub async fn click(&self, selector: &str) {
        let element: HtmlElement = self
            .query(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .dyn_into()
            .unwrap();
        element.click();
        self.settle().await;
    }

    /// Presses a key on the widget's root.
    pub async fn press_inside(&self, key: &str) {
        self.press_on(".ct", key).await;
    }

    /// Presses a key on the first element matching `selector` inside the widget.
    pub async fn press_on(&self, selector: &str, key: &str) {
        self.query(selector)
            .unwrap()
            .dispatch_event(&keydown(key))
            .unwrap();
        self.settle().await;
    }
}
