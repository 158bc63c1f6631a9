//! The stages run in order for one program: parse and lower, check, execute
//! while recording snapshots.

use crate::Edition;
use crate::diag::Diagnostic;
use crate::snippet::Snippet;
use crate::trace::Trace;

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
/// marker (or one before `main`'s locals are dropped when there is none).
/// Errors are in snippet-source coordinates.
pub fn analyse(snippet: &Snippet, edition: Edition, limits: Limits) -> Result<Analysis, Diagnostic> {
    let _ = (snippet, edition, limits);
    Err(Diagnostic::unsupported("the model is not built yet", crate::diag::Span::point(1, 1)))
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
    let _ = (file_name, source, edition, limits);
    RunReport {
        stdout: String::new(),
        stderr: "unsupported: the model is not built yet\n".into(),
        exit_code: 2,
    }
}
