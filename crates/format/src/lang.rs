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
        canonical(tag).ok_or_else(|| {
            format!(
                "'{tag}' is not a well-formed language tag (BCP 47), such as 'fr', 'de', 'pt-BR' or 'zh-Hant'"
            )
        })
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

    /// Whether text in this language runs right to left: by its script subtag when it has one
    /// (`az-Arab` does, `ku-Latn` does not), else by its language's usual script (Arabic,
    /// Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Sorani Kurdish, Syriac,
    /// N'Ko). CLDR's likely scripts, for the languages a newsroom writes in; a language this
    /// list misses can say its script (`xx-Arab`).
    pub fn right_to_left(&self) -> bool {
        // In canonical case, the script is the one subtag of four letters in title case (an
        // extension's `latn` in `ar-u-nu-latn` is lower case).
        let mut subtags = self.tag().split('-').skip(1);
        match subtags.find(|s| s.len() == 4 && s.as_bytes()[0].is_ascii_uppercase()) {
            Some(script) => matches!(
                script,
                "Arab" | "Hebr" | "Syrc" | "Thaa" | "Nkoo" | "Adlm" | "Rohg" | "Mand" | "Samr"
            ),
            None => matches!(
                self.language(),
                "ar" | "he"
                    | "iw"
                    | "fa"
                    | "ur"
                    | "ps"
                    | "sd"
                    | "ug"
                    | "yi"
                    | "ji"
                    | "dv"
                    | "ckb"
                    | "syr"
                    | "nqo"
                    | "arc"
                    | "ks"
                    | "prs"
                    | "pnb"
                    | "lrc"
                    | "mzn"
                    | "glk"
            ),
        }
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
/// region upper case, the rest lower case), or `None` when it is not well-formed; `tag` is at
/// most [`Lang::MAX_LEN`] bytes long. One pass over the subtags, each of which moves a stage
/// forward (language, extended languages, script, region, variants, extensions, private use),
/// written into the tag's own bytes: a first version that built a string for each subtag was
/// 2.5 kB of the wasm.
fn canonical(tag: &str) -> Option<Lang> {
    // The stages: 0 nothing yet, 1 to 4 a language and 0 to 3 extended languages after it,
    // 5 a script, 6 a region or variants, 7 a singleton that needs its subtags, 8 in an
    // extension, 9 `x` that needs its subtags, 10 in private use.
    let mut stage = 0u8;
    let mut out = Lang {
        bytes: [0; Lang::MAX_LEN],
        len: 0,
    };
    for subtag in tag.split(['-', '_']) {
        let b = subtag.as_bytes();
        let n = b.len();
        if n == 0 || n > 8 || !b.iter().all(u8::is_ascii_alphanumeric) {
            return None;
        }
        let alpha = b.iter().all(u8::is_ascii_alphabetic);
        let digits = b.iter().all(u8::is_ascii_digit);
        // How the subtag is written: 0 lower case, 1 title case, 2 upper case.
        let (next, case) = match stage {
            // A language of two or three letters, as every registered language has: the
            // grammar allows four to eight, reserved or unused, which would let `french` pass.
            // A private-use tag alone (`x-whatever`) names no language a reader has.
            0 if alpha && (2..=3).contains(&n) => (1, 0),
            0 => return None,
            9 | 10 => (10, 0),
            7 if n == 1 => return None,
            _ if n == 1 => (
                if b[0].eq_ignore_ascii_case(&b'x') {
                    9
                } else {
                    7
                },
                0,
            ),
            7 | 8 => (8, 0),
            1..=3 if n == 3 && alpha => (stage + 1, 0),
            0..=4 if n == 4 && alpha => (5, 1),
            0..=5 if (n == 2 && alpha) || (n == 3 && digits) => (6, 2),
            0..=6 if n >= 5 || (n == 4 && b[0].is_ascii_digit()) => (6, 0),
            _ => return None,
        };
        stage = next;
        let at = usize::from(out.len);
        if at > 0 {
            out.bytes[at - 1] = b'-';
        }
        for (i, byte) in b.iter().enumerate() {
            out.bytes[at + i] = match case {
                2 => byte.to_ascii_uppercase(),
                1 if i == 0 => byte.to_ascii_uppercase(),
                _ => byte.to_ascii_lowercase(),
            };
        }
        // The next subtag starts after a hyphen, which the tag's own length has room for.
        out.len = (at + n + 1) as u8;
    }
    out.len = out.len.saturating_sub(1);
    (!matches!(stage, 0 | 7 | 9)).then_some(out)
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
            "en-u",
            "en-u-a",
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

    #[test]
    fn arabic_hebrew_persian_and_urdu_run_right_to_left_by_language_or_script() {
        for (tag, rtl) in [
            ("ar", true),
            ("ar-u-nu-latn", true),
            ("he", true),
            ("fa-IR", true),
            ("ur", true),
            ("az-Arab", true),
            ("ku-Latn", false),
            ("fr", false),
            ("ja", false),
            ("zh-Hant", false),
            ("sr-Cyrl", false),
        ] {
            assert_eq!(Lang::parse(tag).unwrap().right_to_left(), rtl, "{tag}");
        }
    }
}
