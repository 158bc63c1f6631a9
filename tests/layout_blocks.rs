//! `memory-layout` blocks: size tables and byte-layout diagrams spliced into
//! chapters, checked as golden files (`BLESS=1` rewrites them), plus
//! structural checks and sizes known from rustc written down by hand.

mod common;

use std::collections::HashSet;

use mdbook_memory::Edition;
use mdbook_memory::config::{Config, OnError};
use mdbook_memory::layout::Target;
use mdbook_memory::markdown;
use mdbook_memory::pipeline::Limits;
use mdbook_memory::preprocessor::{BookSettings, ChapterInfo, ChapterOutcome, annotate_chapter};

const FIXTURES: &str = "tests/fixtures/layout_blocks";

fn settings(on_error: OnError) -> BookSettings {
    BookSettings {
        on_error,
        limits: Limits::default(),
        edition: Edition::E2021,
        target: Target::X86_64,
        what_if: true,
    }
}

fn annotate(name: &str, source: &str, on_error: OnError) -> ChapterOutcome {
    let info = ChapterInfo {
        file_label: format!("src/{name}.md"),
        id_stem: format!("mm-{name}"),
    };
    annotate_chapter(source, &markdown::find_blocks(source), &info, &settings(on_error))
}

/// The inserted HTML lines of a processed chapter.
fn html_lines(content: &str) -> Vec<&str> {
    content
        .lines()
        .filter(|line| {
            line.trim_start_matches(['>', ' '])
                .starts_with("<div class=\"mdbook-memory")
        })
        .collect()
}

#[test]
fn golden_chapters() {
    let mut failures = Vec::new();
    for input in common::fixtures(FIXTURES, ".md", &[".out.md"]) {
        let name = input
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("chapter")
            .to_string();
        let source = std::fs::read_to_string(&input).expect("fixture");
        let outcome = annotate(&name, &source, OnError::Warn);
        let mut actual = outcome.content.clone();
        for warning in &outcome.warnings {
            actual.push_str("\n<!-- warning\n");
            actual.push_str(warning);
            actual.push_str("\n-->\n");
        }
        if let Err(failure) = common::check_expected(&input.with_extension("out.md"), &actual) {
            failures.push(failure);
        }
    }
    common::report(failures);
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/{FIXTURES}/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

/// Every inserted line is one `<div>`, every SVG is labelled by its title and
/// description, and no id appears twice in a chapter.
#[test]
fn pictures_are_single_labelled_lines_with_unique_ids() {
    for name in ["padding", "wrappers", "target32"] {
        let outcome = annotate(name, &fixture(&format!("{name}.md")), OnError::Fail);
        assert!(outcome.errors.is_empty(), "{name}: {:?}", outcome.errors);
        let lines = html_lines(&outcome.content);
        assert!(!lines.is_empty(), "{name}: nothing inserted");
        let mut ids = HashSet::new();
        for line in lines {
            assert!(line.ends_with("</div>"), "{name}: {line}");
            for id in line.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()) {
                assert!(ids.insert(id.to_string()), "{name}: id `{id}` appears twice");
            }
            for svg in line.split("<svg ").skip(1) {
                assert!(svg.contains("role=\"img\""), "{name}: {svg}");
                let id = svg
                    .split("id=\"")
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                    .unwrap_or("");
                assert!(id.starts_with(&format!("mm-{name}-b")), "{name}: id {id}");
                assert!(svg.contains(&format!("aria-labelledby=\"{id}-title {id}-desc\"")));
                assert!(svg.contains(&format!("<title id=\"{id}-title\">Byte layout of ")));
                assert!(svg.contains(&format!("<desc id=\"{id}-desc\">")));
            }
        }
        // The requests are replaced; the chapter's own Rust code stays.
        assert!(!outcome.content.contains("```memory-layout"), "{name}");
    }
}

/// The size in a table cell for row `ty` and column `column` (0-based).
fn cell(content: &str, ty: &str, column: usize) -> Option<u64> {
    let row = content
        .split("<tr>")
        .find(|row| row.starts_with(&format!("<th scope=\"row\"><code>{ty}</code>")))?;
    let cell = row.split("<td class=\"mm-num\"").nth(column + 1)?;
    cell.split('>').nth(1)?.split('<').next()?.parse().ok()
}

/// Sizes rustc 1.95 reports on x86_64, written down by hand so that a
/// regression in the engine or the table cannot bless itself.
#[test]
fn well_known_sizes() {
    let source = "```rust\nstruct S1 { a: u8, b: u16, c: u8 }\n```\n\n```memory-layout\ncolumns: T, Option<T>, Result<T, String>\nString\nu64\nstd::cell::Cell<bool>\nS1\n```\n";
    let outcome = annotate("known", source, OnError::Fail);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let content = &outcome.content;
    assert_eq!(cell(content, "String", 1), Some(24), "Option<String>");
    assert_eq!(cell(content, "u64", 2), Some(24), "Result<u64, String>");
    assert_eq!(
        cell(content, "std::cell::Cell&lt;bool&gt;", 1),
        Some(2),
        "Option<Cell<bool>>"
    );
    assert_eq!(cell(content, "S1", 0), Some(4), "S1");

    let padding = annotate("padding", &fixture("padding.md"), OnError::Fail).content;
    assert!(
        padding.contains("S1 (default repr): 4 bytes, aligned to 2."),
        "{padding}"
    );
    assert!(
        padding.contains("S1 with #[repr(C)]: 6 bytes, aligned to 2."),
        "{padding}"
    );
    assert!(padding.contains("Padding: byte 1, byte 5."), "{padding}");
    assert!(
        padding.contains("S2 with #[repr(C)]: 4 bytes, aligned to 2."),
        "{padding}"
    );
}

#[test]
fn an_unknown_type_fails_the_build_at_its_chapter_line() {
    let source = fixture("errors.md");
    let outcome = annotate("errors", &source, OnError::Fail);
    assert_eq!(outcome.errors.len(), 3, "{:?}", outcome.errors);
    assert!(outcome.errors[0].starts_with("error: "), "{}", outcome.errors[0]);
    assert!(
        outcome.errors[0].contains(" --> src/errors.md:5:3"),
        "{}",
        outcome.errors[0]
    );
    assert!(
        outcome.errors[1].contains(" --> src/errors.md:11:1"),
        "{}",
        outcome.errors[1]
    );
    assert!(outcome.errors[1].contains("32-bit"), "{}", outcome.errors[1]);
    // Definitions after the request are not visible to it.
    assert!(
        outcome.errors[2].contains(" --> src/errors.md:19:10"),
        "{}",
        outcome.errors[2]
    );
    assert_eq!(outcome.content, source, "a failing block leaves the chapter alone");
}

#[test]
fn user_text_is_escaped() {
    let source = "```rust\nstruct Tricky<T> { value: T }\n```\n\n```memory-layout\ncolumns: T, Tricky<T>\n&'static str\ndiagram: Tricky<&'static str>\n```\n";
    let outcome = annotate("escape", source, OnError::Fail);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let html = html_lines(&outcome.content).concat();
    assert!(html.contains("&amp;&#39;static str"), "{html}");
    assert!(!html.contains("<&"), "{html}");
    assert!(!html.contains("Tricky<"), "{html}");
}

#[test]
fn later_definitions_win_and_rust_memory_blocks_count() {
    let source = "```rust,memory\nstruct A { x: u8 }\nfn main() {}\n```\n\n```rust,ignore\nstruct A { x: u64 }\nthis does not parse\n```\n\n```rust\n# struct A { x: u32 }\n```\n\n```memory-layout\nA\n```\n";
    let defs = mdbook_memory::layout_request::chapter_defs(source, source.find("```memory-layout").unwrap_or(0));
    let layout = mdbook_memory::layout::layout_of_type_expr("A", &defs, Target::X86_64).expect("A");
    assert_eq!(layout.size, 4, "the hidden-line definition, the last one that parses");
}

#[test]
fn the_pointer_width_key_is_typed_and_validated() {
    let table = |text: &str| text.parse::<toml::Table>().expect("toml");
    let config = Config::from_table(&table("target-pointer-width = 32")).expect("valid");
    assert_eq!(config.target(), Ok(Target::I686));
    assert_eq!(
        Config::from_table(&table("")).expect("empty").target(),
        Ok(Target::X86_64)
    );
    let error = Config::from_table(&table("target-pointer-width = 16")).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`target-pointer-width` must be 64 or 32, not 16"),
        "{error}"
    );
    let error = Config::from_table(&table("target-pointer-width = \"64\"")).unwrap_err();
    assert!(error.to_string().contains("`target-pointer-width`"), "{error}");
}

#[test]
fn the_book_target_applies_unless_the_block_sets_its_own() {
    let source = "```memory-layout\nusize\n```\n\n```memory-layout\ntarget: 64\nusize\n```\n";
    let info = ChapterInfo {
        file_label: "src/t.md".to_string(),
        id_stem: "mm-t".to_string(),
    };
    let settings = BookSettings {
        target: Target::I686,
        ..settings(OnError::Fail)
    };
    let outcome = annotate_chapter(source, &markdown::find_blocks(source), &info, &settings);
    let sizes: Vec<_> = outcome
        .content
        .split("<td class=\"mm-num\">")
        .skip(1)
        .map(|cell| &cell[..1])
        .collect();
    assert_eq!(sizes, ["4", "4", "8", "8"], "{}", outcome.content);
}

#[test]
fn a_vec_diagram_names_its_three_words() {
    let source = "```memory-layout\ndiagram: Vec<u8>\n```\n\n```memory-layout\ntarget: 32\ndiagram: String\n```\n";
    let outcome = annotate("vec", source, OnError::Fail);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    let content = &outcome.content;
    assert!(
        content.contains(
            "Vec&lt;u8&gt;: 24 bytes, aligned to 8. Fields: cap (usize) at bytes 0-7; \
             ptr (NonNull&lt;u8&gt;) at bytes 8-15; len (usize) at bytes 16-23."
        ),
        "{content}"
    );
    assert!(
        content.contains("String, 32-bit target: 12 bytes, aligned to 4. Fields: cap (usize) at bytes 0-3;"),
        "{content}"
    );
}
