//! The frame lines of a traceback, drawn as CPython 3.11's
//! `traceback.StackSummary.format_frame_summary` draws them: the source
//! line, then (when the failing expression does not span the whole line) a
//! caret line under it, split into `~` and `^` for binary operations and
//! subscripts.
//!
//! Inputs: a [`TbEntry`]'s byte span (the executing instruction's span), the
//! IR's caret anchors (operand boundaries recorded by the lowering, by
//! expression span) and its inlined-comprehension regions, which become
//! frames of their own (`<listcomp>` ...) as CPython's comprehension
//! functions are.
//!
//! Invariants: offsets are byte offsets into the module source and are
//! clamped to it, so a stale or synthetic span yields no caret line rather
//! than a panic; columns are counted in characters and drawn in display
//! columns (East Asian wide characters count two, as CPython's
//! `_display_width`).

use super::wide_chars::WIDE;
use super::Interp;
use crate::object::TbEntry;
use pycps_ir::{CaretAnchor, FunctionKind, Span};

/// One printed frame of a traceback.
pub(crate) struct FrameLine {
    /// Function and comprehension depth: the key of "line repeated".
    pub key: (u32, usize, u32),
    pub name: String,
    pub line: u32,
    pub span: Span,
}

impl Interp {
    /// The printed frames of one traceback entry, outermost first: the
    /// function's own, then one per inlined comprehension the failing
    /// instruction is in.
    ///
    /// `lookup_failed`: the entry is where an `AttributeError` was raised;
    /// if it executes a fused method call, the lookup failed, which CPython
    /// reports at `obj.name` rather than at the whole call.
    pub(crate) fn tb_frames(&self, entry: &TbEntry, lookup_failed: bool) -> Vec<FrameLine> {
        let f = self.module.function(entry.func);
        let mut span = Span {
            start: entry.offset,
            end: entry.end.max(entry.offset),
        };
        if lookup_failed {
            if let Some((_, CaretAnchor::MethodCall { attr_end })) =
                self.module.anchors.iter().find(|(s, _)| *s == span)
            {
                span.end = (*attr_end).clamp(span.start, span.end);
            }
        }
        let name = match f.kind {
            FunctionKind::Module { .. } => "<module>".to_string(),
            _ => f.name.clone(),
        };
        let comps: Vec<_> = f
            .comprehensions
            .iter()
            .filter(|c| c.span.contains(span) && !c.first_iter.contains(span))
            .collect();
        let mut out = Vec::with_capacity(comps.len() + 1);
        let mut outer = (name, span);
        for (depth, c) in comps.iter().enumerate() {
            let (n, _) = std::mem::replace(&mut outer, (c.name.clone(), span));
            out.push(FrameLine {
                key: (entry.func.0, depth, self.line_of(c.span.start)),
                name: n,
                line: self.line_of(c.span.start),
                span: c.span,
            });
        }
        out.push(FrameLine {
            key: (entry.func.0, comps.len(), self.line_of(span.start)),
            name: outer.0,
            line: self.line_of(span.start),
            span,
        });
        out
    }

    /// The caret line under the source line of a frame executing `span`,
    /// without its newline, or `None` when CPython prints none.
    pub(crate) fn caret_line(&self, span: Span) -> Option<String> {
        let src = self.module.source.as_str();
        let line = self.line_of(span.start);
        let i = (line as usize).checked_sub(1)?;
        let ls = *self.line_starts.get(i)? as usize;
        let le = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(src.len());
        let raw = src.get(ls..le)?;
        let text = raw.trim_end_matches(['\n', '\r']);
        // CPython's `_original_line` always ends with a newline.
        let orig: Vec<char> = text.chars().chain(std::iter::once('\n')).collect();
        let stripped = text.trim();
        let stripped_len = stripped.chars().count();
        let stripped_chars = orig.len() - stripped_len;
        let (start, end) = (span.start as usize, span.end as usize);
        if start < ls || start > ls + text.len() || end < start {
            return None;
        }
        let start_off = char_offset(text, start - ls);
        let same_line = end <= ls + text.len();
        let (end_off, anchors) = if same_line {
            let end_off = char_offset(text, end - ls);
            let segment: String = orig.get(start_off..end_off)?.iter().collect();
            (end_off, self.anchors(span, &segment))
        } else {
            (text.trim_end().chars().count(), None)
        };
        let shows_split = anchors.is_some_and(|(l, r)| r > l);
        if end_off.saturating_sub(start_off) >= stripped_len && !shows_split {
            return None;
        }
        let dp_start = display_width(&orig, start_off) + 1;
        let dp_end = display_width(&orig, end_off) + 1;
        let mut out = String::from("    ");
        out.extend(std::iter::repeat_n(
            ' ',
            dp_start.saturating_sub(stripped_chars),
        ));
        match anchors {
            Some((l, r)) => {
                let seg = orig.get(start_off..end_off).unwrap_or_default();
                let (dl, dr) = (display_width(seg, l), display_width(seg, r));
                let total = dp_end.saturating_sub(dp_start);
                out.extend(std::iter::repeat_n('~', dl));
                out.extend(std::iter::repeat_n('^', dr.saturating_sub(dl)));
                out.extend(std::iter::repeat_n('~', total.saturating_sub(dr)));
            }
            None => out.extend(std::iter::repeat_n('^', dp_end.saturating_sub(dp_start))),
        }
        Some(out)
    }

    /// `_extract_caret_anchors_from_line_segment` for the expression at
    /// `span` whose text is `segment`: (left end, right start) in chars.
    fn anchors(&self, span: Span, segment: &str) -> Option<(usize, usize)> {
        let (_, anchor) = self.module.anchors.iter().find(|(s, _)| *s == span)?;
        let seg: Vec<char> = segment.chars().collect();
        let rel = |b: u32| char_offset(segment, (b.saturating_sub(span.start)) as usize);
        match *anchor {
            CaretAnchor::BinOp {
                left_end,
                right_start,
            } => {
                let (le, rs) = (rel(left_end), rel(right_start));
                let op: &[char] = seg.get(le..rs.max(le))?;
                let lead = op.iter().take_while(|c| c.is_whitespace()).count();
                let mut left = le + lead;
                let mut right = left + 1;
                if lead + 1 < op.len() && !op[lead + 1].is_whitespace() {
                    right += 1;
                }
                while left < seg.len()
                    && (seg[left].is_whitespace() || matches!(seg[left], ')' | '#'))
                {
                    left += 1;
                    right += 1;
                }
                Some((left, right))
            }
            CaretAnchor::Subscript {
                value_end,
                slice_end,
            } => {
                let mut left = rel(value_end);
                let mut right = rel(slice_end) + 1;
                while left < seg.len() && seg[left] != '[' {
                    left += 1;
                }
                while right < seg.len() && seg[right] != ']' {
                    right += 1;
                }
                if right < seg.len() {
                    right += 1;
                }
                Some((left, right))
            }
            CaretAnchor::MethodCall { .. } => None,
        }
    }
}

/// The character index of byte offset `b` in `s` (clamped).
fn char_offset(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    s.char_indices().take_while(|(i, _)| *i < b).count()
}

/// Display columns of the first `n` characters of `line`.
fn display_width(line: &[char], n: usize) -> usize {
    line.iter()
        .take(n)
        .map(|&c| if is_wide(c) { 2 } else { 1 })
        .sum()
}

fn is_wide(c: char) -> bool {
    c as u32 >= 0x1100 && crate::text::in_table(WIDE, c)
}
