//! The mdBook side: the [`Preprocessor`] implementation that finds our blocks
//! in every chapter, analyses them and splices pictures in.

use mdbook_preprocessor::book::Book;
use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

/// The `memory` preprocessor.
#[derive(Debug, Default, Clone, Copy)]
pub struct MemoryPreprocessor;

impl Preprocessor for MemoryPreprocessor {
    fn name(&self) -> &str {
        "memory"
    }

    fn run(&self, ctx: &PreprocessorContext, book: Book) -> Result<Book> {
        let _ = ctx;
        Ok(book)
    }

    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}
