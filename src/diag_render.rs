//! rustc-style text for diagnostics: headline, `-->` location, source excerpt
//! with the primary caret and secondary labels laid out as rustc's emitter
//! does, then `= note:` lines and `help:` suggestions with the edited line.

use crate::diag::{Diagnostic, Span, Suggestion};

/// One underline on a source line: columns `start..end` (0-based chars).
struct Mark<'d> {
    line: usize,
    start: usize,
    end: usize,
    symbol: char,
    label: &'d str,
}

pub(crate) fn render(diag: &Diagnostic, file: &str, source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut marks: Vec<Mark> = std::iter::once((diag.span, '^', diag.primary_label.as_str()))
        .chain(diag.labels.iter().map(|l| (l.span, '-', l.message.as_str())))
        .filter(|(span, _, _)| span.line >= 1 && span.first_line() <= lines.len())
        .map(|(span, symbol, label)| mark(span, symbol, label, lines[span.first_line() - 1]))
        .collect();
    marks.sort_by_key(|m| (m.line, m.start));
    let last_line = marks
        .iter()
        .map(|m| m.line)
        .chain(diag.suggestions.iter().filter_map(|s| edited_line(s, lines.len())))
        .max()
        .unwrap_or(diag.span.first_line());
    let gutter = last_line.to_string().len();
    let pad = " ".repeat(gutter);
    let mut out = format!(
        "{}\n{pad}--> {file}:{}:{}\n",
        diag.headline(),
        diag.span.line,
        diag.span.col
    );
    if !marks.is_empty() {
        out.push_str(&format!("{pad} |\n"));
        let mut previous: Option<usize> = None;
        let mut index = 0;
        while index < marks.len() {
            let line = marks[index].line;
            match previous {
                Some(p) if line == p + 2 => out.push_str(&source_row(p + 1, lines[p], gutter)),
                Some(p) if line > p + 2 => out.push_str("...\n"),
                _ => {}
            }
            out.push_str(&source_row(line, lines[line - 1], gutter));
            let count = marks[index..].iter().take_while(|m| m.line == line).count();
            for row in annotation_rows(&marks[index..index + count]) {
                out.push_str(&format!("{pad} | {row}\n").replace(" | \n", " |\n"));
            }
            index += count;
            previous = Some(line);
        }
    }
    if !marks.is_empty() && (!diag.notes.is_empty() || !diag.suggestions.is_empty()) {
        out.push_str(&format!("{pad} |\n"));
    }
    for note in &diag.notes {
        // Continuation lines line up under the text after `= note: `.
        let indent = " ".repeat(gutter + 3 + note.find(": ").map_or(0, |i| i + 2));
        out.push_str(&format!("{pad} = {}\n", note.replace('\n', &format!("\n{indent}"))));
    }
    for suggestion in &diag.suggestions {
        out.push_str(&format!("help: {}\n", suggestion.message));
        if let Some(line) = edited_line(suggestion, lines.len()) {
            out.push_str(&render_edits(&suggestion.edits, line, lines[line - 1], gutter));
        }
    }
    out
}

fn mark<'d>(span: Span, symbol: char, label: &'d str, text: &str) -> Mark<'d> {
    let start = (span.col as usize).saturating_sub(1);
    let end = if span.end_line == span.line {
        (span.end_col as usize).saturating_sub(1)
    } else {
        text.chars().count()
    };
    Mark {
        line: span.first_line(),
        start,
        end: end.max(start + 1),
        symbol,
        label,
    }
}

/// `12 | text`, the line number right-aligned in the gutter as rustc does.
fn source_row(line: usize, text: &str, gutter: usize) -> String {
    format!("{line:>gutter$} | {text}\n").replace(" | \n", " |\n")
}

/// The rows under one source line: every underline on the first row; the
/// rightmost label inline when nothing else reaches it, the others hung
/// from `|` connectors, rightmost first.
fn annotation_rows(marks: &[Mark]) -> Vec<String> {
    let mut underline = Row::default();
    // The primary caret is drawn last so it wins where spans overlap.
    for m in marks
        .iter()
        .filter(|m| m.symbol != '^')
        .chain(marks.iter().filter(|m| m.symbol == '^'))
    {
        for col in m.start..m.end {
            underline.put(col, m.symbol);
        }
    }
    let labelled: Vec<&Mark> = marks.iter().filter(|m| !m.label.is_empty()).collect();
    let inline = labelled.iter().copied().max_by_key(|m| m.start).filter(|last| {
        marks
            .iter()
            .filter(|m| !std::ptr::eq(*m, *last))
            .all(|m| m.end <= last.start && m.start < last.start)
    });
    if let Some(last) = inline {
        underline.write(last.end + 1, last.label);
    }
    let mut hanging: Vec<&Mark> = labelled
        .into_iter()
        .filter(|m| !inline.is_some_and(|i| std::ptr::eq(*m, i)))
        .collect();
    hanging.sort_by_key(|m| std::cmp::Reverse(m.start));
    let mut rows = vec![underline.text()];
    if hanging.is_empty() {
        return rows;
    }
    let mut connectors = Row::default();
    for m in &hanging {
        connectors.put(m.start, '|');
    }
    rows.push(connectors.text());
    for (i, m) in hanging.iter().enumerate() {
        let mut row = Row::default();
        for left in hanging[i + 1..].iter().filter(|l| l.start < m.start) {
            row.put(left.start, '|');
        }
        row.write(m.start, m.label);
        rows.push(row.text());
    }
    rows
}

/// A row of text built by placing characters at columns.
#[derive(Default)]
struct Row(Vec<char>);

impl Row {
    fn put(&mut self, col: usize, c: char) {
        if self.0.len() <= col {
            self.0.resize(col + 1, ' ');
        }
        self.0[col] = c;
    }

    fn write(&mut self, col: usize, text: &str) {
        for (i, c) in text.chars().enumerate() {
            self.put(col + i, c);
        }
    }

    fn text(&self) -> String {
        self.0.iter().collect::<String>().trim_end().to_string()
    }
}

/// The one line a suggestion's edits change, if they are all on one line of
/// the source; edits across lines are described by the message alone.
fn edited_line(suggestion: &Suggestion, line_count: usize) -> Option<usize> {
    let line = suggestion.edits.first()?.0.first_line();
    let one_line = suggestion
        .edits
        .iter()
        .all(|(span, text)| span.first_line() == line && span.last_line() == line && !text.contains('\n'));
    (one_line && line >= 1 && line <= line_count).then_some(line)
}

/// The source line with the edits applied, the inserted text marked with `+`
/// (replacements with `~`), as under rustc's `help:`.
fn render_edits(edits: &[(Span, String)], line: usize, text: &str, gutter: usize) -> String {
    let pad = " ".repeat(gutter);
    let chars: Vec<char> = text.chars().collect();
    let mut edits: Vec<&(Span, String)> = edits.iter().collect();
    edits.sort_by_key(|(span, _)| span.col);
    let (mut edited, mut marks) = (String::new(), Row::default());
    let mut taken = 0;
    for (span, replacement) in edits {
        let start = (span.col as usize).saturating_sub(1).clamp(taken, chars.len());
        let end = (span.end_col as usize).saturating_sub(1).clamp(start, chars.len());
        edited.extend(&chars[taken..start]);
        let at = edited.chars().count();
        edited.push_str(replacement);
        let symbol = if end == start { '+' } else { '~' };
        for col in at..at + replacement.trim_end().chars().count().max(1) {
            marks.put(col, symbol);
        }
        taken = end;
    }
    edited.extend(&chars[taken..]);
    format!(
        "{pad} |\n{}{pad} | {}\n",
        source_row(line, &edited, gutter),
        marks.text()
    )
}
