//! Permissions as data: each `tests/permissions/NAME.rs` is a program rustc
//! accepts (checked by compiling it), and `NAME.txt` is what
//! `mdbook-memory permissions` prints for it: under each line, the places
//! whose read, write and own permissions the line changes (`BLESS=1`
//! rewrites).

mod common;

use common::{check_expected, fixtures, report, rustc};
use mdbook_memory::cli::permissions;
use mdbook_memory::markdown::Dialect;
use mdbook_memory::pipeline::{Limits, analyse};
use mdbook_memory::snippet;
use mdbook_memory::trace::Permissions;

#[test]
fn permissions_match_their_expectations() {
    let programs = fixtures("tests/permissions", ".rs", &[]);
    let results = rustc::parallel(&programs, |path| {
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        rustc::compile_and_run(path).map_err(|e| format!("{name}: {e}"))?;
        let (report, _) =
            permissions::report(&source, Default::default()).map_err(|e| format!("{name}: {}", e.message))?;
        if let Some(error) = report.rejected {
            return Err(format!("{name}: the model rejects it: {}", error.message));
        }
        check_expected(&path.with_extension("txt"), &report.text)
    });
    report(results.into_iter().filter_map(Result::err).collect());
}

/// A block's snapshots carry the permissions of the places in scope at
/// their point, and the borrow that takes some away.
#[test]
fn snapshots_carry_the_permissions_at_their_point() {
    let code = "let mut v = vec![1, 2, 3];\nlet num = &v[2]; //@ borrowed\nprintln!(\"{num}\");\nv.push(4); //@ pushed\nprintln!(\"{v:?}\");\n";
    let snippet = snippet::prepare(code, Dialect::Memory);
    let analysis = analyse(&snippet, Default::default(), Limits::default()).expect("the model runs it");
    let table: Vec<Vec<(String, Permissions, Option<String>)>> = analysis
        .trace
        .snapshots
        .iter()
        .map(|snapshot| {
            snapshot
                .permissions
                .iter()
                .map(|p| (p.place.clone(), p.permissions, p.borrowed_by.clone()))
                .collect()
        })
        .collect();
    let perms = |read, write, own| Permissions { read, write, own };
    let none = perms(false, false, false);
    assert_eq!(
        table,
        vec![
            vec![
                ("v".to_string(), perms(true, false, false), Some("&v[_]".to_string())),
                ("num".to_string(), perms(true, false, true), None),
                ("*num".to_string(), perms(true, false, false), None),
            ],
            vec![
                ("v".to_string(), perms(true, true, true), None),
                ("num".to_string(), none, None),
                ("*num".to_string(), none, None),
            ],
        ]
    );
}
