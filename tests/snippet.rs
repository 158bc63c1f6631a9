//! From block code to program: hidden lines, wrapping, markers, listing.

mod common;

use std::fmt::Write as _;

use mdbook_memory::markdown::Dialect;
use mdbook_memory::snippet::{self, Snippet};
use proptest::prelude::*;

const FIXTURES: &str = "tests/fixtures/snippet";

/// A readable dump of a prepared snippet: the program with where each line
/// came from (`code N +S`: 0-based code line, columns removed in front), the
/// markers, and the listing with badges.
fn dump(snippet: &Snippet) -> String {
    let mut out = String::from("== program\n");
    for (index, line) in snippet.source.lines().enumerate() {
        let origin = match snippet.line_map.get(index).copied().flatten() {
            Some(code_line) => format!("code {code_line} +{}", snippet.column_shift[index]),
            None => "added".to_string(),
        };
        writeln!(out, "{:>3} {origin:<10}| {line}", index + 1).unwrap();
    }
    out.push_str("== markers\n");
    for marker in &snippet.markers {
        writeln!(
            out,
            "{:?}: after program line {}, badge on listing line {}",
            marker.label, marker.source_line, marker.display_line
        )
        .unwrap();
    }
    out.push_str("== listing\n");
    for (index, line) in snippet.listing.iter().enumerate() {
        let badge = line.badge.as_ref().map(|b| format!("   [{b}]")).unwrap_or_default();
        writeln!(out, "{:>3} | {}{badge}", index + 1, line.text).unwrap();
    }
    out
}

#[test]
fn golden_snippets() {
    let mut failures = Vec::new();
    for (extension, dialect) in [(".rs", Dialect::Memory), (".aquascope", Dialect::Aquascope)] {
        for input in common::fixtures(FIXTURES, extension, &[]) {
            let code = std::fs::read_to_string(&input).expect("fixture");
            let snippet = snippet::prepare(&code, dialect);
            check_consistency(&code, &snippet).unwrap_or_else(|e| failures.push(format!("{}: {e}", input.display())));
            let expected = input.with_extension("snippet");
            failures.extend(common::check_expected(&expected, &dump(&snippet)).err());
        }
    }
    common::report(failures);
}

#[test]
fn aquascope_code_for_mdbook() {
    let mut failures = Vec::new();
    for input in common::fixtures(FIXTURES, ".aquascope", &[]) {
        let code = std::fs::read_to_string(&input).expect("fixture");
        let converted = snippet::aquascope_to_mdbook(&code);
        failures.extend(common::check_expected(&input.with_extension("mdbook"), &converted).err());
        // mdBook reading the converted code must build the same program and
        // show the same listing as Aquascope's reading of the original.
        let ours = snippet::prepare(&code, Dialect::Aquascope);
        let mdbook = snippet::prepare(&converted, Dialect::Memory);
        // Our program blanks Aquascope's markers out where the converted code
        // drops them: compare line by line, whitespace aside.
        let squeeze = |s: &str| {
            s.lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
        };
        if squeeze(&ours.source) != squeeze(&mdbook.source) {
            failures.push(format!("{}: programs differ", input.display()));
        }
        let texts = |s: &Snippet| s.listing.iter().map(|l| l.text.clone()).collect::<Vec<_>>();
        if texts(&ours) != texts(&mdbook) {
            failures.push(format!("{}: listings differ", input.display()));
        }
    }
    common::report(failures);
}

/// What must hold for every snippet: maps have one entry per program line,
/// every mapped line is the code line with its prefix removed, and markers
/// point at existing lines.
fn check_consistency(code: &str, snippet: &Snippet) -> Result<(), String> {
    let program: Vec<&str> = snippet.source.lines().collect();
    let code_lines: Vec<&str> = code.lines().collect();
    if snippet.line_map.len() != program.len() || snippet.column_shift.len() != program.len() {
        return Err("line_map/column_shift length differs from the program's".into());
    }
    let mut mapped = Vec::new();
    for (index, line) in program.iter().enumerate() {
        let Some(code_line) = snippet.line_map[index] else {
            continue;
        };
        mapped.push(code_line);
        let original = code_lines.get(code_line).ok_or("line_map points past the code")?;
        // The program line must be the code line minus `column_shift` chars
        // taken after its indentation (Aquascope markers blanked out).
        let indent_len = original.len() - original.trim_start().len();
        let indent_len = if original.starts_with('#') || original.starts_with("\\#") {
            0
        } else {
            indent_len
        };
        let (indent, rest) = original.split_at(indent_len);
        let removed: String = rest.chars().skip(snippet.column_shift[index]).collect();
        let expected = format!("{indent}{removed}");
        if line.chars().count() != expected.chars().count() {
            return Err(format!(
                "program line {} {line:?} does not line up with code {original:?}",
                index + 1
            ));
        }
    }
    if mapped != (0..code_lines.len()).collect::<Vec<_>>() {
        return Err(format!("code lines mapped out of order or twice: {mapped:?}"));
    }
    for marker in &snippet.markers {
        if marker.source_line > program.len() || marker.display_line > snippet.listing.len() {
            return Err(format!("marker {marker:?} points past the end"));
        }
    }
    Ok(())
}

#[test]
fn positions_map_back_to_block_code() {
    let code = "let a = 1;\n    # let b = 2;\n##[derive]\n";
    let snippet = snippet::prepare(code, Dialect::Memory);
    // #![allow(unused)], fn main() {, then the three code lines, then }.
    assert_eq!(snippet.code_position(1, 1), None);
    assert_eq!(snippet.code_position(3, 5), Some((0, 5)));
    // `b` is column 9 of the program line `    let b = 2;` and column 11 of
    // the code line `    # let b = 2;`.
    assert_eq!(snippet.source.lines().nth(3), Some("    let b = 2;"));
    assert_eq!(snippet.code_position(4, 9), Some((1, 11)));
    assert_eq!(snippet.code_position(5, 2), Some((2, 3)));
    assert_eq!(snippet.code_position(6, 1), None);
    assert_eq!(snippet.code_position(0, 1), None);
    assert_eq!(snippet.code_position(99, 1), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Nothing panics, and the maps stay consistent, on any input.
    #[test]
    fn prepare_never_panics(code in "(?s)(\\PC|[\\n\\t#/@\"'`\\[\\]{}()*r\\\\ ]){0,200}") {
        for dialect in [Dialect::Memory, Dialect::Aquascope, Dialect::AquascopeOther] {
            let snippet = snippet::prepare(&code, dialect);
            prop_assert_eq!(snippet.line_map.len(), snippet.source.lines().count());
            prop_assert_eq!(snippet.column_shift.len(), snippet.source.lines().count());
            let _ = snippet::aquascope_to_mdbook(&code);
        }
    }

    /// Statements with generated markers: every marker is found, in order,
    /// with its label, and the listing loses exactly the marker comments.
    #[test]
    fn generated_markers_are_found(lines in prop::collection::vec(
        ("[a-z]{1,6}", prop::option::of(prop::option::of("[A-Za-z][A-Za-z0-9 ]{0,8}"))),
        1..12,
    )) {
        let mut code = String::new();
        let mut expected = Vec::new();
        for (index, (name, marker)) in lines.iter().enumerate() {
            write!(code, "let {name} = \"//@ {index}\";").unwrap();
            if let Some(label) = marker {
                let label = label.as_deref().map(str::trim).unwrap_or("");
                write!(code, " //@ {label}").unwrap();
                let shown = if label.is_empty() { format!("L{}", expected.len() + 1) } else { label.to_string() };
                expected.push((shown, index + 3));
            }
            code.push('\n');
        }
        let snippet = snippet::prepare(&code, Dialect::Memory);
        let found: Vec<_> = snippet.markers.iter().map(|m| (m.label.clone(), m.source_line)).collect();
        prop_assert_eq!(found, expected);
        for (line, (name, _)) in snippet.listing.iter().zip(&lines) {
            prop_assert_eq!(&line.text, &format!("let {name} = \"//@ {}\";", snippet.listing.iter().position(|l| l == line).unwrap()));
        }
    }
}
