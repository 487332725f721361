//! The embedded dataset, checked as an editor would: every event of the fact sheet, both
//! languages, French typography, https sources, and the state strip's answers at known moments.
#![cfg(not(target_arch = "wasm32"))]

use crisis_timeline::data::schema::{Lang, MicrosoftStance, Status};
use crisis_timeline::embedded::DATASET;
use crisis_timeline::model::strip::StripHistory;

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
    assert_eq!(events.last().unwrap().id, "sutskever-leaves");
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
    ] {
        index_of(id);
    }
}

#[test]
fn every_event_speaks_both_languages_within_the_limits() {
    for event in DATASET.events.iter() {
        for lang in Lang::ALL {
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
            event.headline.fr, event.headline.en,
            "{} is translated",
            event.id
        );
    }
}

#[test]
fn french_texts_use_french_typography() {
    let mut texts: Vec<(String, &str)> = Vec::new();
    for event in DATASET.events.iter() {
        texts.push((event.id.to_string(), event.headline.fr.as_ref()));
        texts.push((event.id.to_string(), event.body.fr.as_ref()));
        if let Some(figure) = &event.figure {
            texts.push((event.id.to_string(), figure.label.fr.as_ref()));
        }
    }
    for (id, text) in texts {
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
fn reports_and_rumours_are_labelled_as_such() {
    let status = |id: &str| DATASET.events[index_of(id)].status;
    // The seed's "putsch" by the chief scientist is a report, not a fact.
    assert_eq!(status("all-hands"), Status::Reported);
    assert_eq!(status("chatgpt-100-million"), Status::Reported);
    assert_eq!(status("letter-signatures"), Status::Disputed);
    let putsch = &DATASET.events[index_of("all-hands")];
    assert!(
        putsch.body.fr.contains("rumeur"),
        "the French text says it is a rumour"
    );
}

#[test]
fn the_state_strip_is_right_at_five_known_moments() {
    let history = StripHistory::new(&DATASET.events);
    let ceo = |index: usize| {
        history
            .at(index)
            .ceo
            .map(|a| DATASET.actors[usize::from(a)].id.to_string())
    };
    let at = |id: &str| index_of(id);

    let devday = at("devday");
    assert_eq!(ceo(devday).as_deref(), Some("altman"));
    assert_eq!(history.at(devday).board, Some(6));
    assert_eq!(history.at(devday).signatures, 0);
    assert_eq!(history.at(devday).microsoft, MicrosoftStance::Investor);

    let fired = at("leadership-transition");
    assert_eq!(ceo(fired).as_deref(), Some("murati"));
    assert_eq!(history.at(fired).board, Some(4));

    let letter = at("staff-letter");
    assert_eq!(ceo(letter).as_deref(), Some("shear"));
    assert_eq!(history.at(letter).signatures, 505);
    assert_eq!(history.at(letter).microsoft, MicrosoftStance::HiresAltman);

    let deal = at("agreement");
    assert_eq!(ceo(deal).as_deref(), Some("altman"));
    assert_eq!(history.at(deal).board, Some(3));
    assert_eq!(history.at(deal).signatures, 747);

    let review = at("review-findings");
    assert_eq!(history.at(review).board, Some(7));
    assert_eq!(history.at(review).microsoft, MicrosoftStance::Observer);
    assert_eq!(DATASET.staff, 770);
}

#[test]
fn crisis_times_are_the_sheets() {
    // 17 Nov 2023, 12:30 in San Francisco is 20:30 UTC (21:30 in Paris).
    let post = &DATASET.events[index_of("leadership-transition")];
    assert_eq!(post.start.instant_ms % 86_400_000, (20 * 60 + 30) * 60_000);
    // Brockman quits at 16:09 PT: 00:09 UTC, already Saturday 01:09 in Paris.
    let quits = &DATASET.events[index_of("brockman-quits")];
    assert_eq!(quits.start.instant_ms % 86_400_000, 9 * 60_000);
    // The signature count of 17:10 is New York time: 22:10 UTC.
    let count = &DATASET.events[index_of("letter-signatures")];
    assert_eq!(count.start.zone_name(), "America/New_York");
    assert_eq!(count.start.instant_ms % 86_400_000, (22 * 60 + 10) * 60_000);
}
