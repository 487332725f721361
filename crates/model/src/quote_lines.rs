//! What the story card says around a quote, without a browser: the words between the
//! language's quotation marks, who said them (with their role and where), and whether the
//! words shown are a translation.

use super::words::words;
use crisis_format::schema::{Dataset, Lang, Quote, Speaker};

/// The words of `quote` in `lang`, between `lang`'s quotation marks.
pub fn quoted_words(quote: &Quote, lang: Lang) -> String {
    let (open, close) = words(lang).quote_marks;
    format!("{open}{}{close}", quote.words.get(lang))
}

/// Who said the words, their role and where, in `lang`, and whether the words shown are a
/// translation: "— Greg Brockman, président d’OpenAI · traduit de l’anglais".
pub fn attribution(quote: &Quote, dataset: &Dataset, lang: Lang) -> String {
    let name = match &quote.by {
        Speaker::Actor(index) => dataset.actors[usize::from(*index)].name.get(lang),
        Speaker::Name(name) => name.as_ref(),
    };
    let parts = [name, quote.role.get(lang), quote.place.get(lang)];
    let shown: Vec<&str> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    let mut line = format!("— {}", shown.join(", "));
    if let Some(note) = translation_note(quote, lang) {
        line.push_str(" · ");
        line.push_str(note);
    }
    line
}

/// "translated from …" when the words shown in `lang` are not the ones said.
fn translation_note(quote: &Quote, lang: Lang) -> Option<&'static str> {
    (quote.said_in != lang).then(|| words(lang).translated_from(quote.said_in))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crisis_format::openai_story::DATASET;

    fn quote_of(id: &str) -> &'static Quote {
        let event = DATASET.events.iter().find(|e| e.id == id).unwrap();
        event.quote.as_ref().unwrap()
    }

    #[test]
    fn an_english_post_is_shown_as_said_in_english_and_translated_in_french() {
        let quote = quote_of("brockman-quits");
        assert_eq!(
            quoted_words(quote, Lang::EN),
            "“based on today’s news, i quit”"
        );
        assert_eq!(
            quoted_words(quote, Lang::FR),
            "«\u{202F}au vu des nouvelles du jour, je pars\u{202F}»"
        );
        assert_eq!(
            attribution(quote, &DATASET, Lang::EN),
            "— Greg Brockman, OpenAI’s president"
        );
        assert_eq!(
            attribution(quote, &DATASET, Lang::FR),
            "— Greg Brockman, président d’OpenAI · traduit de l’anglais"
        );
    }

    #[test]
    fn a_speaker_without_an_actor_is_named_and_a_place_follows_the_role() {
        assert_eq!(
            attribution(quote_of("microsoft-hires-altman"), &DATASET, Lang::FR),
            "— Satya Nadella, PDG de Microsoft · traduit de l’anglais"
        );
        assert_eq!(
            attribution(quote_of("leadership-transition"), &DATASET, Lang::EN),
            "— The board, in a blog post"
        );
    }
}
