//! The `mdbook-memory` command line: the mdBook preprocessor protocol when
//! called with no arguments, and tools for authors otherwise. The binary only
//! calls [`main`]; everything here returns errors instead of exiting.

pub mod install;
pub mod permissions;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use mdbook_driver::MDBook;
use mdbook_preprocessor::Preprocessor;

use crate::Edition;
use crate::diag::{DiagKind, Span};
use crate::markdown::Dialect;
use crate::pipeline::{self, Limits};
use crate::preprocessor::{self, MemoryPreprocessor};
use crate::render;
use crate::snippet::{self, Snippet};
use crate::trace::Trace;

/// Exit code for success.
pub const EXIT_OK: i32 = 0;
/// Exit code for a failure: bad input, a failed build, a rejected program.
pub const EXIT_FAILURE: i32 = 1;
/// Exit code for something the model (or this tool) does not support yet.
pub const EXIT_UNSUPPORTED: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "mdbook-memory",
    version,
    about = "Stack and heap pictures of Rust snippets, for mdBook and for blog posts",
    long_about = "Stack and heap pictures of Rust snippets, drawn from an embedded ownership model.\n\n\
        With no command, runs as an mdBook preprocessor: reads mdBook's [context, book] JSON on \
        stdin and writes the book JSON to stdout. Add it to a book with `mdbook-memory install`, \
        then mark code blocks with ```rust,memory and snapshot points with `//@ label` comments."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Tells mdBook whether a renderer is supported (exit 0) or not (exit 1).
    ///
    /// Only `html` is: for `test`, the blocks must reach rustdoc untouched (the
    /// markers are comments, so the code stays valid Rust), and mdBook skips
    /// a preprocessor for a renderer it does not support; other renderers such
    /// as `markdown` would show the injected HTML as raw text.
    Supports {
        /// The renderer's name, e.g. `html`.
        renderer: String,
    },
    /// Builds a book in-process with the preprocessor registered (no `mdbook` binary needed).
    Build {
        /// The book's root directory (where book.toml is).
        #[arg(default_value = ".")]
        book: PathBuf,
    },
    /// Adds `[preprocessor.memory]` to a book's book.toml, keeping its formatting and comments.
    Install {
        /// The book's root directory (where book.toml is).
        #[arg(default_value = ".")]
        book: PathBuf,
    },
    /// Draws the pictures for one Rust file, self-contained, e.g. for a blog post.
    ///
    /// Mark snapshot points with `//@ label` comments, as in a book. The output
    /// is a complete HTML page (listing and every snapshot) unless OUT ends in
    /// `.svg`, which gets the SVG of one snapshot: the last, or the one chosen
    /// with --snapshot.
    Render {
        /// The Rust file (a whole program, or statements to wrap in `fn main`).
        file: PathBuf,
        /// Where to write: `OUT.html` or `OUT.svg`; standard output (HTML) when absent.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The Rust edition the file is read under.
        #[arg(long, default_value = "2021", value_parser = parse_edition)]
        edition: Edition,
        /// For SVG output: the snapshot to draw, by label or 1-based number.
        #[arg(long, value_name = "LABEL|N")]
        snapshot: Option<String>,
    },
    /// Runs a program in the model and prints what the real program would print.
    ///
    /// Exit codes: 0 it ran to completion, 1 rustc would reject it (the
    /// diagnostics are on stderr), 2 it uses something the model does not
    /// support or it ran over a budget, 101 it panicked.
    Run {
        /// The Rust file, a whole program with `fn main`.
        file: PathBuf,
        /// The Rust edition the file is read under.
        #[arg(long, default_value = "2021", value_parser = parse_edition)]
        edition: Edition,
    },
    /// Prints what each line does to the read, write and own permissions of the places, as Aquascope shows them.
    ///
    /// Under each line that changes something: each place whose permissions
    /// changed (`+R` gained, `/R` lost, `-` missing), and the borrow that
    /// takes permissions away. A program rustc would reject gets its report
    /// too, then the error on stderr and exit code 1.
    Permissions {
        /// The Rust file (a whole program, or statements to wrap in `fn main`).
        file: PathBuf,
        /// The Rust edition the file is read under.
        #[arg(long, default_value = "2021", value_parser = parse_edition)]
        edition: Edition,
    },
    /// Prints the size, alignment, field offsets, tags and niches of types, as rustc lays them out.
    Layout {
        /// Type expressions, e.g. `Option<Box<i32>>`.
        #[arg(required = true)]
        types: Vec<String>,
        /// A Rust file whose type definitions the expressions may use.
        #[arg(long, value_name = "FILE.rs")]
        defs: Option<PathBuf>,
        /// Pointer width of the target: 64 (x86_64) or 32 (i686-like).
        #[arg(long, default_value = "64", value_parser = ["32", "64"])]
        target_pointer_width: String,
        /// Output format: a text table, JSON, or a standalone SVG byte-layout diagram of every type.
        #[arg(long, default_value = "text", value_parser = ["text", "json", "svg"])]
        format: String,
    },
}

fn parse_edition(year: &str) -> std::result::Result<Edition, String> {
    Edition::from_year(year).ok_or_else(|| format!("`{year}` is not an edition: use 2015, 2018, 2021 or 2024"))
}

/// Runs the command line and returns the process exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version on stdout with exit 0, usage errors on stderr with 2.
            let _ = error.print();
            return if error.use_stderr() { EXIT_UNSUPPORTED } else { EXIT_OK };
        }
    };
    match dispatch(cli.command) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}", error_text(&error));
            EXIT_FAILURE
        }
    }
}

fn dispatch(command: Option<Command>) -> Result<i32> {
    match command {
        None => protocol(),
        Some(Command::Supports { renderer }) => {
            let supported = MemoryPreprocessor.supports_renderer(&renderer)?;
            Ok(if supported { EXIT_OK } else { EXIT_FAILURE })
        }
        Some(Command::Build { book }) => build(&book),
        Some(Command::Install { book }) => {
            let outcome = install::install(&book)?;
            match outcome {
                install::InstallOutcome::Added(path) => {
                    println!("added [preprocessor.memory] to {}", path.display())
                }
                install::InstallOutcome::AlreadyInstalled(path) => {
                    println!("{} already has [preprocessor.memory]; nothing changed", path.display())
                }
            }
            Ok(EXIT_OK)
        }
        Some(Command::Render {
            file,
            output,
            edition,
            snapshot,
        }) => render_file(&file, output.as_deref(), edition, snapshot.as_deref()),
        Some(Command::Run { file, edition }) => run_file(&file, edition),
        Some(Command::Permissions { file, edition }) => permissions_file(&file, edition),
        Some(Command::Layout {
            types,
            defs,
            target_pointer_width,
            format,
        }) => layout_types(&types, defs.as_deref(), &target_pointer_width, &format),
    }
}

/// `layout`: the engine's table for each type; a type it cannot lay out is
/// reported as unsupported (exit 2), never guessed.
fn layout_types(types: &[String], defs: Option<&std::path::Path>, pointer_width: &str, format: &str) -> Result<i32> {
    let defs_source = match defs {
        Some(path) => {
            Some(std::fs::read_to_string(path).with_context(|| format!("could not read `{}`", path.display()))?)
        }
        None => None,
    };
    let width = if pointer_width == "32" { 32 } else { 64 };
    if format == "svg" {
        return match layout_svg(types, defs_source.as_deref(), width) {
            Ok(svg) => {
                println!("{svg}");
                Ok(0)
            }
            Err(message) => {
                eprintln!("unsupported: {message}");
                Ok(EXIT_UNSUPPORTED)
            }
        };
    }
    let format = if format == "json" {
        crate::layout::Format::Json
    } else {
        crate::layout::Format::Text
    };
    match crate::layout::layout_report(types, defs_source.as_deref(), width, format) {
        Ok(report) => {
            print!("{report}");
            Ok(0)
        }
        Err(message) => {
            eprintln!("unsupported: {message}");
            Ok(EXIT_UNSUPPORTED)
        }
    }
}

/// `layout --format svg`: one diagram with a panel per type.
fn layout_svg(types: &[String], defs_source: Option<&str>, pointer_width: u32) -> std::result::Result<String, String> {
    let target = crate::layout::Target::with_pointer_width(pointer_width)?;
    let defs = match defs_source {
        Some(source) => crate::layout::parse_defs(source)?,
        None => crate::layout::Defs::new(),
    };
    let mut panels = Vec::with_capacity(types.len());
    for ty in types {
        let layout = crate::layout::layout_of_type_expr(ty, &defs, target)?;
        if layout.size > crate::layout_request::MAX_DIAGRAM_BYTES {
            return Err(format!(
                "`{ty}` takes {} bytes; diagrams are drawn for types of at most {} bytes",
                layout.size,
                crate::layout_request::MAX_DIAGRAM_BYTES
            ));
        }
        panels.push(crate::layout_request::Panel {
            heading: ty.clone(),
            layout,
        });
    }
    let title = crate::render::layout_diagram::diagram_title(&panels);
    Ok(crate::render::layout_diagram::diagram_svg(&panels, "mm-layout", &title))
}

/// The message for an error the command could not recover from, worded like
/// rustc's: one `error:` prefix, then the causes.
fn error_text(error: &anyhow::Error) -> String {
    let text = format!("{error:#}");
    if text.starts_with("error") {
        text
    } else {
        format!("error: {text}")
    }
}

fn protocol() -> Result<i32> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        anyhow::bail!(
            "mdbook-memory reads mdBook's preprocessor JSON on stdin; \
             add it to a book with `mdbook-memory install`, or see `mdbook-memory --help`"
        );
    }
    let stdout = std::io::stdout();
    let mut output = stdout.lock();
    preprocessor::run_protocol(stdin.lock(), &mut output)?;
    output.flush().context("could not write the book to stdout")?;
    Ok(EXIT_OK)
}

/// Builds the book with our preprocessor in-process and returns the output
/// directories.
pub fn build_book(book_root: &Path) -> Result<Vec<PathBuf>> {
    let mut book =
        MDBook::load(book_root).with_context(|| format!("could not load the book at {}", book_root.display()))?;
    // Registering under the same name replaces the command-line preprocessor
    // mdBook created for `[preprocessor.memory]`, so no `mdbook-memory` is
    // looked up on PATH; a book without the table gets it added.
    book.with_preprocessor(MemoryPreprocessor);
    book.build()?;
    let renderers: Vec<String> = book
        .config
        .outputs::<toml::Value>()
        .map(|outputs| outputs.into_keys().collect())
        .unwrap_or_default();
    let renderers = if renderers.is_empty() {
        vec!["html".to_string()]
    } else {
        renderers
    };
    Ok(renderers.iter().map(|name| book.build_dir_for(name)).collect())
}

fn build(book_root: &Path) -> Result<i32> {
    for directory in build_book(book_root)? {
        println!("book written to {}", directory.display());
    }
    Ok(EXIT_OK)
}

fn read_source(file: &Path) -> Result<String> {
    std::fs::read_to_string(file).with_context(|| format!("could not read {}", file.display()))
}

fn run_file(file: &Path, edition: Edition) -> Result<i32> {
    let source = read_source(file)?;
    let report = pipeline::run_source(&file.display().to_string(), &source, edition, Limits::default());
    print!("{}", report.stdout);
    eprint!("{}", report.stderr);
    std::io::stdout().flush().context("could not write to stdout")?;
    Ok(report.exit_code)
}

fn permissions_file(file: &Path, edition: Edition) -> Result<i32> {
    let source = read_source(file)?;
    let name = file.display().to_string();
    let (report, snippet) = match permissions::report(&source, edition) {
        Ok(done) => done,
        Err(diagnostic) => {
            let snippet = snippet::prepare(&source, Dialect::Memory);
            let located = diagnostic.relocate(|span| file_span(&snippet, span));
            eprintln!("{}", located.render(&name, &source));
            return Ok(exit_code_for(located.kind));
        }
    };
    print!("{}", report.text);
    std::io::stdout().flush().context("could not write to stdout")?;
    match report.rejected {
        Some(diagnostic) => {
            let located = diagnostic.relocate(|span| file_span(&snippet, span));
            eprintln!("{}", located.render(&name, &source));
            Ok(exit_code_for(located.kind))
        }
        None => Ok(EXIT_OK),
    }
}

/// The exit code `run` uses for a diagnostic of this kind.
fn exit_code_for(kind: DiagKind) -> i32 {
    match kind {
        DiagKind::Unsupported | DiagKind::Budget => EXIT_UNSUPPORTED,
        DiagKind::Parse | DiagKind::Rejected | DiagKind::Book => EXIT_FAILURE,
    }
}

fn render_file(file: &Path, output: Option<&Path>, edition: Edition, snapshot: Option<&str>) -> Result<i32> {
    let source = read_source(file)?;
    let snippet = snippet::prepare(&source, Dialect::Memory);
    let analysis = match pipeline::analyse(&snippet, edition, Limits::default()) {
        Ok(analysis) => analysis,
        Err(diagnostic) => {
            let located = diagnostic.relocate(|span| file_span(&snippet, span));
            eprintln!("{}", located.render(&file.display().to_string(), &source));
            return Ok(exit_code_for(located.kind));
        }
    };
    let wants_svg = output.is_some_and(|path| path.extension().is_some_and(|extension| extension == "svg"));
    let text = if wants_svg {
        let chosen = choose_snapshot(&analysis.trace, snapshot)?;
        render::snapshot_svg(chosen, &id_prefix_for(file))
    } else {
        let title = file.file_name().map_or_else(
            || file.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        render::standalone_html(&title, &snippet.listing, &analysis.trace)
    };
    match output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("could not write {}", path.display()))?;
            println!("wrote {}", path.display());
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes()).context("could not write to stdout")?;
            stdout.flush().context("could not write to stdout")?;
        }
    }
    Ok(EXIT_OK)
}

fn choose_snapshot<'trace>(trace: &'trace Trace, wanted: Option<&str>) -> Result<&'trace crate::trace::Snapshot> {
    let found = match wanted {
        None => trace.snapshots.last(),
        Some(wanted) => trace
            .snapshots
            .iter()
            .find(|snapshot| snapshot.label == wanted)
            .or_else(|| {
                wanted
                    .parse::<usize>()
                    .ok()
                    .and_then(|number| number.checked_sub(1))
                    .and_then(|index| trace.snapshots.get(index))
            }),
    };
    found.with_context(|| {
        let labels: Vec<&str> = trace.snapshots.iter().map(|snapshot| snapshot.label.as_str()).collect();
        match wanted {
            Some(wanted) => format!("no snapshot `{wanted}`; the snapshots are: {}", labels.join(", ")),
            None => "the program produced no snapshot".to_string(),
        }
    })
}

/// Maps a snippet-source span back to the file the author wrote: a `.rs`
/// file is one block whose code starts on line 1, column 1.
fn file_span(snippet: &Snippet, span: Span) -> Span {
    preprocessor::map_span(snippet, span, 1, 0)
}

/// Ids in a standalone SVG only need to differ from other pictures on the same
/// page; the file's name does that for a blog post with several.
fn id_prefix_for(file: &Path) -> String {
    let stem = file
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut ids = preprocessor::IdAllocator::default();
    ids.chapter_stem(Path::new(&stem))
}
