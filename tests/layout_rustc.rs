//! Re-measures the layout corpus with the `rustc` on PATH (one probe program
//! for all queries) and compares with `tests/layout/expected.txt`.
//! `BLESS=1` rewrites the file from rustc's answers.
//!
//! The expected numbers must come from rustc 1.95 on x86_64-unknown-linux-gnu;
//! other versions or hosts are reported, not silently accepted.

#[path = "layout/corpus.rs"]
mod corpus;

use std::process::Command;

fn rustc_version() -> String {
    let output = Command::new("rustc")
        .arg("--version")
        .arg("--verbose")
        .output()
        .expect("`rustc` must be on PATH for this test");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Compiles and runs the probe; returns its `key\tvalue` output.
fn measure_with_rustc(corpus: &corpus::Corpus) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let source = dir.path().join("probe.rs");
    let binary = dir.path().join("probe");
    std::fs::write(&source, corpus::probe_program(corpus)).expect("write probe");
    // `offset_of!` on enum variants is unstable; the probe enables it on the
    // same stable compiler, which does not change any layout.
    let compiled = Command::new("rustc")
        .env("RUSTC_BOOTSTRAP", "1")
        .args([
            "--edition",
            "2021",
            "-C",
            "opt-level=0",
            "-C",
            "debuginfo=0",
            "--cap-lints",
            "allow",
            "-o",
        ])
        .arg(&binary)
        .arg(&source)
        .output()
        .expect("run rustc");
    assert!(
        compiled.status.success(),
        "probe program does not compile:\n{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&binary).output().expect("run probe");
    assert!(run.status.success(), "probe program failed");
    String::from_utf8(run.stdout).expect("probe output is UTF-8")
}

#[test]
fn expectations_match_rustc() {
    let version = rustc_version();
    assert!(
        version.contains("release: 1.95.") && version.contains("host: x86_64-unknown-linux-gnu"),
        "the corpus is measured with rustc 1.95 on x86_64-unknown-linux-gnu, found:\n{version}"
    );
    let corpus = corpus::build();
    let measured = measure_with_rustc(&corpus);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(corpus::EXPECTED_PATH, &measured).expect("write expected.txt");
        return;
    }
    let committed =
        std::fs::read_to_string(corpus::EXPECTED_PATH).expect("tests/layout/expected.txt (run with BLESS=1)");
    let measured_map = corpus::parse_expected(&measured);
    let committed_map = corpus::parse_expected(&committed);
    let mut differences = Vec::new();
    for query in &corpus.queries {
        let key = query.key();
        if measured_map.get(&key) != committed_map.get(&key) {
            differences.push(format!(
                "{key}: rustc {:?}, expected.txt {:?}",
                measured_map.get(&key),
                committed_map.get(&key)
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "expected.txt is stale (re-run with BLESS=1):\n{}",
        differences.join("\n")
    );
}

/// Type-checks the `#![no_core]` probe for `target` and reads each
/// query's value from rustc's array-length mismatch messages (a query
/// line without an error measured 0).
fn measure_core_with_rustc(corpus: &corpus::Corpus, target: &str) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let source = dir.path().join("probe.rs");
    let (program, lines) = corpus::core_probe_program(corpus);
    std::fs::write(&source, &program).expect("write probe");
    let checked = Command::new("rustc")
        .env("RUSTC_BOOTSTRAP", "1")
        .args([
            "--edition",
            "2021",
            "--crate-type",
            "lib",
            "--emit=metadata",
            "--error-format=short",
            "--cap-lints",
            "allow",
        ])
        .args(["--target", target])
        .arg("--out-dir")
        .arg(dir.path())
        .arg(&source)
        .output()
        .expect("run rustc");
    let stderr = String::from_utf8_lossy(&checked.stderr);
    let mut values = std::collections::HashMap::new();
    let mut unexpected = Vec::new();
    let marker = "mismatched types: expected an array with a size of 0, found one with a size of ";
    for message in stderr.lines().filter(|line| line.contains(": error")) {
        let line: Option<usize> = message.split(':').nth(1).and_then(|line| line.parse().ok());
        match (line, message.split_once(marker)) {
            (Some(line), Some((_, value))) if lines.contains(&line) => {
                values.insert(line, value.trim().parse::<u64>().expect("a number"));
            }
            _ => {
                let text = line.and_then(|line| program.lines().nth(line - 1)).unwrap_or_default();
                unexpected.push(format!("{message}\n    {text}"));
            }
        }
    }
    assert!(
        unexpected.is_empty(),
        "the no_core probe has other errors:\n{}",
        unexpected.join("\n")
    );
    let mut out = String::new();
    for (query, line) in corpus.queries.iter().zip(&lines) {
        out.push_str(&format!(
            "{}\t{}\n",
            query.key(),
            values.get(line).copied().unwrap_or(0)
        ));
    }
    out
}

fn check_core(target: &str, path: &str) {
    let corpus = corpus::build_core();
    let measured = measure_core_with_rustc(&corpus, target);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, &measured).expect("write expectations");
        return;
    }
    let committed = std::fs::read_to_string(path).expect("committed expectations (run with BLESS=1)");
    assert_eq!(
        corpus::parse_expected(&committed),
        corpus::parse_expected(&measured),
        "{path} is stale (re-run with BLESS=1)"
    );
}

/// The core-only corpus on i686: rustc ships no std for that target here,
/// but its layout code runs during type checking of a `#![no_core]` crate.
#[test]
fn core_expectations_match_rustc_on_i686() {
    check_core("i686-unknown-linux-gnu", corpus::EXPECTED_CORE_I686_PATH);
}

#[test]
fn core_expectations_match_rustc_on_x86_64() {
    check_core("x86_64-unknown-linux-gnu", corpus::EXPECTED_CORE_X86_64_PATH);
}

/// Finds, with rustc's own `Vec`, `String` and the types wrapping them,
/// which of the three words holds the pointer, the capacity and the length
/// (and whether `None` hides in more than one invalid value), and checks
/// that the engine's `ptr`, `cap` and `len` fields sit there.
#[test]
fn vec_words_match_rustc() {
    let version = rustc_version();
    assert!(
        version.contains("release: 1.95.") && version.contains("host: x86_64-unknown-linux-gnu"),
        "std's private fields are measured with rustc 1.95 on x86_64-unknown-linux-gnu, found:\n{version}"
    );
    let output = run_program(VEC_PROBE);
    let target = mdbook_memory::layout::Target::X86_64;
    let defs = mdbook_memory::layout::Defs::new();
    let layout_of = |ty: &str| {
        mdbook_memory::layout::layout_of_type_expr(ty, &defs, target).unwrap_or_else(|err| panic!("{ty}: {err}"))
    };
    let mut checked = 0;
    for line in output.lines() {
        let columns: Vec<&str> = line.split('\t').collect();
        match columns.as_slice() {
            ["words", ty, words @ ..] => {
                let layout = layout_of(ty);
                assert_eq!(layout.size, 24, "{ty}");
                for word in words {
                    let (field, index) = word.split_once(' ').expect("`field index`");
                    let index: u64 = index.parse().expect("a word index");
                    let engine = layout.fields.iter().find(|f| f.name == field);
                    let engine = engine.unwrap_or_else(|| panic!("{ty}: the engine has no field `{field}`"));
                    assert_eq!(
                        (engine.offset, engine.size),
                        (index * 8, 8),
                        "{ty}: rustc keeps `{field}` in word {index}, the engine at byte {}",
                        engine.offset
                    );
                    if field == "cap" {
                        let niche = layout.niche.as_ref().expect("a Vec has a niche");
                        assert_eq!(niche.offset, index * 8, "{ty}: the niche is not in the capacity");
                    }
                }
                checked += 1;
            }
            ["sizes", option, option_option] => {
                // `Option<Option<Vec<u8>>>` still fits: the niche has more
                // than the null pointer's single invalid value.
                assert_eq!(layout_of("Option<Vec<u8>>").size.to_string(), *option);
                assert_eq!(layout_of("Option<Option<Vec<u8>>>").size.to_string(), *option_option);
                let niche = layout_of("Vec<u8>").niche.expect("a Vec has a niche");
                assert!(niche.available > 1 && *option_option == "24", "{niche:?}");
            }
            _ => panic!("unexpected probe output: {line}"),
        }
    }
    assert_eq!(checked, 6, "{output}");
}

const VEC_PROBE: &str = r#"
use std::collections::BinaryHeap;
use std::ffi::OsString;
use std::mem::size_of;
use std::path::PathBuf;

/// The three words of a value made of three initialised words.
fn words<T>(value: &T) -> [usize; 3] {
    assert_eq!(size_of::<T>(), size_of::<[usize; 3]>());
    unsafe { std::mem::transmute_copy::<T, [usize; 3]>(value) }
}

fn report(ty: &str, words: [usize; 3], ptr: *const u8, cap: usize, len: usize) {
    let ptr = ptr as usize;
    assert!(ptr != cap && ptr != len && cap != len, "{ty}: the three values must differ");
    let index = |value: usize| {
        let found: Vec<usize> = (0..3).filter(|&i| words[i] == value).collect();
        assert_eq!(found.len(), 1, "{ty}: {value:#x} in {words:x?}");
        found[0]
    };
    println!("words\t{ty}\tptr {}\tcap {}\tlen {}", index(ptr), index(cap), index(len));
}

fn main() {
    let mut bytes: Vec<u8> = Vec::with_capacity(7);
    bytes.extend_from_slice(&[1, 2, 3]);
    report("Vec<u8>", words(&bytes), bytes.as_ptr(), bytes.capacity(), bytes.len());

    let mut longs: Vec<u64> = Vec::with_capacity(7);
    longs.extend_from_slice(&[1, 2, 3]);
    report("Vec<u64>", words(&longs), longs.as_ptr().cast(), longs.capacity(), longs.len());

    let mut text = String::with_capacity(7);
    text.push_str("abc");
    report("String", words(&text), text.as_ptr(), text.capacity(), text.len());

    let mut os = OsString::with_capacity(7);
    os.push("abc");
    let os_bytes = os.as_encoded_bytes();
    report("OsString", words(&os), os_bytes.as_ptr(), os.capacity(), os_bytes.len());

    let mut path = PathBuf::with_capacity(7);
    path.push("abc");
    let path_bytes = path.as_os_str().as_encoded_bytes();
    report("PathBuf", words(&path), path_bytes.as_ptr(), path.capacity(), path_bytes.len());

    let mut heap: BinaryHeap<u32> = BinaryHeap::with_capacity(7);
    heap.extend([1, 2, 3]);
    report("BinaryHeap<u32>", words(&heap), heap.as_slice().as_ptr().cast(), heap.capacity(), heap.len());

    println!("sizes\t{}\t{}", size_of::<Option<Vec<u8>>>(), size_of::<Option<Option<Vec<u8>>>>());
}
"#;

/// Compiles and runs a stand-alone program; returns its output.
fn run_program(source: &str) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("probe.rs");
    let binary = dir.path().join("probe");
    std::fs::write(&path, source).expect("write probe");
    let compiled = Command::new("rustc")
        .args(["--edition", "2021", "-C", "opt-level=0", "-o"])
        .arg(&binary)
        .arg(&path)
        .output()
        .expect("run rustc");
    assert!(
        compiled.status.success(),
        "probe program does not compile:\n{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&binary).output().expect("run probe");
    assert!(
        run.status.success(),
        "probe program failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8(run.stdout).expect("probe output is UTF-8")
}
