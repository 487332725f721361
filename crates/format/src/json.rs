//! A small pull reader of JSON, for stories given at run time. A page's story arrives as one
//! JSON string (inline, fetched, or written out by the browser's `JSON.stringify` from a JS
//! object); the story reader ([`super::json_story`]) walks it with a [`Cursor`] straight into its
//! own types, one value at a time, with no tree in between. Reading the same objects field by
//! field across the JS boundary cost a quarter of a second for 10,000 events; building a tree of
//! values first cost a third of the reading time; a general JSON crate would add tens of
//! kilobytes to the wasm.

use std::borrow::Cow;
use std::fmt;

/// Where reading stopped and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Byte offset in the text.
    pub at: usize,
    /// What was expected there.
    pub expected: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {} at byte {}", self.expected, self.at)
    }
}

/// What kind of value comes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// `{`
    Object,
    /// `[`
    Array,
    /// `"`
    String,
    /// `-` or a digit.
    Number,
    /// `true` or `false`.
    Bool,
    /// `null`.
    Null,
}

/// Deepest nesting [`Cursor::skip`] accepts, so that hostile input cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// A position in a JSON text, moved forward one value at a time.
pub struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at byte `at` of `text` (0 for its start).
    pub fn new(text: &'a str, at: usize) -> Cursor<'a> {
        Cursor {
            text,
            bytes: text.as_bytes(),
            at,
        }
    }

    /// The byte offset the cursor is at.
    pub fn offset(&self) -> usize {
        self.at
    }

    fn error(&self, expected: &'static str) -> JsonError {
        JsonError {
            at: self.at,
            expected,
        }
    }

    fn space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, word: &str) -> Result<(), JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error("a value"))
        }
    }

    /// The kind of the next value, without reading it.
    pub fn peek(&mut self) -> Result<ValueKind, JsonError> {
        self.space();
        match self.bytes.get(self.at) {
            Some(b'{') => Ok(ValueKind::Object),
            Some(b'[') => Ok(ValueKind::Array),
            Some(b'"') => Ok(ValueKind::String),
            Some(b't' | b'f') => Ok(ValueKind::Bool),
            Some(b'n') => Ok(ValueKind::Null),
            Some(b'-' | b'0'..=b'9') => Ok(ValueKind::Number),
            _ => Err(self.error("a value")),
        }
    }

    /// Reads `null`.
    pub fn null(&mut self) -> Result<(), JsonError> {
        self.space();
        self.word("null")
    }

    /// Reads `true` or `false`.
    pub fn bool(&mut self) -> Result<bool, JsonError> {
        self.space();
        let value = self.bytes.get(self.at) == Some(&b't');
        self.word(if value { "true" } else { "false" })?;
        Ok(value)
    }

    /// Reads an object, handing each key to `field`, which must read the key's value.
    pub fn each_key<E: From<JsonError>>(
        &mut self,
        mut field: impl FnMut(&mut Self, Cow<'a, str>) -> Result<(), E>,
    ) -> Result<(), E> {
        if !self.eat(b'{') {
            return Err(self.error("'{'").into());
        }
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            self.space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error("a key").into());
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.error("':'").into());
            }
            field(self, key)?;
            if self.eat(b'}') {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(self.error("',' or '}'").into());
            }
        }
    }

    /// Reads an array, handing each item's position to `item`, which must read the item.
    pub fn each_item<E: From<JsonError>>(
        &mut self,
        mut item: impl FnMut(&mut Self, usize) -> Result<(), E>,
    ) -> Result<(), E> {
        if !self.eat(b'[') {
            return Err(self.error("'['").into());
        }
        if self.eat(b']') {
            return Ok(());
        }
        let mut n = 0;
        loop {
            item(self, n)?;
            n += 1;
            if self.eat(b']') {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(self.error("',' or ']'").into());
            }
        }
    }

    /// Reads past one value of any kind.
    pub fn skip(&mut self) -> Result<(), JsonError> {
        self.skip_within(0)
    }

    fn skip_within(&mut self, depth: usize) -> Result<(), JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("less nesting"));
        }
        match self.peek()? {
            ValueKind::Object => self.each_key(|c, _| c.skip_within(depth + 1)),
            ValueKind::Array => self.each_item(|c, _| c.skip_within(depth + 1)),
            ValueKind::String => self.string().map(drop),
            ValueKind::Number => self.number().map(drop),
            ValueKind::Bool => self.bool().map(drop),
            ValueKind::Null => self.null(),
        }
    }

    /// Checks that nothing but white space is left.
    pub fn finish(&mut self) -> Result<(), JsonError> {
        self.space();
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(self.error("the end of the text"))
        }
    }

    /// A number, read digit by digit. Not correctly rounded in the last bit for long
    /// mantissas, which no event needs; the standard parser would add 10 kB to the wasm.
    pub fn number(&mut self) -> Result<f64, JsonError> {
        self.space();
        let start = self.at;
        let bad = JsonError {
            at: start,
            expected: "a number",
        };
        let negative = self.bytes.get(self.at) == Some(&b'-');
        self.at += usize::from(negative);
        let mut mantissa = 0f64;
        let mut exponent = 0i32;
        let mut digits = 0;
        let mut fraction = false;
        while let Some(&b) = self.bytes.get(self.at) {
            match b {
                b'0'..=b'9' => {
                    mantissa = mantissa * 10.0 + f64::from(b - b'0');
                    exponent -= i32::from(fraction);
                    digits += 1;
                }
                b'.' if !fraction && digits > 0 => fraction = true,
                _ => break,
            }
            self.at += 1;
        }
        if digits == 0 {
            return Err(bad);
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            let negative_power = self.bytes.get(self.at) == Some(&b'-');
            self.at += usize::from(matches!(self.bytes.get(self.at), Some(b'-' | b'+')));
            let mut power = 0i32;
            let mut any = false;
            while let Some(d) = self.bytes.get(self.at).filter(|b| b.is_ascii_digit()) {
                power = power.saturating_mul(10).saturating_add(i32::from(d - b'0'));
                any = true;
                self.at += 1;
            }
            if !any {
                return Err(bad);
            }
            exponent = exponent.saturating_add(if negative_power { -power } else { power });
        }
        // Dividing by an exact power of ten rounds once: 17 / 10 is 1.7, 17 * 0.1 is not.
        let value = if exponent < 0 {
            mantissa / 10f64.powi(-exponent)
        } else {
            mantissa * 10f64.powi(exponent)
        };
        match (value.is_finite(), negative) {
            (true, true) => Ok(-value),
            (true, false) => Ok(value),
            (false, _) => Err(bad),
        }
    }

    /// A string, borrowed from the text when it has no escape.
    pub fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        if !self.eat(b'"') {
            return Err(self.error("'\"'"));
        }
        let mut out: Option<String> = None;
        loop {
            let start = self.at;
            let rest = &self.bytes[start..];
            self.at += rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(rest.len());
            // Stops only at ASCII bytes, so both ends are character boundaries.
            let run = &self.text[start..self.at];
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(match out {
                        None => Cow::Borrowed(run),
                        Some(mut out) => {
                            out.push_str(run);
                            Cow::Owned(out)
                        }
                    });
                }
                Some(b'\\') => {
                    let out = out.get_or_insert_with(String::new);
                    out.push_str(run);
                    let letter = self.bytes.get(self.at + 1).copied();
                    self.at += 2;
                    out.push(match letter {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => {
                            self.at -= 2;
                            return Err(self.error("an escape"));
                        }
                    });
                }
                _ => return Err(self.error("'\"'")),
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), pairing surrogates; a lone
    /// surrogate becomes U+FFFD. Leaves the reader after the escape.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let mut code = first;
        if (0xD800..0xDC00).contains(&first) {
            code = 0xFFFD;
            if self.bytes[self.at..].starts_with(b"\\u") {
                let save = self.at;
                self.at += 2;
                match self.hex4() {
                    Ok(second) if (0xDC00..0xE000).contains(&second) => {
                        code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                    }
                    _ => self.at = save,
                }
            }
        }
        Ok(char::from_u32(code).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or(self.error("four hex digits"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("four hex digits"))?;
        let code = u32::from_str_radix(text, 16).map_err(|_| self.error("four hex digits"))?;
        self.at += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads one whole value of `text`, with nothing after it.
    fn check(text: &str) -> Result<(), JsonError> {
        let mut cursor = Cursor::new(text, 0);
        cursor.skip()?;
        cursor.finish()
    }

    fn string(text: &str) -> Result<Cow<'_, str>, JsonError> {
        Cursor::new(text, 0).string()
    }

    fn number(text: &str) -> Result<f64, JsonError> {
        let mut cursor = Cursor::new(text, 0);
        let n = cursor.number()?;
        cursor.finish()?;
        Ok(n)
    }

    #[test]
    fn walks_what_json_stringify_writes() {
        let text = r#"[{"id":"a-1","n":-1.5e2,"ok":true,"no":null,"list":["x","y"]}]"#;
        let mut seen = Vec::new();
        let mut cursor = Cursor::new(text, 0);
        cursor
            .each_item(|c, n| {
                assert_eq!(n, 0);
                c.each_key(|c, key| {
                    seen.push((key.to_string(), c.peek()?));
                    c.skip()
                })
            })
            .unwrap();
        cursor.finish().unwrap();
        let kinds: Vec<(&str, ValueKind)> = seen.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(
            kinds,
            [
                ("id", ValueKind::String),
                ("n", ValueKind::Number),
                ("ok", ValueKind::Bool),
                ("no", ValueKind::Null),
                ("list", ValueKind::Array)
            ]
        );
    }

    #[test]
    fn strings_borrow_unless_escaped_and_pair_surrogates() {
        assert!(matches!(
            string(r#""plain é""#),
            Ok(Cow::Borrowed("plain é"))
        ));
        assert_eq!(string(r#""a\"b\\c\/d\ne\u0041""#).unwrap(), "a\"b\\c/d\neA");
        assert_eq!(string(r#""\ud83e\udd16 robot""#).unwrap(), "🤖 robot");
        assert_eq!(string(r#""\ud83e x""#).unwrap(), "\u{FFFD} x");
        assert_eq!(string("\"🤖 direct\"").unwrap(), "🤖 direct");
        assert_eq!(string(r#""«\u00a0é\u00a0»""#).unwrap(), "«\u{a0}é\u{a0}»");
    }

    #[test]
    fn numbers_are_read_as_written() {
        assert_eq!(number("-1.7"), Ok(-1.7));
        assert_eq!(number("1e9"), Ok(1e9));
        assert_eq!(number("30000"), Ok(30000.0));
        assert_eq!(number("2.5E-1"), Ok(0.25));
        for bad in ["-", "1e", "1e+", ".5", "1.2.3", "1e999"] {
            assert!(number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_text_is_refused_with_where() {
        for bad in [
            "",
            "[",
            "[1,]",
            "{\"a\" 1}",
            "\"open",
            "tru",
            "[1] 2",
            "{1:2}",
            "\"\\x\"",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
        assert_eq!(
            check("[1, ?]").unwrap_err().to_string(),
            "expected a value at byte 4"
        );
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(check(&deep).is_err(), "too deep");
    }
}
