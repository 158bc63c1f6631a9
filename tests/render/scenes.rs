//! Snapshots to draw, built by hand: each is a scene a teaching book shows.

use mdbook_memory::snippet::ListingLine;
use mdbook_memory::trace::*;

pub struct Scene {
    pub name: &'static str,
    pub listing: Vec<ListingLine>,
    pub trace: Trace,
}

pub fn line(text: &str, badge: Option<&str>) -> ListingLine {
    ListingLine {
        text: text.to_string(),
        badge: badge.map(str::to_string),
    }
}

pub fn scalar(text: &str) -> ValueView {
    ValueView::Scalar(text.to_string())
}

pub fn to(region: Region, id: RegionId) -> Location {
    Location {
        region,
        id,
        path: Vec::new(),
        range: None,
    }
}

pub fn pointer(kind: PointerKind, target: Option<Location>) -> ValueView {
    ValueView::Pointer(PointerView {
        kind,
        target,
        metadata: None,
        dangling: false,
    })
}

pub fn fat(kind: PointerKind, target: Location, metadata: &str) -> ValueView {
    ValueView::Pointer(PointerView {
        kind,
        target: Some(target),
        metadata: Some(metadata.to_string()),
        dangling: false,
    })
}

pub fn fields(kind: &str, fields: &[(&str, ValueView)]) -> ValueView {
    ValueView::Fields {
        kind: kind.to_string(),
        fields: fields
            .iter()
            .map(|(name, value)| FieldView {
                name: name.to_string(),
                value: value.clone(),
            })
            .collect(),
    }
}

/// A `String` (or `Vec`) header owning heap block `block`.
pub fn buffer_header(kind: &str, block: RegionId, len: usize, cap: usize) -> ValueView {
    fields(
        kind,
        &[
            ("ptr", pointer(PointerKind::Owning, Some(to(Region::Heap, block)))),
            ("len", scalar(&len.to_string())),
            ("cap", scalar(&cap.to_string())),
        ],
    )
}

pub fn slot(id: RegionId, name: &str, ty: &str, value: ValueView) -> SlotView {
    SlotView {
        id,
        name: name.to_string(),
        ty: ty.to_string(),
        state: SlotState::Live,
        value,
        size: 8,
    }
}

pub fn frame(function: &str, slots: Vec<SlotView>) -> FrameView {
    FrameView {
        function: function.to_string(),
        slots,
    }
}

pub fn block(id: RegionId, ty: &str, contents: HeapContents) -> HeapBlockView {
    HeapBlockView {
        id,
        ty: ty.to_string(),
        contents,
        size: 8,
        freed: false,
    }
}

pub fn bytes(text: &str, capacity: usize) -> HeapContents {
    HeapContents::Bytes {
        bytes: text.as_bytes().to_vec(),
        capacity,
    }
}

pub fn snapshot(label: &str, line: usize, frames: Vec<FrameView>) -> Snapshot {
    Snapshot {
        label: label.to_string(),
        line,
        frames,
        ..Snapshot::default()
    }
}

/// (a) `s1` moved into `s2`, which owns "hello".
pub fn moved_string() -> Scene {
    let mut s1 = slot(1, "s1", "String", buffer_header("String", 10, 5, 5));
    s1.state = SlotState::Moved;
    let s2 = slot(2, "s2", "String", buffer_header("String", 10, 5, 5));
    let mut shot = snapshot("L1", 2, vec![frame("main", vec![s1, s2])]);
    shot.heap = vec![block(10, "String buffer", bytes("hello", 5))];
    Scene {
        name: "moved_string",
        listing: vec![
            line("let s1 = String::from(\"hello\");", None),
            line("let s2 = s1;", Some("L1")),
            line("println!(\"{s2}\");", None),
        ],
        trace: Trace {
            snapshots: vec![shot],
            stdout: "hello\n".to_string(),
        },
    }
}

/// (b) a Box, a shared borrow of the Box's slot, a `&mut` into the heap.
pub fn box_and_borrows() -> Scene {
    let b = slot(
        1,
        "b",
        "Box<i32>",
        pointer(PointerKind::Owning, Some(to(Region::Heap, 20))),
    );
    let r = slot(
        2,
        "r",
        "&Box<i32>",
        pointer(PointerKind::Shared, Some(to(Region::Stack, 1))),
    );
    let m = slot(
        3,
        "m",
        "&mut i32",
        pointer(PointerKind::Unique, Some(to(Region::Heap, 20))),
    );
    let mut shot = snapshot("L1", 3, vec![frame("main", vec![b, r, m])]);
    shot.heap = vec![block(20, "Box<i32>", HeapContents::Value(scalar("5")))];
    Scene {
        name: "box_and_borrows",
        listing: vec![
            line("let mut b = Box::new(5);", None),
            line("let r = &b;", None),
            line("let m = &mut *b;", Some("L1")),
        ],
        trace: Trace {
            snapshots: vec![shot],
            stdout: String::new(),
        },
    }
}

/// (c) a tuple, a borrow of one of its fields, a `&str` into static data and
/// a `&str` into part of a String.
pub fn tuple_and_str() -> Scene {
    let t = slot(
        1,
        "t",
        "(i32, bool)",
        fields("(i32, bool)", &[("0", scalar("1")), ("1", scalar("true"))]),
    );
    let flag = slot(
        2,
        "flag",
        "&bool",
        pointer(
            PointerKind::Shared,
            Some(Location {
                path: vec![1],
                ..to(Region::Stack, 1)
            }),
        ),
    );
    let lit = slot(
        3,
        "lit",
        "&str",
        fat(PointerKind::Shared, to(Region::Static, 30), "len 5"),
    );
    let owned = slot(4, "owned", "String", buffer_header("String", 31, 11, 16));
    let part = slot(
        5,
        "world",
        "&str",
        fat(
            PointerKind::Shared,
            Location {
                range: Some((6, 11)),
                ..to(Region::Heap, 31)
            },
            "len 5",
        ),
    );
    let mut shot = snapshot("slices", 5, vec![frame("main", vec![t, flag, lit, owned, part])]);
    shot.heap = vec![block(31, "String buffer", bytes("hello world", 16))];
    shot.statics = vec![StaticView {
        id: 30,
        bytes: b"hello".to_vec(),
    }];
    Scene {
        name: "tuple_and_str",
        listing: vec![
            line("let t = (1, true);", None),
            line("let flag = &t.1;", None),
            line("let lit = \"hello\";", None),
            line("let owned = String::from(\"hello world\");", None),
            line("let world = &owned[6..];", Some("slices")),
        ],
        trace: Trace {
            snapshots: vec![shot],
            stdout: String::new(),
        },
    }
}

/// (d) a Vec with three elements and room for four, and a borrow of its last element.
pub fn vec_with_capacity() -> Scene {
    let v = slot(1, "v", "Vec<i32>", buffer_header("Vec", 40, 3, 4));
    let last = slot(
        2,
        "last",
        "&i32",
        pointer(
            PointerKind::Shared,
            Some(Location {
                range: Some((2, 3)),
                ..to(Region::Heap, 40)
            }),
        ),
    );
    let mut shot = snapshot("L1", 3, vec![frame("main", vec![v, last])]);
    shot.heap = vec![block(
        40,
        "Vec<i32> buffer",
        HeapContents::Elements {
            items: vec![scalar("1"), scalar("2"), scalar("3")],
            capacity: 4,
            hash_table: false,
        },
    )];
    Scene {
        name: "vec_with_capacity",
        listing: vec![
            line("let mut v = Vec::with_capacity(4);", None),
            line("v.extend([1, 2, 3]);", None),
            line("let last = &v[2];", Some("L1")),
        ],
        trace: Trace {
            snapshots: vec![shot],
            stdout: String::new(),
        },
    }
}

/// (e) what-if mode: `first` still points into the buffer `push` freed.
pub fn dangling_after_push() -> Scene {
    let v = slot(1, "v", "Vec<i32>", buffer_header("Vec", 51, 4, 6));
    let first = slot(
        2,
        "first",
        "&i32",
        ValueView::Pointer(PointerView {
            kind: PointerKind::Shared,
            target: Some(Location {
                range: Some((0, 1)),
                ..to(Region::Heap, 50)
            }),
            metadata: None,
            dangling: true,
        }),
    );
    let raw = slot(
        3,
        "p",
        "*const i32",
        ValueView::Pointer(PointerView {
            kind: PointerKind::Raw,
            target: None,
            metadata: None,
            dangling: true,
        }),
    );
    let mut shot = snapshot("L1", 3, vec![frame("main", vec![v, first, raw])]);
    let mut old = block(
        50,
        "Vec<i32> buffer",
        HeapContents::Elements {
            items: vec![scalar("1"), scalar("2"), scalar("3")],
            capacity: 3,
            hash_table: false,
        },
    );
    old.freed = true;
    shot.heap = vec![
        old,
        block(
            51,
            "Vec<i32> buffer",
            HeapContents::Elements {
                items: vec![scalar("1"), scalar("2"), scalar("3"), scalar("4")],
                capacity: 6,
                hash_table: false,
            },
        ),
    ];
    shot.note = Some(
        "Undefined behaviour: `first` points into the buffer that `v.push(4)` freed when it grew the vector."
            .to_string(),
    );
    Scene {
        name: "dangling_after_push",
        listing: vec![
            line("let mut v = vec![1, 2, 3];", None),
            line("let first = &v[0];", None),
            line("v.push(4);", Some("L1")),
            line("println!(\"{first}\");", None),
        ],
        trace: Trace {
            snapshots: vec![shot],
            stdout: String::new(),
        },
    }
}

/// An `Rc` and a `Weak` to the same block; a second frame borrowing from `main`.
pub fn rc_weak_and_call() -> Scene {
    let rc = slot(
        1,
        "rc",
        "Rc<String>",
        pointer(PointerKind::Owning, Some(to(Region::Heap, 60))),
    );
    let weak = slot(
        2,
        "weak",
        "Weak<String>",
        pointer(PointerKind::Weak, Some(to(Region::Heap, 60))),
    );
    let text = slot(
        3,
        "text",
        "&String",
        pointer(
            PointerKind::Shared,
            Some(Location {
                path: vec![2],
                ..to(Region::Heap, 60)
            }),
        ),
    );
    let mut shot = snapshot(
        "in call",
        7,
        vec![frame("main", vec![rc, weak]), frame("print_len", vec![text])],
    );
    shot.heap = vec![
        block(
            60,
            "RcBox<String>",
            HeapContents::Value(fields(
                "RcBox",
                &[
                    ("strong", scalar("1")),
                    ("weak", scalar("1")),
                    ("value", buffer_header("String", 61, 2, 2)),
                ],
            )),
        ),
        block(61, "String buffer", bytes("hi", 2)),
    ];
    Scene {
        name: "rc_weak_and_call",
        listing: vec![
            line("use std::rc::Rc;", None),
            line("fn print_len(text: &String) {", None),
            line("    println!(\"{}\", text.len());", None),
            line("}", None),
            line("let rc = Rc::new(String::from(\"hi\"));", None),
            line("let weak = Rc::downgrade(&rc);", None),
            line("print_len(&rc);", Some("in call")),
        ],
        trace: Trace {
            snapshots: vec![shot],
            stdout: "2\n".to_string(),
        },
    }
}

pub fn variant(name: &str, fields: &[(&str, ValueView)]) -> ValueView {
    ValueView::Variant {
        name: name.to_string(),
        fields: fields
            .iter()
            .map(|(name, value)| FieldView {
                name: name.to_string(),
                value: value.clone(),
            })
            .collect(),
    }
}

/// Enum values: `Some` owning a box, `None`, a struct variant, and an
/// `Option<&String>` borrowing the `String` inside another `Some`.
pub fn enum_values() -> Scene {
    let boxed = slot(
        1,
        "boxed",
        "Option<Box<i32>>",
        variant(
            "Some",
            &[("0", pointer(PointerKind::Owning, Some(to(Region::Heap, 70))))],
        ),
    );
    let name = slot(
        2,
        "name",
        "Option<String>",
        variant("Some", &[("0", buffer_header("String", 71, 3, 3))]),
    );
    let nothing = slot(3, "nothing", "Option<u8>", variant("None", &[]));
    let shape = slot(
        4,
        "shape",
        "Shape",
        variant("Rect", &[("w", scalar("3")), ("h", scalar("4"))]),
    );
    let first = slot(
        5,
        "first",
        "Option<&String>",
        variant(
            "Some",
            &[(
                "0",
                pointer(
                    PointerKind::Shared,
                    Some(Location {
                        path: vec![0],
                        ..to(Region::Stack, 2)
                    }),
                ),
            )],
        ),
    );
    let mut shot = snapshot("L1", 6, vec![frame("main", vec![boxed, name, nothing, shape, first])]);
    shot.heap = vec![
        block(70, "i32", HeapContents::Value(scalar("7"))),
        block(71, "String buffer", bytes("Ann", 3)),
    ];
    Scene {
        name: "enum_values",
        listing: vec![
            line("let boxed = Some(Box::new(7));", None),
            line("let name = Some(String::from(\"Ann\"));", None),
            line("let nothing: Option<u8> = None;", None),
            line("let shape = Shape::Rect { w: 3, h: 4 };", None),
            line("let first = name.as_ref();", None),
            line("println!(\"{first:?}\");", Some("L1")),
        ],
        trace: Trace {
            snapshots: vec![shot],
            stdout: "Some(\"Ann\")\n".to_string(),
        },
    }
}

/// Two snapshots of one block, the second with an uninitialised variable.
pub fn two_steps() -> Scene {
    let x = slot(1, "x", "i32", scalar("5"));
    let mut y = slot(2, "y", "i32", ValueView::Uninit);
    y.state = SlotState::Uninit;
    let first = snapshot("L1", 2, vec![frame("main", vec![x.clone(), y])]);
    let y = slot(2, "y", "i32", scalar("6"));
    let second = snapshot("L2", 3, vec![frame("main", vec![x, y])]);
    Scene {
        name: "two_steps",
        listing: vec![
            line("let x = 5;", None),
            line("let y;", Some("L1")),
            line("y = x + 1;", Some("L2")),
        ],
        trace: Trace {
            snapshots: vec![first, second],
            stdout: String::new(),
        },
    }
}

pub fn all() -> Vec<Scene> {
    vec![
        moved_string(),
        box_and_borrows(),
        tuple_and_str(),
        vec_with_capacity(),
        dangling_after_push(),
        rc_weak_and_call(),
        two_steps(),
        enum_values(),
    ]
}
