//! The model against rustc. Every program under `tests/programs/` is run in
//! the model and compared with its expectation files; the expectations are
//! themselves checked against rustc (the oracle), so they cannot drift.
//!
//! - `run/NAME.rs`: `NAME.stdout` is the exact stdout, `NAME.status` the exit
//!   code (0, or 101 for a panic).
//! - `fail/NAME.rs`: lines annotated `//~ ERROR E0XXX` are where rustc reports
//!   each error; the model must report one of them (code and line) and exit 1.
//! - `unsupported/NAME.rs`: valid Rust the model declines; the line annotated
//!   `//~ UNSUPPORTED` is where it says so, with exit code 2.
//!
//! A program is compiled and run under edition 2021 unless a leading comment
//! line `//@ edition: YEAR` says otherwise.
//!
//! `BLESS=1` rewrites `.stdout`/`.status` from what rustc's binary prints.

mod common;

use common::rustc;
use mdbook_memory::{Edition, Limits, run_source};
use std::path::{Path, PathBuf};

fn programs(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs").join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no programs in {}", dir.display());
    files
}

/// The edition a program's `//@ edition:` line asks for, or 2021.
fn edition(source: &str) -> Edition {
    rustc::edition_annotation(source)
        .map(|year| Edition::from_year(year).unwrap_or_else(|| panic!("`{year}` is not an edition")))
        .unwrap_or(Edition::E2021)
}

fn name(path: &Path) -> String {
    path.file_name().unwrap_or_default().to_string_lossy().into_owned()
}

/// `(line, annotation text)` for every `//~ ` comment.
fn annotations(source: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(i, line)| line.split_once("//~ ").map(|(_, a)| (i + 1, a.trim().to_string())))
        .collect()
}

#[test]
fn run_programs_match_their_expectations() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for path in programs("run") {
        let source = std::fs::read_to_string(&path).expect("read program");
        if bless {
            let out = rustc::compile_and_run(&path).unwrap_or_else(|e| panic!("{}: {e}", name(&path)));
            std::fs::write(path.with_extension("stdout"), &out.stdout).expect("write");
            std::fs::write(path.with_extension("status"), format!("{}\n", out.status)).expect("write");
        }
        let expected_stdout = std::fs::read_to_string(path.with_extension("stdout"))
            .unwrap_or_else(|_| panic!("{}: no .stdout; run with BLESS=1", name(&path)));
        let expected_status: i32 = std::fs::read_to_string(path.with_extension("status"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or_else(|| panic!("{}: no .status; run with BLESS=1", name(&path)));
        let report = run_source(&name(&path), &source, edition(&source), Limits::default());
        if report.stdout != expected_stdout || report.exit_code != expected_status {
            failures.push(format!(
                "{}: exit {} (expected {expected_status})\n--- model stdout\n{}--- expected\n{expected_stdout}--- model stderr\n{}",
                name(&path),
                report.exit_code,
                report.stdout,
                report.stderr
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} program(s) differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn run_expectations_agree_with_rustc() {
    let programs = programs("run");
    let results = rustc::parallel(&programs, |path| {
        let out = rustc::compile_and_run(path).map_err(|e| format!("{}: {e}", name(path)))?;
        let stdout = std::fs::read_to_string(path.with_extension("stdout")).unwrap_or_default();
        let status = std::fs::read_to_string(path.with_extension("status")).unwrap_or_default();
        if out.stdout != stdout || out.status.to_string() != status.trim() {
            return Err(format!(
                "{}: rustc's binary printed {:?} and exited {}; the expectation says {stdout:?}, exit {}",
                name(path),
                out.stdout,
                out.status,
                status.trim()
            ));
        }
        Ok(())
    });
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn rejected_programs_match_rustc_codes_and_lines() {
    let programs = programs("fail");
    let results = rustc::parallel(&programs, |path| {
        let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let mut expected: Vec<(usize, String)> = annotations(&source)
            .into_iter()
            .filter_map(|(line, a)| a.strip_prefix("ERROR ").map(|code| (line, code.trim().to_string())))
            .collect();
        expected.sort();
        if expected.is_empty() {
            return Err(format!("{}: no //~ ERROR annotation", name(path)));
        }
        let mut from_rustc = rustc::error_codes(path).map_err(|e| format!("{}: {e}", name(path)))?;
        from_rustc.sort();
        from_rustc.dedup();
        if from_rustc != expected {
            return Err(format!(
                "{}: rustc reports {from_rustc:?}, annotations say {expected:?}",
                name(path)
            ));
        }
        let report = run_source(&name(path), &source, edition(&source), Limits::default());
        let reported = report
            .stderr
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("error["))
            .and_then(|l| l.split_once(']'))
            .map(|(code, _)| code.to_string());
        let line = report
            .stderr
            .lines()
            .find_map(|l| l.trim_start().strip_prefix("--> "))
            .and_then(|loc| loc.split(':').nth(1))
            .and_then(|l| l.parse::<usize>().ok());
        match (report.exit_code, reported, line) {
            (1, Some(code), Some(line)) if expected.contains(&(line, code.clone())) => Ok(()),
            _ => Err(format!(
                "{}: expected one of {expected:?}; the model exited {} with\n{}",
                name(path),
                report.exit_code,
                report.stderr
            )),
        }
    });
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unsupported_programs_are_declined_where_annotated() {
    let programs = programs("unsupported");
    let results = rustc::parallel(&programs, |path| {
        let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let expected_line = annotations(&source)
            .into_iter()
            .find(|(_, a)| a == "UNSUPPORTED")
            .map(|(line, _)| line)
            .ok_or_else(|| format!("{}: no //~ UNSUPPORTED annotation", name(path)))?;
        rustc::compile_and_run(path).map_err(|e| format!("{}: not valid Rust: {e}", name(path)))?;
        let report = run_source(&name(path), &source, edition(&source), Limits::default());
        let location = format!("--> {}:{expected_line}:", name(path));
        if report.exit_code == 2 && report.stderr.starts_with("unsupported: ") && report.stderr.contains(&location) {
            Ok(())
        } else {
            Err(format!(
                "{}: expected `unsupported` at line {expected_line}, exit 2; got exit {}:\n{}",
                name(path),
                report.exit_code,
                report.stderr
            ))
        }
    });
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
