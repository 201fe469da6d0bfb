//! Diagnostics as data, rendered with ariadne only at the edge.
//!
//! Every compile-time problem (lexing, parsing, unsupported constructs,
//! scope errors found while lowering) is a [`Diagnostic`] with a primary
//! byte span. [`Diagnostic::render`] turns it into the text a person reads:
//! `error: message`, then `file:line:col` and the underlined source.

use crate::span::{LineIndex, Span};
use ariadne::{Config, Label, Report, ReportKind, Source};

/// What kind of problem a diagnostic reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// The source is not valid Python (CPython would raise `SyntaxError`).
    Syntax,
    /// Valid Python that pycps does not support yet.
    Unsupported,
}

/// One compile-time error with a primary span and optional extra labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub message: String,
    pub span: Span,
    /// Text shown under the primary span (defaults to the message).
    pub label: Option<String>,
    /// Secondary spans with their labels.
    pub secondary: Vec<(Span, String)>,
    /// A closing `help:`/`note:` line.
    pub note: Option<String>,
}

impl Diagnostic {
    pub fn syntax(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            kind: DiagnosticKind::Syntax,
            message: message.into(),
            span,
            label: None,
            secondary: Vec::new(),
            note: None,
        }
    }

    /// "pycps does not support {what} yet".
    pub fn unsupported(span: Span, what: impl std::fmt::Display) -> Self {
        Diagnostic {
            kind: DiagnosticKind::Unsupported,
            message: format!("pycps does not support {what} yet"),
            span,
            label: Some("not supported".into()),
            secondary: Vec::new(),
            note: None,
        }
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_secondary(mut self, span: Span, label: impl Into<String>) -> Self {
        self.secondary.push((span, label.into()));
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Renders the diagnostic for a person: a headline naming the file, line
    /// and column, then the source with the span underlined.
    pub fn render(&self, filename: &str, source: &str, color: bool) -> String {
        let index = LineIndex::new(source);
        let (line, col) = index.line_col(source, self.span.start);
        let title = match self.kind {
            DiagnosticKind::Syntax => "SyntaxError",
            DiagnosticKind::Unsupported => "unsupported",
        };
        // ariadne 0.6 indexes by characters by default; convert byte spans.
        let to_chars = |s: Span| -> std::ops::Range<usize> {
            let a = byte_to_char(source, s.start as usize);
            let b = byte_to_char(source, s.end as usize).max(a);
            a..b
        };
        let primary = to_chars(self.span);
        let mut report = Report::build(ReportKind::Error, (filename, primary.clone()))
            .with_config(Config::default().with_color(color))
            .with_message(format!(
                "{title}: {} ({filename}:{line}:{col})",
                self.message
            ))
            .with_label(
                Label::new((filename, primary))
                    .with_message(self.label.clone().unwrap_or_else(|| self.message.clone())),
            );
        for (span, text) in &self.secondary {
            report = report.with_label(Label::new((filename, to_chars(*span))).with_message(text));
        }
        if let Some(note) = &self.note {
            report = report.with_note(note);
        }
        let mut out = Vec::new();
        let _ = report
            .finish()
            .write((filename, Source::from(source)), &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }
}

fn byte_to_char(source: &str, byte: usize) -> usize {
    let byte = byte.min(source.len());
    source.char_indices().take_while(|(i, _)| *i < byte).count()
}

/// Renders several diagnostics one after another.
pub fn render_all(diags: &[Diagnostic], filename: &str, source: &str, color: bool) -> String {
    diags
        .iter()
        .map(|d| d.render(filename, source, color))
        .collect::<Vec<_>>()
        .join("")
}
