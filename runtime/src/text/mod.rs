//! Pure, heap-independent text and number helpers for the runtime.
//!
//! Everything here operates on plain Rust values (`&str`, `f64`, `i64`,
//! [`BigInt`](num_bigint::BigInt)) and reproduces CPython 3.11 behaviour
//! byte for byte: `repr()` of floats/strs/bytes, `int()`/`float()` parsing,
//! the format-spec mini-language, `%`-formatting, `str.format` template
//! parsing, `str` and `bytes` methods, the `utf-8`/`ascii`/`latin-1`
//! codecs, slice index adjustment and Python integer/float arithmetic edge
//! cases.
//!
//! Invariants:
//! * No function panics on any input (inputs are controlled by the Python
//!   program). Failures are reported as [`TextError`], carrying the Python
//!   exception class ([`ErrorKind`]) and CPython's exact message.
//! * Widths/precisions are capped ([`MAX_WIDTH`]) so that a hostile format
//!   string cannot trigger huge allocations.
//! * Strings are indexed by `char` (code point) wherever Python indexes them.
//! * Unicode character properties follow CPython 3.11's Unicode 14.0 tables
//!   (generated into `unicode_tables*.rs` by `testdata/gen_unicode_tables.py`);
//!   case *mappings* (upper/lower) use Rust's std tables, which may be a newer
//!   Unicode version.

mod bytes_ops;
mod codecs;
mod float_fmt;
mod float_hex;
mod format_spec;
mod int_ops;
mod parse;
mod percent;
mod repr;
mod slice;
mod str_case;
mod str_format;
mod str_methods;
mod unicode;
mod unicode_tables;
mod unicode_tables2;

#[cfg(test)]
mod tests;

pub use bytes_ops::{
    bytes_case, bytes_fromhex, bytes_hex, bytes_is, bytes_split_ws, bytes_splitlines,
    bytes_strip_ws, from_latin1, is_byte_space, latin1,
};
pub use codecs::{decode, encode, Codec, CodecError, UnicodeFault};
pub use float_fmt::{
    float_repr, float_round, float_round_to_int, float_str, format_float_raw, FloatFmt,
};
pub use float_hex::{float_as_integer_ratio, float_fromhex, float_hex};
pub use format_spec::{
    format_float, format_int, format_int_typed, format_str, parse_format_spec, Align, FormatSpec,
    Grouping,
};
pub use int_ops::{
    float_divmod, float_floordiv, float_mod, float_pow, float_to_int, i64_floordiv, i64_mod,
    i64_pow, i64_true_div, int_divmod, int_floordiv, int_mod, int_pow, int_pow_mod, int_to_float,
    int_to_str, int_true_div, limit_error as int_digits_error, PowResult, INT_MAX_STR_DIGITS,
};
pub use parse::{parse_float, parse_int};
pub use percent::{percent_format, FmtArg, MappingLookup};
pub use repr::{ascii_escape, ascii_repr, bytes_repr, str_repr};
pub use slice::{normalize_index, slice_indices, SliceIndices};
pub use str_case::{str_capitalize, str_casefold, str_lower, str_swapcase, str_title, str_upper};
pub use str_format::{
    check_conversion, parse_format_template, str_format, Accessor, FieldArg, FormatArgs,
    FormatField, FormatPiece,
};
pub use str_methods::{
    str_center, str_count, str_endswith, str_expandtabs, str_find, str_ljust, str_lstrip,
    str_partition, str_removeprefix, str_removesuffix, str_replace, str_rfind, str_rjust,
    str_rpartition, str_rsplit, str_rstrip, str_split, str_splitlines, str_startswith, str_strip,
    str_zfill, MAX_RESULT_CHARS,
};
pub(crate) use unicode::in_table;
pub use unicode::{
    char_decimal_value, is_printable_char, is_py_space, str_isalnum, str_isalpha, str_isascii,
    str_isdecimal, str_isdigit, str_isidentifier, str_islower, str_isnumeric, str_isprintable,
    str_isspace, str_istitle, str_isupper,
};

use std::fmt;

/// Largest width or precision accepted by the formatting functions.
/// CPython would attempt the allocation; we refuse with CPython's
/// "Too many decimal digits in format string" message instead.
pub const MAX_WIDTH: usize = 10_000_000;

/// The Python exception class a [`TextError`] maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
    /// For `KeyError` the message is the missing key itself (the interpreter
    /// builds `KeyError(key)`, whose `str()` is the key's repr).
    KeyError,
    MemoryError,
}

impl ErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::KeyError => "KeyError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception to raise: class plus CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextError {
    pub kind: ErrorKind,
    pub message: String,
}

impl TextError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        TextError {
            kind,
            message: message.into(),
        }
    }
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
    pub fn zero_div(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ZeroDivisionError, message)
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for TextError {}

impl From<TextError> for String {
    fn from(e: TextError) -> String {
        e.message
    }
}

/// Append `n` copies of `c` (std's `repeat_n` needs a newer MSRV).
pub(crate) fn push_repeat(out: &mut String, c: char, n: usize) {
    out.reserve(n * c.len_utf8());
    for _ in 0..n {
        out.push(c);
    }
}

/// Result alias used throughout this module.
pub type TextResult<T> = Result<T, TextError>;
