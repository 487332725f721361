//! The widget as a reader uses it, in a real browser (headless Chrome and Firefox through
//! wasm-bindgen-test): what is shown, how the selection moves, what the keys, the language switch
//! and reduced motion do.
#![cfg(target_arch = "wasm32")]

mod support;

use crisis_format::schema::Lang;
use crisis_model::options::Options;
use crisis_timeline::built_in::DATASET;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_every_event_of_the_story_in_french() {
    let widget = Widget::mount(Options::default()).await;
    assert_eq!(widget.root().get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(widget.headline(), DATASET.events[0].headline.get(Lang::FR));
    assert_eq!(widget.position(), format!("1 / {}", DATASET.events.len()));
    // Every event is reachable on the axis: singles and clusters add up to the whole story.
    assert_eq!(widget.events_on_every_segment().await, DATASET.events.len());
    assert!(DATASET.events.len() >= 28);
    let crisis = &widget.query_all(".ct-segment-button")[1];
    crisis
        .clone()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    widget.settle().await;
    let labels = widget.marker_labels();
    let hire = &DATASET.events[DATASET.index_of("microsoft-hires-altman").unwrap()];
    assert!(
        labels
            .iter()
            .any(|l| l.contains(hire.headline.get(Lang::FR))),
        "{labels:?}"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn next_and_previous_buttons_move_through_events() {
    let widget = Widget::mount(Options::default()).await;
    widget.click(".ct-next").await;
    assert_eq!(widget.headline(), DATASET.events[1].headline.get(Lang::FR));
    assert_eq!(widget.position(), format!("2 / {}", DATASET.events.len()));
    widget.click(".ct-next").await;
    widget.click(".ct-prev").await;
    assert_eq!(widget.position(), format!("2 / {}", DATASET.events.len()));
    // At the first event, Previous is marked disabled and does nothing.
    widget.click(".ct-prev").await;
    widget.click(".ct-prev").await;
    assert_eq!(widget.position(), format!("1 / {}", DATASET.events.len()));
    assert_eq!(
        widget.attr(".ct-prev", "aria-disabled").as_deref(),
        Some("true")
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_click_on_a_marker_selects_its_event() {
    let widget = Widget::mount(options(&[("start", "agreement")])).await;
    assert!(
        widget.find_marker("Lancement de ChatGPT").is_none(),
        "the origins are not in view yet: only the crisis has markers"
    );
    widget.click(".ct-segment-button").await;
    let marker = widget.find_marker("Lancement de ChatGPT").unwrap();
    assert!(!widget.is_in_inert_segment(&marker));
    marker.click();
    widget.settle().await;
    assert_eq!(
        widget.headline(),
        "Lancement de ChatGPT, présenté comme un «\u{A0}aperçu de recherche\u{A0}»"
    );
    let selected = widget.query_all("[aria-current=\"true\"]");
    assert_eq!(selected.len(), 1, "one marker is current");
    assert!(selected[0]
        .get_attribute("aria-label")
        .unwrap()
        .contains("Lancement de ChatGPT"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn keys_inside_the_widget_move_the_selection() {
    let widget = Widget::mount(Options::default()).await;
    let total = DATASET.events.len();
    widget.press_inside("ArrowRight").await;
    assert_eq!(widget.position(), format!("2 / {total}"));
    widget.press_inside("End").await;
    assert_eq!(widget.position(), format!("{total} / {total}"));
    widget.press_inside("ArrowLeft").await;
    assert_eq!(widget.position(), format!("{} / {total}", total - 1));
    widget.press_inside("Home").await;
    assert_eq!(widget.position(), format!("1 / {total}"));
    // Space on the card (not on a button) starts and stops autoplay.
    widget.press_on(".ct-card__headline", " ").await;
    assert_eq!(
        widget.attr(".ct-play", "aria-pressed").as_deref(),
        Some("true")
    );
    widget.press_on(".ct-card__headline", " ").await;
    assert_eq!(
        widget.attr(".ct-play", "aria-pressed").as_deref(),
        Some("false")
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn keys_pressed_outside_the_widget_change_nothing() {
    let widget = Widget::mount(Options::default()).await;
    let before = widget.headline();
    for key in ["ArrowRight", "End", " ", "ArrowLeft"] {
        press_on_page(key);
    }
    widget.settle().await;
    assert_eq!(widget.headline(), before);
    assert_eq!(
        widget.attr(".ct-play", "aria-pressed").as_deref(),
        Some("false")
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn autoplay_advances_and_stops_on_a_manual_move() {
    let widget = Widget::mount(options(&[("autoplay", "true"), ("interval", "1000")])).await;
    assert_eq!(
        widget.attr(".ct-play", "aria-pressed").as_deref(),
        Some("true")
    );
    assert!(
        widget.query(".ct-progress__bar--running").is_some(),
        "the progress bar runs"
    );
    assert_eq!(widget.css_var(".ct-progress__bar", "--ct-interval"), "1000");
    assert_eq!(widget.position(), format!("1 / {}", DATASET.events.len()));
    // One interval, with room for a busy machine's late timers.
    let second = format!("2 / {}", DATASET.events.len());
    assert!(
        wait_for(10_000, || widget.position() == second).await,
        "autoplay moved on: {}",
        widget.position()
    );
    widget.click(".ct-next").await;
    assert_eq!(
        widget.attr(".ct-play", "aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(widget.position(), format!("3 / {}", DATASET.events.len()));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_state_strip_answers_where_things_stand() {
    let cases = [
        ("leadership-transition", "Mira Murati", "4", "0"),
        ("letter-signatures", "Emmett Shear", "4", "738"),
        ("review-findings", "Sam Altman", "7", "738"),
    ];
    for (start, ceo, board, signatures) in cases {
        let widget = Widget::mount(options(&[("start", start), ("reduced-motion", "true")])).await;
        let values = widget.strip_values();
        assert_eq!(values[0], ceo, "CEO at {start}");
        assert_eq!(values[1], board, "board at {start}");
        assert!(
            values[2].starts_with(signatures),
            "signatures at {start}: {}",
            values[2]
        );
        assert!(values[2].ends_with("770"), "{}", values[2]);
        widget.destroy();
    }
}

#[wasm_bindgen_test]
async fn the_strip_counts_towards_its_new_value() {
    let widget = Widget::mount(options(&[("start", "sutskever-regrets")])).await;
    // The next event is the staff letter: its signatures go from 0 to 505.
    widget.press_inside("ArrowRight").await;
    // Every number drawn on the way, read far more often than frames come.
    let mut drawn: Vec<u32> = Vec::new();
    let arrived = wait_for(10_000, || {
        let now: u32 = widget.counting_number(2).parse().unwrap();
        if drawn.last() != Some(&now) {
            drawn.push(now);
        }
        now == 505
    })
    .await;
    assert!(arrived, "the count reaches 505: {drawn:?}");
    assert!(
        drawn.iter().any(|&n| n > 0 && n < 505),
        "counting up, not jumping: {drawn:?}"
    );
    assert!(
        drawn.windows(2).all(|w| w[0] <= w[1]),
        "always upwards: {drawn:?}"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_url_hash_selects_an_event() {
    set_hash("#shear-named");
    let widget = Widget::mount(options(&[("deep-link", "hash")])).await;
    assert_eq!(
        widget.headline(),
        "Le conseil nomme Emmett Shear, cofondateur de Twitch, PDG par intérim"
    );
    widget.click(".ct-next").await;
    assert_eq!(current_hash(), "#microsoft-hires-altman");
    set_hash("#agreement");
    assert!(
        wait_for(5_000, || widget
            .headline()
            .starts_with("Accord de principe"))
        .await,
        "the new hash selects its event: {}",
        widget.headline()
    );
    widget.destroy();
    set_hash("");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_texts_and_lang() {
    let widget = Widget::mount(Options::default()).await;
    widget.click(".ct-lang__option[lang=\"en\"]").await;
    assert_eq!(widget.root().get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        widget.headline(),
        "OpenAI is founded as a non-profit research lab"
    );
    assert_eq!(
        widget.attr(".ct-next", "aria-label").as_deref(),
        Some("Next event")
    );
    assert!(widget
        .text("article.ct-card .ct-card__when")
        .starts_with("Friday, December 11, 2015"));
    widget.click(".ct-lang__option[lang=\"fr\"]").await;
    assert!(widget
        .text("article.ct-card .ct-card__when")
        .starts_with("vendredi 11 décembre 2015"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_card_slides_in_the_direction_of_travel() {
    let widget = Widget::mount(options(&[("start", "agreement")])).await;
    let before = widget.query("article.ct-card").unwrap();
    widget.click(".ct-next").await;
    let after = widget.query("article.ct-card").unwrap();
    assert!(
        !before.is_same_node(Some(&after)),
        "a new card is drawn, so its animation plays"
    );
    assert!(after.class_list().contains("ct-enter-forward"));
    widget.click(".ct-prev").await;
    assert!(widget
        .query("article.ct-card")
        .unwrap()
        .class_list()
        .contains("ct-enter-backward"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn reduced_motion_turns_the_transitions_off() {
    let widget = Widget::mount(options(&[("reduced-motion", "true"), ("autoplay", "true")])).await;
    assert!(widget.root().class_list().contains("ct--reduced-motion"));
    // Autoplay waits for the reader when motion is reduced.
    assert_eq!(
        widget.attr(".ct-play", "aria-pressed").as_deref(),
        Some("false")
    );
    widget.click(".ct-next").await;
    let card = widget.query("article.ct-card").unwrap();
    assert!(!card.class_list().contains("ct-enter-forward"));
    assert!(!card.class_list().contains("ct-enter-backward"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_live_region_announces_only_the_new_headline() {
    let widget = Widget::mount(Options::default()).await;
    let live = widget.query_all("[aria-live]");
    assert_eq!(live.len(), 1, "one live region");
    assert_eq!(
        live[0].text_content().unwrap_or_default(),
        "",
        "silent on load"
    );
    widget.click(".ct-next").await;
    assert_eq!(
        live[0].text_content().unwrap_or_default(),
        DATASET.events[1].headline.get(Lang::FR)
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn without_a_lang_option_the_widget_speaks_the_language_of_the_article_around_it() {
    let english = Widget::mount_in_page(Options::default(), "en-GB").await;
    assert_eq!(english.root().get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(english.headline(), DATASET.events[0].headline.get(Lang::EN));
    english.destroy();
    let asked = Widget::mount_in_page(options(&[("lang", "fr")]), "en").await;
    assert_eq!(
        asked.root().get_attribute("lang").as_deref(),
        Some("fr"),
        "the host's option wins over the page"
    );
    asked.destroy();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_their_own_state() {
    let first = Widget::mount(Options::default()).await;
    let second = Widget::mount(options(&[("lang", "en")])).await;
    first.click(".ct-next").await;
    assert_eq!(first.position(), format!("2 / {}", DATASET.events.len()));
    assert_eq!(second.position(), format!("1 / {}", DATASET.events.len()));
    assert_eq!(second.root().get_attribute("lang").as_deref(), Some("en"));
    first.destroy();
    second.destroy();
}

#[wasm_bindgen_test]
async fn a_fixed_height_option_sets_the_widgets_box() {
    let widget = Widget::mount(options(&[("height", "480")])).await;
    assert!(widget.root().class_list().contains("ct--fixed-height"));
    assert_eq!(widget.css_var(".ct", "--ct-height"), "480px");
    widget.destroy();
    let widget = Widget::mount(Options::default()).await;
    assert!(!widget.root().class_list().contains("ct--fixed-height"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn markers_and_the_track_are_placed_through_the_cssom() {
    let widget = Widget::mount(options(&[("start", "agreement")])).await;
    let current = widget
        .query(".ct-nav__segment:not([inert]) [aria-current=\"true\"]")
        .unwrap();
    let item: web_sys::HtmlElement = current.closest("li").unwrap().unwrap().dyn_into().unwrap();
    let transform = item.style().get_property_value("transform").unwrap();
    assert!(
        transform.starts_with("translate(") && !transform.starts_with("translate(0.000%"),
        "{transform}"
    );

    assert_eq!(
        widget.css_var(".ct-nav__track", "--ct-shift"),
        "-100%",
        "the crisis segment is in view"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn screen_readers_are_told_the_keys_in_the_widgets_language() {
    let widget = Widget::mount(Options::default()).await;
    let hint = widget.text(".ct > p.ct-sr");
    assert!(hint.starts_with("Flèches"), "{hint}");
    widget.click(".ct-lang__option[lang=\"en\"]").await;
    assert!(widget.text(".ct > p.ct-sr").starts_with("Arrows"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_corrected_card_says_what_was_corrected_and_the_foot_when_the_story_was_updated() {
    let widget = Widget::mount(options(&[("start", "letter-signatures")])).await;
    let event = &DATASET.events[DATASET.index_of("letter-signatures").unwrap()];
    let correction = widget.text("article.ct-card .ct-correction");
    assert!(
        correction.starts_with("Correction, 29 nov. 2026\u{A0}:"),
        "{correction}"
    );
    assert!(correction.ends_with(event.corrections[0].note.get(Lang::FR)));
    assert_eq!(widget.text(".ct-updated"), "Mis à jour le 4 décembre 2026");
    widget.click(".ct-lang__option[lang=\"en\"]").await;
    assert_eq!(widget.text(".ct-updated"), "Updated December 4, 2026");
    // A card with nothing corrected has no corrections list.
    widget.click(".ct-prev").await;
    assert!(widget.query("article.ct-card .ct-corrections").is_none());
    widget.destroy();
}

/// The element that has focus in the page.
fn focused() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.active_element()
}

/// Gives focus to the first element matching `selector` in the widget.
fn focus(widget: &Widget, selector: &str) {
    widget
        .query(selector)
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
}

#[wasm_bindgen_test]
async fn markers_periods_and_languages_are_one_tab_stop_each_and_focus_follows_the_arrows() {
    let widget = Widget::mount(options(&[("start", "agreement")])).await;
    // One Tab stop on the axis, the selected event's marker; one period, one language.
    let stops = widget.query_all(".ct-nav__segment:not([inert]) .ct-marker[tabindex=\"0\"]");
    assert_eq!(stops.len(), 1, "one marker is a Tab stop");
    assert_eq!(
        stops[0].get_attribute("aria-current").as_deref(),
        Some("true")
    );
    assert_eq!(
        widget.query_all(".ct-segment-button[tabindex=\"0\"]").len(),
        1
    );
    assert_eq!(
        widget.query_all(".ct-lang__option[tabindex=\"0\"]").len(),
        1
    );
    // On a marker, the arrows move through the events, and focus goes with the selection.
    let current = ".ct-nav__segment:not([inert]) .ct-marker[aria-current=\"true\"]";
    focus(&widget, current);
    widget.press_on(current, "ArrowRight").await;
    let after = &DATASET.events[DATASET.index_of("agreement").unwrap() + 1];
    assert_eq!(widget.headline(), after.headline.get(Lang::FR));
    let marker = widget.query(current).unwrap();
    assert_eq!(
        focused(),
        Some(marker.clone()),
        "focus followed to the new marker"
    );
    assert_eq!(marker.get_attribute("tabindex").as_deref(), Some("0"));
    // On the periods' tabs, the arrows choose the period: its first event, and focus follows.
    let tab = ".ct-segment-button[aria-selected=\"true\"]";
    focus(&widget, tab);
    widget.press_on(tab, "ArrowRight").await;
    let epilogue = widget.query(tab).unwrap();
    assert_eq!(
        epilogue.text_content().unwrap(),
        DATASET.segments[2].name.get(Lang::FR)
    );
    assert_eq!(focused(), Some(epilogue.clone()));
    assert_eq!(epilogue.get_attribute("tabindex").as_deref(), Some("0"));
    let first = &DATASET.events[DATASET.index_of("return-official").unwrap()];
    assert_eq!(widget.headline(), first.headline.get(Lang::FR));
    // On the languages, the arrows choose the language, and focus follows.
    let language = ".ct-lang__option[aria-checked=\"true\"]";
    focus(&widget, language);
    widget.press_on(language, "ArrowRight").await;
    assert_eq!(widget.root().get_attribute("lang").as_deref(), Some("en"));
    let english = widget.query(language).unwrap();
    assert_eq!(english.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(focused(), Some(english));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_skip_link_takes_focus_to_the_widgets_last_stop_and_its_twin_back() {
    let widget = Widget::mount(Options::default()).await;
    let links = widget.query_all("a.ct-skip");
    assert_eq!(links.len(), 2, "the first and the last stops");
    assert!(links[0].class_list().contains("ct-skip--start"));
    assert_eq!(links[0].text_content().unwrap(), "Passer la chronologie");
    let hash = current_hash();
    widget.click("a.ct-skip--start").await;
    let end = focused().expect("focus moved");
    assert!(
        end.class_list().contains("ct-skip--end"),
        "{}",
        end.class_name()
    );
    widget.click("a.ct-skip--end").await;
    assert!(focused().unwrap().class_list().contains("ct-skip--start"));
    assert_eq!(
        current_hash(),
        hash,
        "the links move focus, not the page's address"
    );
    widget.click(".ct-lang__option[lang=\"en\"]").await;
    assert_eq!(widget.text("a.ct-skip--start"), "Skip the timeline");
    widget.destroy();
}
