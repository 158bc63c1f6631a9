//! rustc as the oracle: compile and run programs, or collect their errors.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct RunOutput {
    pub stdout: String,
    pub status: i32,
}

fn scratch_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("rustc-oracle");
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// A path of its own for one rustc run on `path`: tests run in parallel and
/// may compile the same program at the same time, and two runs writing into
/// one directory make each other fail.
fn scratch_path(kind: &str, path: &Path) -> PathBuf {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    scratch_dir().join(format!("{kind}-{}-{}-{run}", unique_name(path), std::process::id()))
}

fn unique_name(path: &Path) -> String {
    let parent = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    format!("{parent}-{stem}")
}

/// The edition a program asks for with a `//@ edition: YEAR` line among
/// its leading comments, if any.
pub fn edition_annotation(source: &str) -> Option<&str> {
    source
        .lines()
        .take_while(|line| line.starts_with("//"))
        .find_map(|line| line.strip_prefix("//@ edition:"))
        .map(str::trim)
}

/// The edition to compile `path` under: its annotation, or 2021.
fn edition_of(path: &Path) -> String {
    let source = std::fs::read_to_string(path).unwrap_or_default();
    edition_annotation(&source).unwrap_or("2021").to_string()
}

/// Compiles with rustc (debug, the program's edition, 2021 by default) and
/// runs the binary.
pub fn compile_and_run(path: &Path) -> Result<RunOutput, String> {
    let binary = scratch_path("bin", path);
    let compile = Command::new("rustc")
        .args(["--edition", &edition_of(path), "-A", "warnings", "-o"])
        .arg(&binary)
        .arg(path)
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    if !compile.status.success() {
        return Err(format!(
            "rustc rejected it:\n{}",
            String::from_utf8_lossy(&compile.stderr)
        ));
    }
    let run = Command::new(&binary)
        .output()
        .map_err(|e| format!("cannot run binary: {e}"))?;
    let _ = std::fs::remove_file(&binary);
    Ok(RunOutput {
        stdout: String::from_utf8_lossy(&run.stdout).into_owned(),
        status: run.status.code().unwrap_or(-1),
    })
}

/// rustc's JSON diagnostics (one value per message, in emission order) for a
/// program expected not to compile. The deny-by-default lints of rustc's
/// `KnownPanicsLint` (`arithmetic_overflow`, `unconditional_panic`) run only
/// when MIR is built past analysis, so a program that passes `--emit=metadata`
/// is compiled again with `--emit=mir`.
pub fn json_messages(path: &Path) -> Result<Vec<serde_json::Value>, String> {
    let out_dir = scratch_path("meta", path);
    let compile = |emit: &str| {
        Command::new("rustc")
            .args([
                "--edition",
                &edition_of(path),
                "--error-format=json",
                emit,
                "-A",
                "warnings",
                "--crate-type=bin",
                "--out-dir",
            ])
            .arg(&out_dir)
            .arg(path)
            .output()
            .map_err(|e| format!("cannot run rustc: {e}"))
    };
    let mut output = compile("--emit=metadata")?;
    if output.status.success() {
        output = compile("--emit=mir")?;
    }
    let _ = std::fs::remove_dir_all(&out_dir);
    if output.status.success() {
        return Err("rustc accepted the program".into());
    }
    Ok(String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .collect())
}

/// The line of a JSON message's first primary span (0 if it has none).
pub fn primary_line(message: &serde_json::Value) -> usize {
    message["spans"]
        .as_array()
        .and_then(|spans| spans.iter().find(|s| s["is_primary"] == true))
        .and_then(|s| s["line_start"].as_u64())
        .unwrap_or(0) as usize
}

/// `(line, code)` of every error rustc reports (primary span), for a program
/// expected not to compile.
pub fn error_codes(path: &Path) -> Result<Vec<(usize, String)>, String> {
    Ok(json_messages(path)?
        .iter()
        .filter(|message| message["level"] == "error")
        .filter_map(|message| Some((primary_line(message), message["code"]["code"].as_str()?.to_string())))
        .collect())
}

/// rustc's human-readable stderr for `path`, compiled from its own directory
/// so that the `-->` lines name the bare file.
pub fn human_stderr(path: &Path) -> Result<String, String> {
    let out_dir = scratch_path("human", path);
    let dir = path.parent().ok_or("no parent directory")?;
    let file = path.file_name().ok_or("no file name")?;
    let output = Command::new("rustc")
        .args([
            "--edition",
            "2021",
            "--emit=metadata",
            "-A",
            "warnings",
            "--crate-type=bin",
            "--color=never",
            "--out-dir",
        ])
        .arg(&out_dir)
        .arg(file)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    let _ = std::fs::remove_dir_all(&out_dir);
    Ok(String::from_utf8_lossy(&output.stderr).into_owned())
}

/// Runs `job` over `items` on a few threads, keeping the order of results.
pub fn parallel<T: Sync, R: Send>(items: &[T], job: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 4);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, job(item)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker panicked"))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}
