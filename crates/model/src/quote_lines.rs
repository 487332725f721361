//! What the story card says around a quote, without a browser: the words between the
//! language's quotation marks, who said them (with their role and where), and whether the
//! words shown are a translation.

use super::labels;
use crisis_format::schema::{Dataset, Lang, Quote, Speaker};

/// The words of `quote` in `lang`, between `lang`'s quotation marks.
pub fn quoted_words(quote: &Quote, lang: Lang) -> String {
    labels::quoted(quote.words.get(lang), lang)
}

/// Who said the words, their role and where, in `lang`, and whether the words shown are a
/// translation: "— Greg Brockman, président d’OpenAI · traduit de l’anglais". `said_in_name`
/// is the name, in `lang`, of the language the words were said in, when the browser gives it.
pub fn attribution(
    quote: &Quote,
    dataset: &Dataset,
    lang: Lang,
    said_in_name: Option<&str>,
) -> String {
    let name = match &quote.by {
        Speaker::Actor(index) => dataset.actors[usize::from(*index)].name.get(lang),
        Speaker::Name(name) => name.as_ref(),
    };
    let parts = [name, quote.role.get(lang), quote.place.get(lang)];
    let shown: Vec<&str> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    let mut line = format!("— {}", shown.join(", "));
    if quote.said_in != lang {
        line.push_str(" · ");
        line.push_str(&labels::translated_from(quote.said_in, said_in_name, lang));
    }
    line
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
            attribution(quote, &DATASET, Lang::EN, None),
            "— Greg Brockman, OpenAI’s president"
        );
        assert_eq!(
            attribution(quote, &DATASET, Lang::FR, None),
            "— Greg Brockman, président d’OpenAI · traduit de l’anglais"
        );
    }

    #[test]
    fn a_speaker_without_an_actor_is_named_and_a_place_follows_the_role() {
        assert_eq!(
            attribution(quote_of("microsoft-hires-altman"), &DATASET, Lang::FR, None),
            "— Satya Nadella, PDG de Microsoft · traduit de l’anglais"
        );
        assert_eq!(
            attribution(quote_of("leadership-transition"), &DATASET, Lang::EN, None),
            "— The board, in a blog post"
        );
    }
}
