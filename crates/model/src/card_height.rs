//! How tall a story card may get, without a browser: the widget lays the likely tallest cards
//! out unseen under the visible one, so that the card keeps the tallest one's height and the
//! page does not jump as the reader moves from event to event.

use crisis_format::schema::{Dataset, Event, Lang};

/// The events whose cards are likely the tallest at any width: for a few line lengths, from a
/// narrow phone to a desktop, the events that need the most lines in `lang`.
pub fn longest_events(dataset: &Dataset, lang: Lang, per_width: usize) -> Vec<usize> {
    const LINE_LENGTHS: [usize; 4] = [28, 45, 70, 120];
    let lines = |text: &str, line: usize| text.chars().count().div_ceil(line);
    let sources_lines = |e: &Event, line: usize| {
        let chars: usize = e
            .sources
            .iter()
            .map(|s| s.outlet.chars().count() + s.date.len() + 5)
            .sum();
        (chars + 8).div_ceil(line)
    };
    let mut chosen: Vec<usize> = Vec::new();
    for line in LINE_LENGTHS {
        // Headlines are set larger: count their characters as wider.
        let height = |e: &Event| {
            // The date line is at most about 60 characters; the reader's time is one line more.
            60usize.div_ceil(line)
                + usize::from(e.start.time.is_some())
                + 2 * lines(e.headline.get(lang), line * 2 / 3)
                + lines(e.body.get(lang), line)
                + e.figure
                    .as_ref()
                    .map_or(0, |f| 2 + lines(f.label.get(lang), line))
                // The words, set a little larger, and the attribution's line or two.
                + e.quote
                    .as_ref()
                    .map_or(0, |q| 2 + lines(q.words.get(lang), line * 4 / 5))
                // An image is as wide as the card up to about 72 characters (36rem); a
                // character is about half as wide as a line is high, a third with the leading.
                + e.image.as_ref().map_or(0, |i| {
                    2 + (line.min(72) * i.height as usize).div_ceil(3 * i.width as usize)
                })
                + e.link.as_ref().map_or(0, |l| 2 + lines(l.title.get(lang), line))
                // A recording: a video's box as an image's, a sound's player about two lines.
                + e.recording.as_ref().map_or(0, |r| match r.width {
                    0 => 3,
                    w => 2 + (line.min(72) * r.height as usize).div_ceil(3 * w as usize),
                })
                + sources_lines(e, line)
                + e.corrections
                    .iter()
                    .map(|c| 1 + lines(c.note.get(lang), line))
                    .sum::<usize>()
                + usize::from(!e.actors.is_empty()) * (1 + 20 * e.actors.len() / line)
        };
        let mut by_height: Vec<(usize, usize)> =
            dataset.events.iter().map(height).enumerate().collect();
        let count = per_width.min(by_height.len());
        if count > 0 {
            by_height.select_nth_unstable_by(count - 1, |a, b| b.1.cmp(&a.1));
        }
        for &(index, _) in &by_height[..count] {
            if !chosen.contains(&index) {
                chosen.push(index);
            }
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::longest_events;
    use crisis_format::openai_story::DATASET;
    use crisis_format::schema::Lang;

    /// Characters a card shows in `lang`, roughly: what the rule weighs.
    fn weight(index: usize, lang: Lang) -> usize {
        let e = &DATASET.events[index];
        e.headline.get(lang).chars().count() * 3 / 2
            + e.body.get(lang).chars().count()
            + e.figure
                .as_ref()
                .map_or(0, |f| f.label.get(lang).chars().count())
    }

    #[test]
    fn the_longest_event_of_each_language_is_among_the_sizers() {
        for lang in DATASET.languages.iter() {
            let chosen = longest_events(&DATASET, lang, 2);
            assert!(!chosen.is_empty() && chosen.len() <= 8, "{chosen:?}");
            let longest = (0..DATASET.events.len())
                .max_by_key(|&i| weight(i, lang))
                .unwrap();
            assert!(
                chosen.contains(&longest),
                "{lang:?}: {chosen:?} lacks {longest}"
            );
            let shortest = (0..DATASET.events.len())
                .min_by_key(|&i| weight(i, lang))
                .unwrap();
            assert!(
                !chosen.contains(&shortest),
                "{lang:?}: the shortest card sizes nothing"
            );
        }
    }

    /// The story with every event's texts cut short, so that one part made long decides.
    fn flat_story() -> crisis_format::schema::Dataset {
        let mut story = DATASET.clone();
        for event in story.events.to_mut() {
            event.headline.set(Lang::FR, "Titre");
            event.body.set(Lang::FR, "Texte.");
            event.figure = None;
            event.quote = None;
            event.sources.to_mut().truncate(1);
            event.actors = std::borrow::Cow::Borrowed(&[]);
            event.corrections = std::borrow::Cow::Borrowed(&[]);
        }
        story
    }

    #[test]
    fn a_long_body_headline_quote_correction_or_list_of_sources_makes_a_card_tall() {
        let long = |n: usize| "mot ".repeat(n);
        type Lengthen = fn(&mut crisis_format::schema::Event, String);
        let parts: [(&str, Lengthen); 5] = [
            ("body", |e, text| e.body.set(Lang::FR, text)),
            ("quote", |e, text| {
                let mut quote = DATASET.events.iter().find_map(|e| e.quote.clone()).unwrap();
                quote.words.set(Lang::FR, text);
                e.quote = Some(quote);
            }),
            ("headline", |e, text| e.headline.set(Lang::FR, text)),
            ("sources", |e, _| {
                let first = e.sources[0].clone();
                e.sources.to_mut().extend(std::iter::repeat_n(first, 6));
            }),
            ("correction", |e, text| {
                let mut note = crisis_format::schema::Texts::default();
                note.set(Lang::FR, text);
                let date = e.start.date;
                e.corrections
                    .to_mut()
                    .push(crisis_format::schema::Correction { date, note });
            }),
        ];
        for (part, lengthen) in parts {
            let mut story = flat_story();
            lengthen(&mut story.events.to_mut()[7], long(60));
            assert_eq!(
                longest_events(&story, Lang::FR, 1),
                vec![7],
                "a long {part}"
            );
        }
    }

    #[test]
    fn each_width_adds_at_most_its_share_of_cards() {
        assert_eq!(longest_events(&DATASET, Lang::FR, 0), Vec::<usize>::new());
        let one = longest_events(&DATASET, Lang::EN, 1);
        assert!((1..=4).contains(&one.len()), "{one:?}");
        let mut sorted = one.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), one.len(), "no event is laid out twice");
    }
}
