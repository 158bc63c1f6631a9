//! The real binary driven through mdBook's preprocessor protocol: `[context,
//! book]` JSON on stdin, the book's JSON on stdout.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use mdbook_preprocessor::PreprocessorContext;
use mdbook_preprocessor::book::{Book, BookItem, Chapter};
use mdbook_preprocessor::config::Config;

const BINARY: &str = env!("CARGO_BIN_EXE_mdbook-memory");

fn fixture_book(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/books")
        .join(name)
}

fn context(book_toml: &str) -> PreprocessorContext {
    let config: Config = book_toml.parse().expect("test book.toml parses");
    PreprocessorContext::new(PathBuf::from("/books/test"), config, "html".to_string())
}

fn book(chapters: &[(&str, &str)]) -> Book {
    let items = chapters
        .iter()
        .map(|(path, content)| BookItem::Chapter(Chapter::new(path, content.to_string(), path, Vec::new())))
        .collect();
    Book::new_with_items(items)
}

/// The chapters of a fixture book, in SUMMARY order (one flat list is enough here).
fn fixture_chapters(name: &str, files: &[&str]) -> Book {
    let src = fixture_book(name).join("src");
    let chapters: Vec<(String, String)> = files
        .iter()
        .map(|file| {
            let content = std::fs::read_to_string(src.join(file)).expect("fixture chapter exists");
            (file.to_string(), content)
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = chapters
        .iter()
        .map(|(path, content)| (path.as_str(), content.as_str()))
        .collect();
    book(&borrowed)
}

fn run_with_input(input: &[u8]) -> Output {
    let mut child = Command::new(BINARY)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("the binary reads its input");
    child.wait_with_output().expect("the binary finishes")
}

fn run_protocol(ctx: &PreprocessorContext, book: &Book) -> Output {
    let input = serde_json::to_vec(&(ctx, book)).expect("the input serialises");
    run_with_input(&input)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn returned_book(output: &Output) -> Book {
    assert!(output.status.success(), "the preprocessor failed: {}", stderr(output));
    serde_json::from_slice(&output.stdout).expect("stdout is a book")
}

/// The `--> file:line:col` locations named in a message, in order.
fn locations(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim_start().strip_prefix("--> "))
        .map(str::to_string)
        .collect()
}

fn expected_locations(name: &str) -> Vec<String> {
    let text =
        std::fs::read_to_string(fixture_book(name).join("expected-locations.txt")).expect("expected locations exist");
    text.lines().map(str::to_string).collect()
}

const PLAIN_BOOK_TOML: &str = "[book]\ntitle = \"t\"\n\n[preprocessor.memory]\n";

#[test]
fn a_book_without_marked_blocks_comes_back_unchanged() {
    let input = book(&[
        (
            "intro.md",
            "# Intro\n\n```rust\nlet x = 1;\n```\n\n> quoted `rust,memory` text\n",
        ),
        ("no-newline.md", "text with no final newline"),
    ]);
    let output = run_protocol(&context(PLAIN_BOOK_TOML), &input);
    assert_eq!(returned_book(&output), input);
    assert_eq!(stderr(&output), "");
}

#[test]
fn malformed_json_is_a_clear_error() {
    for input in [&b"{not json"[..], b"", b"[{}, {}]"] {
        let output = run_with_input(input);
        assert_eq!(
            output.status.code(),
            Some(1),
            "input {:?}",
            String::from_utf8_lossy(input)
        );
        let message = stderr(&output);
        assert!(message.starts_with("error: "), "{message}");
        assert!(message.contains("preprocessor input"), "{message}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn supports_only_the_html_renderer() {
    let exit_code = |renderer: &str| {
        Command::new(BINARY)
            .args(["supports", renderer])
            .status()
            .expect("the binary runs")
            .code()
    };
    assert_eq!(exit_code("html"), Some(0));
    for renderer in ["test", "markdown", "epub", "linkcheck", "HTML"] {
        assert_eq!(exit_code(renderer), Some(1), "renderer {renderer}");
    }
}

#[test]
fn an_unknown_config_key_fails_and_lists_the_valid_ones() {
    let ctx = context("[preprocessor.memory]\non-eror = \"warn\"\n");
    let output = run_protocol(&ctx, &book(&[]));
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("unknown key `on-eror`"), "{message}");
    for key in ["on-error", "max-steps", "max-call-depth", "max-heap-bytes"] {
        assert!(message.contains(&format!("`{key}`")), "{key} missing from: {message}");
    }
}

#[test]
fn mdbook_keys_in_our_table_are_accepted() {
    let ctx = context(
        "[preprocessor.memory]\ncommand = \"mdbook-memory\"\nrenderers = [\"html\"]\n\
         before = [\"links\"]\nafter = []\noptional = true\n",
    );
    let input = book(&[("a.md", "# A\n")]);
    assert_eq!(returned_book(&run_protocol(&ctx, &input)), input);
}

#[test]
fn a_bad_on_error_value_fails() {
    let ctx = context("[preprocessor.memory]\non-error = \"ignore\"\n");
    let output = run_protocol(&ctx, &book(&[]));
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("`on-error` must be \"fail\" or \"warn\""), "{message}");
}

/// mdBook applies `MDBOOK_PREPROCESSOR__MEMORY__ON_ERROR=...` to the config
/// before it serialises the context; this sets the key the same way and checks
/// that the value we receive is the one we act on.
#[test]
fn an_environment_override_carried_by_the_context_is_used() {
    let mut ctx = context(PLAIN_BOOK_TOML);
    ctx.config
        .set("preprocessor.memory.on-error", "sometimes")
        .expect("the key can be set");
    let output = run_protocol(&ctx, &book(&[]));
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not \"sometimes\""), "{}", stderr(&output));
}

#[test]
fn a_different_mdbook_version_is_warned_about() {
    let mut ctx = context(PLAIN_BOOK_TOML);
    ctx.mdbook_version = "0.4.52".to_string();
    let input = book(&[("a.md", "# A\n")]);
    let output = run_protocol(&ctx, &input);
    assert_eq!(returned_book(&output), input);
    let message = stderr(&output);
    assert!(message.starts_with("warning: "), "{message}");
    assert!(
        message.contains("0.4.52") && message.contains(mdbook_preprocessor::MDBOOK_VERSION),
        "{message}"
    );
}

#[test]
fn on_error_fail_names_every_broken_block_by_chapter_line() {
    let input = fixture_chapters("on-error", &["chapter.md"]);
    let output = run_protocol(&context(PLAIN_BOOK_TOML), &input);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert_eq!(locations(&message), expected_locations("on-error"), "{message}");
    let headlines = message
        .lines()
        .filter(|line| line.starts_with("error") && !line.starts_with("error: aborting"))
        .count();
    assert_eq!(headlines, 3, "{message}");
    assert!(!message.contains("warning"), "{message}");
    let summary = "error: aborting: 3 blocks could not be drawn \
                   (`on-error = \"warn\"` in [preprocessor.memory] builds the book anyway)";
    assert!(message.trim_end().ends_with(summary), "{message}");
}

#[test]
fn on_error_warn_keeps_building_with_warnings_and_error_boxes() {
    let chapter = std::fs::read_to_string(fixture_book("on-error").join("src/chapter.md")).expect("fixture exists");
    let toml = PLAIN_BOOK_TOML.replace(
        "[preprocessor.memory]\n",
        "[preprocessor.memory]\non-error = \"warn\"\n",
    );
    let output = run_protocol(&context(&toml), &fixture_chapters("on-error", &["chapter.md"]));
    let message = stderr(&output);
    assert_eq!(locations(&message), expected_locations("on-error"), "{message}");
    let warnings = message.lines().filter(|line| line.starts_with("warning")).count();
    assert_eq!(warnings, 3, "{message}");

    let returned = returned_book(&output);
    let Some(BookItem::Chapter(processed)) = returned.items.first() else {
        panic!("the chapter is missing");
    };
    // Every original line is still there, in order, and something was added after each block.
    let mut remaining = processed.content.as_str();
    for line in chapter.lines() {
        let found = remaining
            .find(line)
            .unwrap_or_else(|| panic!("line {line:?} lost or out of order"));
        remaining = &remaining[found + line.len()..];
    }
    assert!(processed.content.len() > chapter.len());
    // The boxes stay inside the blockquote and the list item.
    assert!(processed.content.contains("> ```\n> <"), "{}", processed.content);
    assert!(processed.content.contains("   ```\n   <"), "{}", processed.content);
}
