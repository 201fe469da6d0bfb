//! Token kinds produced by the lexer.
//!
//! Keywords are separate from names; the lexer emits the soft keywords
//! `match`, `case` and `_` as plain [`Tok::Name`]s (the parser's pre-pass
//! turns a statement-level `match`/`case` into [`Kw::Match`]/[`Kw::Case`]).
//! String literals are already decoded (escapes
//! processed); f-strings are lexed into a structured [`RawFString`] whose
//! replacement fields carry their own token vectors with absolute spans.
//! [`Tok::FString`] only exists after the parser's f-string pre-pass.

use crate::ast::FStringPart;
use crate::span::Span;
use num_bigint::BigInt;
use std::fmt;

/// One token with its byte span in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: Tok,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int(BigInt),
    Float(f64),
    /// Imaginary literal; the value is the imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string as lexed: literal parts and fields with nested tokens.
    RawFString(Box<RawFString>),
    /// An f-string whose fields have been parsed (parser pre-pass).
    FString(Vec<FStringPart>),
    Kw(Kw),
    Op(Op),
    Newline,
    Indent,
    Dedent,
}

/// An f-string body as lexed.
#[derive(Clone, Debug, PartialEq)]
pub struct RawFString {
    pub parts: Vec<RawFPart>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RawFPart {
    Literal(String),
    Field(RawFField),
}

/// `{expr!c:spec}` as lexed.
#[derive(Clone, Debug, PartialEq)]
pub struct RawFField {
    /// Tokens of the expression (no NEWLINE/INDENT tokens).
    pub tokens: Vec<Token>,
    /// Span of the expression text (between `{` and `=`/`!`/`:`/`}`).
    pub expr_span: Span,
    pub conversion: Option<char>,
    pub spec: Option<Vec<RawFPart>>,
    pub debug_text: Option<String>,
    /// Span from `{` to `}` inclusive.
    pub span: Span,
}

macro_rules! keywords {
    ($($v:ident = $s:literal),* $(,)? ; soft: $($sv:ident = $ss:literal),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Kw { $($v,)* $($sv),* }
        impl Kw {
            /// The hard keyword spelled `s` (soft keywords are never
            /// returned: the lexer makes them names).
            pub fn from_word(s: &str) -> Option<Kw> {
                match s { $($s => Some(Kw::$v),)* _ => None }
            }
            pub fn as_str(self) -> &'static str {
                match self { $(Kw::$v => $s,)* $(Kw::$sv => $ss),* }
            }
        }
    };
}

keywords! {
    False = "False", None = "None", True = "True", And = "and", As = "as",
    Assert = "assert", Async = "async", Await = "await", Break = "break",
    Class = "class", Continue = "continue", Def = "def", Del = "del",
    Elif = "elif", Else = "else", Except = "except", Finally = "finally",
    For = "for", From = "from", Global = "global", If = "if", Import = "import",
    In = "in", Is = "is", Lambda = "lambda", Nonlocal = "nonlocal", Not = "not",
    Or = "or", Pass = "pass", Raise = "raise", Return = "return", Try = "try",
    While = "while", With = "with", Yield = "yield";
    // Soft keywords: only the parser's pre-pass produces these, for a
    // `match` that starts a match statement and the `case`s of its block.
    soft: Match = "match", Case = "case",
}

macro_rules! operators {
    ($($v:ident = $s:literal),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op { $($v),* }
        impl Op {
            pub fn as_str(self) -> &'static str {
                match self { $(Op::$v => $s),* }
            }
            /// All operators, longest spelling first (for maximal munch).
            pub const ALL: &'static [Op] = &[$(Op::$v),*];
        }
    };
}

// Ordered longest first so the lexer can take the first match.
operators! {
    Ellipsis = "...", DoubleStarEq = "**=", FloorDivEq = "//=", LShiftEq = "<<=",
    RShiftEq = ">>=", Arrow = "->", Walrus = ":=", PlusEq = "+=", MinusEq = "-=",
    StarEq = "*=", SlashEq = "/=", PercentEq = "%=", AtEq = "@=", AmpEq = "&=",
    PipeEq = "|=", CaretEq = "^=", DoubleStar = "**", FloorDiv = "//",
    LShift = "<<", RShift = ">>", LtE = "<=", GtE = ">=", EqEq = "==", NotEq = "!=",
    LParen = "(", RParen = ")", LBracket = "[", RBracket = "]", LBrace = "{",
    RBrace = "}", Comma = ",", Colon = ":", Semi = ";", Dot = ".", Eq = "=",
    Plus = "+", Minus = "-", Star = "*", Slash = "/", Percent = "%", At = "@",
    Amp = "&", Pipe = "|", Caret = "^", Tilde = "~", Lt = "<", Gt = ">",
    Bang = "!",
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Name(n) => write!(f, "name '{n}'"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => write!(f, "number"),
            Tok::Str(_) | Tok::Bytes(_) => write!(f, "string"),
            Tok::RawFString(_) | Tok::FString(_) => write!(f, "f-string"),
            Tok::Kw(k) => write!(f, "'{}'", k.as_str()),
            Tok::Op(o) => write!(f, "'{}'", o.as_str()),
            Tok::Newline => write!(f, "newline"),
            Tok::Indent => write!(f, "indent"),
            Tok::Dedent => write!(f, "dedent"),
        }
    }
}
