//! From a block's code to a program: mdBook's hidden lines, snapshot markers,
//! and the `fn main` wrapping of bare snippets.

use crate::markdown::Dialect;

/// A snapshot marker found in the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// 1-based line in [`Snippet::source`] the snapshot is taken after.
    pub source_line: usize,
    /// 1-based line in the displayed listing.
    pub display_line: usize,
    /// The author's label, or `L1`, `L2`… in order.
    pub label: String,
}

/// One line of the listing shown to readers (hidden lines removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingLine {
    /// The code with the marker comment removed.
    pub text: String,
    /// The badge shown at the end of the line, if a marker is there.
    pub badge: Option<String>,
}

/// A block's code turned into a whole program, with maps back to the block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The program handed to the parser (wrapped in `fn main` if needed).
    pub source: String,
    /// For each source line (index = line - 1): the 0-based line in the block's
    /// code it came from, or `None` for lines added by wrapping.
    pub line_map: Vec<Option<usize>>,
    /// Columns added in front of each source line by wrapping (indentation).
    pub column_shift: Vec<usize>,
    pub markers: Vec<Marker>,
    pub listing: Vec<ListingLine>,
}

/// Prepares a block's code for parsing.
pub fn prepare(code: &str, dialect: Dialect) -> Snippet {
    let _ = dialect;
    Snippet {
        source: code.to_string(),
        line_map: (0..code.lines().count()).map(Some).collect(),
        column_shift: vec![0; code.lines().count()],
        markers: Vec::new(),
        listing: code
            .lines()
            .map(|l| ListingLine {
                text: l.to_string(),
                badge: None,
            })
            .collect(),
    }
}
