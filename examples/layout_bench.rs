//! Times the layout engine on every type of the layout corpora:
//! `cargo run --example layout_bench` (optimised: add `--release`, or
//! `--config 'profile.dev.package.mdbook-memory.opt-level=3'` to optimise
//! only this crate).
//!
//! Three timings per type: parsing the type text (syn), laying out and
//! describing the parsed type, and both (`layout_of_type_expr`). Each is the
//! best average over several batches, which filters out noise from other
//! processes; the batches of one type are spread over the whole run (one
//! round over every type per batch), so that a burst of work elsewhere on the
//! machine spoils one batch of many types rather than every batch of a few.
//! The second timing is the engine's own cost, the one held to the target of
//! 10 µs for every type; it is printed last, with the slowest types. An
//! argument keeps only the types whose label contains it.

#[path = "../tests/layout/corpus.rs"]
mod corpus;

use mdbook_memory::layout::{Defs, Target, TypeExpr, layout_of_type, layout_of_type_expr};
use mdbook_memory::syntax::types::{parse_defs, parse_type_expr};
use std::time::{Duration, Instant};

const BATCHES: usize = 9;
const CALLS_PER_BATCH: usize = 20;

/// The average time of one call over a batch of calls.
fn time_per_call(mut call: impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..CALLS_PER_BATCH {
        call();
    }
    start.elapsed() / CALLS_PER_BATCH as u32
}

/// Prints mean, median, p99 and max of `timings` (sorted in place).
fn summarise(what: &str, timings: &mut [(Duration, String)]) {
    timings.sort();
    let count = timings.len();
    if count == 0 {
        return;
    }
    let percentile = |p: usize| timings[(count * p / 100).min(count - 1)].0;
    let total: Duration = timings.iter().map(|(elapsed, _)| *elapsed).sum();
    let over = timings
        .iter()
        .filter(|(elapsed, _)| *elapsed >= Duration::from_micros(10))
        .count();
    println!(
        "{what}: {count} types, mean {:?}, median {:?}, p99 {:?}, max {:?} ({}); {over} at or over 10 µs",
        total / count as u32,
        percentile(50),
        percentile(99),
        timings[count - 1].0,
        timings[count - 1].1,
    );
}

/// One type of a corpus, with its best time so far for each of the three timings.
struct Case<'c> {
    label: String,
    text: &'c str,
    parsed: TypeExpr,
    defs: &'c Defs,
    target: Target,
    best: [Duration; 3],
}

fn main() {
    let only = std::env::args().nth(1).unwrap_or_default();
    let corpora = [
        ("std corpus, x86_64", corpus::build(), Target::X86_64),
        ("core corpus, i686", corpus::build_core(), Target::I686),
    ];
    let mut defs = Vec::new();
    for (name, corpus, _) in &corpora {
        let start = Instant::now();
        let parsed = parse_defs(&corpus.defs_source).expect("corpus definitions parse");
        println!(
            "{name}: parsing {} definitions took {:?}",
            parsed.len(),
            start.elapsed()
        );
        defs.push(parsed);
    }
    let mut cases = Vec::new();
    for ((name, corpus, target), defs) in corpora.iter().zip(&defs) {
        for ty in &corpus.types {
            let label = format!("{ty} ({name})");
            if !label.contains(&only) {
                continue;
            }
            let Ok(parsed) = parse_type_expr(ty) else {
                continue;
            };
            cases.push(Case {
                label,
                text: ty,
                parsed,
                defs,
                target: *target,
                best: [Duration::MAX; 3],
            });
        }
    }
    for _ in 0..BATCHES {
        for case in &mut cases {
            let (text, parsed, defs, target) = (case.text, &case.parsed, case.defs, case.target);
            let timings = [
                time_per_call(|| {
                    std::hint::black_box(parse_type_expr(text)).ok();
                }),
                time_per_call(|| {
                    std::hint::black_box(layout_of_type(parsed, defs, target)).ok();
                }),
                time_per_call(|| {
                    std::hint::black_box(layout_of_type_expr(text, defs, target)).ok();
                }),
            ];
            for (best, timing) in case.best.iter_mut().zip(timings) {
                *best = (*best).min(timing);
            }
        }
    }
    let timings = |which: usize| -> Vec<(Duration, String)> {
        cases
            .iter()
            .map(|case| (case.best[which], case.label.clone()))
            .collect()
    };
    let mut parse_timings = timings(0);
    let mut engine_timings = timings(1);
    let mut end_to_end_timings = timings(2);
    let uses_generated_defs = |label: &str| {
        label
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.len() > 1 && word.starts_with('G') && word[1..].chars().all(|c| c.is_ascii_digit()))
    };
    let mut hand_written: Vec<_> = engine_timings
        .iter()
        .filter(|(_, label)| !uses_generated_defs(label))
        .cloned()
        .collect();
    summarise("parse only (syn)", &mut parse_timings);
    summarise("end to end (layout_of_type_expr)", &mut end_to_end_timings);
    summarise(
        "layout + report, types without generated definitions",
        &mut hand_written,
    );
    summarise("layout + report of a parsed type", &mut engine_timings);
    println!("slowest (layout + report of a parsed type):");
    for (elapsed, label) in engine_timings.iter().rev().take(5) {
        println!("  {elapsed:>10.3?}  {label}");
    }
}
