//! From a block's code to a program: mdBook's hidden lines, snapshot markers,
//! and the `fn main` wrapping of bare snippets.
//!
//! # Hidden lines
//!
//! [`Dialect::Memory`] follows mdBook 0.5 (and rustdoc): after leading
//! whitespace, a line that is `#` alone or starts with `# ` is hidden; the
//! program keeps it with the `#`/`# ` removed and the listing drops it.
//! `##` is an escape: program and listing get the line with one `#` removed.
//! Anything else starting with `#` (`#[derive]`, `#![allow]`, `#x`) is code.
//!
//! The Aquascope dialects follow Aquascope: a line starting with `#` in its
//! first column is hidden (the program keeps the rest of the line), and
//! `\#` at the start of a line stands for a visible `#`.
//!
//! # Wrapping
//!
//! Like mdBook, code that contains neither `fn main` nor `quick_main!`
//! (anywhere, hidden lines and comments included) is wrapped:
//! `#![allow(unused)]`, then the leading crate attributes (`#![...]` lines,
//! with the blank lines among them), then `fn main() {`, the rest, and `}`.
//! The wrapper does not indent, so columns only move where a hidden-line
//! prefix was removed. Attributes are recognised after hidden lines are
//! resolved, as rustdoc (what `mdbook test` runs) does, so a hidden
//! `# #![allow(unused)]` stays outside `main` too.
//!
//! # Markers
//!
//! In [`Dialect::Memory`], a line comment `//@` or `//@ label` ends a line to
//! mean "snapshot after this line". Comments are found by a small lexer, so
//! `//@` inside a string, a char literal or a block comment is not a marker.
//! A line that holds only a marker means "snapshot at this point": after the
//! last line above it that holds code; it stays in the listing as a line with
//! no code, carrying the badge.
//!
//! In the Aquascope dialects, `` `[]` `` marks a snapshot; with code before it
//! on its line, the snapshot is after that line, otherwise after the last
//! line above that holds code, and its badge goes on the last visible line
//! above that holds code. Aquascope's other markers (`` `(focus)` ``,
//! `` `{}` `` and any `` `[…]` ``, `` `(…)` ``, `` `{…}` ``) are removed from
//! the listing and blanked out in the program, which keeps columns exact.
//! As in Aquascope, markers on hidden and `\#` lines are left alone.
//!
//! Labels: an author's label, else `L` followed by the marker's position
//! among all markers of the block (`L1`, `L2`, …); a labelled marker uses up
//! its number too, so a default label always tells the marker's position.
//! When several markers put their badge on one listing line, the badge shows
//! their labels separated by `, `.

use crate::markdown::Dialect;

/// A snapshot marker found in the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// 1-based line in [`Snippet::source`] the snapshot is taken after; 0
    /// when the marker comes before every line of the program.
    pub source_line: usize,
    /// 1-based line in the displayed listing that carries the badge; 0 when
    /// the listing has no line that can carry it (every line hidden).
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
    /// For each source line (index = line - 1): the number of characters
    /// removed from the front of the block's code line (a hidden line's `# `,
    /// the `#` of a `##` escape). Add it to a source column to get the column
    /// in the block's code. 0 for lines added by wrapping.
    pub column_shift: Vec<usize>,
    pub markers: Vec<Marker>,
    pub listing: Vec<ListingLine>,
    /// For each code line of the block (0-based): its 1-based listing line,
    /// `None` when hidden.
    pub listing_line_of: Vec<Option<usize>>,
}

impl Snippet {
    /// Maps a 1-based line and column in [`Snippet::source`] to the block's
    /// code: the 0-based code line and the 1-based column there. `None` for
    /// lines added by wrapping (and lines out of range).
    /// The listing line (1-based) showing a program line, if it is visible.
    pub fn listing_line(&self, source_line: usize) -> Option<usize> {
        let code_line = (*self.line_map.get(source_line.checked_sub(1)?)?)?;
        *self.listing_line_of.get(code_line)?
    }

    pub fn code_position(&self, line: usize, col: usize) -> Option<(usize, usize)> {
        let index = line.checked_sub(1)?;
        let code_line = (*self.line_map.get(index)?)?;
        let shift = self.column_shift.get(index).copied().unwrap_or(0);
        Some((code_line, col + shift))
    }
}

/// A code line as the program and the listing see it.
struct PreparedLine {
    /// The line in the program.
    program: String,
    /// The line in the listing, `None` when hidden.
    listing: Option<String>,
    /// Characters removed from the front of the code line in `program`.
    shift: usize,
    /// Aquascope snapshot markers on this line: for each, whether code
    /// precedes it on the line.
    aquascope_snapshots: Vec<bool>,
}

/// Prepares a block's code for parsing.
pub fn prepare(code: &str, dialect: Dialect) -> Snippet {
    let lines: Vec<PreparedLine> = code
        .lines()
        .map(|line| match dialect {
            Dialect::Memory | Dialect::Layout => memory_line(line),
            Dialect::Aquascope | Dialect::AquascopeOther => aquascope_line(line),
        })
        .collect();

    let (source, line_map) = assemble_program(code, &lines);
    let column_shift = line_map
        .iter()
        .map(|code_line| code_line.and_then(|i| lines.get(i)).map_or(0, |line| line.shift))
        .collect();
    let lexed = lex(&source);

    // Where each code line ended up in the program (1-based program line).
    let mut program_line_of = vec![0; lines.len()];
    for (index, code_line) in line_map.iter().enumerate() {
        if let Some(slot) = code_line.and_then(|i| program_line_of.get_mut(i)) {
            *slot = index + 1;
        }
    }
    // Listing lines (1-based) of each visible code line.
    let mut display_line_of = vec![None; lines.len()];
    let mut listing: Vec<ListingLine> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if let Some(text) = &line.listing {
            listing.push(ListingLine {
                text: text.clone(),
                badge: None,
            });
            display_line_of[index] = Some(listing.len());
        }
    }

    let places = match dialect {
        Dialect::Memory | Dialect::Layout => {
            memory_markers(&lines, &program_line_of, &lexed, &mut listing, &display_line_of)
        }
        Dialect::Aquascope | Dialect::AquascopeOther => {
            aquascope_markers(&lines, &program_line_of, &display_line_of, &listing)
        }
    };

    let mut markers = Vec::with_capacity(places.len());
    for (position, place) in places.into_iter().enumerate() {
        let label = place.label.unwrap_or_else(|| format!("L{}", position + 1));
        let source_line = match place.after {
            SnapshotAfter::ThisLine(line) => line,
            SnapshotAfter::CodeAbove(line) => last_code_line_before(&lexed.has_code, line),
        };
        if let Some(listing_line) = place.display_line.checked_sub(1).and_then(|i| listing.get_mut(i)) {
            listing_line.badge = Some(match listing_line.badge.take() {
                Some(badge) => format!("{badge}, {label}"),
                None => label.clone(),
            });
        }
        markers.push(Marker {
            source_line,
            display_line: place.display_line,
            label,
        });
    }

    Snippet {
        source,
        line_map,
        column_shift,
        markers,
        listing,
        listing_line_of: display_line_of,
    }
}

/// A marker before its label is settled.
struct MarkerPlace {
    label: Option<String>,
    after: SnapshotAfter,
    display_line: usize,
}

enum SnapshotAfter {
    /// After this 1-based program line.
    ThisLine(usize),
    /// After the last line holding code above this 1-based program line.
    CodeAbove(usize),
}

fn memory_markers(
    lines: &[PreparedLine],
    program_line_of: &[usize],
    lexed: &Lexed,
    listing: &mut [ListingLine],
    display_line_of: &[Option<usize>],
) -> Vec<MarkerPlace> {
    let mut places = Vec::new();
    for (index, _) in lines.iter().enumerate() {
        let program_line = program_line_of[index];
        let Some(comment) = program_line
            .checked_sub(1)
            .and_then(|i| lexed.line_comments.get(i))
            .and_then(Option::as_ref)
        else {
            continue;
        };
        let Some(label_text) = comment.text.strip_prefix("//@") else {
            continue;
        };
        let label = Some(label_text.trim()).filter(|label| !label.is_empty());
        let display_line = match display_line_of[index] {
            Some(display_line) => {
                if let Some(listing_line) = listing.get_mut(display_line - 1) {
                    let kept = listing_line.text.get(..comment.column).unwrap_or(&listing_line.text);
                    listing_line.text = kept.trim_end().to_string();
                }
                display_line
            }
            None => badge_line_for_hidden(display_line_of, listing, index),
        };
        let code_before = lexed
            .code_before_comment
            .get(program_line - 1)
            .copied()
            .unwrap_or(false);
        places.push(MarkerPlace {
            label: label.map(str::to_string),
            after: if code_before {
                SnapshotAfter::ThisLine(program_line)
            } else {
                SnapshotAfter::CodeAbove(program_line)
            },
            display_line,
        });
    }
    places
}

fn aquascope_markers(
    lines: &[PreparedLine],
    program_line_of: &[usize],
    display_line_of: &[Option<usize>],
    listing: &[ListingLine],
) -> Vec<MarkerPlace> {
    let mut places = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let program_line = program_line_of[index];
        for &code_before in &line.aquascope_snapshots {
            let (after, display_line) = if code_before {
                let display_line = display_line_of[index].unwrap_or(0);
                (SnapshotAfter::ThisLine(program_line), display_line)
            } else {
                let above = last_nonblank_listing_line_before(display_line_of, listing, index);
                let display_line = above.or(display_line_of[index]).unwrap_or(0);
                (SnapshotAfter::CodeAbove(program_line), display_line)
            };
            places.push(MarkerPlace {
                label: None,
                after,
                display_line,
            });
        }
    }
    places
}

/// The badge line for a marker on a hidden line: the last visible line above
/// with code, else the first visible line, else none (0).
fn badge_line_for_hidden(display_line_of: &[Option<usize>], listing: &[ListingLine], index: usize) -> usize {
    last_nonblank_listing_line_before(display_line_of, listing, index)
        .or_else(|| (!listing.is_empty()).then_some(1))
        .unwrap_or(0)
}

fn last_nonblank_listing_line_before(
    display_line_of: &[Option<usize>],
    listing: &[ListingLine],
    index: usize,
) -> Option<usize> {
    display_line_of[..index]
        .iter()
        .rev()
        .flatten()
        .copied()
        .find(|&display_line| {
            listing
                .get(display_line - 1)
                .is_some_and(|line| !line.text.trim().is_empty())
        })
}

/// The last 1-based program line before `line` that holds code, or 0.
fn last_code_line_before(has_code: &[bool], line: usize) -> usize {
    let end = line.saturating_sub(1).min(has_code.len());
    has_code[..end].iter().rposition(|&code| code).map_or(0, |i| i + 1)
}

/// A code line under mdBook's hidden-line rule.
fn memory_line(line: &str) -> PreparedLine {
    let rest = line.trim_start();
    let indent = &line[..line.len() - rest.len()];
    let visible = |program: String, shift: usize| PreparedLine {
        listing: Some(program.clone()),
        program,
        shift,
        aquascope_snapshots: Vec::new(),
    };
    let Some(after_hash) = rest.strip_prefix('#') else {
        return visible(line.to_string(), 0);
    };
    if after_hash.starts_with('#') {
        return visible(format!("{indent}{after_hash}"), 1);
    }
    let hidden = |content: &str, shift: usize| PreparedLine {
        program: format!("{indent}{content}"),
        listing: None,
        shift,
        aquascope_snapshots: Vec::new(),
    };
    if after_hash.is_empty() {
        hidden("", 1)
    } else if let Some(content) = after_hash.strip_prefix(' ') {
        hidden(content, 2)
    } else {
        visible(line.to_string(), 0)
    }
}

/// A code line under Aquascope's hidden-line rule and markers.
fn aquascope_line(line: &str) -> PreparedLine {
    if let Some(content) = line.strip_prefix('#') {
        return PreparedLine {
            program: content.to_string(),
            listing: None,
            shift: 1,
            aquascope_snapshots: Vec::new(),
        };
    }
    if let Some(content) = line.strip_prefix("\\#") {
        let program = format!("#{content}");
        return PreparedLine {
            listing: Some(program.clone()),
            program,
            shift: 1,
            aquascope_snapshots: Vec::new(),
        };
    }
    let mut program = String::with_capacity(line.len());
    let mut listing = String::with_capacity(line.len());
    let mut aquascope_snapshots = Vec::new();
    let mut rest = line;
    while let Some((before, marker, after)) = next_aquascope_marker(rest) {
        program.push_str(before);
        listing.push_str(before);
        program.extend(std::iter::repeat_n(' ', marker.chars().count()));
        if marker.starts_with("`[") {
            aquascope_snapshots.push(!listing.trim().is_empty());
        }
        rest = after;
    }
    program.push_str(rest);
    listing.push_str(rest);
    PreparedLine {
        program,
        listing: Some(listing.trim_end().to_string()),
        shift: 0,
        aquascope_snapshots,
    }
}

/// The leftmost Aquascope marker in `line`: `` `[…]` ``, `` `(…)` `` or
/// `` `{…}` ``, whose inside holds no closing bracket of its kind. Returns the
/// text before it, the marker and the text after it.
fn next_aquascope_marker(line: &str) -> Option<(&str, &str, &str)> {
    let mut search_from = 0;
    while let Some(offset) = line[search_from..].find('`') {
        let start = search_from + offset;
        let after_tick = &line[start + 1..];
        let close = match after_tick.chars().next() {
            Some('[') => Some(']'),
            Some('(') => Some(')'),
            Some('{') => Some('}'),
            _ => None,
        };
        if let Some(close) = close {
            let inside = &after_tick[1..];
            if let Some(close_at) = inside.find(close)
                && inside[close_at + 1..].starts_with('`')
            {
                let end = start + 2 + close_at + 2;
                return Some((&line[..start], &line[start..end], &line[end..]));
            }
        }
        search_from = start + 1;
    }
    None
}

/// Turns an Aquascope block's code into code for a plain `rust` fence with
/// mdBook's conventions: Aquascope's hidden lines become `# ` lines, `\#`
/// lines become visible `#` lines (escaped as `##` where mdBook would
/// otherwise hide them), and every Aquascope marker is removed.
pub fn aquascope_to_mdbook(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for line in code.lines() {
        if let Some(content) = line.strip_prefix('#') {
            out.push('#');
            if !content.is_empty() {
                out.push(' ');
                out.push_str(content);
            }
        } else {
            let visible = aquascope_line(line);
            let text = visible.listing.unwrap_or_default();
            out.push_str(&escape_for_mdbook(&text));
        }
        out.push('\n');
    }
    out
}

/// A visible line written so that mdBook shows it as it is: a line mdBook
/// would hide (or unescape) gets one more `#`.
fn escape_for_mdbook(line: &str) -> String {
    let rest = line.trim_start();
    let indent = &line[..line.len() - rest.len()];
    match rest.strip_prefix('#') {
        Some(after) if after.is_empty() || after.starts_with([' ', '#']) => {
            format!("{indent}#{rest}")
        }
        _ => line.to_string(),
    }
}

/// Builds the program text and its line map (program line → code line).
fn assemble_program(code: &str, lines: &[PreparedLine]) -> (String, Vec<Option<usize>>) {
    let mut program: Vec<(&str, Option<usize>)> = Vec::new();
    if code.contains("fn main") || code.contains("quick_main!") {
        program.extend(
            lines
                .iter()
                .enumerate()
                .map(|(i, line)| (line.program.as_str(), Some(i))),
        );
    } else {
        let attributes = leading_crate_attributes(lines);
        program.push(("#![allow(unused)]", None));
        program.extend(
            lines[..attributes]
                .iter()
                .enumerate()
                .map(|(i, line)| (line.program.as_str(), Some(i))),
        );
        program.push(("fn main() {", None));
        program.extend(
            lines[attributes..]
                .iter()
                .enumerate()
                .map(|(i, line)| (line.program.as_str(), Some(attributes + i))),
        );
        program.push(("}", None));
    }
    let mut source = String::new();
    for (text, _) in &program {
        source.push_str(text);
        source.push('\n');
    }
    (source, program.into_iter().map(|(_, code_line)| code_line).collect())
}

/// How many leading lines are crate attributes (`#![...]` after spaces or
/// tabs) or blank lines among them; 0 when there is no attribute, as in
/// mdBook.
fn leading_crate_attributes(lines: &[PreparedLine]) -> usize {
    let mut count = 0;
    let mut through_last_attribute = 0;
    for line in lines {
        let text = line.program.as_str();
        if text.trim_start_matches([' ', '\t']).starts_with("#![") {
            count += 1;
            through_last_attribute = count;
        } else if text.trim().is_empty() {
            count += 1;
        } else {
            break;
        }
    }
    // mdBook moves the blank lines that follow the attributes out as well.
    if through_last_attribute == 0 { 0 } else { count }
}

/// What the lexer learns about each program line (index = line - 1).
struct Lexed {
    /// The line holds part of a token that is not a comment.
    has_code: Vec<bool>,
    /// The line holds code before the line comment that ends it.
    code_before_comment: Vec<bool>,
    /// The line comment that ends the line, if any.
    line_comments: Vec<Option<LineComment>>,
}

struct LineComment {
    /// Byte offset of `//` in its line.
    column: usize,
    /// The comment from `//` to the end of the line.
    text: String,
}

/// Splits Rust source into code, strings, chars and comments, enough to tell
/// which lines hold code and where real line comments start.
fn lex(source: &str) -> Lexed {
    let line_count = source.lines().count().max(1);
    let mut lexed = Lexed {
        has_code: vec![false; line_count],
        code_before_comment: vec![false; line_count],
        line_comments: (0..line_count).map(|_| None).collect(),
    };
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut line = 0;
    let mut line_start = 0;
    let mut i = 0;
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);

    // Marks the chars in `from..to` as code, following line breaks.
    let mark_code = |lexed: &mut Lexed, line: &mut usize, line_start: &mut usize, from: usize, to: usize| {
        for &(offset, c) in chars.get(from..to.min(chars.len())).unwrap_or(&[]) {
            if c == '\n' {
                *line += 1;
                *line_start = offset + 1;
            } else if !c.is_whitespace()
                && let Some(flag) = lexed.has_code.get_mut(*line)
            {
                *flag = true;
            }
        }
    };
    let skip_comment = |line: &mut usize, line_start: &mut usize, from: usize, to: usize| {
        for &(offset, c) in chars.get(from..to.min(chars.len())).unwrap_or(&[]) {
            if c == '\n' {
                *line += 1;
                *line_start = offset + 1;
            }
        }
    };

    while let Some((offset, c)) = chars.get(i).copied() {
        let next = char_at(i + 1);
        let end = if c == '/' && next == Some('/') {
            let end = chars[i..]
                .iter()
                .position(|&(_, c)| c == '\n')
                .map_or(chars.len(), |n| i + n);
            let text_end = chars.get(end).map_or(source.len(), |&(o, _)| o);
            if let Some(slot) = lexed.line_comments.get_mut(line) {
                *slot = Some(LineComment {
                    column: offset - line_start,
                    text: source[offset..text_end].to_string(),
                });
            }
            if let Some(flag) = lexed.code_before_comment.get_mut(line) {
                *flag = lexed.has_code.get(line).copied().unwrap_or(false);
            }
            i = end;
            continue;
        } else if c == '/' && next == Some('*') {
            let end = block_comment_end(&chars, i);
            skip_comment(&mut line, &mut line_start, i, end);
            i = end;
            continue;
        } else if c == '"' {
            quoted_end(&chars, i + 1, '"')
        } else if c == '\'' {
            char_or_lifetime_end(&chars, i)
        } else if c.is_alphanumeric() || c == '_' {
            let ident_end = chars[i..]
                .iter()
                .position(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
                .map_or(chars.len(), |n| i + n);
            let ident: String = chars[i..ident_end].iter().map(|&(_, c)| c).collect();
            literal_after_prefix(&chars, &ident, ident_end).unwrap_or(ident_end)
        } else {
            i + 1
        };
        mark_code(&mut lexed, &mut line, &mut line_start, i, end);
        i = end.max(i + 1);
    }
    lexed
}

/// The end of a literal that starts right after an identifier that is a
/// literal prefix (`r"…"`, `br#"…"#`, `b"…"`, `c"…"`, `b'…'`), if it is one.
fn literal_after_prefix(chars: &[(usize, char)], prefix: &str, at: usize) -> Option<usize> {
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);
    match prefix {
        "r" | "br" | "cr" => {
            let hashes = chars[at..].iter().take_while(|&&(_, c)| c == '#').count();
            (char_at(at + hashes) == Some('"')).then(|| raw_string_end(chars, at + hashes + 1, hashes))
        }
        "b" | "c" if char_at(at) == Some('"') => Some(quoted_end(chars, at + 1, '"')),
        "b" if char_at(at) == Some('\'') => Some(quoted_end(chars, at + 1, '\'')),
        _ => None,
    }
}

/// The index after the closing `quote`, escapes honoured; the end of input
/// when unterminated.
fn quoted_end(chars: &[(usize, char)], mut i: usize, quote: char) -> usize {
    while let Some(&(_, c)) = chars.get(i) {
        if c == '\\' {
            i += 2;
        } else if c == quote {
            return i + 1;
        } else {
            i += 1;
        }
    }
    chars.len()
}

/// The index after `"` followed by `hashes` `#`s.
fn raw_string_end(chars: &[(usize, char)], mut i: usize, hashes: usize) -> usize {
    while let Some(&(_, c)) = chars.get(i) {
        i += 1;
        if c == '"' && chars[i..].iter().take(hashes).filter(|&&(_, c)| c == '#').count() == hashes {
            return i + hashes;
        }
    }
    chars.len()
}

/// The index after a nested block comment starting at `i` (`/*`).
fn block_comment_end(chars: &[(usize, char)], mut i: usize) -> usize {
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut depth = 0usize;
    while let Some(c) = char_at(i) {
        if c == '/' && char_at(i + 1) == Some('*') {
            depth += 1;
            i += 2;
        } else if c == '*' && char_at(i + 1) == Some('/') {
            depth = depth.saturating_sub(1);
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    chars.len()
}

/// The index after a char literal starting at `i` (`'`), or after the quote
/// alone when it starts a lifetime or a label (`'a`, `'static`).
fn char_or_lifetime_end(chars: &[(usize, char)], i: usize) -> usize {
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);
    match (char_at(i + 1), char_at(i + 2)) {
        (Some('\\'), _) => quoted_end(chars, i + 1, '\''),
        (Some(c), Some('\'')) if c != '\n' => i + 3,
        _ => i + 1,
    }
}
