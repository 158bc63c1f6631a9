//! Finding our blocks in chapters and splicing HTML after them.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use mdbook_memory::markdown::{self, Dialect, MarkedBlock};
use pulldown_cmark::{Parser, html};

const FIXTURES: &str = "tests/fixtures/markdown";

/// The stand-in for a block's picture: recognisable, and different per block.
fn fake_html(index: usize) -> String {
    format!(r#"<div class="mdbook-memory" id="b{index}">PICTURE {index}</div>"#)
}

fn process(source: &str) -> (Vec<MarkedBlock>, String) {
    let blocks = markdown::find_blocks(source);
    let replacements: Vec<_> = blocks
        .iter()
        .enumerate()
        .map(|(i, block)| markdown::block_replacement(source, block, &fake_html(i)))
        .collect();
    let output = markdown::splice(source, &replacements);
    (blocks, output)
}

/// A readable dump of what `find_blocks` reports.
fn dump_blocks(source: &str, blocks: &[MarkedBlock]) -> String {
    let mut out = String::new();
    for (i, block) in blocks.iter().enumerate() {
        let attrs = &block.attrs;
        writeln!(out, "block {i}: {:?} info={:?}", attrs.dialect, attrs.info).unwrap();
        writeln!(
            out,
            "  compile_fail={} edition={:?} horizontal={} hide_code={}",
            attrs.compile_fail, attrs.edition, attrs.horizontal, attrs.hide_code
        )
        .unwrap();
        writeln!(out, "  range={:?} text={:?}", block.range, &source[block.range.clone()]).unwrap();
        writeln!(
            out,
            "  first_code_line={} column_offset={} container_prefix={:?}",
            block.first_code_line, block.column_offset, block.container_prefix
        )
        .unwrap();
        for line in block.code.split_inclusive('\n') {
            writeln!(out, "  | {line:?}").unwrap();
        }
    }
    out
}

#[test]
fn golden_outputs() {
    let mut failures = Vec::new();
    for input in common::fixtures(FIXTURES, ".md", &[".out.md"]) {
        let source = std::fs::read_to_string(&input).expect("fixture");
        let (blocks, output) = process(&source);
        let stem = input.with_extension("");
        let out_path = stem.with_extension("out.md");
        let blocks_path = stem.with_extension("blocks");
        failures.extend(common::check_expected(&out_path, &output).err());
        failures.extend(common::check_expected(&blocks_path, &dump_blocks(&source, &blocks)).err());
    }
    common::report(failures);
}

fn to_html(markdown: &str) -> String {
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(markdown, markdown::mdbook_options()));
    out
}

/// Rendered HTML for comparing a chapter before and after insertion: closing
/// a fence left open at the very end of a document gives its last code line
/// a line ending (and can turn a final blank line into an empty code line),
/// which is the one difference allowed: line endings at the end of code.
fn comparable_html(markdown: &str) -> String {
    let mut html = to_html(markdown);
    while html.contains("\n</code></pre>") {
        html = html.replace("\n</code></pre>", "</code></pre>");
    }
    html
}

/// Each picture must come out of mdBook's parser as raw HTML directly after
/// its code block (so inside the same blockquote or list item), and for
/// `memory` blocks nothing else in the rendered chapter may change.
#[test]
fn pictures_render_as_html_right_after_their_block() {
    let mut failures = Vec::new();
    for input in common::fixtures(FIXTURES, ".md", &[".out.md"]) {
        let name = input.file_name().unwrap().to_string_lossy().to_string();
        let source = std::fs::read_to_string(&input).expect("fixture");
        let (blocks, output) = process(&source);
        let rendered = comparable_html(&output);
        for (i, block) in blocks.iter().enumerate() {
            let div = fake_html(i);
            let found: Vec<_> = rendered.match_indices(&div).collect();
            if found.len() != 1 {
                failures.push(format!(
                    "{name}: block {i}: {} raw copies of its HTML in\n{rendered}",
                    found.len()
                ));
                continue;
            }
            let before = rendered[..found[0].0].trim_end();
            if !block.attrs.hide_code && !before.ends_with("</code></pre>") {
                failures.push(format!(
                    "{name}: block {i}: HTML not right after the code block:\n{rendered}"
                ));
            }
        }
        let only_memory = blocks.iter().all(|b| b.attrs.dialect == Dialect::Memory);
        if only_memory {
            let without_pictures: String = rendered
                .split_inclusive('\n')
                .filter(|line| !line.contains(r#"<div class="mdbook-memory""#))
                .collect();
            let original = comparable_html(&source);
            if without_pictures != original {
                failures.push(format!(
                    "{name}: rendered chapter changed beyond the pictures:\n{}",
                    common::line_diff(&original, &without_pictures)
                ));
            }
        }
    }
    common::report(failures);
}

/// The containers (`blockquote`, `li`) open at `position` in rendered HTML.
fn open_containers(html: &str, position: usize) -> Vec<&'static str> {
    let mut stack = Vec::new();
    let mut rest = &html[..position];
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        for tag in ["blockquote", "li"] {
            if rest.starts_with(&format!("<{tag}>")) || rest.starts_with(&format!("<{tag} ")) {
                stack.push(tag);
            } else if rest.starts_with(&format!("</{tag}>")) && stack.last() == Some(&tag) {
                stack.pop();
            }
        }
        rest = &rest[1..];
    }
    stack
}

#[test]
fn pictures_stay_in_their_containers() {
    let cases: &[(&str, &[&[&str]])] = &[
        (
            "blockquotes.md",
            &[&["blockquote"], &["blockquote", "blockquote"], &["blockquote"]],
        ),
        ("lists.md", &[&["li"], &["li"], &["li", "li"], &["li", "blockquote"]]),
        ("crlf.md", &[&[], &["blockquote"]]),
        ("unclosed_in_container.md", &[&["blockquote"], &["li"]]),
        ("aquascope.md", &[&[], &[], &["blockquote"], &["li"]]),
    ];
    for (name, expected) in cases {
        let source = std::fs::read_to_string(Path::new(FIXTURES).join(name)).expect("fixture");
        let (blocks, output) = process(&source);
        assert_eq!(blocks.len(), expected.len(), "{name}: blocks found");
        let rendered = to_html(&output);
        for (i, containers) in expected.iter().enumerate() {
            let position = rendered
                .find(&fake_html(i))
                .unwrap_or_else(|| panic!("{name}: block {i} not rendered"));
            assert_eq!(
                &open_containers(&rendered, position),
                containers,
                "{name}: block {i}\n{rendered}"
            );
        }
    }
}

#[test]
fn memory_blocks_are_kept_byte_for_byte() {
    for input in common::fixtures(FIXTURES, ".md", &[".out.md"]) {
        let source = std::fs::read_to_string(&input).expect("fixture");
        for block in markdown::find_blocks(&source) {
            if block.attrs.dialect == Dialect::Memory {
                let (range, text) = markdown::block_replacement(&source, &block, "<div>x</div>");
                assert!(range.is_empty(), "{}: memory block replaced, not kept", input.display());
                assert!(
                    range.start >= block.range.end,
                    "{}: insertion inside the block",
                    input.display()
                );
                assert!(text.contains("<div>x</div>"));
            }
        }
    }
}

#[test]
fn parse_info_recognises_our_blocks() {
    use mdbook_memory::Edition;
    let memory = markdown::parse_info("rust,memory").expect("ours");
    assert_eq!(memory.dialect, Dialect::Memory);
    assert!(!memory.compile_fail && !memory.horizontal && !memory.hide_code);
    assert_eq!(memory.edition, None);
    assert_eq!(memory.info, "rust,memory");

    let failing = markdown::parse_info("rust,memory,compile_fail").expect("ours");
    assert!(failing.compile_fail);

    let spaced = markdown::parse_info("rust memory edition2021").expect("ours");
    assert_eq!(spaced.edition, Some(Edition::E2021));
    assert_eq!(markdown::parse_info("memory").map(|a| a.dialect), Some(Dialect::Memory));
    assert_eq!(
        markdown::parse_info("rust,memory,edition2015,ignore,should_panic,no_run,editable,noplayground")
            .map(|a| (a.edition, a.compile_fail)),
        Some((Some(Edition::E2015), false))
    );
    assert_eq!(
        markdown::parse_info("rust,memory,edition2077").and_then(|a| a.edition),
        None
    );

    let aquascope = markdown::parse_info("aquascope,interpreter,shouldFail,horizontal").expect("ours");
    assert_eq!(aquascope.dialect, Dialect::Aquascope);
    assert!(aquascope.compile_fail && aquascope.horizontal && !aquascope.hide_code);

    let flags =
        markdown::parse_info("aquascope,interpreter,hideCode=true,shouldFail=false,concreteTypes=true").expect("ours");
    assert!(flags.hide_code && !flags.compile_fail);

    for other_mode in [
        "aquascope,permissions,boundaries,stepper",
        "aquascope",
        "aquascope,stepper",
    ] {
        assert_eq!(
            markdown::parse_info(other_mode).map(|a| a.dialect),
            Some(Dialect::AquascopeOther),
            "{other_mode}"
        );
    }

    for not_ours in [
        "",
        "rust",
        "text",
        "rust,ignore",
        "memoryless",
        "rust,memory_x",
        "interpreter,aquascope",
    ] {
        assert_eq!(markdown::parse_info(not_ours), None, "{not_ours:?}");
    }
}

#[test]
fn positions_map_back_to_the_chapter() {
    let source = "# Title\n\n> ```rust,memory\n> let a = 1;\n>   let b = 2;\n> ```\n";
    let blocks = markdown::find_blocks(source);
    assert_eq!(blocks.len(), 1);
    let block = &blocks[0];
    assert_eq!(block.first_code_line, 4);
    assert_eq!(block.column_offset, 2);
    // `b` is at column 7 of code line 1 and column 9 of chapter line 5.
    assert_eq!(block.chapter_position(1, 7), (5, 9));
    assert_eq!(&source.lines().nth(4).unwrap()[8..9], "b");
}

#[test]
fn rewritten_aquascope_fences_use_rust_info() {
    let attrs = |info: &str| markdown::parse_info(info).expect("ours");
    assert_eq!(markdown::rewritten_info(&attrs("aquascope,interpreter")), "rust");
    assert_eq!(
        markdown::rewritten_info(&attrs("aquascope,interpreter,shouldFail")),
        "rust,ignore"
    );
    assert_eq!(
        markdown::rewritten_info(&attrs("aquascope,permissions,edition2024")),
        "rust,edition2024"
    );
}

mod generated {
    //! Property tests over generated chapters.

    use super::*;
    use proptest::prelude::*;

    /// Where a generated block sits.
    #[derive(Debug, Clone, Copy)]
    enum Container {
        Top,
        Quote,
        NestedQuote,
        Bullet,
        Ordered,
        BulletQuote,
    }

    impl Container {
        /// The prefix of the block's first line and of the lines after it.
        fn prefixes(self) -> (&'static str, &'static str) {
            match self {
                Container::Top => ("", ""),
                Container::Quote => ("> ", "> "),
                Container::NestedQuote => ("> > ", "> > "),
                Container::Bullet => ("- ", "  "),
                Container::Ordered => ("1. ", "   "),
                Container::BulletQuote => ("- > ", "  > "),
            }
        }
    }

    #[derive(Debug, Clone)]
    struct Fence {
        container: Container,
        ours: bool,
        info: &'static str,
        fence_char: char,
        open_len: usize,
        extra_close_len: usize,
        indent: usize,
        code: Vec<String>,
    }

    #[derive(Debug, Clone)]
    enum Piece {
        Paragraph(String),
        Heading(String),
        Table,
        Html(String),
        IndentedCode(String),
        Fence(Fence),
    }

    fn code_line() -> impl Strategy<Value = String> {
        prop_oneof![
            1 => Just(String::new()),
            6 => "[ ]{0,6}[a-z0-9=;\"#/@(){}é`~\\[\\]][a-z0-9 =;\"#/@(){}é]{0,16}",
        ]
    }

    fn fence() -> impl Strategy<Value = Fence> {
        let container = prop_oneof![
            Just(Container::Top),
            Just(Container::Quote),
            Just(Container::NestedQuote),
            Just(Container::Bullet),
            Just(Container::Ordered),
            Just(Container::BulletQuote),
        ];
        let ours = prop_oneof![
            Just((true, "rust,memory")),
            Just((true, "memory")),
            Just((true, "rust memory edition2021")),
            Just((true, "rust,memory,compile_fail")),
            Just((false, "rust")),
            Just((false, "text")),
            Just((false, "")),
        ];
        (
            container,
            ours,
            prop_oneof![Just('`'), Just('~')],
            3usize..6,
            0usize..3,
            0usize..4,
            prop::collection::vec(code_line(), 0..5),
        )
            .prop_map(
                |(container, (ours, info), fence_char, open_len, extra_close_len, indent, code)| Fence {
                    container,
                    ours,
                    info,
                    fence_char,
                    open_len,
                    extra_close_len,
                    indent,
                    code,
                },
            )
    }

    fn piece() -> impl Strategy<Value = Piece> {
        prop_oneof![
            1 => "[A-Za-z][a-z ,.*_]{0,30}".prop_map(Piece::Paragraph),
            1 => "[A-Za-z][a-z ]{0,20}".prop_map(Piece::Heading),
            1 => Just(Piece::Table),
            1 => "[a-z ]{0,10}".prop_map(Piece::Html),
            1 => "[a-z][a-z ]{0,10}".prop_map(Piece::IndentedCode),
            3 => fence().prop_map(Piece::Fence),
        ]
    }

    /// A chapter: its text, and the code of each block of ours in order.
    fn chapter() -> impl Strategy<Value = (String, Vec<String>)> {
        (
            prop::collection::vec(piece(), 0..8),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(pieces, crlf, last_unclosed, trailing_newline)| {
                let eol = if crlf { "\r\n" } else { "\n" };
                let mut text = String::new();
                let mut codes = Vec::new();
                let count = pieces.len();
                let mut ends_in_unclosed_block = false;
                for (index, piece) in pieces.into_iter().enumerate() {
                    if index > 0 {
                        text.push_str(eol);
                    }
                    let last = index + 1 == count;
                    let ours = write_piece(&mut text, &mut codes, piece, eol, last && last_unclosed);
                    ends_in_unclosed_block = last && last_unclosed && ours;
                }
                if !trailing_newline && text.ends_with(eol) {
                    text.truncate(text.len() - eol.len());
                    // The last code line loses its line ending: an empty one
                    // disappears (a non-empty one is still reported with it).
                    if ends_in_unclosed_block
                        && let Some(code) = codes.last_mut()
                        && (code == "\n" || code.ends_with("\n\n"))
                    {
                        code.pop();
                    }
                }
                (text, codes)
            })
    }

    /// Appends a piece; true when it is a block of ours.
    fn write_piece(text: &mut String, codes: &mut Vec<String>, piece: Piece, eol: &str, unclosed: bool) -> bool {
        let mut line = |content: &str| {
            text.push_str(content);
            text.push_str(eol);
        };
        match piece {
            Piece::Paragraph(words) => line(&words),
            Piece::Heading(words) => line(&format!("## {words}")),
            Piece::Table => {
                line("| a | b |");
                line("|---|---|");
                line("| 1 | 2 |");
            }
            Piece::Html(words) => {
                line("<div class=\"x\">");
                line(&words);
                line("</div>");
            }
            Piece::IndentedCode(words) => line(&format!("    {words}")),
            Piece::Fence(fence) => {
                let (first, rest) = fence.container.prefixes();
                let indent = " ".repeat(fence.indent);
                // Spaces after a list marker widen the item's content
                // indentation instead of indenting the fence.
                let widened;
                let (rest, strip) = match fence.container {
                    Container::Bullet | Container::Ordered => {
                        widened = format!("{rest}{indent}");
                        (widened.as_str(), 0)
                    }
                    _ => (rest, fence.indent),
                };
                let open = fence.fence_char.to_string().repeat(fence.open_len);
                line(&format!("{first}{indent}{open}{}", fence.info));
                let mut code = String::new();
                for code_line in &fence.code {
                    if code_line.is_empty() {
                        line(rest.trim_end());
                    } else {
                        line(&format!("{rest}{code_line}"));
                    }
                    // The parser strips up to the fence's indentation.
                    let stripped = code_line.len() - code_line.trim_start_matches(' ').len();
                    code.push_str(&code_line[stripped.min(strip)..]);
                    code.push('\n');
                }
                if !unclosed {
                    let close = fence
                        .fence_char
                        .to_string()
                        .repeat(fence.open_len + fence.extra_close_len);
                    line(&format!("{rest}{indent}{close}"));
                }
                if fence.ours {
                    codes.push(code);
                }
                // End a list with a paragraph so that an indented piece after
                // it is not taken into the last item.
                if !unclosed
                    && matches!(
                        fence.container,
                        Container::Bullet | Container::Ordered | Container::BulletQuote
                    )
                {
                    text.push_str(eol);
                    text.push_str("After the list.");
                    text.push_str(eol);
                }
                return fence.ours;
            }
        }
        false
    }

    /// Removes each inserted text, found by searching, in order.
    fn remove_insertions(output: &str, insertions: &[String]) -> Option<String> {
        let mut result = String::new();
        let mut rest = output;
        for inserted in insertions {
            let at = rest.find(inserted.as_str())?;
            result.push_str(&rest[..at]);
            rest = &rest[at + inserted.len()..];
        }
        result.push_str(rest);
        Some(result)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(768))]

        #[test]
        fn insertion_keeps_every_other_byte((chapter, codes) in chapter()) {
            let blocks = markdown::find_blocks(&chapter);
            let found: Vec<&str> = blocks.iter().map(|b| b.code.as_str()).collect();
            prop_assert_eq!(&found, &codes.iter().map(String::as_str).collect::<Vec<_>>());

            let replacements: Vec<_> = blocks
                .iter()
                .enumerate()
                .map(|(i, block)| markdown::block_replacement(&chapter, block, &fake_html(i)))
                .collect();
            for (range, text) in &replacements {
                prop_assert!(range.is_empty(), "memory blocks are only inserted after");
                prop_assert!(!text.is_empty());
            }
            let output = markdown::splice(&chapter, &replacements);
            let inserted: Vec<String> = replacements.iter().map(|(_, text)| text.clone()).collect();
            let restored = remove_insertions(&output, &inserted);
            prop_assert_eq!(restored.as_deref(), Some(chapter.as_str()));

            // The blocks survive the insertion, and each picture renders as
            // raw HTML right after its code block.
            // Closing a fence left open at the end of the document can turn a
            // final blank line into an empty code line: compare without them.
            let trimmed = |code: &str| code.trim_end_matches('\n').to_string();
            let again: Vec<String> = markdown::find_blocks(&output).iter().map(|b| trimmed(&b.code)).collect();
            prop_assert_eq!(again, codes.iter().map(|c| trimmed(c)).collect::<Vec<_>>());
            let rendered = comparable_html(&output);
            for i in 0..blocks.len() {
                let div = fake_html(i);
                let found: Vec<_> = rendered.match_indices(&div).collect();
                prop_assert_eq!(found.len(), 1, "picture {} in\n{}", i, rendered);
                prop_assert!(rendered[..found[0].0].trim_end().ends_with("</code></pre>"), "{}", rendered);
            }
            let without_pictures: String = rendered
                .split_inclusive('\n')
                .filter(|line| !line.contains(r#"<div class="mdbook-memory""#))
                .collect();
            prop_assert_eq!(without_pictures, comparable_html(&chapter));
        }

        #[test]
        fn nothing_panics_on_any_chapter(chapter in "(```|~~~~|> |- |1\\. |\\t|\\r|\\n|\\r\\n|rust,memory|memory|aquascope,interpreter|aquascope|,hideCode|,shouldFail|`\\[\\]`|#|é|中|x| |<div>){0,60}") {
            let blocks = markdown::find_blocks(&chapter);
            let mut replacements = Vec::new();
            for (i, block) in blocks.iter().enumerate() {
                replacements.push(markdown::block_replacement(&chapter, block, &fake_html(i)));
                let _ = markdown::replacement(&chapter, block, Some("let x = 1;\n"), "<div></div>");
                let _ = mdbook_memory::snippet::prepare(&block.code, block.attrs.dialect);
            }
            for pair in replacements.windows(2) {
                prop_assert!(pair[0].0.end <= pair[1].0.start, "replacements overlap");
            }
            let _ = markdown::splice(&chapter, &replacements);
        }

        #[test]
        fn nothing_panics_on_arbitrary_text(chapter in "\\PC*", info in "\\PC*") {
            let _ = markdown::parse_info(&info);
            let blocks = markdown::find_blocks(&chapter);
            let replacements: Vec<_> = blocks
                .iter()
                .map(|block| markdown::block_replacement(&chapter, block, "<div></div>"))
                .collect();
            let _ = markdown::splice(&chapter, &replacements);
        }
    }
}
