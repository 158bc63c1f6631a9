//! The only module that touches `syn`: parses a program and lowers it to the IR.
//!
//! Lowering resolves names, infers the subset's types, decides copy versus
//! move, makes temporaries and drops explicit, and places snapshot markers.
//! Anything outside the subset is reported as `unsupported` with its span.

mod format;
mod infer;
mod lower;
mod modules;
mod spans;

use crate::Edition;
use crate::diag::{DiagKind, Diagnostic, Span};
use crate::ir::Program;
use crate::snippet::Marker;
use quote::ToTokens;

pub mod types;
pub use format::{ArgRef, RawPiece, parse as parse_format};

/// Parses `source` and lowers its `fn main` to the IR, with a snapshot
/// statement after each marker's line, under the default edition.
pub fn lower_program(source: &str, markers: &[Marker]) -> Result<Program, Diagnostic> {
    lower_program_in(source, markers, Edition::default())
}

/// [`lower_program`] under the rules of `edition` (drop scopes of
/// temporaries, what closures capture).
pub fn lower_program_in(source: &str, markers: &[Marker], edition: Edition) -> Result<Program, Diagnostic> {
    releasing_spans(|| {
        let file = syn::parse_file(source).map_err(|err| parse_error(&err))?;
        if edition >= Edition::E2024 {
            check_reserved_words(file.to_token_stream())?;
        }
        let file = modules::flatten(file, edition)?;
        lower::lower_file(&file, markers, edition)
    })
}

/// Runs `parse_and_use`, then drops the source texts proc-macro2 keeps for
/// its spans. It keeps every text parsed on the thread otherwise, so a long
/// build's memory, and the cost of each span lookup, would grow with every
/// block. No `syn` value outlives the call that parsed it, which is what
/// makes this sound: a span of a dropped text can no longer be asked for.
pub(crate) fn releasing_spans<T>(parse_and_use: impl FnOnce() -> T) -> T {
    let result = parse_and_use();
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

/// Edition 2024 reserves `gen`; a program using it as a name does not
/// compile there, which the model does not reproduce.
fn check_reserved_words(tokens: proc_macro2::TokenStream) -> Result<(), Diagnostic> {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) if ident == "gen" => {
                return Err(Diagnostic::unsupported(
                    "`gen` as a name in edition 2024, where it is reserved",
                    span_of(ident.span()),
                ));
            }
            proc_macro2::TokenTree::Group(group) => check_reserved_words(group.stream())?,
            _ => {}
        }
    }
    Ok(())
}

fn parse_error(err: &syn::Error) -> Diagnostic {
    Diagnostic::new(DiagKind::Parse, err.to_string(), span_of(err.span()))
}

/// Converts a proc-macro2 span (1-based lines, 0-based char columns) into ours
/// (1-based columns, end exclusive).
pub(crate) fn span_of(span: proc_macro2::Span) -> Span {
    span_between(span, span)
}

/// From the start of `first` to the end of `last`.
pub(crate) fn span_between(first: proc_macro2::Span, last: proc_macro2::Span) -> Span {
    let (start, end) = (first.start(), last.end());
    Span::new(start.line, start.column + 1, end.line, end.column + 1)
}

/// Every program of the differential corpus that parses, for tests that
/// compare a shortcut with `syn` over real programs.
#[cfg(test)]
fn corpus_files() -> impl Iterator<Item = syn::File> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    ["run", "fail", "unsupported"]
        .into_iter()
        .flat_map(move |kind| std::fs::read_dir(dir.join(kind)).expect("corpus"))
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .filter_map(|path| syn::parse_file(&std::fs::read_to_string(&path).expect("program")).ok())
}
