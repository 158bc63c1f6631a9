//! Finding the code blocks we own in a chapter, and splicing HTML after them.
//!
//! Blocks are found with pulldown-cmark using the same options as mdBook 0.5;
//! their code is reassembled from the parser's text events (slicing the source
//! would keep blockquote `>` markers and list indentation). Every byte outside
//! the blocks we own comes back unchanged.

use std::ops::Range;

/// How the block was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// ```` ```rust,memory ```` with `//@` markers.
    Memory,
    /// ```` ```aquascope,interpreter ```` with `` `[]` `` markers.
    Aquascope,
    /// ```` ```aquascope,permissions ```` (and other Aquascope modes we do not draw yet).
    AquascopeOther,
}

/// The parsed info string of a block we own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockAttrs {
    pub dialect: Dialect,
    /// rustdoc's `compile_fail`, or Aquascope's `shouldFail`.
    pub compile_fail: bool,
    /// `edition2015` … `edition2024`.
    pub edition: Option<crate::Edition>,
    /// Aquascope's `horizontal`.
    pub horizontal: bool,
    /// Aquascope's `hideCode`.
    pub hide_code: bool,
    /// The whole info string as written.
    pub info: String,
}

/// A block we own, located in the chapter source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedBlock {
    pub attrs: BlockAttrs,
    /// The code, reassembled from the parser's text events, `\n` line endings.
    pub code: String,
    /// Byte range of the whole fenced block (opening fence to closing fence line).
    pub range: Range<usize>,
    /// 1-based chapter line of the first code line.
    pub first_code_line: usize,
    /// Characters before the code on each line in the source (container prefix
    /// plus fence indentation), added to columns when mapping back.
    pub column_offset: usize,
    /// What each inserted line must start with to stay in the same container
    /// (`> ` inside a blockquote, spaces inside a list item).
    pub container_prefix: String,
}

/// Finds every fenced block whose info string marks it as ours.
pub fn find_blocks(source: &str) -> Vec<MarkedBlock> {
    let _ = source;
    Vec::new()
}

/// Parses an info string; `None` when the block is not ours.
pub fn parse_info(info: &str) -> Option<BlockAttrs> {
    let _ = info;
    None
}

/// Replaces each block's byte range with its replacement (which the caller
/// builds from the block and its HTML), leaving all other bytes identical.
/// `replacements` are sorted by range and do not overlap.
pub fn splice(source: &str, replacements: &[(Range<usize>, String)]) -> String {
    let mut out = String::with_capacity(source.len());
    let mut last = 0;
    for (range, text) in replacements {
        out.push_str(&source[last..range.start]);
        out.push_str(text);
        last = range.end;
    }
    out.push_str(&source[last..]);
    out
}
