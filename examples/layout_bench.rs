//! Times the layout engine on every type of the layout corpora:
//! `cargo run --example layout_bench` (optimised: add `--release`, or
//! `--config 'profile.dev.package.mdbook-memory.opt-level=3'` to optimise
//! only this crate).
//!
//! Three timings per type: parsing the type text (syn), laying out and
//! describing the parsed type, and both (`layout_of_type_expr`). Each is the
//! best average over several batches, which filters out noise from other
//! processes. The second is the engine's own cost, the one held to the
//! target of 10 µs for every type; it is printed last, with the slowest
//! types.

#[path = "../tests/layout/corpus.rs"]
mod corpus;

use mdbook_memory::layout::{Target, layout_of_type, layout_of_type_expr};
use mdbook_memory::syntax::types::{parse_defs, parse_type_expr};
use std::time::{Duration, Instant};

const BATCHES: usize = 9;
const CALLS_PER_BATCH: usize = 20;

fn time_per_call(mut call: impl FnMut()) -> Duration {
    (0..BATCHES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..CALLS_PER_BATCH {
                call();
            }
            start.elapsed() / CALLS_PER_BATCH as u32
        })
        .min()
        .unwrap_or_default()
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

fn main() {
    let mut parse_timings = Vec::new();
    let mut engine_timings = Vec::new();
    let mut end_to_end_timings = Vec::new();
    for (name, corpus, target) in [
        ("std corpus, x86_64", corpus::build(), Target::X86_64),
        ("core corpus, i686", corpus::build_core(), Target::I686),
    ] {
        let start = Instant::now();
        let defs = parse_defs(&corpus.defs_source).expect("corpus definitions parse");
        println!("{name}: parsing {} definitions took {:?}", defs.len(), start.elapsed());
        for ty in &corpus.types {
            let label = format!("{ty} ({name})");
            let Ok(parsed) = parse_type_expr(ty) else {
                continue;
            };
            let parse = time_per_call(|| {
                std::hint::black_box(parse_type_expr(ty)).ok();
            });
            let engine = time_per_call(|| {
                std::hint::black_box(layout_of_type(&parsed, &defs, target)).ok();
            });
            let end_to_end = time_per_call(|| {
                std::hint::black_box(layout_of_type_expr(ty, &defs, target)).ok();
            });
            parse_timings.push((parse, label.clone()));
            engine_timings.push((engine, label.clone()));
            end_to_end_timings.push((end_to_end, label));
        }
    }
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
