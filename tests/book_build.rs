//! Whole books from tests/fixtures/books, built in-process (`cli::build_book`)
//! and through `mdbook-memory build`, checked in the generated HTML.

use std::path::{Path, PathBuf};
use std::process::Command;

const BINARY: &str = env!("CARGO_BIN_EXE_mdbook-memory");

/// A fresh copy of a fixture book, so builds never write into the source tree.
fn copy_of(name: &str) -> (tempfile::TempDir, PathBuf) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/books")
        .join(name);
    let directory = tempfile::tempdir().expect("a temporary directory");
    let destination = directory.path().join(name);
    copy_dir(&source, &destination);
    (directory, destination)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a directory can be created");
    for entry in std::fs::read_dir(from).expect("the fixture is readable") {
        let entry = entry.expect("the fixture is readable");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("the file can be copied");
        }
    }
}

fn page(book: &Path, chapter: &str) -> String {
    std::fs::read_to_string(book.join("book").join(chapter)).unwrap_or_else(|error| panic!("{chapter}: {error}"))
}

#[test]
fn the_basic_book_builds_in_process() {
    let (_directory, book) = copy_of("basic");
    let written = mdbook_memory::cli::build_book(&book).expect("the book builds");
    assert_eq!(written, vec![book.join("book")]);
    let moves = page(&book, "moves.html");
    // The code block stays for readers, marker and all.
    assert!(moves.contains("after the move"), "{moves}");
    assert!(moves.contains("let x = 1;"));
    assert!(page(&book, "plain.html").contains("running text is not a block"));
}

/// book.toml names `[preprocessor.memory]`; with no `mdbook-memory` on PATH
/// the build still works, so the in-process preprocessor replaced the command.
#[test]
fn build_runs_the_preprocessor_in_process_not_from_path() {
    let (_directory, book) = copy_of("basic");
    let empty_path = tempfile::tempdir().expect("a temporary directory");
    let output = Command::new(BINARY)
        .arg("build")
        .arg(&book)
        .env("PATH", empty_path.path())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout, format!("book written to {}\n", book.join("book").display()));
    assert!(book.join("book/moves.html").is_file());
}

/// The same PATH with another, missing preprocessor fails: the test above
/// would notice a preprocessor that was looked up on PATH.
#[test]
fn a_preprocessor_missing_from_path_does_fail_the_build() {
    let (_directory, book) = copy_of("basic");
    let book_toml = book.join("book.toml");
    let mut text = std::fs::read_to_string(&book_toml).expect("readable");
    text.push_str("\n[preprocessor.absent]\n");
    std::fs::write(&book_toml, text).expect("writable");
    let empty_path = tempfile::tempdir().expect("a temporary directory");
    let output = Command::new(BINARY)
        .arg("build")
        .arg(&book)
        .env("PATH", empty_path.path())
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("absent"));
}

#[test]
fn build_of_a_directory_without_a_book_fails() {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let output = Command::new(BINARY)
        .arg("build")
        .arg(directory.path().join("missing"))
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("error: could not load the book"));
}

#[test]
fn the_basic_book_has_pictures_with_book_wide_ids() {
    let (_directory, book) = copy_of("basic");
    mdbook_memory::cli::build_book(&book).expect("the book builds");
    let moves = page(&book, "moves.html");
    assert!(moves.contains("<svg"), "{moves}");
    assert!(moves.contains("id=\"mm-moves-b1"), "{moves}");
    let permissions = page(&book, "nested/permissions.html");
    assert!(permissions.contains("mm-nested-permissions-b1"), "{permissions}");
    assert!(permissions.contains("not available yet"), "{permissions}");
    // The print page holds every chapter; the ids must not collide there.
    let print = page(&book, "print.html");
    assert_eq!(print.matches("id=\"mm-moves-b1\"").count(), 1);
}

#[test]
fn on_error_fail_stops_the_build_at_the_chapter_line() {
    let (_directory, book) = copy_of("on-error");
    let output = Command::new(BINARY)
        .arg("build")
        .arg(&book)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(" --> src/chapter.md:4:9"), "{stderr}");
    assert!(stderr.contains(" --> src/chapter.md:10:11"), "{stderr}");
    assert!(stderr.contains(" --> src/chapter.md:16:12"), "{stderr}");
}

#[test]
fn on_error_warn_from_the_environment_builds_with_error_boxes() {
    let (_directory, book) = copy_of("on-error");
    let output = Command::new(BINARY)
        .arg("build")
        .arg(&book)
        .env("MDBOOK_PREPROCESSOR__MEMORY__ON_ERROR", "warn")
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        stderr.lines().filter(|line| line.starts_with("warning")).count(),
        3,
        "{stderr}"
    );
    let chapter = page(&book, "chapter.html");
    assert!(
        chapter.contains("mm-chapter-b1") && chapter.contains("mm-chapter-b3"),
        "{chapter}"
    );
    assert!(chapter.contains("The end."));
}
