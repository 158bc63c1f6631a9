//! The command line: `install` (golden files), `run` (exit codes and output
//! against the real program), `render`, `permissions`, `layout`,
//! `--version` and `--help`.
//!
//! Fixtures live in tests/fixtures/cli. `BLESS=1` rewrites the install
//! expectations from the current output; check the diff before committing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BINARY: &str = env!("CARGO_BIN_EXE_mdbook-memory");

fn fixtures(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cli")
        .join(kind)
}

fn mdbook_memory(args: &[&str]) -> Output {
    Command::new(BINARY).args(args).output().expect("the binary runs")
}

/// Writes `text` to `directory/name` and returns the path.
fn write_file(directory: &Path, name: &str, text: &str) -> PathBuf {
    let path = directory.join(name);
    std::fs::write(&path, text).expect("writable");
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn sorted_files(directory: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(directory)
        .expect("the fixture directory exists")
        .map(|entry| entry.expect("the fixture directory is readable").path())
        .filter(|path| path.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    files
}

// ---------------------------------------------------------------- install

/// Each `NAME.toml` becomes `NAME.expected.toml` after one install, and a
/// second install changes nothing and says so.
#[test]
fn install_fixtures() {
    let bless = std::env::var_os("BLESS").is_some();
    let inputs: Vec<PathBuf> = sorted_files(&fixtures("install"), ".toml")
        .into_iter()
        .filter(|path| !path.to_string_lossy().ends_with(".expected.toml"))
        .collect();
    assert!(inputs.len() >= 5, "fixtures are missing: {inputs:?}");

    let mut mismatches = Vec::new();
    for input in &inputs {
        let book = tempfile::tempdir().expect("a temporary directory");
        let book_toml = book.path().join("book.toml");
        let original = std::fs::read_to_string(input).expect("the fixture is readable");
        std::fs::write(&book_toml, &original).expect("book.toml is writable");
        let book_dir = book.path().to_str().expect("a UTF-8 temporary path");

        let first = mdbook_memory(&["install", book_dir]);
        assert!(first.status.success(), "{}: {}", input.display(), text(&first.stderr));
        let installed = std::fs::read_to_string(&book_toml).expect("book.toml is readable");
        let expected_path = PathBuf::from(input.to_string_lossy().replace(".toml", ".expected.toml"));
        if bless {
            std::fs::write(&expected_path, &installed).expect("the expectation is writable");
        } else {
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if installed != expected {
                mismatches.push(format!(
                    "{}:\n--- expected\n{expected}\n+++ actual\n{installed}",
                    input.display()
                ));
            }
        }
        let said = text(&first.stdout);
        if installed == original {
            assert!(said.contains("nothing changed"), "{}: {said}", input.display());
        } else {
            assert!(
                said.starts_with("added [preprocessor.memory]"),
                "{}: {said}",
                input.display()
            );
            // The result is a book.toml mdBook reads, with our table in it.
            let config: mdbook_preprocessor::config::Config = installed.parse().expect("the result parses");
            assert!(config.contains_key("preprocessor.memory"), "{}", input.display());
        }

        let second = mdbook_memory(&["install", book_dir]);
        assert!(second.status.success());
        assert!(text(&second.stdout).contains("nothing changed"), "{}", input.display());
        let after_second = std::fs::read_to_string(&book_toml).expect("book.toml is readable");
        assert_eq!(
            after_second,
            installed,
            "{}: the second install changed the file",
            input.display()
        );
        let entries = std::fs::read_dir(book.path()).expect("readable").count();
        assert_eq!(
            entries,
            1,
            "{}: install created files besides book.toml",
            input.display()
        );
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn install_without_a_book_toml_fails_and_creates_nothing() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let output = mdbook_memory(&["install", directory.path().to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("book.toml not found"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(std::fs::read_dir(directory.path()).expect("readable").count(), 0);
}

#[test]
fn install_refuses_a_book_toml_that_does_not_parse() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let book_toml = directory.path().join("book.toml");
    std::fs::write(&book_toml, "[book\n").expect("writable");
    let output = mdbook_memory(&["install", directory.path().to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&book_toml).expect("readable"), "[book\n");
}

// ---------------------------------------------------------------- run

/// What a `tests/fixtures/cli/run/NAME.rs` expects, from its header comments.
struct RunCase {
    file: PathBuf,
    exit_code: i32,
    stdout: String,
    stderr_contains: Vec<String>,
    /// rustc's program behaves differently (it has threads, it never ends).
    model_only: bool,
}

fn run_case(name: &str) -> RunCase {
    let file = fixtures("run").join(format!("{name}.rs"));
    let source = std::fs::read_to_string(&file).expect("the fixture is readable");
    let header = |key: &str| -> Vec<String> {
        source
            .lines()
            .filter_map(|line| line.strip_prefix(&format!("// {key}: ")))
            .map(str::to_string)
            .collect()
    };
    let exit_code = header("exit")
        .first()
        .and_then(|code| code.parse().ok())
        .expect("the fixture names its exit code");
    RunCase {
        stdout: std::fs::read_to_string(file.with_extension("stdout")).expect("the expected stdout exists"),
        exit_code,
        stderr_contains: header("stderr-contains"),
        model_only: !header("model-only").is_empty(),
        file,
    }
}

fn check_run(name: &str) {
    let case = run_case(name);
    let output = mdbook_memory(&["run", case.file.to_str().expect("UTF-8")]);
    let stderr = text(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(case.exit_code),
        "{name}: stderr was {stderr}"
    );
    assert_eq!(text(&output.stdout), case.stdout, "{name}");
    for wanted in &case.stderr_contains {
        assert!(stderr.contains(wanted.as_str()), "{name}: {wanted:?} not in {stderr}");
    }
}

const RUN_CASES: &[&str] = &["ok", "rejected", "panics", "unsupported", "over-budget"];

#[test]
fn run_exits_0_and_prints_what_the_program_prints() {
    check_run("ok");
}

#[test]
fn run_exits_1_with_rustc_error_codes_for_a_rejected_program() {
    check_run("rejected");
}

#[test]
fn run_exits_101_after_the_output_before_a_panic() {
    check_run("panics");
}

#[test]
fn run_exits_2_for_a_construct_the_model_does_not_support() {
    check_run("unsupported");
}

#[test]
fn run_exits_2_when_a_program_runs_over_budget() {
    check_run("over-budget");
}

/// The `run` fixtures' expectations are what rustc's program really does.
#[test]
fn run_fixtures_match_the_real_program() {
    let build = tempfile::tempdir().expect("a temporary directory");
    for name in RUN_CASES {
        let case = run_case(name);
        if case.model_only {
            continue;
        }
        let binary = build.path().join(name);
        let compiled = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string()))
            .args(["--edition", "2021", "-o"])
            .arg(&binary)
            .arg(&case.file)
            .output()
            .expect("rustc runs");
        if case.exit_code == 1 {
            assert!(!compiled.status.success(), "{name}: rustc accepted it");
            let stderr = text(&compiled.stderr);
            for wanted in &case.stderr_contains {
                assert!(stderr.contains(wanted.as_str()), "{name}: {wanted:?} not in {stderr}");
            }
            continue;
        }
        assert!(compiled.status.success(), "{name}: {}", text(&compiled.stderr));
        let ran = Command::new(&binary)
            .env("RUST_BACKTRACE", "0")
            .output()
            .expect("the program runs");
        assert_eq!(ran.status.code(), Some(case.exit_code), "{name}");
        assert_eq!(text(&ran.stdout), case.stdout, "{name}");
        let stderr = text(&ran.stderr);
        for wanted in &case.stderr_contains {
            assert!(stderr.contains(wanted.as_str()), "{name}: {wanted:?} not in {stderr}");
        }
    }
}

#[test]
fn run_rejects_an_unknown_edition_and_a_missing_file() {
    let bad_edition = mdbook_memory(&["run", "--edition", "2022", "main.rs"]);
    assert_eq!(bad_edition.status.code(), Some(2));
    assert!(text(&bad_edition.stderr).contains("2015, 2018, 2021 or 2024"));

    let missing = mdbook_memory(&["run", "/nonexistent/main.rs"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).starts_with("error: could not read /nonexistent/main.rs"));
}

// ---------------------------------------------------------------- render

#[test]
fn render_writes_a_standalone_html_page_and_an_svg() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let source = write_file(
        directory.path(),
        "moves.rs",
        "let s1 = String::from(\"hi\");\nlet s2 = s1; //@ moved\nlet n = 1; //@ last\n",
    );
    let html = directory.path().join("moves.html");
    let svg = directory.path().join("moves.svg");
    for out in [&html, &svg] {
        let output = Command::new(BINARY)
            .arg("render")
            .arg(&source)
            .arg("-o")
            .arg(out)
            .output()
            .expect("runs");
        assert!(output.status.success(), "{}", text(&output.stderr));
    }
    let page = std::fs::read_to_string(&html).expect("written");
    assert!(page.starts_with("<!DOCTYPE html>") || page.starts_with("<!doctype html>"));
    assert!(page.contains("moved") && page.contains("last"));
    let picture = std::fs::read_to_string(&svg).expect("written");
    assert!(picture.starts_with("<svg"), "{picture}");
    // The last snapshot by default: `n` exists only there.
    assert!(picture.contains(">n<"), "{picture}");
}

#[test]
fn render_reports_an_unreadable_file() {
    let output = mdbook_memory(&["render", "/nonexistent/snippet.rs"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).starts_with("error: could not read"));
}

// ---------------------------------------------------------------- permissions

#[test]
fn permissions_numbers_the_lines_of_the_file_and_reports_a_rejected_program_too() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let statements = write_file(
        directory.path(),
        "statements.rs",
        "let mut v = vec![1];\nlet r = &v;\nprintln!(\"{r:?}\");\nv.push(2);\n",
    );
    let output = mdbook_memory(&["permissions", statements.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    assert!(
        report.contains("1 | let mut v = vec![1];\n  |   v  +R +W +O\n"),
        "{report}"
    );
    assert!(
        report.contains("  |   v   R /W /O  borrowed: &v on line 2\n"),
        "{report}"
    );

    let rejected = write_file(
        directory.path(),
        "rejected.rs",
        "fn main() {\n    let mut v = vec![1];\n    let r = &v;\n    v.push(2);\n    println!(\"{r:?}\");\n}\n",
    );
    let output = mdbook_memory(&["permissions", rejected.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stdout).contains("borrowed: &v on line 3"));
    assert!(
        text(&output.stderr).contains("error[E0502]"),
        "{}",
        text(&output.stderr)
    );
}

// ---------------------------------------------------------------- the rest

#[test]
fn layout_prints_sizes_and_declines_what_it_cannot_lay_out() {
    let output = mdbook_memory(&["layout", "Option<Box<i32>>", "Result<u64, String>"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let report = text(&output.stdout);
    assert!(report.contains("Option<Box<i32>>"), "{report}");
    assert!(report.contains("size 8"), "{report}");
    assert!(report.contains("size 24"), "{report}");
    let output = mdbook_memory(&["layout", "SomethingUndefined"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).starts_with("unsupported: "));
}

#[test]
fn layout_draws_a_standalone_svg() {
    let defs = std::env::temp_dir().join(format!("mdbook-memory-cli-defs-{}.rs", std::process::id()));
    std::fs::write(&defs, "struct S1 { a: u8, b: u16, c: u8 }\n").expect("temp file");
    let defs_arg = defs.to_string_lossy().to_string();
    let output = mdbook_memory(&["layout", "--format", "svg", "--defs", &defs_arg, "S1", "Option<u8>"]);
    let _ = std::fs::remove_file(&defs);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let svg = text(&output.stdout);
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"mm-layout\""),
        "{svg}"
    );
    assert_eq!(svg.trim_end().lines().count(), 1, "one line");
    assert!(svg.contains("role=\"img\""));
    assert!(svg.contains("<title id=\"mm-layout-title\">Byte layout of S1 and of Option&lt;u8&gt;</title>"));
    assert!(
        svg.contains("S1: 4 bytes, aligned to 2. Fields: b (u16) at bytes 0-1; a (u8) at byte 2; c (u8) at byte 3.")
    );
    let output = mdbook_memory(&["layout", "--format", "svg", "[u8; 4096]"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("at most 1024 bytes"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn version_and_help() {
    let version = mdbook_memory(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        text(&version.stdout),
        format!("mdbook-memory {}\n", env!("CARGO_PKG_VERSION"))
    );

    let help = mdbook_memory(&["--help"]);
    assert!(help.status.success());
    let help = text(&help.stdout);
    for command in ["supports", "build", "install", "render", "run", "layout"] {
        assert!(help.contains(command), "{command} missing from --help:\n{help}");
    }
    assert!(help.contains("stdin"), "the protocol mode is not explained:\n{help}");
}

#[test]
fn an_unknown_command_is_a_usage_error() {
    let output = mdbook_memory(&["paint"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("paint"));
}
