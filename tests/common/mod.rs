//! Data-driven test support: fixture files in, expected text out.
//!
//! With `BLESS=1` in the environment, expected files are (re)written from the
//! actual output; otherwise a mismatch fails with a line diff.

#![allow(dead_code)]

pub mod rustc;

use std::path::{Path, PathBuf};

/// Every file in `dir` whose name ends with `extension` and not with any of
/// `exclude`, sorted.
pub fn fixtures(dir: &str, extension: &str, exclude: &[&str]) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(extension) && !exclude.iter().any(|suffix| name.ends_with(suffix))
        })
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {}", dir.display());
    paths
}

/// Compares `actual` with the file at `expected_path`, or writes it when
/// blessing. Returns a description of the mismatch instead of panicking so
/// that one run reports every failing fixture.
pub fn check_expected(expected_path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::write(expected_path, actual).map_err(|e| format!("writing {}: {e}", expected_path.display()))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(expected_path)
        .map_err(|e| format!("{}: {e} (run with BLESS=1 to create it)", expected_path.display()))?;
    if expected == actual {
        Ok(())
    } else {
        Err(format!(
            "{} differs (- expected, + actual; run with BLESS=1 to accept):\n{}",
            expected_path.display(),
            line_diff(&expected, actual)
        ))
    }
}

/// Panics listing every failure, if any.
pub fn report(failures: Vec<String>) {
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A line diff from a longest common subsequence; line endings are shown
/// so CRLF differences are visible.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut lcs = vec![vec![0usize; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            out.push_str(&format!("  {:?}\n", old[i]));
            i += 1;
            j += 1;
        } else if j < new.len() && (i == old.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("+ {:?}\n", new[j]));
            j += 1;
        } else {
            out.push_str(&format!("- {:?}\n", old[i]));
            i += 1;
        }
    }
    out
}
