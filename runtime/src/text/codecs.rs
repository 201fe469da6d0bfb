//! `str.encode` / `bytes.decode`: the `utf-8`, `ascii` and `latin-1`
//! codecs with CPython's error handlers (`strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace` for encoding) and CPython 3.11's
//! exact error messages.
//!
//! Encoding names are normalised as CPython's `encodings.normalize_encoding`
//! does (case-insensitive, `_`/space/`-` equivalent), so `"UTF8"`,
//! `"utf_8"` and `"Latin-1"` all work. An unknown encoding is a
//! `LookupError`; an unknown error handler is one too, but (as in CPython)
//! only when an error actually has to be handled.

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec for an encoding name (`None`: `LookupError: unknown encoding: NAME`).
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '_' | ' ' => '-',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Some(match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Codec::Latin1,
            _ => return None,
        })
    }

    /// The name CPython uses in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Largest code point the codec encodes (exclusive bound for the message).
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Why encoding or decoding failed; the interpreter maps each to its class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// `LookupError` (unknown encoding or error handler).
    Lookup(String),
    /// `UnicodeEncodeError(codec, str, start, end, reason)`; positions in chars.
    Encode(UnicodeFault),
    /// `UnicodeDecodeError(codec, bytes, start, end, reason)`.
    Decode(UnicodeFault),
    /// `TypeError` (an encode-only handler used for decoding).
    Type(String),
}

/// The fields of a `UnicodeEncodeError`/`UnicodeDecodeError` (the object
/// is the one encoded/decoded, known to the caller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnicodeFault {
    pub codec: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: String,
}

impl CodecError {
    /// The `str()` of the exception CPython raises (`obj` is the text
    /// encoded, as chars, or the bytes decoded).
    pub fn message(&self, encoded: &str, decoded: &[u8]) -> String {
        match self {
            CodecError::Lookup(m) | CodecError::Type(m) => m.clone(),
            CodecError::Encode(f) => {
                let what = match encoded.chars().nth(f.start) {
                    Some(c) if f.end == f.start + 1 => {
                        format!("character {} in position {}", escaped_char(c), f.start)
                    }
                    _ => format!("characters in position {}-{}", f.start, f.end - 1),
                };
                format!("'{}' codec can't encode {what}: {}", f.codec, f.reason)
            }
            CodecError::Decode(f) => match decoded.get(f.start) {
                Some(b) if f.end == f.start + 1 => format!(
                    "'{}' codec can't decode byte 0x{b:02x} in position {}: {}",
                    f.codec, f.start, f.reason
                ),
                _ => format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    f.codec,
                    f.start,
                    f.end.saturating_sub(1),
                    f.reason
                ),
            },
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(name: &str) -> Result<Handler, CodecError> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(CodecError::Lookup(format!(
                "unknown error handler name '{name}'"
            )))
        }
    })
}

/// `'\xe9'`, `'\u20ac'`, `'\U0001f600'`: how CPython names a character in
/// an encode error.
fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x1_0000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn backslash_escape(out: &mut Vec<u8>, c: char) {
    let n = c as u32;
    let s = if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x1_0000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> Result<Vec<u8>, CodecError> {
    let codec = Codec::lookup(encoding)
        .ok_or_else(|| CodecError::Lookup(format!("unknown encoding: {encoding}")))?;
    if codec == Codec::Utf8 {
        // A Rust string holds no lone surrogates: always encodable.
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters starting here.
        let mut end = i + 1;
        while end < chars.len() && (chars[end] as u32) >= limit {
            end += 1;
        }
        match handler(errors)? {
            Handler::Strict => {
                return Err(CodecError::Encode(UnicodeFault {
                    codec: codec.name(),
                    start: i,
                    end,
                    reason: format!("ordinal not in range({limit})"),
                }));
            }
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + (end - i), b'?'),
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    backslash_escape(&mut out, c);
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

fn decode_error(codec: Codec, start: usize, end: usize, reason: &str) -> CodecError {
    CodecError::Decode(UnicodeFault {
        codec: codec.name(),
        start,
        end,
        reason: reason.to_string(),
    })
}

/// Applies a non-strict handler to the undecodable bytes `bad`.
fn handle_bad(h: Handler, out: &mut String, bad: &[u8]) -> Result<(), CodecError> {
    match h {
        Handler::Strict => {}
        Handler::Ignore => {}
        Handler::Replace => out.push('\u{fffd}'),
        Handler::BackslashReplace => {
            for b in bad {
                out.push_str(&format!("\\x{b:02x}"));
            }
        }
        Handler::XmlCharRefReplace => {
            return Err(CodecError::Type(
                "don't know how to handle UnicodeDecodeError in error callback".into(),
            ))
        }
    }
    Ok(())
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> Result<String, CodecError> {
    let codec = Codec::lookup(encoding)
        .ok_or_else(|| CodecError::Lookup(format!("unknown encoding: {encoding}")))?;
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                    continue;
                }
                let h = handler(errors)?;
                if h == Handler::Strict {
                    return Err(decode_error(codec, i, i + 1, "ordinal not in range(128)"));
                }
                handle_bad(h, &mut out, &b[i..i + 1])?;
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(b, errors),
    }
}

fn decode_utf8(b: &[u8], errors: &str) -> Result<String, CodecError> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let start = good;
                let (len, reason) = match e.error_len() {
                    None => (rest.len() - start, "unexpected end of data"),
                    Some(n) => {
                        let first = rest.get(start).copied().unwrap_or(0);
                        let invalid_start = matches!(first, 0x80..=0xc1 | 0xf5..=0xff);
                        let reason = if invalid_start {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (n, reason)
                    }
                };
                let h = handler(errors)?;
                if h == Handler::Strict {
                    return Err(decode_error(
                        Codec::Utf8,
                        offset + start,
                        offset + start + len,
                        reason,
                    ));
                }
                handle_bad(h, &mut out, &rest[start..start + len])?;
                rest = &rest[start + len..];
                offset += start + len;
            }
        }
    }
}
