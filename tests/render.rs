//! Pictures as data: scenes in, expected SVG and HTML out
//! (`tests/fixtures/render/`, rewritten with `BLESS=1`), plus structural checks.
//!
//! With `RENDER_PREVIEW=DIR`, also writes one page per mdBook theme to DIR,
//! mimicking a book page, for looking at the pictures in a browser.

#[path = "render/scenes.rs"]
mod scenes;

use std::path::{Path, PathBuf};

use mdbook_memory::render::{BlockOptions, block_html, error_box_html, note_html, snapshot_svg, standalone_html};
use mdbook_memory::trace::*;
use scenes::*;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render")
}

/// Compares `actual` with the expected file, or rewrites it under `BLESS=1`.
/// Expected files hold one tag per line so that their diffs can be reviewed;
/// the output itself is one line (checked separately).
fn check_expected(file: &str, actual: &str) {
    let actual = &actual.replace("><", ">\n<");
    let path = fixture_dir().join(file);
    if std::env::var_os("BLESS").is_some() {
        std::fs::create_dir_all(fixture_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {}; run with BLESS=1", path.display()));
    assert!(
        &expected == actual,
        "{file} differs from the expected output; if the change is intended, run with BLESS=1 and review the diff"
    );
}

fn options(prefix: &str) -> BlockOptions {
    BlockOptions {
        id_prefix: prefix.to_string(),
        ..BlockOptions::default()
    }
}

#[test]
fn scenes_match_expected_svg_and_html() {
    for scene in all() {
        for (index, shot) in scene.trace.snapshots.iter().enumerate() {
            let svg = snapshot_svg(shot, &format!("{}-{}", scene.name, index + 1));
            check_expected(&format!("{}-{}.svg", scene.name, index + 1), &svg);
        }
        let html = block_html(&scene.listing, &scene.trace, &options(scene.name));
        check_expected(&format!("{}.html", scene.name), &html);
    }
}

#[test]
fn hostile_block_matches_expected() {
    let scene = hostile();
    let html = block_html(&scene.listing, &scene.trace, &options("hostile"));
    check_expected("hostile.html", &html);
}

#[test]
fn standalone_document_matches_expected() {
    let scene = moved_string();
    let html = standalone_html("After a move", &scene.listing, &scene.trace);
    check_expected("standalone.html", &html);
}

#[test]
fn output_is_deterministic() {
    for scene in all() {
        let a = block_html(&scene.listing, &scene.trace, &options("x"));
        let b = block_html(&scene.listing, &scene.trace, &options("x"));
        assert_eq!(a, b);
    }
}

#[test]
fn every_svg_is_labelled_for_assistive_technology() {
    for scene in all() {
        let html = block_html(&scene.listing, &scene.trace, &options("blk"));
        let svgs = html.matches("<svg ").count();
        assert_eq!(svgs, scene.trace.snapshots.len(), "{}", scene.name);
        for (index, _) in scene.trace.snapshots.iter().enumerate() {
            let id = format!("blk-s{}", index + 1);
            let open = format!("id=\"{id}\" class=\"mm-picture\"",);
            assert!(html.contains(&open), "{}: {id}", scene.name);
            assert!(html.contains(&format!("role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"")));
            assert!(html.contains(&format!("<title id=\"{id}-title\">")));
            assert!(html.contains(&format!("<desc id=\"{id}-desc\">")));
        }
    }
}

#[test]
fn desc_states_the_picture_in_words() {
    let scene = moved_string();
    let svg = snapshot_svg(&scene.trace.snapshots[0], "p");
    assert!(svg.contains(
        "<desc id=\"p-desc\">Stack: frame main: s1 (String) moved; s2 (String): ptr owns heap block 1, len 5, cap 5. Heap: block 1 (String buffer), 5 bytes &quot;hello&quot;, capacity 5.</desc>"
    ), "{svg}");
}

/// Every `id="…"` in the text.
fn ids(html: &str) -> Vec<String> {
    html.split(" id=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn ids_are_unique_across_blocks_with_different_prefixes() {
    let a = tuple_and_str();
    let b = two_steps();
    let page = format!(
        "{}{}",
        block_html(&a.listing, &a.trace, &options("ch1-b1")),
        block_html(&b.listing, &b.trace, &options("ch2-b1"))
    );
    let mut all_ids = ids(&page);
    let count = all_ids.len();
    assert!(count > 6);
    all_ids.sort();
    all_ids.dedup();
    assert_eq!(all_ids.len(), count, "duplicate ids in {page}");
    // Every reference to an id points at one that exists.
    for reference in page.split("url(#").skip(1) {
        let target = reference.split(')').next().unwrap();
        assert!(all_ids.iter().any(|id| id == target), "{target}");
    }
    // Styles are scoped to their own picture or block.
    for style in page.split("<style>").skip(1) {
        let css = style.split("</style>").next().unwrap();
        for rule in css.split('}').filter(|r| !r.is_empty()) {
            assert!(
                rule.starts_with("#ch1-b1") || rule.starts_with("#ch2-b1"),
                "unscoped rule {rule}"
            );
        }
    }
}

#[test]
fn block_html_is_one_line() {
    let mut scenes = all();
    scenes.push(hostile());
    for scene in scenes {
        let html = block_html(&scene.listing, &scene.trace, &options(scene.name));
        assert!(!html.contains('\n'), "{}", scene.name);
        assert!(!html.contains('\r'), "{}", scene.name);
        assert!(html.starts_with("<div class=\"mdbook-memory\" id=\""));
        assert!(html.ends_with("</div>"));
    }
    let error = error_box_html(&[], "error[E0382]: borrow of moved value\n --> a.rs:3:5", &options("e"));
    assert!(!error.contains('\n'));
    assert!(
        error.contains("<pre class=\"mm-error-text\">error[E0382]: borrow of moved value&#10; --&gt; a.rs:3:5</pre>")
    );
    let note = note_html(&[], "permission view not available yet\n", &options("n"));
    assert!(!note.contains('\n'));
    assert!(note.contains("permission view not available yet&#10;"));
}

const HOSTILE: &str = "</svg><script>alert(1)</script>\n\"quoted\" 'single' & ]]> \u{202E}reversed\u{200B}";

/// A scene whose every user-derived string is hostile.
fn hostile() -> Scene {
    let mut value = slot(1, HOSTILE, HOSTILE, scalar(HOSTILE));
    value.state = SlotState::Live;
    let text = slot(2, "t", HOSTILE, fat(PointerKind::Shared, to(Region::Heap, 7), HOSTILE));
    let mut shot = snapshot(HOSTILE, 1, vec![frame(HOSTILE, vec![value, text])]);
    shot.heap = vec![block(7, HOSTILE, bytes(HOSTILE, 80))];
    shot.note = Some(HOSTILE.to_string());
    Scene {
        name: "hostile",
        listing: vec![line(HOSTILE, Some(HOSTILE))],
        trace: Trace {
            snapshots: vec![shot],
            stdout: HOSTILE.to_string(),
        },
    }
}

#[test]
fn hostile_strings_are_escaped_everywhere() {
    let scene = hostile();
    let outputs = [
        block_html(&scene.listing, &scene.trace, &options("h")),
        snapshot_svg(&scene.trace.snapshots[0], "h"),
        error_box_html(&scene.listing, HOSTILE, &options("h")),
        note_html(&scene.listing, HOSTILE, &options("h")),
        standalone_html(HOSTILE, &scene.listing, &scene.trace),
    ];
    for out in outputs {
        assert!(!out.contains("<script>alert"), "{out}");
        assert!(!out.contains("</svg><script"), "{out}");
        assert!(!out.contains("]]>"), "{out}");
        assert!(!out.contains("\"quoted\""), "{out}");
        assert!(!out.contains("'single'"), "{out}");
        // Exactly our own script and pictures, nothing smuggled in.
        assert!(out.matches("<script").count() <= 1, "{out}");
        assert_eq!(out.matches("<svg").count(), out.matches("</svg").count());
        assert!(!out.contains("\"quoted"), "{out}");
    }
}

/// The `<g class="mm-moved">…</g>` groups of a picture.
fn moved_groups(svg: &str) -> Vec<&str> {
    svg.split("<g class=\"mm-moved\">")
        .skip(1)
        .map(|rest| rest.split("</g>").next().unwrap())
        .collect()
}

#[test]
fn moved_slot_is_faded_marked_and_has_no_arrow() {
    let scene = moved_string();
    let svg = snapshot_svg(&scene.trace.snapshots[0], "m");
    let groups = moved_groups(&svg);
    assert_eq!(groups.len(), 1);
    assert!(groups[0].contains(">s1</text>"));
    assert!(groups[0].contains(">moved</text>"));
    assert!(!groups[0].contains("mm-dot"));
    // s1 and s2 point at the same buffer, but only s2's arrow is drawn.
    assert_eq!(svg.matches("<g class=\"mm-arrow mm-own\">").count(), 1 + 1, "{svg}");
    assert_eq!(svg.matches("mm-dot").count(), 1);
}

#[test]
fn dangling_pointers_use_the_error_style() {
    let scene = dangling_after_push();
    let svg = snapshot_svg(&scene.trace.snapshots[0], "d");
    // `first` (into the freed block) and `p` (no target), plus the legend sample.
    assert_eq!(svg.matches("<g class=\"mm-arrow mm-shared mm-dangling\">").count(), 2);
    assert_eq!(svg.matches("<g class=\"mm-arrow mm-raw mm-dangling\">").count(), 2);
    assert!(svg.contains("<g class=\"mm-freed\">"));
    assert!(svg.contains(">freed</text>"));
    assert!(svg.contains("#d .mm-dangling{color:var(--warning-border,#ff8e00)}"));
    // The live vector's own arrow is not dangling.
    assert!(svg.contains("<g class=\"mm-arrow mm-own\">"));
}

#[test]
fn pointer_kinds_look_different() {
    let scene = rc_weak_and_call();
    let svg = snapshot_svg(&scene.trace.snapshots[0], "k");
    for class in ["mm-own", "mm-weak", "mm-shared"] {
        assert!(svg.contains(&format!("<g class=\"mm-arrow {class}\">")), "{class}");
    }
    let scene = box_and_borrows();
    let svg = snapshot_svg(&scene.trace.snapshots[0], "k");
    assert!(svg.contains("<g class=\"mm-arrow mm-unique\">"));
    for rule in [
        "#k .mm-shared .mm-line{stroke-dasharray:6 3}",
        "#k .mm-unique .mm-line{stroke-width:2.4}",
        "#k .mm-weak .mm-line{stroke-dasharray:1 3.5;",
    ] {
        assert!(svg.contains(rule), "{rule}");
    }
}

#[test]
fn every_colour_is_a_theme_variable_with_a_fallback() {
    let scene = dangling_after_push();
    let svg = snapshot_svg(&scene.trace.snapshots[0], "c");
    let html = block_html(&scene.listing, &scene.trace, &options("c"));
    for text in [svg, html] {
        for part in text.split("var(--").skip(1) {
            let inside = part.split(')').next().unwrap();
            assert!(inside.contains(','), "no fallback: var(--{inside})");
        }
        // No bare colour outside a fallback.
        for (at, _) in text.match_indices('#') {
            let word: String = text[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let is_colour = (word.len() == 6 || word.len() == 3) && word.chars().all(|c| c.is_ascii_hexdigit());
            if is_colour {
                assert!(text[..at].ends_with(','), "bare colour #{word}");
            }
        }
    }
}

#[test]
fn captions_show_badge_and_code_line() {
    let scene = two_steps();
    let html = block_html(&scene.listing, &scene.trace, &options("t"));
    assert!(html.contains("<figcaption><bdi class=\"mm-badge\">L1</bdi> <span class=\"mm-after\">after line 2</span> <code><bdi>let y;</bdi></code></figcaption>"));
    assert!(html.contains("<figcaption><bdi class=\"mm-badge\">L2</bdi> <span class=\"mm-after\">after line 3</span> <code><bdi>y = x + 1;</bdi></code></figcaption>"));
    assert!(html.contains("data-mm-badges=\"[&quot;L1&quot;,&quot;L2&quot;]\""));
    let horizontal = block_html(
        &scene.listing,
        &scene.trace,
        &BlockOptions {
            horizontal: true,
            ..options("t")
        },
    );
    assert!(horizontal.contains("class=\"mm-figures mm-horizontal\""));
    let hidden = block_html(
        &scene.listing,
        &scene.trace,
        &BlockOptions {
            hide_code: true,
            ..options("t")
        },
    );
    assert!(hidden.contains(" data-mm-hide-code=\"\">"));
    assert!(!html.contains(" data-mm-hide-code=\""));
}

#[test]
fn odd_inputs_do_not_panic() {
    let empty = Snapshot::default();
    let svg = snapshot_svg(&empty, "");
    assert!(svg.contains("Stack: empty. Heap: empty."));
    let mut shot = snapshot("", 99, vec![frame("", vec![])]);
    shot.heap = vec![
        block(1, "", bytes("", 0)),
        block(
            2,
            "",
            HeapContents::Elements {
                items: vec![],
                capacity: 0,
                hash_table: false,
            },
        ),
        block(3, "", bytes(&"x".repeat(500), 1000)),
        block(
            4,
            "[u8]",
            HeapContents::Bytes {
                bytes: vec![0xff, 0xc3, 0x00, b'\n'],
                capacity: 2,
            },
        ),
    ];
    // Pointers to things that do not exist, ranges past the end, deep paths.
    let strange = slot(
        5,
        "q",
        "&u8",
        pointer(
            PointerKind::Shared,
            Some(Location {
                region: Region::Heap,
                id: 4,
                path: vec![9, 9],
                range: Some((7, 2)),
            }),
        ),
    );
    let missing = slot(6, "z", "&u8", pointer(PointerKind::Unique, Some(to(Region::Stack, 77))));
    shot.frames[0].slots = vec![strange, missing];
    let trace = Trace {
        snapshots: vec![shot],
        stdout: String::new(),
    };
    let html = block_html(&[], &trace, &BlockOptions::default());
    assert!(html.contains("after line 99"));
    let _ = standalone_html("", &[], &Trace::default());
}

/// Writes preview pages when `RENDER_PREVIEW` names a directory.
#[test]
fn preview_pages() {
    let Some(dir) = std::env::var_os("RENDER_PREVIEW") else {
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut bodies = [String::new(), String::new()];
    for (index, scene) in all().into_iter().enumerate() {
        // Two pages per theme keep screenshots a readable size.
        let body = &mut bodies[usize::from(index >= 4)];
        body.push_str(&format!("<h2>{}</h2>\n", scene.name));
        body.push_str("<pre><code class=\"language-rust hljs\">");
        for line in &scene.listing {
            body.push_str(&line.text.replace('&', "&amp;").replace('<', "&lt;"));
            if let Some(badge) = &line.badge {
                body.push_str(&format!(" <span class=\"hljs-comment\">//@ {badge}</span>"));
            }
            body.push('\n');
        }
        body.push_str("</code></pre>\n");
        let horizontal = scene.name == "two_steps";
        body.push_str(&block_html(
            &scene.listing,
            &scene.trace,
            &BlockOptions {
                id_prefix: scene.name.to_string(),
                horizontal,
                hide_code: false,
            },
        ));
        body.push_str("\n\n");
    }
    bodies[1].push_str(&error_box_html(
        &[],
        "error[E0382]: borrow of moved value: `s1`\n --> ch1.md:4:20\n  |\n4 |     println!(\"{s1}\");\n  |              ^^ value borrowed here after move",
        &options("err"),
    ));
    bodies[1].push_str(&note_html(
        &[],
        "The permission view is not available yet.",
        &options("note"),
    ));
    let css = std::fs::read_to_string(std::env::var("MDBOOK_VARIABLES_CSS").unwrap_or_default()).unwrap_or_default();
    for theme in ["light", "rust", "coal", "navy", "ayu", "none"] {
        for (part, body) in bodies.iter().enumerate() {
            let page = format!(
                "<!DOCTYPE html><html class=\"{theme} js\"><head><meta charset=\"utf-8\"><style>{}\nbody{{background:var(--bg);color:var(--fg);font-family:'Open Sans',sans-serif;max-width:900px;margin:0 auto;padding:10px}}pre{{background:var(--quote-bg);padding:8px}}.hljs-comment{{color:#888}}</style></head><body>{body}</body></html>",
                if theme == "none" { "" } else { css.as_str() }
            );
            std::fs::write(dir.join(format!("{theme}-{}.html", part + 1)), page).unwrap();
        }
    }
    std::fs::write(
        dir.join("hostile.svg"),
        snapshot_svg(&hostile().trace.snapshots[0], "hostile"),
    )
    .unwrap();
    let scene = dangling_after_push();
    std::fs::write(
        dir.join("standalone.html"),
        standalone_html("Dangling after push", &scene.listing, &scene.trace),
    )
    .unwrap();
    for scene in all() {
        std::fs::write(
            dir.join(format!("{}.svg", scene.name)),
            snapshot_svg(&scene.trace.snapshots[0], scene.name),
        )
        .unwrap();
    }
}

/// A slice iterator kept in a variable is drawn as a pointer into the
/// `Vec`'s buffer at the element its next `next()` returns, spanning the
/// elements it has left; the items it handed out point at theirs.
#[test]
fn a_stored_slice_iterator_points_at_what_it_has_left() {
    use mdbook_memory::markdown::Dialect;
    use mdbook_memory::pipeline::{Limits, analyse};
    let code = "let v = vec![10, 20, 30, 40];\nlet mut it = v.iter();\nlet first = it.next().unwrap();\nlet second = it.next().unwrap();\nprintln!(\"{first} {second}\"); //@ two taken\n";
    let snippet = mdbook_memory::snippet::prepare(code, Dialect::Memory);
    let analysis = analyse(&snippet, Default::default(), Limits::default()).expect("the model runs it");
    let shot = &analysis.trace.snapshots[0];
    let slot = |name: &str| {
        shot.frames[0]
            .slots
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no slot `{name}`"))
    };
    let target = |value: &ValueView| match value {
        ValueView::Pointer(PointerView {
            target: Some(location), ..
        }) => (location.region, location.path.clone(), location.range),
        other => panic!("not a pointer: {other:?}"),
    };
    let iterator = slot("it");
    assert_eq!(iterator.ty, "std::slice::Iter<'_, i32>");
    assert_eq!(iterator.size, 16);
    let ValueView::Fields { fields, .. } = &iterator.value else {
        panic!("the iterator is a struct: {:?}", iterator.value);
    };
    assert_eq!(target(&fields[0].value), (Region::Heap, vec![], Some((2, 4))));
    // An element's pointer is drawn as the one-element range it points at.
    assert_eq!(target(&slot("first").value), (Region::Heap, vec![], Some((0, 1))));
    assert_eq!(target(&slot("second").value), (Region::Heap, vec![], Some((1, 2))));
    assert!(snapshot_svg(shot, "it").contains("std::slice::Iter"));
}

/// Runs `tests/fixtures/render/temporaries/NAME.rs` in the model and compares
/// each snapshot's SVG and words with `NAME-N.svg` and `NAME.txt`.
fn temporaries_fixture(name: &str) -> Vec<Snapshot> {
    use mdbook_memory::markdown::Dialect;
    use mdbook_memory::pipeline::{Limits, analyse};
    use mdbook_memory::render::describe::describe;
    let dir = fixture_dir().join("temporaries");
    let code = std::fs::read_to_string(dir.join(format!("{name}.rs"))).expect("fixture program");
    let snippet = mdbook_memory::snippet::prepare(&code, Dialect::Memory);
    let analysis = analyse(&snippet, Default::default(), Limits::default()).expect("the model runs it");
    let mut words = String::new();
    for (index, shot) in analysis.trace.snapshots.iter().enumerate() {
        let id = format!("{name}-{}", index + 1);
        check_expected(&format!("temporaries/{id}.svg"), &snapshot_svg(shot, &id));
        words.push_str(&format!("[{}]\n{}\n\n", shot.label, describe(shot)));
    }
    check_expected(&format!("temporaries/{name}.txt"), &words);
    analysis.trace.snapshots
}

/// The slot named `name` in the snapshot's frame of `function`.
fn slot_in<'a>(shot: &'a Snapshot, function: &str, name: &str) -> &'a SlotView {
    shot.frames
        .iter()
        .filter(|frame| frame.function == function)
        .flat_map(|frame| &frame.slots)
        .find(|slot| slot.name == name)
        .unwrap_or_else(|| panic!("no slot `{name}` in `{function}`: {shot:#?}"))
}

/// Asserts that `pointer` is a live pointer to a slot drawn in `function`'s
/// frame, labelled as a temporary holding a `ty`, and that no pointer in the
/// picture is drawn dangling.
fn assert_points_at_temporary(shot: &Snapshot, pointer: &ValueView, function: &str, ty: &str) {
    let ValueView::Pointer(PointerView {
        target: Some(target),
        dangling: false,
        ..
    }) = pointer
    else {
        panic!("not a live pointer: {pointer:?}");
    };
    assert_eq!(target.region, Region::Stack);
    let temporary = slot_in(shot, function, "(temporary)");
    assert_eq!((temporary.id, temporary.ty.as_str()), (target.id, ty));
    let svg = snapshot_svg(shot, "t");
    assert!(svg.contains(">(temporary)</text>"), "{svg}");
    assert!(!svg.contains("mm-dangling\">"), "a pointer is drawn dangling: {svg}");
}

/// `let s = &String::from(…)` extends the `String`'s life to the block's:
/// `s` points at it, and it owns the buffer.
#[test]
fn a_lifetime_extended_temporary_is_drawn_where_the_reference_points() {
    let shots = temporaries_fixture("extended_string");
    let shot = &shots[0];
    assert_points_at_temporary(shot, &slot_in(shot, "main", "s").value, "main", "String");
    assert_eq!(shot.heap.len(), 1);
}

/// `total(&vec![1, 2, 3])`: seen from the callee, `v` points at the `Vec`
/// the caller holds in a temporary until its statement ends.
#[test]
fn a_temporary_argument_is_drawn_in_the_callers_frame() {
    let shots = temporaries_fixture("vec_argument");
    let shot = &shots[0];
    assert_points_at_temporary(shot, &slot_in(shot, "total", "v").value, "main", "Vec<i32>");
}

/// `apply(&|x| x * k, 5)`: the `&dyn Fn` points at the closure, a temporary
/// of the caller, which borrows `k`.
#[test]
fn a_closure_passed_as_a_trait_object_is_drawn_in_the_callers_frame() {
    let shots = temporaries_fixture("dyn_fn_argument");
    let shot = &shots[0];
    let f = &slot_in(shot, "apply", "f").value;
    assert_points_at_temporary(shot, f, "main", "{closure@7:27}");
    let ValueView::Pointer(pointer) = f else { unreachable!() };
    assert!(
        pointer
            .metadata
            .as_deref()
            .is_some_and(|vtable| vtable.contains("Fn(i32)"))
    );
}

/// A `Box` in a temporary owns its heap block: drawn whether or not a
/// reference points at it (`peek(*Box::new(41))`, then `show(&Box::new(n))`).
#[test]
fn a_temporary_owning_a_box_is_drawn() {
    let shots = temporaries_fixture("boxed_temporary");
    let owner = slot_in(&shots[0], "main", "(temporary)");
    assert_eq!(owner.ty, "Box<i32>");
    assert!(matches!(
        &owner.value,
        ValueView::Pointer(PointerView { kind: PointerKind::Owning, target: Some(t), .. })
            if t.region == Region::Heap && t.id == shots[0].heap[0].id
    ));
    let shot = &shots[1];
    assert_points_at_temporary(shot, &slot_in(shot, "show", "b").value, "main", "Box<i32>");
}

/// A marker after a block's tail expression, before its closing brace, is a
/// point inside the block: in a closure's body it is taken in the closure's
/// frame when the closure runs, in a loop's body once per pass.
#[test]
fn a_marker_after_a_tail_expression_is_taken_inside_its_block() {
    use mdbook_memory::markdown::Dialect;
    use mdbook_memory::pipeline::{Limits, analyse};
    let code = "fn main() {
    let c = |x: i32| {
        x + 1 //@ closure tail
    };
    let mut n = 0;
    while n < 2 {
        n += 1 //@ loop tail
    }
    println!(\"{}\", c(n));
}
";
    let snippet = mdbook_memory::snippet::prepare(code, Dialect::Memory);
    let analysis = analyse(&snippet, Default::default(), Limits::default()).expect("the model runs it");
    let taken: Vec<(&str, Vec<&str>)> = analysis
        .trace
        .snapshots
        .iter()
        .map(|shot| {
            let frames = shot.frames.iter().map(|frame| frame.function.as_str()).collect();
            (shot.label.as_str(), frames)
        })
        .collect();
    assert_eq!(
        taken,
        [
            ("loop tail", vec!["main"]),
            ("loop tail", vec!["main"]),
            ("closure tail", vec!["main", "main::{closure#0}"]),
        ]
    );
}
