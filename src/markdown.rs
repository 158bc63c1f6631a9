//! Finding the code blocks we own in a chapter, and splicing HTML after them.
//!
//! Blocks are found with pulldown-cmark using the same options as mdBook 0.5;
//! their code is reassembled from the parser's text events (slicing the source
//! would keep blockquote `>` markers and list indentation). Every byte outside
//! the blocks we own comes back unchanged.
//!
//! Output placement:
//! - a [`Dialect::Memory`] block stays byte-identical (mdBook keeps
//!   highlighting it, the playground and `mdbook test` keep working); one line
//!   of HTML is inserted after its closing fence, inside the same container;
//! - a [`Dialect::Layout`] block (```` ```memory-layout ````) is a request,
//!   not code the reader needs: it is replaced by the HTML line (the table
//!   or diagram already names every type it lists);
//! - an Aquascope block is ours to rewrite: its code comes back as a plain
//!   `rust` fence without Aquascope's markers (or not at all with `hideCode`),
//!   followed by the HTML line.
//!
//! See [`block_replacement`] for the one call the preprocessor needs.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// How the block was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// ```` ```rust,memory ```` with `//@` markers.
    Memory,
    /// ```` ```aquascope,interpreter ```` with `` `[]` `` markers.
    Aquascope,
    /// ```` ```aquascope,permissions ```` (and other Aquascope modes we do not draw yet).
    AquascopeOther,
    /// ```` ```memory-layout ````: size tables and byte-layout diagrams of type expressions.
    Layout,
}

/// The info-string language of a layout request. It is not `rust`, so
/// rustdoc and `mdbook test` leave the block alone.
pub const LAYOUT_LANGUAGE: &str = "memory-layout";

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
    /// The code, reassembled from the parser's text events, `\n` line endings;
    /// every line ends with one, even the last line of a fence left unclosed
    /// at the end of a document without a final line ending.
    pub code: String,
    /// Byte range of the whole fenced block as the parser reports it: from the
    /// first fence character of the opening fence to the end of the closing
    /// fence (line ending excluded). For a fence left unclosed, it runs to the
    /// end of the last code line (line ending included) or of the document.
    pub range: Range<usize>,
    /// 1-based chapter line of the first code line.
    pub first_code_line: usize,
    /// Characters before the code on each line in the source (container prefix
    /// plus fence indentation), added to columns when mapping back. Measured
    /// on the first non-blank code line; lines of one block normally agree.
    pub column_offset: usize,
    /// What each inserted line must start with to stay in the same container
    /// (`> ` inside a blockquote, spaces inside a list item). It also carries
    /// the opening fence's own indentation, which keeps a rewritten fence's
    /// code lines intact.
    pub container_prefix: String,
}

impl MarkedBlock {
    /// Maps a position in the block's code (0-based code line, 1-based column)
    /// to the chapter's 1-based line and column.
    pub fn chapter_position(&self, code_line: usize, col: usize) -> (usize, usize) {
        (self.first_code_line + code_line, col + self.column_offset)
    }
}

/// The options mdBook 0.5 parses chapters with (its defaults: smart
/// punctuation, definition lists and GFM admonitions on).
pub fn mdbook_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_GFM
}

/// A fenced block being collected from the event stream.
struct OpenBlock {
    attrs: BlockAttrs,
    start: usize,
    code: String,
    /// Source offset of the first text event, which starts the first code line.
    first_text_start: Option<usize>,
    /// Source offset where the first non-blank code line's text starts.
    first_nonblank_text_start: Option<usize>,
}

/// Finds every fenced block whose info string marks it as ours.
pub fn find_blocks(source: &str) -> Vec<MarkedBlock> {
    let mut blocks = Vec::new();
    let mut open: Option<OpenBlock> = None;
    for (event, range) in Parser::new_ext(source, mdbook_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                open = parse_info(&info).map(|attrs| OpenBlock {
                    attrs,
                    start: range.start,
                    code: String::new(),
                    first_text_start: None,
                    first_nonblank_text_start: None,
                });
            }
            Event::Text(text) => {
                if let Some(block) = open.as_mut() {
                    collect_text(block, &text, range.start);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(block) = open.take() {
                    blocks.push(finish_block(source, block, range.end));
                }
            }
            _ => {}
        }
    }
    blocks
}

/// A fenced Rust block of a chapter, ours or not: where the layout requests
/// after it find the types it defines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustBlock {
    /// Byte offset of the opening fence.
    pub start: usize,
    /// The code, `\n` line endings.
    pub code: String,
}

/// Every fenced block whose info string's first token is `rust` (`rust`,
/// `rust,memory`, `rust,ignore`, …), in chapter order. Indented code blocks
/// and fences without a language are not included: they are not marked as
/// Rust.
pub fn rust_blocks(source: &str) -> Vec<RustBlock> {
    let mut blocks = Vec::new();
    let mut open: Option<RustBlock> = None;
    for (event, range) in Parser::new_ext(source, mdbook_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let first = info.split(|c: char| c == ',' || c.is_whitespace()).next();
                open = (first == Some("rust")).then(|| RustBlock {
                    start: range.start,
                    code: String::new(),
                });
            }
            Event::Text(text) => {
                if let Some(block) = open.as_mut() {
                    block.code.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(mut block) = open.take() {
                    block.code = normalise_line_endings(&block.code);
                    blocks.push(block);
                }
            }
            _ => {}
        }
    }
    blocks
}

fn collect_text(block: &mut OpenBlock, text: &str, start: usize) {
    let starts_line = block.code.is_empty() || block.code.ends_with('\n');
    if block.first_text_start.is_none() {
        block.first_text_start = Some(start);
    }
    // Only the first line of a text event has a known source offset for its
    // start; later lines of the same event follow their line ending directly,
    // so nothing was stripped in front of them and their offset is irrelevant
    // for measuring the container prefix.
    if starts_line && block.first_nonblank_text_start.is_none() {
        let first_line = text.split('\n').next().unwrap_or("");
        if !first_line.trim().is_empty() {
            block.first_nonblank_text_start = Some(start);
        }
    }
    block.code.push_str(text);
}

fn finish_block(source: &str, block: OpenBlock, end: usize) -> MarkedBlock {
    let range = block.start..end;
    let container_prefix = container_prefix_at(source, block.start);
    let opening_line = line_number_at(source, block.start);
    let first_code_line = match block.first_text_start {
        Some(start) => line_number_at(source, start),
        None => opening_line + 1,
    };
    let column_offset = match block.first_nonblank_text_start {
        Some(start) => source[line_start(source, start)..start].chars().count(),
        None => container_prefix.chars().count(),
    };
    MarkedBlock {
        attrs: block.attrs,
        code: complete_last_line(normalise_line_endings(&block.code)),
        range,
        first_code_line,
        column_offset,
        container_prefix,
    }
}

/// Parses an info string; `None` when the block is not ours.
///
/// Tokens are separated by commas and whitespace. A block is ours when its
/// first token is `aquascope` (an Aquascope block whatever follows) or
/// `memory-layout` (a layout request), or when any token is `memory`. Aquascope flags may be written `key=value`; a value
/// of `false` turns a flag off. Unknown tokens (rustdoc's `ignore`,
/// `should_panic`, `no_run`, `editable`, Aquascope's `boundaries`,
/// `concreteTypes=true`, …) are accepted and ignored.
pub fn parse_info(info: &str) -> Option<BlockAttrs> {
    let tokens: Vec<&str> = info
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|token| !token.is_empty())
        .collect();
    let (dialect, flags) = match tokens.split_first() {
        Some((&"aquascope", rest)) => {
            let dialect = if rest.first() == Some(&"interpreter") {
                Dialect::Aquascope
            } else {
                Dialect::AquascopeOther
            };
            (dialect, rest)
        }
        Some((&LAYOUT_LANGUAGE, rest)) => (Dialect::Layout, rest),
        _ if tokens.contains(&"memory") => (Dialect::Memory, &tokens[..]),
        _ => return None,
    };
    let mut attrs = BlockAttrs {
        dialect,
        compile_fail: false,
        edition: None,
        horizontal: false,
        hide_code: false,
        info: info.to_string(),
    };
    for flag in flags {
        let (key, value) = flag.split_once('=').unwrap_or((flag, "true"));
        let enabled = value != "false";
        match key {
            "compile_fail" | "shouldFail" => attrs.compile_fail = enabled,
            "horizontal" => attrs.horizontal = enabled,
            "hideCode" => attrs.hide_code = enabled,
            _ => {
                if let Some(edition) = key.strip_prefix("edition").and_then(crate::Edition::from_year) {
                    attrs.edition = Some(edition);
                }
            }
        }
    }
    Some(attrs)
}

/// The replacement the preprocessor applies for a block: a
/// [`Dialect::Memory`] block is kept and `html_line` is inserted after it; a
/// [`Dialect::Layout`] block is replaced by `html_line`; an
/// Aquascope block is rewritten as a plain `rust` fence without Aquascope's
/// markers (see [`crate::snippet::aquascope_to_mdbook`]), or dropped with
/// `hideCode`, and followed by `html_line`.
///
/// Collect one per block (they come out sorted and disjoint when the blocks
/// come from [`find_blocks`]) and hand them to [`splice`].
pub fn block_replacement(source: &str, block: &MarkedBlock, html_line: &str) -> (Range<usize>, String) {
    match block.attrs.dialect {
        Dialect::Memory => replacement(source, block, None, html_line),
        Dialect::Layout => {
            let hidden = MarkedBlock {
                attrs: BlockAttrs {
                    hide_code: true,
                    ..block.attrs.clone()
                },
                ..block.clone()
            };
            replacement(source, &hidden, Some(""), html_line)
        }
        Dialect::Aquascope | Dialect::AquascopeOther => {
            let code = crate::snippet::aquascope_to_mdbook(&block.code);
            replacement(source, block, Some(&code), html_line)
        }
    }
}

/// The byte range to replace and its new text, for one block.
///
/// - `new_code` `None`: the block's bytes stay as they are and the result is
///   a pure insertion (an empty range) after the closing fence's line: a
///   closing fence when the block was left unclosed, then `html_line` and a
///   blank line, each line starting with the block's container prefix.
/// - `new_code` `Some(code)`: the block is replaced by a fence holding `code`
///   with the info string from [`rewritten_info`] (or, when the block asks
///   for `hideCode`, by nothing), followed by `html_line` the same way.
///
/// The blank line after the HTML ends the HTML block; it is left out where
/// nothing of the same container follows (end of the document, a blank line
/// already there, or the container ending), so tight lists stay tight.
/// Inserted lines use the line ending of the block's opening fence line.
pub fn replacement(
    source: &str,
    block: &MarkedBlock,
    new_code: Option<&str>,
    html_line: &str,
) -> (Range<usize>, String) {
    let eol = line_ending_style(source, block.range.start);
    let prefix = block.container_prefix.as_str();
    let closed = is_closed(source, block);
    // Where the line after the block starts (or the end of the document).
    let after_block = if closed {
        skip_rest_of_line(source, block.range.end)
    } else {
        block.range.end
    };
    let at_line_start = after_block == 0 || ends_with_line_ending(&source[..after_block]);
    let mut text = String::new();
    let start = match new_code {
        None => {
            if !at_line_start {
                text.push_str(eol);
            }
            if !closed {
                let fence = opening_fence(source, block.range.start);
                push_line(&mut text, prefix, &fence, eol);
            }
            push_line(&mut text, prefix, html_line, eol);
            after_block
        }
        Some(_) if block.attrs.hide_code => {
            // The container prefix of the first line is already in the
            // source before the block's start.
            text.push_str(html_line);
            text.push_str(eol);
            block.range.start
        }
        Some(code) => {
            let fence = fence_for(code);
            text.push_str(&fence);
            text.push_str(&rewritten_info(&block.attrs));
            text.push_str(eol);
            for line in code.lines() {
                push_line(&mut text, prefix, line, eol);
            }
            push_line(&mut text, prefix, &fence, eol);
            push_line(&mut text, prefix, html_line, eol);
            block.range.start
        }
    };
    if needs_blank_line(source, after_block, prefix) {
        push_line(&mut text, prefix.trim_end(), "", eol);
    }
    (start..after_block, text)
}

/// The info string of a rewritten Aquascope block: `rust`, with `ignore` when
/// the program is expected to be rejected (rustdoc would otherwise compile
/// it; Aquascope's `shouldFail` programs may also fail for reasons
/// `compile_fail` does not cover) and the edition when one was given.
pub fn rewritten_info(attrs: &BlockAttrs) -> String {
    let mut info = String::from("rust");
    if attrs.compile_fail {
        info.push_str(",ignore");
    }
    if let Some(edition) = attrs.edition {
        info.push_str(",edition");
        info.push_str(edition.year());
    }
    info
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

fn push_line(out: &mut String, prefix: &str, line: &str, eol: &str) {
    out.push_str(prefix);
    out.push_str(line);
    out.push_str(eol);
}

/// A backtick fence longer than any backtick run in `code`, so no code line
/// can close it.
fn fence_for(code: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    "`".repeat((longest + 1).max(3))
}

/// The opening fence's characters (``` ```` ``` or `~~~…`), which also close it.
fn opening_fence(source: &str, start: usize) -> String {
    let rest = &source[start..];
    let fence_char = rest.chars().next().unwrap_or('`');
    let length = rest.chars().take_while(|&c| c == fence_char).count();
    fence_char.to_string().repeat(length.max(3))
}

/// Whether the block ends with a closing fence (rather than being closed by
/// the end of its container or of the document). The parser's range holds
/// the opening line, the code lines and, when there is one, the closing
/// fence line without its line ending; so a closed block has exactly one more
/// line ending in its range than it has code lines.
/// The last line must also look like a closing fence: a blank code line
/// at the very end of a document gives the parser no text to report.
fn is_closed(source: &str, block: &MarkedBlock) -> bool {
    let text = &source[block.range.clone()];
    let code_lines = block.code.split_inclusive('\n').count();
    let last_line = text.rsplit(['\n', '\r']).next().unwrap_or("").trim_end();
    let fence = opening_fence(source, block.range.start);
    let fence_char = fence.chars().next().unwrap_or('`');
    let run = last_line.chars().rev().take_while(|&c| c == fence_char).count();
    let before_run = last_line.trim_end_matches(fence_char);
    let looks_like_fence = run >= fence.chars().count() && before_run.chars().all(|c| c == '>' || c.is_whitespace());
    !ends_with_line_ending(text) && count_line_endings(text) == code_lines + 1 && looks_like_fence
}

fn count_line_endings(text: &str) -> usize {
    text.replace("\r\n", "\n").matches(['\n', '\r']).count()
}

/// Whether an inserted HTML line followed by the source from `at` needs a
/// blank line to end the HTML block: the next line exists, is not blank and
/// continues the same container.
fn needs_blank_line(source: &str, at: usize, prefix: &str) -> bool {
    let rest = &source[at..];
    if rest.is_empty() {
        return false;
    }
    let next_line = rest.split(['\n', '\r']).next().unwrap_or("");
    strip_container(next_line, prefix).is_some_and(|content| !content.trim().is_empty())
}

/// The line's content after the container prefix when the line continues
/// every container in `prefix`: each `>` must be matched by a `>` after at
/// most three spaces (the space after it is optional), each other prefix
/// character by one column of indentation. A blank line continues them all.
fn strip_container<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = line;
    let mut after_quote = false;
    for c in prefix.chars() {
        if rest.trim().is_empty() {
            return Some(rest);
        }
        if c == '>' {
            let trimmed = rest.trim_start_matches(' ');
            if rest.len() - trimmed.len() > 3 {
                return None;
            }
            rest = trimmed.strip_prefix('>')?;
            after_quote = true;
        } else if after_quote {
            rest = rest.strip_prefix([' ', '\t']).unwrap_or(rest);
            after_quote = false;
        } else {
            rest = rest.strip_prefix([' ', '\t'])?;
        }
    }
    Some(rest)
}

/// What precedes the fence on its opening line, turned into a prefix for
/// continuation lines: list markers (and any other container syntax that
/// only opens a container) become spaces of the same width, `>` stays.
fn container_prefix_at(source: &str, fence_start: usize) -> String {
    source[line_start(source, fence_start)..fence_start]
        .chars()
        .map(|c| if c == '>' || c.is_whitespace() { c } else { ' ' })
        .collect()
}

/// The byte offset where the line holding `pos` starts.
fn line_start(source: &str, pos: usize) -> usize {
    source[..pos].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

/// 1-based line number of `pos`; `\r\n`, `\n` and a lone `\r` end lines, as
/// in CommonMark.
fn line_number_at(source: &str, pos: usize) -> usize {
    let before = &source.as_bytes()[..pos];
    let mut line = 1;
    for (i, &byte) in before.iter().enumerate() {
        let lone_cr = byte == b'\r' && source.as_bytes().get(i + 1) != Some(&b'\n');
        if byte == b'\n' || lone_cr {
            line += 1;
        }
    }
    line
}

fn ends_with_line_ending(text: &str) -> bool {
    text.ends_with(['\n', '\r'])
}

/// The offset just past the line ending of the line holding `pos`, or the end
/// of the document.
fn skip_rest_of_line(source: &str, pos: usize) -> usize {
    match source[pos..].find(['\n', '\r']) {
        Some(i) => {
            let eol_start = pos + i;
            if source[eol_start..].starts_with("\r\n") {
                eol_start + 2
            } else {
                eol_start + 1
            }
        }
        None => source.len(),
    }
}

/// The line ending used at the block's opening line, falling back to the
/// document's first one, then `\n`.
fn line_ending_style(source: &str, pos: usize) -> &'static str {
    let detect = |text: &str| {
        text.find(['\n', '\r']).map(|i| {
            if text[i..].starts_with("\r\n") {
                "\r\n"
            } else if text[i..].starts_with('\r') {
                "\r"
            } else {
                "\n"
            }
        })
    };
    detect(&source[pos..]).or_else(|| detect(source)).unwrap_or("\n")
}

fn complete_last_line(mut code: String) -> String {
    if !code.is_empty() && !code.ends_with('\n') {
        code.push('\n');
    }
    code
}

fn normalise_line_endings(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}
