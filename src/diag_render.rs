//! rustc-style text for diagnostics: headline, `-->` location, source excerpt
//! with the primary caret and secondary labels, then notes.

use crate::diag::{Diagnostic, Span};

pub(crate) fn render(diag: &Diagnostic, file: &str, source: &str) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut marks: Vec<(Span, char, &str)> = vec![(diag.span, '^', diag.primary_label.as_str())];
    marks.extend(diag.labels.iter().map(|l| (l.span, '-', l.message.as_str())));
    marks.retain(|(span, _, _)| span.line >= 1 && span.line <= lines.len());
    marks.sort_by_key(|(span, _, _)| (span.line, span.col));
    let last_line = marks.iter().map(|(s, _, _)| s.line).max().unwrap_or(diag.span.line);
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
            let line = marks[index].0.line;
            match previous {
                Some(p) if line == p + 2 => out.push_str(&format!("{:>gutter$} | {}\n", p + 1, lines[p])),
                Some(p) if line > p + 2 => out.push_str("...\n"),
                _ => {}
            }
            let text = lines[line - 1];
            out.push_str(&format!("{line:>gutter$} | {text}\n"));
            // All marks on this line, rightmost label written last.
            let on_line: Vec<_> = marks.iter().filter(|(s, _, _)| s.line == line).collect();
            for (span, symbol, label) in &on_line {
                let start = span.col.saturating_sub(1);
                let end = if span.end_line == span.line {
                    span.end_col.saturating_sub(1).max(start + 1)
                } else {
                    text.chars().count().max(start + 1)
                };
                let underline = symbol.to_string().repeat(end - start);
                let label = if label.is_empty() {
                    String::new()
                } else {
                    format!(" {label}")
                };
                out.push_str(&format!("{pad} | {}{underline}{label}\n", " ".repeat(start)));
            }
            index += on_line.len();
            previous = Some(line);
        }
    }
    if !diag.notes.is_empty() {
        if !marks.is_empty() {
            out.push_str(&format!("{pad} |\n"));
        }
        for note in &diag.notes {
            out.push_str(&format!("{pad} = {note}\n"));
        }
    }
    out
}
