//! What-if runs as data: each `tests/what_if/NAME.rs` is a program rustc
//! rejects (its `//~ ERROR` annotations are checked against rustc), and
//! `NAME.txt` is what the model draws when it runs the program anyway: one
//! paragraph per snapshot, with its label, line and note (`BLESS=1` rewrites).

mod common;

use common::{check_expected, fixtures, report, rustc};
use mdbook_memory::markdown::Dialect;
use mdbook_memory::pipeline::{Limits, analyse, what_if};
use mdbook_memory::render::describe::describe;
use mdbook_memory::snippet;

#[test]
fn what_if_pictures_match_their_expectations() {
    let programs = fixtures("tests/what_if", ".rs", &[]);
    let results = rustc::parallel(&programs, |path| {
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let annotated: Vec<usize> = source
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains("//~ ERROR"))
            .map(|(i, _)| i + 1)
            .collect();
        let from_rustc = rustc::error_codes(path).map_err(|e| format!("{name}: {e}"))?;
        if !from_rustc.iter().any(|(line, _)| annotated.contains(line)) {
            return Err(format!(
                "{name}: rustc reports {from_rustc:?}, annotations are on lines {annotated:?}"
            ));
        }
        let snippet = snippet::prepare(&source, Dialect::Memory);
        let error = match analyse(&snippet, Default::default(), Limits::default()) {
            Err(error) => error,
            Ok(_) => return Err(format!("{name}: the model accepts the program")),
        };
        let trace = what_if(&snippet, Default::default(), &error, Limits::default())
            .ok_or_else(|| format!("{name}: no what-if run for {}", error.message))?;
        let mut text = format!("rejected: error[{}]: {}\n", error.code.unwrap_or("?"), error.message);
        for snapshot in &trace.snapshots {
            text.push_str(&format!("\n[{}] line {}\n", snapshot.label, snapshot.line));
            if let Some(note) = &snapshot.note {
                text.push_str(&format!("note: {note}\n"));
            }
            text.push_str(&describe(snapshot));
            text.push('\n');
        }
        check_expected(&path.with_extension("txt"), &text)
    });
    report(results.into_iter().filter_map(Result::err).collect());
}
