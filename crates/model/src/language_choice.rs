//! Which of a story's languages a widget opens in when its host names none: the reader's, as
//! far as the page and the browser tell it.

use crisis_format::schema::{Lang, Languages};

/// The language to open in: the first of `wishes` that the story is told in, else the story's
/// first language. `wishes` are BCP 47 tags, most wanted first: the host page's own language
/// (the nearest `lang` around the widget), then the reader's browser languages
/// (`navigator.languages`). A wish matches a story language on its whole tag, else on its
/// language alone (`en-GB` finds `en`, `fr` finds `fr-CA`), case aside.
///
/// The page's language comes first so that a widget never opens in a language other than the
/// article around it when the story has that language; on the widget's own pages it is the
/// story's first language, the one the build prerendered, so that nothing moves when the wasm
/// takes over.
pub fn choose(story: &Languages, wishes: &[&str]) -> Lang {
    wishes
        .iter()
        .find_map(|wish| answer(story, wish))
        .unwrap_or_else(|| story.first())
}

/// The language a widget opens in: the one the host `asked` for when the story is told in it,
/// else [`choose`]'s. (Whether to warn of an ask the story cannot answer is the caller's.)
pub fn opening(story: &Languages, asked: Option<Lang>, wishes: &[&str]) -> Lang {
    match asked {
        Some(asked) => answer(story, asked.tag()).unwrap_or_else(|| story.first()),
        None => choose(story, wishes),
    }
}

/// The story's language that `wish` names, on its whole tag, else on its language alone.
pub fn answer(story: &Languages, wish: &str) -> Option<Lang> {
    let whole = story.iter().find(|l| l.answers(wish, true));
    whole.or_else(|| story.iter().find(|l| l.answers(wish, false)))
}

/// What a language option or call must name for `story`, in warnings: "a language the story is
/// told in ('fr', 'en')".
pub fn expected(story: &Languages) -> String {
    format!("a language the story is told in ({})", story.quoted())
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::borrow::Cow;

    const BOTH: Languages = Languages(Cow::Borrowed(&[Lang::FR, Lang::EN]));
    const ENGLISH: Languages = Languages(Cow::Borrowed(&[Lang::EN]));

    #[test]
    fn the_page_s_language_then_the_reader_s_then_the_story_s_first() {
        for (wishes, chosen) in [
            (&[][..], Lang::FR),
            (&["en"][..], Lang::EN),
            (&["en-GB", "fr-FR"][..], Lang::EN),
            (&["de", "EN-us"][..], Lang::EN),
            (&["de", "es"][..], Lang::FR),
            (&["fr-CA", "en"][..], Lang::FR),
            (&["", "en"][..], Lang::EN),
        ] {
            assert_eq!(choose(&BOTH, wishes), chosen, "{wishes:?}");
        }
    }

    #[test]
    fn any_tag_is_answered_on_its_whole_tag_before_its_language() {
        let tags = ["de", "es", "uk", "pt-BR", "pt-PT", "zh-Hant"];
        let story = Languages(Cow::Owned(
            tags.iter().map(|t| Lang::parse(t).unwrap()).collect(),
        ));
        for (wishes, chosen) in [
            (&["uk-UA"][..], "uk"),
            (&["pt-pt"][..], "pt-PT"),
            (&["pt"][..], "pt-BR"),
            (&["zh-TW", "de"][..], "zh-Hant"),
            (&["ar", "es-419"][..], "es"),
            (&["fr", "en"][..], "de"),
        ] {
            assert_eq!(choose(&story, wishes).tag(), chosen, "{wishes:?}");
        }
    }

    #[test]
    fn a_story_in_one_language_is_shown_in_it_whatever_is_wished() {
        assert_eq!(choose(&ENGLISH, &["fr", "fr-FR"]), Lang::EN);
    }
}
