//! The stages run in order for one program: parse and lower, check, execute
//! while recording snapshots.

use crate::Edition;
use crate::diag::{DiagKind, Diagnostic};
use crate::machine::{self, NoObserver, Stop};
use crate::snippet::Snippet;
use crate::trace::{Recorder, Trace};
use crate::{check, syntax};

/// Budgets that stop runaway programs with a clear error instead of a hang.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Statements executed.
    pub max_steps: u64,
    /// Nested calls.
    pub max_call_depth: usize,
    /// Bytes live on the heap at once.
    pub max_heap_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_steps: 1_000_000,
            max_call_depth: 256,
            max_heap_bytes: 64 * 1024 * 1024,
        }
    }
}

/// The result of analysing one block.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub trace: Trace,
    /// The panic message if the program panicked (the trace stops there).
    pub panic: Option<String>,
}

/// Parses, checks and runs a prepared snippet, recording a snapshot at each
/// marker (or one before `main`'s locals are dropped when there is none),
/// each with the permissions of the places at its point. Errors are in
/// snippet-source coordinates.
pub fn analyse(snippet: &Snippet, edition: Edition, limits: Limits) -> Result<Analysis, Diagnostic> {
    let program = syntax::lower_program_in(&snippet.source, &snippet.markers, edition)?;
    check::check_program(&program)?;
    let mut recorder = Recorder {
        permissions: check::permissions::at_markers(&program),
        ..Recorder::default()
    };
    let (stdout, panic) = match machine::run(&program, limits, &mut recorder) {
        Ok(output) | Err((Stop::Exit { .. }, output)) => (output.stdout, None),
        Err((Stop::Panic { message, .. }, output)) => (output.stdout, Some(message)),
        Err((Stop::Error(diagnostic), _)) => return Err(*diagnostic),
        Err((Stop::UndefinedBehavior { message, span }, _)) => return Err(internal_error(&message, span)),
    };
    Ok(Analysis {
        trace: Trace {
            snapshots: recorder.snapshots,
            stdout,
        },
        panic,
    })
}

/// Undefined behaviour outside what-if mode means the checker let through
/// something it should have rejected: a bug in the model, not in the program.
fn internal_error(message: &str, span: crate::diag::Span) -> Diagnostic {
    Diagnostic::new(
        DiagKind::Unsupported,
        format!("internal error in the model (please report): {message}"),
        span,
    )
}

/// The label of the picture taken after the line the checker rejected.
pub const WHAT_IF_LABEL: &str = "if it compiled";

/// Pictures of a program the checker rejected with `error`, run as if it
/// had compiled: the author's markers, one more after the rejected line, and
/// a last one where undefined behaviour happens. `None` when the program
/// cannot be run (the rejection did not come from the checker, or the model
/// cannot run it).
pub fn what_if(snippet: &Snippet, edition: Edition, error: &Diagnostic, limits: Limits) -> Option<Trace> {
    let program = syntax::lower_program_in(&snippet.source, &snippet.markers, edition).ok()?;
    check::check_program(&program).err().filter(|found| found == error)?;
    let mut markers = snippet.markers.clone();
    markers.push(crate::snippet::Marker {
        source_line: error.span.first_line(),
        display_line: snippet.listing_line(error.span.first_line()).unwrap_or(0),
        label: WHAT_IF_LABEL.into(),
    });
    markers.sort_by_key(|m| m.source_line);
    let program = syntax::lower_program_in(&snippet.source, &markers, edition).ok()?;
    let mut recorder = Recorder::default();
    let (stdout, stop) = match machine::run_what_if(&program, limits, &mut recorder) {
        Ok(output) => (output.stdout, None),
        Err((stop, output)) => (output.stdout, Some(stop)),
    };
    match stop {
        None | Some(Stop::Panic { .. } | Stop::UndefinedBehavior { .. } | Stop::Exit { .. }) => {}
        Some(Stop::Error(_)) => return None,
    }
    let mut snapshots = recorder.snapshots;
    if let (Some(span), Some(last)) = (recorder.undefined_at, snapshots.last_mut()) {
        last.line = snippet.listing_line(span.first_line()).unwrap_or(0);
    }
    Some(Trace { snapshots, stdout })
}

/// What `mdbook-memory run` reports: the program's output and exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunReport {
    pub stdout: String,
    pub stderr: String,
    /// 0 ran to completion, 1 rejected (or does not parse), 2 unsupported or over budget, 101 panicked.
    pub exit_code: i32,
}

/// Runs a whole `.rs` program in the model, like `rustc FILE.rs && ./FILE`.
pub fn run_source(file_name: &str, source: &str, edition: Edition, limits: Limits) -> RunReport {
    let failed = |diagnostic: Diagnostic| {
        let exit_code = match diagnostic.kind {
            DiagKind::Parse | DiagKind::Rejected => 1,
            DiagKind::Unsupported | DiagKind::Budget | DiagKind::Book => 2,
        };
        let mut stderr = diagnostic.render(file_name, source);
        if exit_code == 1 {
            stderr.push_str("\nerror: aborting due to 1 previous error\n");
            if let Some(code) = diagnostic.code {
                stderr.push_str(&format!(
                    "\nFor more information about this error, try `rustc --explain {code}`.\n"
                ));
            }
        }
        RunReport {
            stdout: String::new(),
            stderr,
            exit_code,
        }
    };
    let program = match syntax::lower_program_in(source, &[], edition) {
        Ok(program) => program,
        Err(diagnostic) => return failed(diagnostic),
    };
    if let Err(diagnostic) = check::check_program(&program) {
        return failed(diagnostic);
    }
    match machine::run(&program, limits, &mut NoObserver) {
        Ok(output) => RunReport {
            stdout: output.stdout,
            stderr: output.stderr,
            exit_code: output.exit_code,
        },
        Err((Stop::Panic { message, span }, output)) => RunReport {
            stdout: output.stdout,
            stderr: format!(
                "{}\nthread 'main' panicked at {file_name}:{}:{}:\n{message}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
                output.stderr, span.line, span.col
            ),
            exit_code: 101,
        },
        // The exit status keeps the low byte of the code, as on Linux.
        Err((Stop::Exit { code }, output)) => RunReport {
            stdout: output.stdout,
            stderr: output.stderr,
            exit_code: code & 0xff,
        },
        Err((Stop::Error(diagnostic), output)) => RunReport {
            stdout: output.stdout,
            ..failed(*diagnostic)
        },
        Err((Stop::UndefinedBehavior { message, span }, output)) => RunReport {
            stdout: output.stdout,
            ..failed(internal_error(&message, span))
        },
    }
}
