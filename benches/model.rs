//! How long the model takes to parse, check and run each program of the
//! differential corpus, in process. Prints a table and a summary:
//! `cargo bench --bench model`.

use mdbook_memory::{Edition, Limits, run_source};

/// The allocator of the `mdbook-memory` binary, so that the numbers are the
/// binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::Path;
use std::time::{Duration, Instant};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/run");
    let mut programs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("program"))
        })
        .collect();
    programs.sort();
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this
    // once as a smoke test, in a debug build, where timings mean nothing.
    let benchmarking = std::env::args().any(|arg| arg == "--bench");
    let rounds = if benchmarking { 200 } else { 1 };
    let mut medians = Vec::new();
    let mut medians_20_to_40_lines = Vec::new();
    for (name, source) in &programs {
        let mut times: Vec<Duration> = (0..rounds)
            .map(|_| {
                let start = Instant::now();
                let report = run_source(name, source, Edition::E2021, Limits::default());
                std::hint::black_box(report);
                start.elapsed()
            })
            .collect();
        times.sort();
        let median = times[rounds / 2];
        println!(
            "{name:<40} {:>6} lines  median {:>8.1} µs",
            source.lines().count(),
            micros(median)
        );
        medians.push(median);
        if (20..=40).contains(&source.lines().count()) {
            medians_20_to_40_lines.push(median);
        }
    }
    let whole_corpus = {
        let mut runs: Vec<Duration> = (0..if benchmarking { 50 } else { 1 })
            .map(|_| {
                let start = Instant::now();
                for (name, source) in &programs {
                    std::hint::black_box(run_source(name, source, Edition::E2021, Limits::default()));
                }
                start.elapsed()
            })
            .collect();
        runs.sort();
        runs[runs.len() / 2]
    };
    // The corpus split over every core, as the preprocessor draws a book's
    // chapters.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let whole_corpus_parallel = {
        let mut runs: Vec<Duration> = (0..if benchmarking { 50 } else { 1 })
            .map(|_| {
                let start = Instant::now();
                std::thread::scope(|scope| {
                    for thread in 0..threads {
                        let programs = &programs;
                        scope.spawn(move || {
                            for (name, source) in programs.iter().skip(thread).step_by(threads) {
                                std::hint::black_box(run_source(name, source, Edition::E2021, Limits::default()));
                            }
                        });
                    }
                });
                start.elapsed()
            })
            .collect();
        runs.sort();
        runs[runs.len() / 2]
    };
    // Where the time goes, summed over the corpus (one pass, median of 50).
    let stage = |f: &dyn Fn()| {
        let mut runs: Vec<Duration> = (0..if benchmarking { 50 } else { 1 })
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect();
        runs.sort();
        runs[runs.len() / 2]
    };
    let parse = stage(&|| {
        for (_, source) in &programs {
            std::hint::black_box(mdbook_memory::syntax::lower_program(source, &[]).ok());
        }
    });
    let syn_only = stage(&|| {
        for (_, source) in &programs {
            std::hint::black_box(syn::parse_file(source).ok());
            // As the model does after each program (see `releasing_spans`).
            proc_macro2::extra::invalidate_current_thread_spans();
        }
    });
    println!(
        "corpus syn::parse_file alone: {:.2} ms",
        syn_only.as_secs_f64() * 1000.0
    );
    let lowered: Vec<_> = programs
        .iter()
        .filter_map(|(_, source)| mdbook_memory::syntax::lower_program(source, &[]).ok())
        .collect();
    let check = stage(&|| {
        for program in &lowered {
            std::hint::black_box(mdbook_memory::check::check_program(program).ok());
        }
    });
    let run = stage(&|| {
        for program in &lowered {
            let mut observer = mdbook_memory::machine::NoObserver;
            std::hint::black_box(mdbook_memory::machine::run(program, Limits::default(), &mut observer).ok());
        }
    });
    println!(
        "corpus stages: parse+lower {:.2} ms, check {:.2} ms, run {:.2} ms",
        parse.as_secs_f64() * 1000.0,
        check.as_secs_f64() * 1000.0,
        run.as_secs_f64() * 1000.0
    );
    // The same stages for one program at a time, for the 20–40 line
    // programs that lower: the median over the programs of each stage's
    // median.
    let mid_sized: Vec<(&str, mdbook_memory::ir::Program)> = programs
        .iter()
        .filter(|(_, source)| (20..=40).contains(&source.lines().count()))
        .filter_map(|(_, source)| Some((source.as_str(), mdbook_memory::syntax::lower_program(source, &[]).ok()?)))
        .collect();
    let per_program_stage = |f: &dyn Fn(&str, &mdbook_memory::ir::Program)| {
        let mut medians: Vec<Duration> = mid_sized
            .iter()
            .map(|(source, program)| {
                let mut times: Vec<Duration> = (0..if benchmarking { 50 } else { 1 })
                    .map(|_| {
                        let start = Instant::now();
                        f(source, program);
                        start.elapsed()
                    })
                    .collect();
                times.sort();
                times[times.len() / 2]
            })
            .collect();
        medians.sort();
        micros(medians[medians.len() / 2])
    };
    println!(
        "{} programs of 20–40 lines that lower, median per stage: syn::parse_file {:.1} µs, parse+lower {:.1} µs, check {:.1} µs, run {:.1} µs",
        mid_sized.len(),
        per_program_stage(&|source, _| {
            std::hint::black_box(syn::parse_file(source).ok());
            proc_macro2::extra::invalidate_current_thread_spans();
        }),
        per_program_stage(&|source, _| {
            std::hint::black_box(mdbook_memory::syntax::lower_program(source, &[]).ok());
        }),
        per_program_stage(&|_, program| {
            std::hint::black_box(mdbook_memory::check::check_program(program).ok());
        }),
        per_program_stage(&|_, program| {
            let mut observer = mdbook_memory::machine::NoObserver;
            std::hint::black_box(mdbook_memory::machine::run(program, Limits::default(), &mut observer).ok());
        }),
    );
    medians.sort();
    medians_20_to_40_lines.sort();
    println!(
        "\n{} programs: median of per-program medians {:.1} µs; whole corpus {:.2} ms ({:.2} ms on {threads} threads)",
        programs.len(),
        micros(medians[medians.len() / 2]),
        whole_corpus.as_secs_f64() * 1000.0,
        whole_corpus_parallel.as_secs_f64() * 1000.0
    );
    println!(
        "{} programs of 20–40 lines: median of per-program medians {:.1} µs",
        medians_20_to_40_lines.len(),
        micros(medians_20_to_40_lines[medians_20_to_40_lines.len() / 2])
    );
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1_000_000.0
}
