//! Diagnostics about the user's program or book, kept apart from internal bugs.
//!
//! Positions are 1-based lines and columns (columns count characters) in the
//! coordinates of whatever text the diagnostic was raised against: the
//! snippet source while analysing, the chapter file once [`Diagnostic::relocate`]
//! has mapped it back.

use std::fmt;

/// A region of source text: 1-based line and column of its start and end.
/// Every statement of the IR carries one, so positions are 32 bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    pub fn new(
        line: impl TryInto<u32>,
        col: impl TryInto<u32>,
        end_line: impl TryInto<u32>,
        end_col: impl TryInto<u32>,
    ) -> Span {
        Span {
            line: narrow(line),
            col: narrow(col),
            end_line: narrow(end_line),
            end_col: narrow(end_col),
        }
    }

    /// A span covering a single position.
    pub fn point(line: impl TryInto<u32>, col: impl TryInto<u32>) -> Span {
        let (line, col) = (narrow(line), narrow(col));
        Span::new(line, col, line, col)
    }

    /// The first line, for indexing the source's lines.
    pub fn first_line(&self) -> usize {
        self.line as usize
    }

    /// The last line, for indexing the source's lines.
    pub fn last_line(&self) -> usize {
        self.end_line as usize
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        let (line, col) = (self.line, self.col).min((other.line, other.col));
        let (end_line, end_col) = (self.end_line, self.end_col).max((other.end_line, other.end_col));
        Span {
            line,
            col,
            end_line,
            end_col,
        }
    }
}

/// A line or column as a span holds it: no text has four billion lines or
/// columns, so a position past that is pinned rather than wrapped.
fn narrow(position: impl TryInto<u32>) -> u32 {
    position.try_into().unwrap_or(u32::MAX)
}

/// What went wrong, which decides exit codes and wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagKind {
    /// The snippet is not valid Rust syntax.
    Parse,
    /// rustc would reject the program (ownership, types, names...).
    Rejected,
    /// Valid Rust the model does not handle; never guessed at.
    Unsupported,
    /// The program exceeded a step, depth or memory budget.
    Budget,
    /// Problems with the book itself: configuration, block attributes.
    Book,
}

/// A secondary message attached to a span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A `help:` that proposes edits, shown by rustc as the source line with the
/// edits applied. Each edit puts its text in place of its span (an insertion
/// when the span is empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub message: String,
    pub edits: Vec<(Span, String)>,
}

/// An error or warning about user input, with a primary position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: DiagKind,
    /// rustc's error code, like `E0382`, where rustc has one; for an error
    /// from a deny-by-default lint, the lint's name.
    pub code: Option<&'static str>,
    pub message: String,
    pub span: Span,
    /// Text under the primary caret (may be empty).
    pub primary_label: String,
    pub labels: Vec<Label>,
    /// `note: ...` and `help: ...` lines, written with their prefix.
    pub notes: Vec<String>,
    /// Proposed edits, each under its own `help:` after the notes.
    pub suggestions: Vec<Suggestion>,
}

impl Diagnostic {
    pub fn new(kind: DiagKind, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            kind,
            code: None,
            message: message.into(),
            span,
            primary_label: String::new(),
            labels: Vec::new(),
            notes: Vec::new(),
            suggestions: Vec::new(),
        }
    }

    pub fn unsupported(what: impl fmt::Display, span: Span) -> Diagnostic {
        Diagnostic::new(DiagKind::Unsupported, format!("unsupported: {what}"), span)
    }

    pub fn rejected(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            code: Some(code),
            ..Diagnostic::new(DiagKind::Rejected, message, span)
        }
    }

    /// An error from one of rustc's deny-by-default lints: no error code in
    /// the headline, the lint named in `code` and in rustc's note.
    pub fn denied_lint(lint: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::rejected(lint, message, span).with_note(format!("note: `#[deny({lint})]` on by default"))
    }

    pub fn with_primary_label(mut self, text: impl Into<String>) -> Diagnostic {
        self.primary_label = text.into();
        self
    }

    pub fn with_label(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: text.into(),
        });
        self
    }

    pub fn with_note(mut self, text: impl Into<String>) -> Diagnostic {
        self.notes.push(text.into());
        self
    }

    /// A `help:` proposing `edits`; with no edits, only its message is shown.
    pub fn with_suggestion(mut self, message: impl Into<String>, edits: Vec<(Span, String)>) -> Diagnostic {
        self.suggestions.push(Suggestion {
            message: message.into(),
            edits,
        });
        self
    }

    /// Rewrites every position with `map`, e.g. from snippet to chapter coordinates.
    pub fn relocate(mut self, map: impl Fn(Span) -> Span) -> Diagnostic {
        self.span = map(self.span);
        for label in &mut self.labels {
            label.span = map(label.span);
        }
        for (span, _) in self.suggestions.iter_mut().flat_map(|s| &mut s.edits) {
            *span = map(*span);
        }
        self
    }

    /// The first line as rustc writes it: `error[E0382]: borrow of moved value: `s``.
    pub fn headline(&self) -> String {
        match (self.kind, self.code) {
            (DiagKind::Unsupported, _) => self.message.clone(),
            (_, Some(code)) if code.starts_with('E') => format!("error[{code}]: {}", self.message),
            (_, _) => format!("error: {}", self.message),
        }
    }

    /// The diagnostic in rustc's text form, with source excerpts from `source`.
    /// `file` names the source in the `-->` line.
    pub fn render(&self, file: &str, source: &str) -> String {
        crate::diag_render::render(self, file, source)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}:{}", self.headline(), self.span.line, self.span.col)
    }
}

impl std::error::Error for Diagnostic {}
