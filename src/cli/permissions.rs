//! `mdbook-memory permissions`: what each line of a program does to the
//! read, write and own permissions of its places, as text.
//!
//! ```text
//!  3 | let r = &s;
//!    |   s   R /W /O  borrowed: &s on line 3
//!    |   r  +R  - +O
//!    |   *r +R  -  -
//! ```
//!
//! Under each line that changes something, each place whose permissions
//! changed, with all three: `+R` gained, `/R` lost, `R` kept, `-` missing;
//! and the borrow that takes permissions away from it, if one does.

use crate::check::{self, permissions};
use crate::diag::Diagnostic;
use crate::markdown::Dialect;
use crate::snippet::{self, Snippet};
use crate::syntax;

/// The text of the report, and the checker's error if rustc would reject
/// the program (its permissions are reported all the same).
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub text: String,
    pub rejected: Option<Diagnostic>,
}

/// The first line of every report.
pub const LEGEND: &str = "permissions: R read, W write, O own; +R gained, /R lost, - missing\n";

/// The permissions report of a Rust file (a whole program, or statements to
/// wrap in `fn main`) read under `edition`, with line numbers of the file. Errors, in the
/// snippet's coordinates, are those that stop the program from being
/// lowered.
pub fn report(source: &str, edition: crate::Edition) -> Result<(Report, Snippet), Diagnostic> {
    let snippet = snippet::prepare(source, Dialect::Memory);
    let program = syntax::lower_program_in(&snippet.source, &[], edition)?;
    let rejected = check::check_program(&program).err();
    let file_lines: Vec<&str> = source.lines().collect();
    let file_line = |line: usize| snippet.code_position(line, 1).map(|(code_line, _)| code_line + 1);
    let gutter = file_lines.len().to_string().len();
    let mut text = LEGEND.to_string();
    let mut bodies: Vec<_> = program
        .functions
        .iter()
        .zip(permissions::program_permissions(&program))
        .collect();
    bodies.sort_by_key(|(body, _)| body.span.line);
    for (body, permissions) in bodies {
        let steps = permissions.steps(body);
        let shown: Vec<(usize, &permissions::Step)> = steps
            .iter()
            .filter_map(|step| Some((file_line(step.line)?, step)))
            .collect();
        if shown.is_empty() {
            continue;
        }
        let width = shown
            .iter()
            .flat_map(|(_, step)| &step.changes)
            .map(|change| permissions.places[change.place].name.chars().count())
            .max()
            .unwrap_or(0);
        text.push_str(&format!("\nfn {}\n", permissions.function));
        for (line, step) in shown {
            let code = file_lines.get(line - 1).map_or("", |l| l.trim());
            text.push_str(&format!("{line:>gutter$} | {code}\n"));
            for change in &step.changes {
                let name = &permissions.places[change.place].name;
                let mut row = format!("{:gutter$} |   {name:<width$}", "");
                for ((letter, before), (_, after)) in change.before.letters().into_iter().zip(change.after.letters()) {
                    let cell = match (before, after) {
                        (false, true) => format!("+{letter}"),
                        (true, true) => format!(" {letter}"),
                        (true, false) => format!("/{letter}"),
                        (false, false) => " -".to_string(),
                    };
                    row.push(' ');
                    row.push_str(&cell);
                }
                if let Some(borrow) = change.borrowed_by.and_then(|b| permissions.borrows.get(b)) {
                    match file_line(borrow.span.first_line()) {
                        Some(at) => row.push_str(&format!("  borrowed: {} on line {at}", borrow.text)),
                        None => row.push_str(&format!("  borrowed: {}", borrow.text)),
                    }
                }
                text.push_str(row.trim_end());
                text.push('\n');
            }
        }
    }
    Ok((Report { text, rejected }, snippet))
}
