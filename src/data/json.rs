//! A small JSON reader for events handed in by a host page. The browser turns the host's array
//! into one JSON string (`JSON.stringify`, native and fast); this reads it in one pass. Reading
//! the same objects field by field across the JS boundary cost a quarter of a second for 10,000
//! events; a general JSON crate would add tens of kilobytes to the wasm. Strings and keys borrow
//! the text unless they hold escapes: at 10,000 events, one allocation per key and string was
//! most of the reading time.

use std::borrow::Cow;
use std::fmt;

/// A JSON value. Objects keep their keys in order, as written.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Value<'a>>),
    /// An object.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'a> Value<'a> {
    /// The value of `key`, when this is an object that has it (and it is not `null`).
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v)
                .filter(|v| **v != Value::Null),
            _ => None,
        }
    }
}

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

/// Deepest nesting accepted, so that hostile input cannot exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Reads one JSON value, with nothing but white space after it.
pub fn parse(text: &str) -> Result<Value<'_>, JsonError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        fields: Vec::new(),
        items: Vec::new(),
    };
    let value = reader.value(0)?;
    reader.space();
    if reader.at != reader.bytes.len() {
        return Err(reader.error("the end of the text"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    /// The fields of the objects being read, innermost last. Each object takes its own from
    /// the end once complete, in one allocation of the right size: growing a vector per
    /// object, field by field, was half of the reading time in the browser.
    fields: Vec<(Cow<'a, str>, Value<'a>)>,
    /// The same for the items of the arrays being read.
    items: Vec<Value<'a>>,
}

impl<'a> Reader<'a> {
    fn error(&self, expected: &'static str) -> JsonError {
        JsonError {
            at: self.at,
            expected,
        }
    }

    fn space(&mut self) {
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b" \t\r\n".contains(b))
        {
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

    fn word(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value<'a>, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("less nesting"));
        }
        self.space();
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, JsonError> {
        self.at += 1;
        let start = self.fields.len();
        if self.eat(b'}') {
            return Ok(Value::Object(Vec::new()));
        }
        loop {
            self.space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error("a key"));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(self.error("':'"));
            }
            let value = self.value(depth + 1)?;
            self.fields.push((key, value));
            if self.eat(b'}') {
                return Ok(Value::Object(self.fields.drain(start..).collect()));
            }
            if !self.eat(b',') {
                return Err(self.error("',' or '}'"));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value<'a>, JsonError> {
        self.at += 1;
        let start = self.items.len();
        if self.eat(b']') {
            return Ok(Value::Array(Vec::new()));
        }
        loop {
            let item = self.value(depth + 1)?;
            self.items.push(item);
            if self.eat(b']') {
                return Ok(Value::Array(self.items.drain(start..).collect()));
            }
            if !self.eat(b',') {
                return Err(self.error("',' or ']'"));
            }
        }
    }

    /// A number, read digit by digit. Not correctly rounded in the last bit for long
    /// mantissas, which no event needs; the standard parser would add 10 kB to the wasm.
    fn number(&mut self) -> Result<Value<'a>, JsonError> {
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
            (true, true) => Ok(Value::Number(-value)),
            (true, false) => Ok(Value::Number(value)),
            (false, _) => Err(bad),
        }
    }

    /// A string, borrowed from the text when it has no escape.
    fn string(&mut self) -> Result<Cow<'a, str>, JsonError> {
        self.at += 1;
        let mut out: Option<String> = None;
        loop {
            let start = self.at;
            while self
                .bytes
                .get(self.at)
                .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
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

    #[test]
    fn reads_what_json_stringify_writes() {
        let value = parse(r#"[{"id":"a-1","n":-1.5e2,"ok":true,"no":null,"list":["x","y"],"t":{"fr":"«\u00a0é\u00a0»"}}]"#).unwrap();
        let Value::Array(items) = &value else {
            panic!("{value:?}")
        };
        let event = &items[0];
        assert_eq!(event.get("id"), Some(&Value::String("a-1".into())));
        assert_eq!(event.get("n"), Some(&Value::Number(-150.0)));
        assert_eq!(event.get("ok"), Some(&Value::Bool(true)));
        assert_eq!(event.get("no"), None);
        assert_eq!(
            event.get("t").and_then(|t| t.get("fr")),
            Some(&Value::String("«\u{a0}é\u{a0}»".into()))
        );
    }

    #[test]
    fn escapes_and_surrogate_pairs() {
        assert_eq!(
            parse(r#""a\"b\\c\/d\ne\u0041""#).unwrap(),
            Value::String("a\"b\\c/d\neA".into())
        );
        assert_eq!(
            parse(r#""\ud83e\udd16 robot""#).unwrap(),
            Value::String("🤖 robot".into())
        );
        assert_eq!(
            parse(r#""\ud83e x""#).unwrap(),
            Value::String("\u{FFFD} x".into())
        );
        assert_eq!(
            parse("\"🤖 direct\"").unwrap(),
            Value::String("🤖 direct".into())
        );
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
            "1e999",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse("[1, ?]").unwrap_err().to_string(),
            "expected a value at byte 4"
        );
        assert_eq!(parse("-1.7").unwrap(), Value::Number(-1.7));
        assert_eq!(parse("1e9").unwrap(), Value::Number(1e9));
        assert_eq!(parse("30000").unwrap(), Value::Number(30000.0));
        assert_eq!(parse("2.5E-1").unwrap(), Value::Number(0.25));
        for bad in ["-", "1e", "1e+", ".5", "1.2.3"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep).is_err(), "too deep");
    }
}
