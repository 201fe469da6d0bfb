//! Number literals: decimal/hex/octal/binary integers (with `_`), floats
//! (`1.`, `.5`, exponents) and imaginary literals (`j`).
//!
//! Invariant: on error a diagnostic is recorded and a `0` token is still
//! produced so parsing can continue.

use super::{is_id_continue, Lexer, Tok};
use num_bigint::BigInt;
use num_traits::Num;

impl Lexer<'_> {
    pub(super) fn number(&mut self) {
        let start = self.pos;
        let radix = match (self.peek(), self.peek_at(1).map(|c| c.to_ascii_lowercase())) {
            (Some('0'), Some('x')) => 16,
            (Some('0'), Some('o')) => 8,
            (Some('0'), Some('b')) => 2,
            _ => 10,
        };
        let kind = if radix != 10 {
            self.bump();
            self.bump();
            let digits_start = self.pos;
            self.digits(radix);
            let text: String = self.src[digits_start..self.pos]
                .chars()
                .filter(|&c| c != '_')
                .collect();
            let bad_underscore = self.src[digits_start..self.pos].ends_with('_')
                || self.src[digits_start..self.pos].contains("__");
            match BigInt::from_str_radix(&text, radix) {
                Ok(v) if !bad_underscore => Tok::Int(v),
                _ => {
                    let name = match radix {
                        16 => "hexadecimal",
                        8 => "octal",
                        _ => "binary",
                    };
                    self.error(
                        start,
                        self.pos.max(start + 1),
                        format!("invalid {name} literal"),
                    );
                    Tok::Int(BigInt::from(0))
                }
            }
        } else {
            self.decimal(start)
        };
        // A number directly followed by an identifier character is an error.
        if self.peek().is_some_and(is_id_continue) {
            let bad_start = self.pos;
            while self.peek().is_some_and(is_id_continue) {
                self.bump();
            }
            let word = &self.src[bad_start..self.pos];
            // `1if x else y` is accepted by CPython (with a warning).
            if !matches!(
                word,
                "if" | "else" | "and" | "or" | "in" | "is" | "not" | "for"
            ) {
                self.error(start, self.pos, "invalid decimal literal");
            } else {
                self.pos = bad_start;
            }
        }
        self.tokens.push(super::Token {
            kind,
            span: crate::span::Span::new(start, self.pos),
        });
    }

    fn digits(&mut self, radix: u32) {
        while let Some(c) = self.peek() {
            if c == '_' || c.is_digit(radix) {
                self.bump();
            } else {
                break;
            }
        }
    }

    fn decimal(&mut self, start: usize) -> Tok {
        self.digits(10);
        let int_part = self.src[start..self.pos].to_string();
        let mut is_float = false;
        let mut frac = String::new();
        let mut exp = String::new();
        if self.peek() == Some('.') {
            is_float = true;
            self.bump();
            let s = self.pos;
            self.digits(10);
            frac = self.src[s..self.pos].to_string();
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let sign = matches!(self.peek_at(1), Some('+' | '-'));
            let d = if sign {
                self.peek_at(2)
            } else {
                self.peek_at(1)
            };
            if d.is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                self.bump();
                let s = self.pos;
                if sign {
                    self.bump();
                }
                self.digits(10);
                exp = self.src[s..self.pos].to_string();
            }
        }
        let imag = matches!(self.peek(), Some('j' | 'J'));
        if imag {
            self.bump();
        }
        let bad = |s: &str| s.starts_with('_') || s.ends_with('_') || s.contains("__");
        if bad(&int_part) && !int_part.is_empty()
            || !frac.is_empty() && bad(&frac)
            || exp.trim_start_matches(['+', '-']).contains('_')
                && bad(exp.trim_start_matches(['+', '-']))
        {
            self.error(start, self.pos, "invalid decimal literal");
            return Tok::Int(BigInt::from(0));
        }
        let clean = |s: &str| s.chars().filter(|&c| c != '_').collect::<String>();
        if is_float || imag {
            let text = format!(
                "{}.{}e{}",
                if int_part.is_empty() {
                    "0".into()
                } else {
                    clean(&int_part)
                },
                if frac.is_empty() {
                    "0".into()
                } else {
                    clean(&frac)
                },
                if exp.is_empty() {
                    "0".into()
                } else {
                    clean(&exp)
                }
            );
            let v = text.parse::<f64>().unwrap_or(f64::NAN);
            return if imag { Tok::Imag(v) } else { Tok::Float(v) };
        }
        let digits = clean(&int_part);
        if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0') {
            self.error(
                start,
                self.pos,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            );
            return Tok::Int(BigInt::from(0));
        }
        match BigInt::from_str_radix(&digits, 10) {
            Ok(v) => Tok::Int(v),
            Err(_) => {
                self.error(start, self.pos.max(start + 1), "invalid decimal literal");
                Tok::Int(BigInt::from(0))
            }
        }
    }
}
