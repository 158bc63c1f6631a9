//! Re-measures the layout corpus with the `rustc` on PATH (one probe program
//! for all queries) and compares with `tests/layout/expected.txt`.
//! `BLESS=1` rewrites the file from rustc's answers.
//!
//! The expected numbers must come from rustc 1.95 on x86_64-unknown-linux-gnu;
//! other versions or hosts are reported, not silently accepted.

#[path = "layout/corpus.rs"]
mod corpus;

use std::process::Command;

fn rustc_version() -> String {
    let output = Command::new("rustc")
        .arg("--version")
        .arg("--verbose")
        .output()
        .expect("`rustc` must be on PATH for this test");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Compiles and runs the probe; returns its `key\tvalue` output.
fn measure_with_rustc(corpus: &corpus::Corpus) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let source = dir.path().join("probe.rs");
    let binary = dir.path().join("probe");
    std::fs::write(&source, corpus::probe_program(corpus)).expect("write probe");
    // `offset_of!` on enum variants is unstable; the probe enables it on the
    // same stable compiler, which does not change any layout.
    let compiled = Command::new("rustc")
        .env("RUSTC_BOOTSTRAP", "1")
        .args([
            "--edition",
            "2021",
            "-C",
            "opt-level=0",
            "-C",
            "debuginfo=0",
            "--cap-lints",
            "allow",
            "-o",
        ])
        .arg(&binary)
        .arg(&source)
        .output()
        .expect("run rustc");
    assert!(
        compiled.status.success(),
        "probe program does not compile:\n{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&binary).output().expect("run probe");
    assert!(run.status.success(), "probe program failed");
    String::from_utf8(run.stdout).expect("probe output is UTF-8")
}

#[test]
fn expectations_match_rustc() {
    let version = rustc_version();
    assert!(
        version.contains("release: 1.95.") && version.contains("host: x86_64-unknown-linux-gnu"),
        "the corpus is measured with rustc 1.95 on x86_64-unknown-linux-gnu, found:\n{version}"
    );
    let corpus = corpus::build();
    let measured = measure_with_rustc(&corpus);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(corpus::EXPECTED_PATH, &measured).expect("write expected.txt");
        return;
    }
    let committed =
        std::fs::read_to_string(corpus::EXPECTED_PATH).expect("tests/layout/expected.txt (run with BLESS=1)");
    let measured_map = corpus::parse_expected(&measured);
    let committed_map = corpus::parse_expected(&committed);
    let mut differences = Vec::new();
    for query in &corpus.queries {
        let key = query.key();
        if measured_map.get(&key) != committed_map.get(&key) {
            differences.push(format!(
                "{key}: rustc {:?}, expected.txt {:?}",
                measured_map.get(&key),
                committed_map.get(&key)
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "expected.txt is stale (re-run with BLESS=1):\n{}",
        differences.join("\n")
    );
}

/// Type-checks the `#![no_core]` probe for `target` and reads each
/// query's value from rustc's array-length mismatch messages (a query
/// line without an error measured 0).
fn measure_core_with_rustc(corpus: &corpus::Corpus, target: &str) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let source = dir.path().join("probe.rs");
    let (program, lines) = corpus::core_probe_program(corpus);
    std::fs::write(&source, &program).expect("write probe");
    let checked = Command::new("rustc")
        .env("RUSTC_BOOTSTRAP", "1")
        .args([
            "--edition",
            "2021",
            "--crate-type",
            "lib",
            "--emit=metadata",
            "--error-format=short",
            "--cap-lints",
            "allow",
        ])
        .args(["--target", target])
        .arg("--out-dir")
        .arg(dir.path())
        .arg(&source)
        .output()
        .expect("run rustc");
    let stderr = String::from_utf8_lossy(&checked.stderr);
    let mut values = std::collections::HashMap::new();
    let mut unexpected = Vec::new();
    let marker = "mismatched types: expected an array with a size of 0, found one with a size of ";
    for message in stderr.lines().filter(|line| line.contains(": error")) {
        let line: Option<usize> = message.split(':').nth(1).and_then(|line| line.parse().ok());
        match (line, message.split_once(marker)) {
            (Some(line), Some((_, value))) if lines.contains(&line) => {
                values.insert(line, value.trim().parse::<u64>().expect("a number"));
            }
            _ => {
                let text = line.and_then(|line| program.lines().nth(line - 1)).unwrap_or_default();
                unexpected.push(format!("{message}\n    {text}"));
            }
        }
    }
    assert!(
        unexpected.is_empty(),
        "the no_core probe has other errors:\n{}",
        unexpected.join("\n")
    );
    let mut out = String::new();
    for (query, line) in corpus.queries.iter().zip(&lines) {
        out.push_str(&format!(
            "{}\t{}\n",
            query.key(),
            values.get(line).copied().unwrap_or(0)
        ));
    }
    out
}

fn check_core(target: &str, path: &str) {
    let corpus = corpus::build_core();
    let measured = measure_core_with_rustc(&corpus, target);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, &measured).expect("write expectations");
        return;
    }
    let committed = std::fs::read_to_string(path).expect("committed expectations (run with BLESS=1)");
    assert_eq!(
        corpus::parse_expected(&committed),
        corpus::parse_expected(&measured),
        "{path} is stale (re-run with BLESS=1)"
    );
}

/// The core-only corpus on i686: rustc ships no std for that target here,
/// but its layout code runs during type checking of a `#![no_core]` crate.
#[test]
fn core_expectations_match_rustc_on_i686() {
    check_core("i686-unknown-linux-gnu", corpus::EXPECTED_CORE_I686_PATH);
}

#[test]
fn core_expectations_match_rustc_on_x86_64() {
    check_core("x86_64-unknown-linux-gnu", corpus::EXPECTED_CORE_X86_64_PATH);
}
