//! The embedded dataset, checked as an editor would: every event of the fact sheet, both
//! languages, French typography, https sources, and the state strip's answers at known moments.
#![cfg(not(target_arch = "wasm32"))]

use crisis_format::openai_story::DATASET;
use crisis_format::schema::{GaugeKind, GaugeValue, Lang, Status};
use crisis_model::strip::StripHistory;

fn index_of(id: &str) -> usize {
    DATASET
        .index_of(id)
        .unwrap_or_else(|| panic!("no event '{id}'"))
}

#[test]
fn the_whole_story_is_there_in_order() {
    let events = &DATASET.events;
    assert!(events.len() >= 28, "{} events", events.len());
    assert_eq!(events.first().unwrap().id, "openai-founded");
    assert_eq!(events.last().unwrap().id, "toner-interview");
    let segments: Vec<&str> = DATASET.segments.iter().map(|s| s.id.as_ref()).collect();
    assert_eq!(segments, ["origins", "crisis", "epilogue"]);
    // The five days are the story: most of its events, and each period has enough to tell.
    let in_segment = |n: usize| {
        events
            .iter()
            .filter(|e| usize::from(e.segment) == n)
            .count()
    };
    assert!(
        in_segment(1) > events.len() / 2,
        "{} crisis events",
        in_segment(1)
    );
    assert!((0..3).all(|n| in_segment(n) >= 3));
    for id in [
        "all-hands",
        "chatgpt-anniversary",
        "microsoft-hires-altman",
        "staff-letter",
        "agreement",
        // The second edition's added moments.
        "microsoft-reacts",
        "toner-paper",
        "q-star",
        "musk-sues",
        "toner-interview",
        // The third edition's.
        "altman-brockman-speak",
        "board-meets-executives",
        "nadella-interviews",
        "nadella-encouraged",
        "toner-mccauley-economist",
    ] {
        index_of(id);
    }
}

#[test]
fn every_event_speaks_both_languages_within_the_limits() {
    for event in DATASET.events.iter() {
        for lang in DATASET.languages.iter() {
            // The validator bounds the length; press style is checked here: a headline is not
            // a sentence (no closing full stop) and starts with a capital or a figure.
            let headline = event.headline.get(lang);
            assert!(!headline.ends_with('.'), "{}: {headline}", event.id);
            assert!(
                headline
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
                "{}: {headline}",
                event.id
            );
            let sentences = event.body.get(lang).matches(". ").count() + 1;
            assert!(
                (1..=3).contains(&sentences),
                "{} has {sentences} sentences in {lang:?}",
                event.id
            );
        }
        assert_ne!(
            event.headline.get(Lang::FR),
            event.headline.get(Lang::EN),
            "{} is translated",
            event.id
        );
    }
}

#[test]
fn french_texts_use_french_typography() {
    for (id, _, text) in texts().into_iter().filter(|(_, lang, _)| *lang == Lang::FR) {
        for bad in [" :", " ;", " ?", " !", " »", "« ", "\""] {
            assert!(
                !text.contains(bad),
                "{id}: '{bad}' needs a non-breaking space or French quotes: {text}"
            );
        }
        assert!(
            !text.contains(" h "),
            "{id}: times are written 21\u{A0}h\u{A0}30: {text}"
        );
        if let Some(at) = number_before_word_with_plain_space(&text) {
            panic!("{id}: a non-breaking space between a number and its unit or noun (\"{at}\"): {text}");
        }
    }
}

/// Where a number other than a year is followed by a plain space and a word or a percent sign
/// ("1 milliard", "49 %", "105 heures"): French typography keeps them on one line with a
/// non-breaking space, as "17\u{A0}h\u{A0}10" already is.
fn number_before_word_with_plain_space(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split(' ').collect();
    words.windows(2).find_map(|pair| {
        let number = pair[0].rsplit(['\u{A0}', '\u{202F}', '(', '/']).next()?;
        let is_number = !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit() || c == ',')
            && number.starts_with(|c: char| c.is_ascii_digit());
        let is_year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        // A number and a word that joins it to what follows ("de 6 à 4", "738 sur 770", "747 est")
        // may part at a line's end; a number and what it counts may not.
        let joins = [
            "à", "et", "ou", "sur", "puis", "en", "de", "contre", "est", "plus", "au", "avant",
            "après",
        ]
        .contains(&pair[1].trim_end_matches([',', ';', '.']));
        let next = pair[1].chars().next()?;
        (is_number && !is_year && !joins && (next.is_lowercase() || next == '%'))
            .then(|| format!("{} {}", pair[0], pair[1]))
    })
}

#[test]
fn english_texts_use_curly_quotes() {
    for (id, _, text) in texts().into_iter().filter(|(_, lang, _)| *lang == Lang::EN) {
        assert!(
            !text.contains('"'),
            "{id}: quotation marks are “ ” in English, as apostrophes are ’: {text}"
        );
    }
}

#[test]
fn sources_are_secure_and_not_older_than_what_they_report() {
    for event in DATASET.events.iter() {
        // The validator takes http too; the story links only to https pages.
        for source in event.sources.iter() {
            if let Some(url) = &source.url {
                assert!(url.starts_with("https://"), "{}: {url}", event.id);
            }
        }
        // A source cannot report an event before it happened: its date (as precise as it is
        // given) is not before the event's. Background sources are compared on the year.
        let event_date = event.start.date;
        let reported_at = |date: &str| -> (i32, u8, u8) {
            let mut parts = date.split('-').map(|p| p.parse::<u16>().unwrap());
            let year = parts.next().unwrap() as i32;
            (
                year,
                parts.next().unwrap_or(12) as u8,
                parts.next().unwrap_or(31) as u8,
            )
        };
        assert!(
            event.sources.iter().any(|s| reported_at(&s.date)
                >= (
                    event_date.year,
                    event_date.month.max(1),
                    event_date.day.max(1)
                )),
            "{}: every source predates the event",
            event.id
        );
    }
}

#[test]
fn the_corrections_readers_may_have_seen_are_published() {
    // Facts a reader of an earlier edition may have seen, now corrected on their card: the
    // second edition's, then the third's.
    let (published, updated) = (DATASET.published.unwrap(), DATASET.updated.unwrap());
    let second_edition = crisis_format::calendar::CivilDate::parse("2026-11-29").unwrap();
    for (id, edition) in [
        ("microsoft-hires-altman", second_edition),
        ("letter-signatures", second_edition),
        ("agreement", second_edition),
        ("openai-founded", updated),
        ("microsoft-multibillion", updated),
        ("leadership-transition", updated),
        ("microsoft-reacts", updated),
        ("researchers-quit", updated),
        ("investors-push", updated),
        ("shear-named", updated),
        ("microsoft-hires-altman", updated),
        ("agreement", updated),
        ("q-star", updated),
    ] {
        let event = &DATASET.events[index_of(id)];
        assert!(
            event.corrections.iter().any(|c| c.date == edition),
            "{id} carries its correction of {edition:?}"
        );
    }
    // Every correction is dated from the story's first publication to its last update.
    for event in DATASET.events.iter() {
        for correction in event.corrections.iter() {
            let day = correction.date.days_since_epoch();
            assert!(
                (published.days_since_epoch()..=updated.days_since_epoch()).contains(&day),
                "{}",
                event.id
            );
        }
    }
}

#[test]
fn reports_and_rumours_are_labelled_as_such() {
    let status = |id: &str| DATASET.events[index_of(id)].status;
    // The seed's "putsch" by the chief scientist is a report, not a fact.
    assert_eq!(status("all-hands"), Status::Reported);
    assert_eq!(status("toner-paper"), Status::Reported);
    assert_eq!(status("researchers-quit"), Status::Reported);
    // The counts rose and nobody contests them: reported, not disputed.
    assert_eq!(status("letter-signatures"), Status::Reported);
    // Two accounts against each other.
    assert_eq!(status("q-star"), Status::Disputed);
    assert_eq!(status("toner-interview"), Status::Disputed);
    let putsch = &DATASET.events[index_of("all-hands")];
    assert!(
        putsch.body.get(Lang::FR).contains("rumeur"),
        "the French text says it is a rumour"
    );
}

/// Words that say where a claim comes from.
const ATTRIBUTION: [&str; 11] = [
    "selon",
    "rapporte",
    "présentent",
    "dans une note",
    "dans le podcast",
    "according to",
    "report",
    "cast him",
    "in a memo",
    "on the ted ai show",
    "say",
];

#[test]
fn claims_not_confirmed_say_whose_they_are() {
    for event in DATASET
        .events
        .iter()
        .filter(|e| e.status != Status::Confirmed)
    {
        for lang in DATASET.languages.iter() {
            let text = format!("{} {}", event.headline.get(lang), event.body.get(lang));
            let text = text.to_lowercase();
            assert!(
                ATTRIBUTION.iter().any(|w| text.contains(w)),
                "{} ({lang:?}) is {:?} but names no source of the claim: {text}",
                event.id,
                event.status
            );
        }
    }
}

/// Every text of the story a reader sees, with the item it belongs to and its language.
fn texts() -> Vec<(String, Lang, String)> {
    let mut texts = Vec::new();
    for event in DATASET.events.iter() {
        for lang in DATASET.languages.iter() {
            let mut add = |text: &str| texts.push((event.id.to_string(), lang, text.to_string()));
            add(event.headline.get(lang));
            add(event.body.get(lang));
            if let Some(figure) = &event.figure {
                add(figure.label.get(lang));
            }
            if let Some(quote) = &event.quote {
                add(quote.words.get(lang));
                add(quote.role.get(lang));
                add(quote.place.get(lang));
            }
            for correction in event.corrections.iter() {
                add(correction.note.get(lang));
            }
        }
    }
    for lang in DATASET.languages.iter() {
        texts.push(("title".into(), lang, DATASET.title.get(lang).to_string()));
    }
    texts
}

/// Whether a number is followed, within two words, by a word starting with `unit`: "1 billion
/// dollars". A quoted "multibillion dollar" deal names no amount.
fn amount_in_words(text: &str, unit: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().any(|(n, word)| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && words[n + 1..].iter().take(2).any(|w| w.starts_with(unit))
    })
}

#[test]
fn money_and_apostrophes_follow_one_convention_per_language() {
    for (id, lang, text) in texts() {
        assert!(
            !text.contains('\''),
            "{id}: typographic apostrophes (’) only: {text}"
        );
        assert!(!text.contains("USD"), "{id}: {text}");
        match lang {
            // "1 milliard de dollars": the sign and the abbreviations are the figures' own.
            Lang::FR => assert!(
                !text.contains('$') && !text.contains(" Md") && !text.contains(" M "),
                "{id}: in French, money is written out: {text}"
            ),
            // "$1bn", "$45m".
            Lang::EN => assert!(
                !amount_in_words(&text, "dollar"),
                "{id}: in English, money is written $1bn or $45m: {text}"
            ),
            other => panic!("{id}: the OpenAI story is told in French and English, not {other}"),
        }
    }
}

/// An event's id, and the strip after it: chief executive, directors, signers, Microsoft.
type StripRow = (
    &'static str,
    Option<&'static str>,
    Option<u32>,
    u32,
    &'static str,
);

#[test]
fn the_state_strip_is_right_at_every_event() {
    const INVESTOR: &str = "investor";
    const HIRES_ALTMAN: &str = "hires-altman";
    const OBSERVER: &str = "observer";
    const NO_STAKE: &str = "none";
    // After each event: chief executive, directors, letter signers, Microsoft's stance. The hire
    // by Microsoft was announced and never took effect: from the agreement it is an investor
    // again, and an observer on the board from 29 November.
    let expected: [StripRow; 38] = [
        ("openai-founded", None, None, 0, NO_STAKE),
        ("musk-leaves-board", None, None, 0, NO_STAKE),
        ("capped-profit", Some("altman"), None, 0, NO_STAKE),
        ("microsoft-invests-2019", Some("altman"), None, 0, INVESTOR),
        ("gpt-3", Some("altman"), None, 0, INVESTOR),
        ("chatgpt-launch", Some("altman"), None, 0, INVESTOR),
        ("microsoft-multibillion", Some("altman"), None, 0, INVESTOR),
        ("board-shrinks", Some("altman"), Some(6), 0, INVESTOR),
        ("toner-paper", Some("altman"), Some(6), 0, INVESTOR),
        ("devday", Some("altman"), Some(6), 0, INVESTOR),
        ("call-requested", Some("altman"), Some(6), 0, INVESTOR),
        ("altman-fired", Some("altman"), Some(6), 0, INVESTOR),
        (
            "leadership-transition",
            Some("murati"),
            Some(4),
            0,
            INVESTOR,
        ),
        ("microsoft-reacts", Some("murati"), Some(4), 0, INVESTOR),
        ("all-hands", Some("murati"), Some(4), 0, INVESTOR),
        ("brockman-quits", Some("murati"), Some(4), 0, INVESTOR),
        (
            "board-meets-executives",
            Some("murati"),
            Some(4),
            0,
            INVESTOR,
        ),
        ("researchers-quit", Some("murati"), Some(4), 0, INVESTOR),
        (
            "altman-brockman-speak",
            Some("murati"),
            Some(4),
            0,
            INVESTOR,
        ),
        ("investors-push", Some("murati"), Some(4), 0, INVESTOR),
        ("guest-badge", Some("murati"), Some(4), 0, INVESTOR),
        ("shear-named", Some("shear"), Some(4), 0, INVESTOR),
        (
            "microsoft-hires-altman",
            Some("shear"),
            Some(4),
            0,
            HIRES_ALTMAN,
        ),
        ("shear-plan", Some("shear"), Some(4), 0, HIRES_ALTMAN),
        ("sutskever-regrets", Some("shear"), Some(4), 0, HIRES_ALTMAN),
        ("staff-letter", Some("shear"), Some(4), 505, HIRES_ALTMAN),
        (
            "letter-signatures",
            Some("shear"),
            Some(4),
            738,
            HIRES_ALTMAN,
        ),
        (
            "nadella-interviews",
            Some("shear"),
            Some(4),
            738,
            HIRES_ALTMAN,
        ),
        ("agreement", Some("altman"), Some(3), 738, INVESTOR),
        ("nadella-encouraged", Some("altman"), Some(3), 738, INVESTOR),
        ("q-star", Some("altman"), Some(3), 738, INVESTOR),
        ("return-official", Some("altman"), Some(3), 738, OBSERVER),
        (
            "chatgpt-anniversary",
            Some("altman"),
            Some(3),
            738,
            OBSERVER,
        ),
        ("musk-sues", Some("altman"), Some(3), 738, OBSERVER),
        ("review-findings", Some("altman"), Some(7), 738, OBSERVER),
        ("sutskever-leaves", Some("altman"), Some(7), 738, OBSERVER),
        (
            "toner-mccauley-economist",
            Some("altman"),
            Some(7),
            738,
            OBSERVER,
        ),
        ("toner-interview", Some("altman"), Some(7), 738, OBSERVER),
    ];
    let gauges: Vec<&str> = DATASET.gauges.iter().map(|g| g.id.as_ref()).collect();
    assert_eq!(gauges, ["ceo", "board", "signatures", "microsoft"]);
    let history = StripHistory::new(&DATASET.gauges, &DATASET.events);
    let ids: Vec<&str> = DATASET.events.iter().map(|e| e.id.as_ref()).collect();
    let expected_ids: Vec<&str> = expected.iter().map(|row| row.0).collect();
    assert_eq!(ids, expected_ids, "one row per event, in order");
    for (index, (id, ceo, board, signatures, microsoft)) in expected.into_iter().enumerate() {
        let at = history.at(index);
        let shown_ceo = match at[0] {
            Some(GaugeValue::Actor(a)) => Some(DATASET.actors[usize::from(a)].id.as_ref()),
            _ => None,
        };
        let number = |value| match value {
            Some(GaugeValue::Number(n)) => Some(n),
            _ => None,
        };
        let GaugeKind::Choice { values } = &DATASET.gauges[3].kind else {
            panic!("Microsoft's stance is a choice");
        };
        let stance = match at[3] {
            Some(GaugeValue::Choice(c)) => values[usize::from(c)].id.as_ref(),
            _ => "(none)",
        };
        assert_eq!(
            (shown_ceo, number(at[1]), number(at[2]).unwrap_or(0), stance),
            (ceo, board, signatures, microsoft),
            "after {id}"
        );
    }
    assert!(matches!(
        DATASET.gauges[2].kind,
        GaugeKind::Progress {
            total: 770,
            never_falls: true
        }
    ));
}

#[test]
fn crisis_times_are_the_sheets() {
    // The blog post's exact minute is disputed (12:19 to 12:30 in San Francisco): the card
    // gives no minute of its own, only the afternoon of 17 Nov, after the call of noon.
    let post = &DATASET.events[index_of("leadership-transition")];
    assert!(post.start.time.is_none(), "no exact minute for the post");
    assert!(post.start.instant_ms > DATASET.events[index_of("altman-fired")].start.instant_ms);
    // Brockman quits at 16:09 PT: 00:09 UTC, already Saturday 01:09 in Paris.
    let quits = &DATASET.events[index_of("brockman-quits")];
    assert_eq!(quits.start.instant_ms % 86_400_000, 9 * 60_000);
    // The signature count of 17:10 is New York time: 22:10 UTC.
    let count = &DATASET.events[index_of("letter-signatures")];
    assert_eq!(DATASET.zone_name(&count.start), Some("America/New_York"));
    assert_eq!(count.start.instant_ms % 86_400_000, (22 * 60 + 10) * 60_000);
}
