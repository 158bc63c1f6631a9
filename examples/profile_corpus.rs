//! Runs every program of `tests/programs/run` through the model in process,
//! as the `model` bench does, a given number of rounds, for a profiler:
//! `CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release
//! --example profile_corpus`, then e.g. `valgrind --tool=callgrind
//! target/release/examples/profile_corpus 1`. A second argument keeps only
//! the programs whose file name contains it.

use mdbook_memory::{Edition, Limits, run_source};
use std::path::Path;

/// The allocator of the `mdbook-memory` binary, so that the profile is the
/// binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let filter = args.next().unwrap_or_default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs/run");
    let mut programs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| p.file_name().unwrap_or_default().to_string_lossy().into_owned())
        .filter(|name| name.contains(&filter))
        .map(|name| {
            let source = std::fs::read_to_string(dir.join(&name)).expect("program");
            (name, source)
        })
        .collect();
    programs.sort();
    for _ in 0..rounds {
        for (name, source) in &programs {
            let edition = edition_of(source);
            std::hint::black_box(run_source(name, source, edition, Limits::default()));
        }
    }
    eprintln!("{} programs, {rounds} rounds", programs.len());
}

/// The edition a corpus program asks for on its first line, as the
/// differential harness reads it.
fn edition_of(source: &str) -> Edition {
    source
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("//@ edition:"))
        .and_then(|year| Edition::from_year(year.trim()))
        .unwrap_or(Edition::E2021)
}
