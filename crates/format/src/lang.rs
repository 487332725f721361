//! Language tags (BCP 47, RFC 5646): which language a story, a text, a quote or a caption file is
//! in. Any well-formed tag is a language a story may be told in (`de`, `pt-BR`, `ar`, `zh-Hant`,
//! `sr-Latn`, `ar-u-nu-latn`…); a tag is kept in its canonical case (`pt-br` is `pt-BR`), so that
//! two spellings of one tag are one language.
//!
//! The check is RFC 5646's grammar, written here rather than taken from a crate: the wasm reads
//! stories too, and the grammar is some forty lines, where a crate with the IANA registry would
//! bring its tables. Whether a subtag is registered is left to the browser's `Intl`, which falls
//! back on the language alone for a region or script it does not know.

use std::fmt;

/// A well-formed language tag, in canonical case. It is `Copy` (its letters are held inline), so
/// that a language is passed around as freely as the two-variant enum it replaced.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang {
    bytes: [u8; Lang::MAX_LEN],
    len: u8,
}

impl Lang {
    /// The longest tag a story may use. RFC 5646 sets no limit, but asks implementations to
    /// take at least 35 characters (its section 4.4.1), the longest a tag of language, extended
    /// language, script, region and two variants can be.
    pub const MAX_LEN: usize = 35;

    /// French, the language the default story was first told in.
    pub const FR: Lang = Lang::from_checked("fr");
    /// English.
    pub const EN: Lang = Lang::from_checked("en");

    /// A tag already checked and in canonical case, such as the build writes into the code it
    /// generates. A tag longer than [`Lang::MAX_LEN`] stops the compilation in a constant.
    pub const fn from_checked(tag: &str) -> Lang {
        let source = tag.as_bytes();
        assert!(source.len() <= Lang::MAX_LEN, "language tag too long");
        let mut bytes = [0; Lang::MAX_LEN];
        let mut i = 0;
        while i < source.len() {
            bytes[i] = source[i];
            i += 1;
        }
        Lang {
            bytes,
            len: source.len() as u8,
        }
    }

    /// Reads a tag as a story, an option or a page writes it: `fr`, `pt-br`, `zh_Hant`. Case
    /// aside and `_` for `-` (as browsers and operating systems write locales), it must be a
    /// well-formed BCP 47 tag; the mistake says what is wrong.
    pub fn parse(tag: &str) -> Result<Lang, String> {
        let tag = tag.trim();
        if tag.is_empty() {
            return Err("is empty: give a language tag such as 'fr', 'de' or 'pt-BR'".into());
        }
        if tag.len() > Lang::MAX_LEN {
            return Err(format!(
                "'{tag}' is longer than {} characters, the most a language tag may have here",
                Lang::MAX_LEN
            ));
        }
        let canonical = canonical_case(tag).ok_or_else(|| {
            format!(
                "'{tag}' is not a well-formed language tag (BCP 47), such as 'fr', 'de', 'pt-BR' or 'zh-Hant'"
            )
        })?;
        Ok(Lang::from_checked(&canonical))
    }

    /// The tag, for `lang` attributes, `Intl` and messages.
    pub fn tag(&self) -> &str {
        // Only ASCII letters, digits and hyphens are ever stored.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// The language subtag alone: `pt` of `pt-BR`.
    pub fn language(&self) -> &str {
        self.tag().split('-').next().unwrap_or("")
    }

    /// Whether `wish` (a tag as a page or a browser writes it) names this language: the same tag
    /// case aside, or the same language subtag (`en-GB` names `en`, `fr` names `fr-CA`).
    pub fn answers(&self, wish: &str, whole: bool) -> bool {
        let wish = wish.trim();
        if whole {
            return self.tag().eq_ignore_ascii_case(&wish.replace('_', "-"));
        }
        let language = wish.split(['-', '_']).next().unwrap_or("");
        !language.is_empty() && self.language().eq_ignore_ascii_case(language)
    }

    /// The short name on the language switch: the tag in capitals, `FR`, `PT-BR`, which reads
    /// the same in every language and needs no data.
    pub fn short_name(&self) -> String {
        self.tag().to_ascii_uppercase()
    }
}

impl Default for Lang {
    /// French: before a story says its languages, the widget is the French one it began as.
    fn default() -> Lang {
        Lang::FR
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({:?})", self.tag())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The tag in canonical case (RFC 5646 section 2.1.1: language lower case, script title case,
/// region upper case, the rest lower case), or `None` when it is not well-formed.
fn canonical_case(tag: &str) -> Option<String> {
    let subtags: Vec<&str> = tag.split(['-', '_']).collect();
    if subtags
        .iter()
        .any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return None;
    }
    let is_alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let is_digit = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut out: Vec<String> = Vec::with_capacity(subtags.len());
    let mut rest = subtags.iter().copied().peekable();
    // A language of two or three letters, as every registered language has: the grammar allows
    // four to eight, reserved or unused, which here would only let `french` pass for a tag. A
    // private-use tag alone (`x-whatever`) names no language a reader has.
    let language = rest.next()?;
    if !(is_alpha(language) && matches!(language.len(), 2 | 3)) {
        return None;
    }
    out.push(language.to_ascii_lowercase());
    // Up to three extended language subtags, after a two- or three-letter language.
    let mut extlangs = 0;
    while extlangs < 3 {
        match rest.peek() {
            Some(s) if s.len() == 3 && is_alpha(s) => {
                out.push(s.to_ascii_lowercase());
                rest.next();
                extlangs += 1;
            }
            _ => break,
        }
    }
    if let Some(script) = rest.next_if(|s| s.len() == 4 && is_alpha(s)) {
        let lower = script.to_ascii_lowercase();
        out.push(lower[..1].to_ascii_uppercase() + &lower[1..]);
    }
    if let Some(region) =
        rest.next_if(|s| (s.len() == 2 && is_alpha(s)) || (s.len() == 3 && is_digit(s)))
    {
        out.push(region.to_ascii_uppercase());
    }
    let mut variants: Vec<String> = Vec::new();
    while let Some(variant) =
        rest.next_if(|s| s.len() >= 5 || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit()))
    {
        let variant = variant.to_ascii_lowercase();
        if variants.contains(&variant) {
            return None;
        }
        variants.push(variant);
    }
    out.extend(variants);
    // Extensions (a singleton, then subtags of 2 to 8), then private use (`x`, then 1 to 8).
    let mut singletons: Vec<String> = Vec::new();
    while let Some(singleton) = rest.next() {
        if singleton.len() != 1 {
            return None;
        }
        let singleton = singleton.to_ascii_lowercase();
        let private = singleton == "x";
        if singletons.contains(&singleton) {
            return None;
        }
        singletons.push(singleton.clone());
        out.push(singleton);
        let min = if private { 1 } else { 2 };
        let before = out.len();
        while let Some(s) = rest.next_if(|s| s.len() >= min && (private || s.len() > 1)) {
            out.push(s.to_ascii_lowercase());
        }
        if out.len() == before {
            return None;
        }
    }
    Some(out.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_formed_tags_are_kept_in_canonical_case() {
        for (written, canonical) in [
            ("fr", "fr"),
            ("EN", "en"),
            ("pt-br", "pt-BR"),
            ("pt_BR", "pt-BR"),
            ("zh-hant", "zh-Hant"),
            ("zh-Hant-TW", "zh-Hant-TW"),
            ("sr-latn", "sr-Latn"),
            ("es-419", "es-419"),
            ("ar-u-nu-latn", "ar-u-nu-latn"),
            ("de-CH-1996", "de-CH-1996"),
            ("en-x-newsroom", "en-x-newsroom"),
            ("zh-yue-HK", "zh-yue-HK"),
            ("ca", "ca"),
            (" uk ", "uk"),
        ] {
            assert_eq!(
                Lang::parse(written).map(|l| l.to_string()),
                Ok(canonical.into()),
                "{written}"
            );
        }
    }

    #[test]
    fn tags_that_are_not_bcp_47_are_named() {
        for bad in [
            "",
            "f",
            "french",
            "fr-",
            "-fr",
            "fr--CA",
            "fr CA",
            "1fr",
            "fr-ÇA",
            "de-CH-1996-1996",
            "en-u",
            "en-u-a",
            "en-a-bcd-a-efg",
            "x-private",
            "abcdefghi",
            "fr-toolongsubtag",
        ] {
            assert!(Lang::parse(bad).is_err(), "{bad:?} was taken");
        }
        let long = "en-".to_string() + &"abcde-".repeat(6) + "x";
        assert!(Lang::parse(&long).unwrap_err().contains("longer than 35"));
    }

    #[test]
    fn a_wish_names_a_language_on_its_whole_tag_or_its_language() {
        let pt_br = Lang::parse("pt-BR").unwrap();
        assert!(pt_br.answers("pt_br", true));
        assert!(!pt_br.answers("pt", true));
        assert!(pt_br.answers("pt-PT", false));
        assert!(!pt_br.answers("", false));
        assert_eq!(pt_br.language(), "pt");
        assert_eq!(pt_br.short_name(), "PT-BR");
    }
}
