//! The mdBook side: the [`Preprocessor`] implementation that finds our blocks
//! in every chapter, analyses them and splices pictures in.
//!
//! Failures of the author's code are collected for the whole book, so one
//! build reports every broken block at once; with `on-error = "fail"` they
//! fail the build, with `on-error = "warn"` they become warnings and visible
//! error boxes in the page.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use mdbook_preprocessor::book::{Book, Chapter};
use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{MDBOOK_VERSION, Preprocessor, PreprocessorContext};

use crate::Edition;
use crate::config::{Config, OnError, book_edition};
use crate::diag::{DiagKind, Diagnostic, Span};
use crate::layout::Target;
use crate::layout_request::{self, BlockPosition};
use crate::markdown::{self, Dialect, MarkedBlock};
use crate::pipeline::{self, Limits};
use crate::render::{self, BlockOptions};
use crate::snippet::{self, ListingLine, Snippet};

/// The `memory` preprocessor.
#[derive(Debug, Default, Clone, Copy)]
pub struct MemoryPreprocessor;

/// The name mdBook knows us by: `[preprocessor.memory]`.
pub const NAME: &str = "memory";

/// What the note under an Aquascope block in a mode we do not draw says.
pub const PERMISSIONS_NOTE: &str = "The permissions view of this block is not available yet; only the code is shown.";

/// A preprocessed book and the warnings to show the author.
#[derive(Debug, Clone, PartialEq)]
pub struct Processed {
    pub book: Book,
    /// Each one a complete rustc-style message starting with `warning`.
    pub warnings: Vec<String>,
}

/// Everything a chapter's blocks need from the book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookSettings {
    pub on_error: OnError,
    pub limits: Limits,
    /// book.toml's `[rust] edition`, unless a block says `editionNNNN`.
    pub edition: Edition,
    /// What `memory-layout` blocks lay types out for, unless a block says `target:`.
    pub target: Target,
    /// Whether `compile_fail` blocks get what-if pictures.
    pub what_if: bool,
}

impl BookSettings {
    pub fn new(config: &Config, edition: Edition) -> BookSettings {
        BookSettings {
            on_error: config.on_error,
            limits: config.limits(),
            edition,
            // `Config::from_table` has already refused any other width.
            target: config.target().unwrap_or_default(),
            what_if: config.what_if.unwrap_or(true),
        }
    }
}

/// One chapter, as the blocks in it are named in messages and ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChapterInfo {
    /// The chapter file relative to the book root, e.g. `src/ch03.md`, for `-->` lines.
    pub file_label: String,
    /// Prefix of every id in the chapter, unique in the book, e.g. `mm-ch03`.
    pub id_stem: String,
}

/// The outcome for one chapter.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChapterOutcome {
    /// The chapter's markdown with the pictures spliced in.
    pub content: String,
    pub warnings: Vec<String>,
    /// Messages for blocks that fail the build (only with `on-error = "fail"`).
    pub errors: Vec<String>,
}

impl MemoryPreprocessor {
    /// Runs the preprocessor, returning the warnings instead of printing them.
    pub fn process(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Processed> {
        let config = Config::from_book_config(&ctx.config)?;
        let settings = BookSettings::new(&config, book_edition(&ctx.config));
        let mut warnings: Vec<String> = version_warning(&ctx.mdbook_version).into_iter().collect();
        let mut errors = Vec::new();
        let mut ids = IdAllocator::default();
        let src_dir = ctx.config.book.src.clone();

        // Chapters are found and named in book order (their ids depend on
        // it), drawn on every core, and given back in book order, so the
        // output and the messages do not depend on the number of threads.
        let mut jobs = Vec::new();
        let mut visited = 0;
        book.for_each_chapter_mut(|chapter| {
            visited += 1;
            let blocks = markdown::find_blocks(&chapter.content);
            let Some(info) = chapter_info(chapter, &src_dir, &mut ids) else {
                return;
            };
            if blocks.is_empty() {
                return;
            }
            let source = std::mem::take(&mut chapter.content);
            jobs.push((visited, ChapterJob { source, blocks, info }));
        });
        let outcomes = annotate_chapters(jobs.iter().map(|(_, job)| job).collect(), &settings);
        let mut outcomes = jobs.iter().map(|(at, _)| *at).zip(outcomes).peekable();
        let mut visited = 0;
        book.for_each_chapter_mut(|chapter| {
            visited += 1;
            if let Some((_, outcome)) = outcomes.next_if(|(at, _)| *at == visited) {
                chapter.content = outcome.content;
                warnings.extend(outcome.warnings);
                errors.extend(outcome.errors);
            }
        });

        if errors.is_empty() {
            Ok(Processed { book, warnings })
        } else {
            // Warnings first: they were found before or beside the errors and
            // the build stops here.
            for warning in &warnings {
                eprintln!("{warning}");
            }
            let count = errors.len();
            let blocks = if count == 1 { "block" } else { "blocks" };
            errors.push(format!(
                "error: aborting: {count} {blocks} could not be drawn \
                 (`on-error = \"warn\"` in [preprocessor.memory] builds the book anyway)"
            ));
            Err(anyhow::Error::msg(errors.join("\n\n")))
        }
    }
}

/// A chapter with blocks to draw.
struct ChapterJob {
    source: String,
    blocks: Vec<MarkedBlock>,
    info: ChapterInfo,
}

/// The outcome of each job, in the jobs' order, drawn on as many threads as
/// the machine has cores, each taking the next job when it is free.
fn annotate_chapters(jobs: Vec<&ChapterJob>, settings: &BookSettings) -> Vec<ChapterOutcome> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len());
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(index) else {
                return done;
            };
            done.push((index, annotate_chapter(&job.source, &job.blocks, &job.info, settings)));
        }
    };
    let mut outcomes: Vec<Option<ChapterOutcome>> = (0..jobs.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (1..threads)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .stack_size(WORKER_STACK_BYTES)
                    .spawn_scoped(scope, work)
                    .ok()
            })
            .collect();
        // This thread takes jobs too, so every job is done even when no
        // other thread could be started.
        let mut done = work();
        for worker in workers {
            match worker.join() {
                Ok(theirs) => done.extend(theirs),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        for (index, outcome) in done {
            outcomes[index] = Some(outcome);
        }
    });
    outcomes.into_iter().flatten().collect()
}

/// A drawing thread's stack: lowering and the machine recurse as deep as a
/// program nests and calls, so it gets at least what the main thread has.
const WORKER_STACK_BYTES: usize = 16 << 20;

impl Preprocessor for MemoryPreprocessor {
    fn name(&self) -> &str {
        NAME
    }

    fn run(&self, ctx: &PreprocessorContext, book: Book) -> Result<Book> {
        let processed = self.process(ctx, book)?;
        for warning in &processed.warnings {
            eprintln!("{warning}");
        }
        Ok(processed.book)
    }

    /// Only `html`: the `test` renderer must see the blocks untouched for
    /// rustdoc (our markers are comments, so the code stays valid Rust), and
    /// other renderers (e.g. `markdown`) would show our HTML as raw text.
    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}

/// The mdBook preprocessor protocol: reads `[context, book]` JSON from `input`,
/// writes the processed book's JSON to `output`. Warnings go to stderr, as
/// mdBook shows a preprocessor's stderr to the author.
pub fn run_protocol(input: impl Read, output: impl Write) -> Result<()> {
    let (ctx, book) = mdbook_preprocessor::parse_input(input)
        .context("expected mdBook's preprocessor input (the `[context, book]` JSON) on stdin")?;
    let book = MemoryPreprocessor.run(&ctx, book)?;
    serde_json::to_writer(output, &book).context("could not write the book to stdout")?;
    Ok(())
}

/// A warning when the calling mdBook's major.minor differs from the one we were
/// built against: the JSON shapes may differ between them.
pub fn version_warning(calling_version: &str) -> Option<String> {
    let major_minor = |version: &str| {
        let mut parts = version.trim().split('.');
        (parts.next().map(str::to_owned), parts.next().map(str::to_owned))
    };
    (major_minor(calling_version) != major_minor(MDBOOK_VERSION)).then(|| {
        format!(
            "warning: mdbook-memory was built against mdBook {MDBOOK_VERSION} but is being run by mdBook {calling_version}; \
             if the build misbehaves, use a matching version"
        )
    })
}

/// Draws every block of one chapter, splicing the HTML in.
pub fn annotate_chapter(
    source: &str,
    blocks: &[MarkedBlock],
    info: &ChapterInfo,
    settings: &BookSettings,
) -> ChapterOutcome {
    let mut outcome = ChapterOutcome::default();
    let mut replacements = Vec::with_capacity(blocks.len());
    for (index, block) in blocks.iter().enumerate() {
        let options = BlockOptions {
            id_prefix: format!("{}-b{}", info.id_stem, index + 1),
            horizontal: block.attrs.horizontal,
            hide_code: block.attrs.hide_code,
        };
        if block.attrs.dialect == Dialect::Layout {
            match layout_block_html(source, block, &options, settings) {
                Ok(html) => replacements.push(markdown::block_replacement(source, block, &html)),
                Err(diagnostic) => {
                    let rendered = with_severity(&diagnostic.render(&info.file_label, source), "error");
                    if let Some(html) = report_failure(&mut outcome, settings, rendered, &[], &options) {
                        replacements.push(markdown::block_replacement(source, block, &html));
                    }
                }
            }
            continue;
        }
        let snippet = snippet::prepare(&block.code, block.attrs.dialect);
        let html = match block_html(block, &snippet, &options, settings) {
            // rustdoc fails a `compile_fail` test that compiles; so do we.
            Ok(_) if block.attrs.compile_fail => {
                let diagnostic = Diagnostic::new(
                    DiagKind::Book,
                    "this block is marked `compile_fail`, but the model accepts it",
                    Span::point(block.first_code_line.saturating_sub(1).max(1), 1),
                );
                let rendered = with_severity(&diagnostic.render(&info.file_label, source), "error");
                match report_failure(&mut outcome, settings, rendered, &snippet.listing, &options) {
                    Some(html) => html,
                    None => continue,
                }
            }
            Ok(html) => html,
            Err(diagnostic) => {
                // The author expects rustc to reject this block: its diagnostic
                // is the block's result, not a failure of the build.
                let expected = block.attrs.compile_fail && diagnostic.kind == DiagKind::Rejected;
                let located = (*diagnostic)
                    .clone()
                    .relocate(|span| chapter_span(block, &snippet, span));
                let rendered = with_severity(&located.render(&info.file_label, source), "error");
                if expected {
                    let what_if = settings
                        .what_if
                        .then(|| {
                            pipeline::what_if(&snippet, block_edition(block, settings), &diagnostic, settings.limits)
                        })
                        .flatten();
                    match what_if {
                        Some(trace) => render::what_if_html(&snippet.listing, &rendered, &trace, &options),
                        None => render::rejection_html(&snippet.listing, &rendered, &options),
                    }
                } else {
                    match report_failure(&mut outcome, settings, rendered, &snippet.listing, &options) {
                        Some(html) => html,
                        None => continue,
                    }
                }
            }
        };
        replacements.push(markdown::block_replacement(source, block, &html));
    }
    outcome.content = markdown::splice(source, &replacements);
    outcome
}

/// A block that cannot be drawn: with `on-error = "fail"` an error for the
/// build (`None`); with `"warn"` a warning and the error box to show instead.
fn report_failure(
    outcome: &mut ChapterOutcome,
    settings: &BookSettings,
    rendered: String,
    listing: &[ListingLine],
    options: &BlockOptions,
) -> Option<String> {
    match settings.on_error {
        OnError::Fail => {
            outcome.errors.push(rendered);
            None
        }
        OnError::Warn => {
            outcome.warnings.push(with_severity(&rendered, "warning"));
            Some(render::error_box_html(listing, &rendered, options))
        }
    }
}

/// The block's own `editionNNNN`, or the book's edition.
fn block_edition(block: &MarkedBlock, settings: &BookSettings) -> Edition {
    block.attrs.edition.unwrap_or(settings.edition)
}

/// The picture (or note) for one block, or the diagnostic that stops it.
fn block_html(
    block: &MarkedBlock,
    snippet: &Snippet,
    options: &BlockOptions,
    settings: &BookSettings,
) -> std::result::Result<String, Box<Diagnostic>> {
    if block.attrs.dialect == Dialect::AquascopeOther {
        return Ok(render::note_html(&snippet.listing, PERMISSIONS_NOTE, options));
    }
    let analysis = pipeline::analyse(snippet, block_edition(block, settings), settings.limits).map_err(Box::new)?;
    Ok(render::block_html(&snippet.listing, &analysis.trace, options))
}

/// The table and diagrams a `memory-layout` block asks for, with the types
/// the chapter's earlier Rust blocks define; diagnostics are already in
/// chapter coordinates.
fn layout_block_html(
    source: &str,
    block: &MarkedBlock,
    options: &BlockOptions,
    settings: &BookSettings,
) -> std::result::Result<String, Box<Diagnostic>> {
    let position = BlockPosition::from(block);
    let request = layout_request::parse_request(&block.code, position)?;
    let defs = layout_request::chapter_defs(source, block.range.start);
    let answer = layout_request::answer(&request, &defs, settings.target, position)?;
    Ok(render::layout_html(&answer, options))
}

/// Maps a span in snippet-source coordinates to chapter coordinates.
pub fn chapter_span(block: &MarkedBlock, snippet: &Snippet, span: Span) -> Span {
    map_span(snippet, span, block.first_code_line, block.column_offset)
}

/// Maps a span in snippet-source coordinates to the file the code was written
/// in, where the code's first line is `first_code_line` and every code line is
/// preceded by `column_offset` characters (container prefix, fence indentation).
///
/// A position on a line the wrapping added (`fn main() {`, the closing brace)
/// has no counterpart in the file: it is placed at the start of the line
/// before the code, the opening fence in a chapter.
pub fn map_span(snippet: &Snippet, span: Span, first_code_line: usize, column_offset: usize) -> Span {
    let position = |line: u32, col: u32| match snippet.code_position(line as usize, col as usize) {
        Some((code_line, code_col)) => (first_code_line + code_line, code_col.max(1) + column_offset),
        None => (first_code_line.saturating_sub(1).max(1), column_offset + 1),
    };
    let (line, col) = position(span.line, span.col);
    let (end_line, end_col) = position(span.end_line, span.end_col);
    Span::new(line, col, end_line, end_col)
}

/// Rewrites the severity word of a rendered diagnostic's first line:
/// `error[E0382]: …` → `warning[E0382]: …`; `unsupported: …` → `error: unsupported: …`.
fn with_severity(rendered: &str, severity: &str) -> String {
    let body = rendered.strip_prefix("error").unwrap_or(rendered);
    let body = body.trim_end_matches('\n');
    if body.starts_with(':') || body.starts_with('[') {
        format!("{severity}{body}")
    } else {
        format!("{severity}: {body}")
    }
}

/// The names a chapter's blocks are reported and identified by; `None` for drafts.
fn chapter_info(chapter: &Chapter, src_dir: &Path, ids: &mut IdAllocator) -> Option<ChapterInfo> {
    let path = chapter.path.as_ref()?;
    let file = chapter.source_path.as_ref().unwrap_or(path);
    Some(ChapterInfo {
        file_label: display_path(&src_dir.join(file)),
        id_stem: ids.chapter_stem(path),
    })
}

/// Forward slashes on every platform, as the message is read, not opened.
fn display_path(path: &Path) -> String {
    path.components()
        .map(|component| component.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Hands out id stems that are unique across the whole book, because the
/// print page puts every chapter on one page.
#[derive(Debug, Default)]
pub struct IdAllocator {
    used: HashSet<String>,
}

impl IdAllocator {
    /// `ch03/getting started.md` → `mm-ch03-getting-started`; a second chapter
    /// that sanitises the same way gets `-2`, `-3`… appended.
    pub fn chapter_stem(&mut self, chapter_path: &Path) -> String {
        let base = format!("mm-{}", sanitise(&chapter_path.with_extension("")));
        let mut stem = base.clone();
        let mut counter = 1;
        while !self.used.insert(stem.clone()) {
            counter += 1;
            stem = format!("{base}-{counter}");
        }
        stem
    }
}

/// Lower-case letters, digits and single dashes: safe in ids and CSS selectors.
fn sanitise(path: &Path) -> String {
    let text: PathBuf = path.components().collect();
    let mut out = String::new();
    for character in display_path(&text).chars() {
        if character.is_alphanumeric() {
            out.extend(character.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "chapter".to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_rewrites_only_the_first_word() {
        assert_eq!(
            with_severity("unsupported: async\n --> a.md:1:1\n", "error"),
            "error: unsupported: async\n --> a.md:1:1"
        );
        assert_eq!(
            with_severity("error[E0382]: borrow of moved value\n", "warning"),
            "warning[E0382]: borrow of moved value"
        );
        assert_eq!(with_severity("error: expected `;`", "warning"), "warning: expected `;`");
    }

    #[test]
    fn chapter_stems_are_sanitised_and_unique() {
        let mut ids = IdAllocator::default();
        assert_eq!(
            ids.chapter_stem(Path::new("ch03-getting-started.md")),
            "mm-ch03-getting-started"
        );
        assert_eq!(ids.chapter_stem(Path::new("Part 1/Intro.md")), "mm-part-1-intro");
        assert_eq!(ids.chapter_stem(Path::new("part-1/intro.md")), "mm-part-1-intro-2");
        assert_eq!(ids.chapter_stem(Path::new("part_1/intro.md")), "mm-part-1-intro-3");
        assert_eq!(ids.chapter_stem(Path::new("Été/../x.md")), "mm-été-x");
    }

    #[test]
    fn version_warning_compares_major_and_minor() {
        let (major, rest) = MDBOOK_VERSION.split_once('.').unwrap_or((MDBOOK_VERSION, ""));
        let minor = rest.split('.').next().unwrap_or("");
        assert_eq!(version_warning(&format!("{major}.{minor}.999")), None);
        assert!(version_warning("0.4.52").is_some_and(|w| w.starts_with("warning: ")));
        assert!(version_warning("1.0.0").is_some());
    }

    fn snippet(line_map: Vec<Option<usize>>, column_shift: Vec<usize>) -> Snippet {
        Snippet {
            source: String::new(),
            line_map,
            column_shift,
            markers: Vec::new(),
            listing: Vec::new(),
            listing_line_of: Vec::new(),
        }
    }

    /// `fn main() {` added, two code lines (the second was a hidden `# ` line,
    /// so the program lacks its first two characters), `}` added.
    fn wrapped() -> Snippet {
        snippet(vec![None, Some(0), Some(1), None], vec![0, 0, 2, 0])
    }

    #[test]
    fn spans_on_code_lines_map_to_the_chapter() {
        // Code starts on chapter line 10, inside a blockquote (`> `, 2 characters).
        let mapped = map_span(&wrapped(), Span::new(2, 9, 2, 14), 10, 2);
        assert_eq!(mapped, Span::new(10, 11, 10, 16));
    }

    #[test]
    fn spans_on_added_lines_map_to_the_opening_fence() {
        assert_eq!(map_span(&wrapped(), Span::point(1, 1), 10, 3), Span::point(9, 4));
        assert_eq!(map_span(&wrapped(), Span::point(4, 1), 10, 0), Span::point(9, 1));
        // Out of range (a span past the end) is treated the same way, never a panic.
        assert_eq!(map_span(&wrapped(), Span::point(0, 0), 1, 0), Span::point(1, 1));
        assert_eq!(map_span(&wrapped(), Span::point(99, 1), 1, 0), Span::point(1, 1));
    }

    #[test]
    fn a_hidden_line_maps_past_its_removed_prefix() {
        assert_eq!(map_span(&wrapped(), Span::point(3, 1), 5, 0), Span::point(6, 3));
    }

    fn block_in_quote(source: &str) -> MarkedBlock {
        crate::markdown::find_blocks(source).remove(0)
    }

    const QUOTED: &str = "# T\n\n> ```rust,memory\n> let y = ;\n> ```\nafter\n";

    fn info() -> ChapterInfo {
        ChapterInfo {
            file_label: "src/t.md".to_string(),
            id_stem: "mm-t".to_string(),
        }
    }

    fn settings(on_error: OnError) -> BookSettings {
        BookSettings {
            on_error,
            limits: Limits::default(),
            edition: Edition::E2021,
            target: Target::X86_64,
            what_if: true,
        }
    }

    /// Chapters drawn on several threads come back in book order, each
    /// with exactly what drawing it alone gives.
    #[test]
    fn chapters_drawn_in_parallel_equal_chapters_drawn_one_by_one() {
        let sources: Vec<String> = (0..24)
            .map(|n| match n % 4 {
                0 => format!("# {n}\n\n```rust,memory\nlet v = vec![{n}];\nprintln!(\"{{v:?}}\");\n```\n"),
                1 => USE_AFTER_MOVE.to_string(),
                2 => QUOTED.to_string(),
                _ => ACCEPTED_BUT_COMPILE_FAIL.to_string(),
            })
            .collect();
        let jobs: Vec<ChapterJob> = sources
            .iter()
            .enumerate()
            .map(|(n, source)| ChapterJob {
                source: source.clone(),
                blocks: crate::markdown::find_blocks(source),
                info: ChapterInfo {
                    file_label: format!("src/c{n}.md"),
                    id_stem: format!("mm-c{n}"),
                },
            })
            .collect();
        let settings = settings(OnError::Warn);
        let one_by_one: Vec<ChapterOutcome> = jobs
            .iter()
            .map(|job| annotate_chapter(&job.source, &job.blocks, &job.info, &settings))
            .collect();
        assert_eq!(annotate_chapters(jobs.iter().collect(), &settings), one_by_one);
        assert!(one_by_one.iter().any(|outcome| !outcome.warnings.is_empty()));
    }

    const ACCEPTED_BUT_COMPILE_FAIL: &str = "# T\n\n```rust,memory,compile_fail\nlet x = 1;\n```\n";
    const USE_AFTER_MOVE: &str =
        "# T\n\n```rust,memory,compile_fail\nlet a = String::from(\"a\");\nlet b = a;\nprintln!(\"{a}\");\n```\n";

    #[test]
    fn a_compile_fail_block_the_model_accepts_is_an_error() {
        let block = block_in_quote(ACCEPTED_BUT_COMPILE_FAIL);
        let outcome = annotate_chapter(ACCEPTED_BUT_COMPILE_FAIL, &[block], &info(), &settings(OnError::Fail));
        assert_eq!(outcome.errors.len(), 1);
        assert!(outcome.errors[0].contains("marked `compile_fail`, but the model accepts it"));
        assert!(outcome.errors[0].contains(" --> src/t.md:3:1"), "{}", outcome.errors[0]);
    }

    #[test]
    fn a_rejected_compile_fail_block_gets_what_if_pictures_unless_disabled() {
        let block = block_in_quote(USE_AFTER_MOVE);
        let outcome = annotate_chapter(
            USE_AFTER_MOVE,
            std::slice::from_ref(&block),
            &info(),
            &settings(OnError::Fail),
        );
        assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
        assert!(outcome.content.contains("E0382"));
        assert!(outcome.content.contains("What if it compiled?"));
        assert!(outcome.content.contains("<svg"));
        let plain = BookSettings {
            what_if: false,
            ..settings(OnError::Fail)
        };
        let outcome = annotate_chapter(USE_AFTER_MOVE, &[block], &info(), &plain);
        assert!(outcome.content.contains("E0382"));
        assert!(!outcome.content.contains("What if it compiled?"));
        assert!(!outcome.content.contains("<svg"));
    }

    /// Whatever the model says about the block, a failure names the chapter
    /// file, and the build-stopping message is an `error`.
    #[test]
    fn on_error_fail_reports_and_leaves_the_chapter_alone() {
        let block = block_in_quote(QUOTED);
        let outcome = annotate_chapter(QUOTED, &[block], &info(), &settings(OnError::Fail));
        if outcome.errors.is_empty() {
            return; // The model drew the block: nothing to report.
        }
        assert_eq!(outcome.content, QUOTED);
        assert!(outcome.warnings.is_empty());
        let error = &outcome.errors[0];
        assert!(error.starts_with("error"), "{error}");
        assert!(error.contains(" --> src/t.md:"), "{error}");
    }

    #[test]
    fn on_error_warn_keeps_the_block_and_stays_in_the_blockquote() {
        let block = block_in_quote(QUOTED);
        let outcome = annotate_chapter(QUOTED, &[block], &info(), &settings(OnError::Warn));
        assert!(outcome.errors.is_empty());
        if let Some(warning) = outcome.warnings.first() {
            assert!(warning.starts_with("warning"), "{warning}");
            assert!(warning.contains(" --> src/t.md:"), "{warning}");
        }
        assert!(
            outcome
                .content
                .starts_with("# T\n\n> ```rust,memory\n> let y = ;\n> ```\n> <div"),
            "{}",
            outcome.content
        );
        assert!(outcome.content.ends_with("</div>\nafter\n"), "{}", outcome.content);
    }

    #[test]
    fn permissions_blocks_get_a_note_not_an_error() {
        let mut block = block_in_quote(QUOTED);
        block.attrs.dialect = Dialect::AquascopeOther;
        let outcome = annotate_chapter(QUOTED, &[block], &info(), &settings(OnError::Fail));
        assert!(outcome.errors.is_empty() && outcome.warnings.is_empty());
        assert_ne!(outcome.content, QUOTED);
    }
}
