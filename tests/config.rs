//! `[preprocessor.memory]` and `[rust] edition`, read from book.toml files in
//! tests/fixtures/cli/config: each `NAME.toml` has a hand-written
//! `NAME.expected`. `BLESS=1 cargo test --test config` rewrites them from the
//! current output (check the diff before committing).

use std::path::Path;

use mdbook_memory::config::{Config, OnError, book_edition};
use mdbook_preprocessor::config::Config as BookConfig;

fn describe(book_toml: &str) -> String {
    let book_config: BookConfig = match book_toml.parse() {
        Ok(config) => config,
        Err(error) => return format!("book.toml does not parse: {error:#}\n"),
    };
    match Config::from_book_config(&book_config) {
        Ok(config) => {
            let limits = config.limits();
            let on_error = match config.on_error {
                OnError::Fail => "fail",
                OnError::Warn => "warn",
            };
            let target = match config.target() {
                Ok(target) => format!("{}-bit", target.pointer_width),
                Err(error) => format!("error: {error}"),
            };
            format!(
                "on-error: {on_error}\nlimits: max-steps {}, max-call-depth {}, max-heap-bytes {}\nedition: {}\nlayout target: {target}\n",
                limits.max_steps,
                limits.max_call_depth,
                limits.max_heap_bytes,
                book_edition(&book_config).year()
            )
        }
        Err(error) => format!("error: {error}\n"),
    }
}

#[test]
fn config_fixtures() {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli/config");
    let bless = std::env::var_os("BLESS").is_some();
    let mut cases: Vec<_> = std::fs::read_dir(&directory)
        .expect("the fixture directory exists")
        .map(|entry| entry.expect("the fixture directory is readable").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "toml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "fixtures are missing: {cases:?}");

    let mut mismatches = Vec::new();
    for case in &cases {
        let actual = describe(&std::fs::read_to_string(case).expect("the fixture is readable"));
        let expected_path = case.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &actual).expect("the expectation is writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            mismatches.push(format!(
                "{}:\n--- expected\n{expected}+++ actual\n{actual}",
                case.display()
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// `MDBOOK_PREPROCESSOR__MEMORY__MAX_STEPS=5000` reaches us as a JSON number
/// and `..._ON_ERROR=warn` as a string; both set the same keys book.toml does.
#[test]
fn values_set_the_way_environment_overrides_are_read() {
    let mut book_config: BookConfig = "[preprocessor.memory]\n".parse().expect("parses");
    book_config
        .set("preprocessor.memory.on-error", "warn")
        .expect("settable");
    book_config
        .set("preprocessor.memory.max-steps", serde_json::json!(5000))
        .expect("settable");
    let config = Config::from_book_config(&book_config).expect("valid");
    assert_eq!(config.on_error, OnError::Warn);
    assert_eq!(config.limits().max_steps, 5000);
}

#[test]
fn environment_overrides_reach_the_in_process_build() {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/books/basic");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mdbook-memory"))
        .arg("build")
        .arg(&book)
        .env("MDBOOK_PREPROCESSOR__MEMORY__ON_ERROR", "sometimes")
        // Nothing may be written into the fixture: the build stops at the config.
        .env(
            "MDBOOK_BUILD__BUILD_DIR",
            std::env::temp_dir().join("mdbook-memory-never-written"),
        )
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("`on-error` must be \"fail\" or \"warn\", not \"sometimes\""),
        "{message}"
    );
}
