//! Snapshots of the machine at the points the author marked: a picture-ready
//! description of stack frames, heap blocks and static data, with no geometry.
//!
//! The machine knows nothing about pictures; [`Recorder`] observes it and turns
//! its state into these plain values, which the renderer draws.

use serde::Serialize;

pub use crate::check::permissions::{Permissions, PlacePermissions};

/// Identifies one memory region (a stack slot, a heap block, a static) within
/// one snapshot. Stable across the snapshots of one run.
pub type RegionId = u32;

/// Everything the machine reached for one code block.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Trace {
    pub snapshots: Vec<Snapshot>,
    /// What the program printed to stdout, in order.
    pub stdout: String,
}

/// The state of memory at one marked point.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Snapshot {
    /// Badge text: the author's label, or `L1`, `L2`… by default.
    pub label: String,
    /// 1-based line of the marker in the displayed listing.
    pub line: usize,
    /// Oldest frame first (`main` first).
    pub frames: Vec<FrameView>,
    /// Live (and, in what-if mode, freed) heap allocations, oldest first.
    pub heap: Vec<HeapBlockView>,
    /// Read-only data the program points into, such as string literals.
    pub statics: Vec<StaticView>,
    /// The program's `static` items, drawn in the static region with their
    /// name (as the block's type: `static NAME: T`) and value.
    pub static_items: Vec<HeapBlockView>,
    /// An explanation drawn with the picture, e.g. what undefined behaviour happened.
    pub note: Option<String>,
    /// The run stopped in the middle of `line` (undefined behaviour in a
    /// what-if run) rather than after it.
    pub stopped: bool,
    /// The read, write and own permissions of the places of the function
    /// taking the snapshot (its variables in scope, what its references
    /// point to, borrowed fields), as the borrow checker sees them at that
    /// point. Empty in what-if runs.
    pub permissions: Vec<PlacePermissions>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FrameView {
    /// The function's name, e.g. `main`.
    pub function: String,
    /// Locals in declaration order (shadowed bindings included).
    pub slots: Vec<SlotView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlotView {
    pub id: RegionId,
    /// The variable's name as written.
    pub name: String,
    /// The type as Rust writes it, e.g. `Box<i32>`.
    pub ty: String,
    pub state: SlotState,
    pub value: ValueView,
    /// Size in bytes of the slot on the target.
    pub size: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SlotState {
    /// Initialised and usable.
    Live,
    /// Its value was moved out; the slot stays, faded, with no arrows.
    Moved,
    /// Some fields were moved out.
    PartiallyMoved,
    /// Declared but not yet assigned (`let x;`).
    Uninit,
}

/// A value as drawn inside a slot, heap cell or field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ValueView {
    /// Integers, floats, bools, chars, `()`: shown as Rust's `Debug` prints them.
    Scalar(String),
    Pointer(PointerView),
    /// Tuples, structs and std types with their fields, e.g. String's `ptr`, `len`, `cap`.
    Fields {
        kind: String,
        fields: Vec<FieldView>,
    },
    /// An enum value: the name of its active variant (`Some`, `None`,
    /// `Circle`) and that variant's fields, if any.
    Variant {
        name: String,
        fields: Vec<FieldView>,
    },
    /// A value (or field) that was moved out.
    Moved,
    /// Not initialised.
    Uninit,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldView {
    /// Field name (`ptr`, `len`) or tuple index (`0`, `1`).
    pub name: String,
    pub value: ValueView,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PointerKind {
    /// Box, String/Vec buffers, Rc strong: the pointer owns its target.
    Owning,
    /// `&T`.
    Shared,
    /// `&mut T`.
    Unique,
    /// `Weak<T>`.
    Weak,
    /// `*const T` / `*mut T`.
    Raw,
    /// `fn(A) -> R`: the address of a function's code.
    Code,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointerView {
    pub kind: PointerKind,
    /// Where it points. `None` for a dangling pointer whose target no longer exists.
    pub target: Option<Location>,
    /// Extra data of a fat pointer, e.g. `len: 5` of a `&str`.
    pub metadata: Option<String>,
    /// True when the target was freed (what-if mode draws it in the error colour).
    pub dangling: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Region {
    Stack,
    Heap,
    Static,
}

/// A pointer target: a region, optionally a field path inside it, optionally a
/// range of elements or bytes (for `&s[1..3]`, `&v[2]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub region: Region,
    pub id: RegionId,
    /// Field indices from the region's top value, outermost first.
    pub path: Vec<usize>,
    /// Half-open range of elements (or bytes for strings) within the target.
    pub range: Option<(usize, usize)>,
}

/// One heap allocation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeapBlockView {
    pub id: RegionId,
    /// What it holds, e.g. `String buffer`, `Box<i32>`, `[i32]`.
    pub ty: String,
    pub contents: HeapContents,
    /// Allocation size in bytes.
    pub size: usize,
    /// Freed but kept in the picture (what-if mode only).
    pub freed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum HeapContents {
    /// A single value, e.g. the `i32` of a `Box<i32>`.
    Value(ValueView),
    /// UTF-8 bytes of a `String`: `len` used, `capacity` allocated.
    Bytes { bytes: Vec<u8>, capacity: usize },
    /// Elements of a `Vec`: used elements, then `capacity - items.len()`
    /// unused slots. For a `HashMap`'s table (`hash_table`), the `(key,
    /// value)` entries and the bucket count: where each entry sits is
    /// decided by a random hash, so they are drawn first, in the model's order.
    Elements {
        items: Vec<ValueView>,
        capacity: usize,
        hash_table: bool,
    },
}

/// Read-only static data, e.g. the bytes of a string literal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaticView {
    pub id: RegionId,
    pub bytes: Vec<u8>,
}

/// Observes the machine and captures a [`Snapshot`] at each marker.
#[derive(Debug, Default)]
pub struct Recorder {
    pub snapshots: Vec<Snapshot>,
    /// Where undefined behaviour stopped a what-if run.
    pub undefined_at: Option<crate::diag::Span>,
    /// For each marker, the permissions its snapshots carry
    /// ([`crate::check::permissions::at_markers`]).
    pub permissions: Vec<Vec<PlacePermissions>>,
}

impl crate::machine::Observer for Recorder {
    fn on_snapshot(&mut self, machine: &crate::machine::Machine, marker: usize, _span: crate::diag::Span) {
        let info = machine.program().markers.get(marker);
        let mut snapshot = capture::capture(machine);
        snapshot.label = info.map(|m| m.label.clone()).unwrap_or_default();
        snapshot.line = info.map_or(0, |m| m.display_line);
        snapshot.permissions = self.permissions.get(marker).cloned().unwrap_or_default();
        self.snapshots.push(snapshot);
    }

    /// The last picture of a what-if run, labelled with what went wrong; its
    /// line is the caller's to fill in from `span`.
    fn on_undefined_behavior(&mut self, machine: &crate::machine::Machine, message: &str, span: crate::diag::Span) {
        let mut snapshot = capture::capture(machine);
        snapshot.label = "undefined behaviour".into();
        snapshot.note = Some(message.to_string());
        snapshot.stopped = true;
        self.undefined_at = Some(span);
        self.snapshots.push(snapshot);
    }
}

mod capture {
    //! Converting machine state into views.

    use super::*;
    use crate::ir::{SharedTy, Ty};
    use crate::machine::{AllocKind, Machine, Pointer, Value};

    pub fn capture(machine: &Machine) -> Snapshot {
        let mut referenced_statics = Vec::new();
        let mut snapshot = Snapshot::default();
        let mut frames = frame_candidates(machine);
        let mut blocks = heap_candidates(machine);
        choose_shown(&mut frames, &mut blocks);
        for (frame, candidates) in machine.frames().iter().zip(frames) {
            snapshot.frames.push(FrameView {
                function: machine.body_of(frame).name.clone(),
                slots: take_shown(candidates, &mut referenced_statics),
            });
        }
        snapshot.heap = take_shown(blocks, &mut referenced_statics);
        for (id, allocation) in machine.allocations().iter().enumerate() {
            let label = match allocation.kind {
                AllocKind::StaticItem(item) => {
                    let name = machine.program().statics.get(item).map_or("", |s| s.name.as_str());
                    format!("static {name}: {}", allocation.ty)
                }
                // rustc's MIR names such a constant a promoted.
                AllocKind::Promoted => format!("promoted: {}", allocation.ty),
                AllocKind::Code(function) => {
                    let name = machine
                        .program()
                        .functions
                        .get(function)
                        .map_or("", |f| f.name.as_str());
                    format!("fn {name}")
                }
                _ => continue,
            };
            let contents = if let AllocKind::Code(_) = allocation.kind {
                ValueView::Scalar("code".into())
            } else {
                view(machine, &allocation.value, &allocation.ty, &mut referenced_statics)
            };
            snapshot.static_items.push(HeapBlockView {
                id: id as RegionId,
                ty: label,
                contents: HeapContents::Value(contents),
                size: allocation.size,
                freed: false,
            });
        }
        referenced_statics.sort_unstable();
        referenced_statics.dedup();
        for id in referenced_statics {
            if let Some(Value::Bytes(bytes)) = machine.allocation(id as usize).map(|a| &a.value) {
                snapshot.statics.push(StaticView {
                    id,
                    bytes: bytes.clone(),
                });
            }
        }
        snapshot
    }

    /// A slot or heap block that is drawn only if `shown`, with the static
    /// data its pointers lead to (listed only if it is drawn).
    struct Candidate<T> {
        view: T,
        statics: Vec<RegionId>,
        shown: bool,
    }

    /// What an unnamed local is called in a picture, the program having no
    /// name for it: local 0 holds what the function returns (rustc's return
    /// place), any other is a temporary value.
    fn unnamed_label(local: usize) -> &'static str {
        if local == 0 { "(return value)" } else { "(temporary)" }
    }

    /// Every local with storage in each frame, oldest frame first, locals in
    /// declaration order. Named locals are drawn; an unnamed one (a
    /// temporary) is drawn if it owns a heap block, so no live block is left
    /// without its owner, or if a drawn value points into it
    /// ([`choose_shown`]). The lowering's bookkeeping locals (loop indices,
    /// lengths, borrows it keeps for itself) own nothing and are pointed at
    /// by nothing the program holds, so they stay hidden.
    fn frame_candidates(machine: &Machine) -> Vec<Vec<Candidate<SlotView>>> {
        let mut frames = Vec::new();
        for frame in machine.frames() {
            let body = machine.body_of(frame);
            let mut slots = Vec::new();
            for (local, alloc) in frame.locals.iter().enumerate() {
                let Some(allocation) = alloc.and_then(|alloc| machine.allocation(alloc)) else {
                    continue;
                };
                let decl = &body.locals[local];
                let mut statics = Vec::new();
                let view = SlotView {
                    id: alloc.unwrap_or_default() as RegionId,
                    name: decl.name.clone().unwrap_or_else(|| unnamed_label(local).into()),
                    ty: decl.ty.to_string(),
                    state: slot_state(&allocation.value),
                    value: view(machine, &allocation.value, &decl.ty, &mut statics),
                    size: allocation.size,
                };
                let shown = decl.name.is_some() || owns_heap_block(&view.value);
                slots.push(Candidate { view, statics, shown });
            }
            frames.push(slots);
        }
        frames
    }

    /// Live heap blocks (drawn), and in what-if runs freed ones (drawn if a
    /// drawn slot still points to them).
    fn heap_candidates(machine: &Machine) -> Vec<Candidate<HeapBlockView>> {
        let mut blocks = Vec::new();
        for (id, allocation) in machine.allocations().iter().enumerate() {
            if allocation.kind != AllocKind::Heap || !(allocation.live || machine.is_what_if()) {
                continue;
            }
            let mut statics = Vec::new();
            let (ty, contents) = match &allocation.value {
                Value::Array(items) if let Some((entry, buckets)) = machine.table_layout(id) => (
                    format!("{entry} table"),
                    HeapContents::Elements {
                        items: items
                            .iter()
                            .map(|item| view(machine, item, &entry, &mut statics))
                            .collect(),
                        capacity: buckets,
                        hash_table: true,
                    },
                ),
                Value::Array(items) => (
                    format!("Vec<{}> buffer", allocation.ty),
                    HeapContents::Elements {
                        items: items
                            .iter()
                            .map(|item| view(machine, item, &allocation.ty, &mut statics))
                            .collect(),
                        capacity: allocation.size
                            / crate::layout::size_of_in(&allocation.ty, &machine.program().layout_defs).max(1),
                        hash_table: false,
                    },
                ),
                Value::Bytes(bytes) => (
                    "String buffer".to_string(),
                    HeapContents::Bytes {
                        bytes: bytes.clone(),
                        capacity: allocation.size,
                    },
                ),
                value => (
                    allocation.ty.to_string(),
                    HeapContents::Value(view(machine, value, &allocation.ty, &mut statics)),
                ),
            };
            blocks.push(Candidate {
                view: HeapBlockView {
                    id: id as RegionId,
                    ty,
                    contents,
                    size: allocation.size,
                    freed: !allocation.live,
                },
                statics,
                shown: allocation.live,
            });
        }
        blocks
    }

    /// Marks as shown, until nothing changes, the temporaries a drawn slot or
    /// heap block points into (from any frame, through any number of
    /// pointers), and the freed blocks a drawn slot points to.
    fn choose_shown(frames: &mut [Vec<Candidate<SlotView>>], blocks: &mut [Candidate<HeapBlockView>]) {
        loop {
            let mut stack_targets = Vec::new();
            let mut heap_targets = Vec::new();
            for slot in frames.iter().flatten().filter(|slot| slot.shown) {
                for_each_pointer(&slot.view.value, &mut |pointer| match &pointer.target {
                    Some(Location {
                        region: Region::Stack,
                        id,
                        ..
                    }) => stack_targets.push(*id),
                    Some(Location {
                        region: Region::Heap,
                        id,
                        ..
                    }) => heap_targets.push(*id),
                    _ => {}
                });
            }
            for block in blocks.iter().filter(|block| block.shown) {
                let values: &[ValueView] = match &block.view.contents {
                    HeapContents::Value(value) => std::slice::from_ref(value),
                    HeapContents::Elements { items, .. } => items,
                    HeapContents::Bytes { .. } => &[],
                };
                for value in values {
                    for_each_pointer(value, &mut |pointer| {
                        if let Some(Location {
                            region: Region::Stack,
                            id,
                            ..
                        }) = &pointer.target
                        {
                            stack_targets.push(*id);
                        }
                    });
                }
            }
            let mut changed = false;
            for slot in frames.iter_mut().flatten().filter(|slot| !slot.shown) {
                slot.shown = stack_targets.contains(&slot.view.id);
                changed |= slot.shown;
            }
            for block in blocks.iter_mut().filter(|block| !block.shown) {
                block.shown = heap_targets.contains(&block.view.id);
                changed |= block.shown;
            }
            if !changed {
                return;
            }
        }
    }

    /// The views of the shown candidates, in order, and their static data.
    fn take_shown<T>(candidates: Vec<Candidate<T>>, statics: &mut Vec<RegionId>) -> Vec<T> {
        candidates
            .into_iter()
            .filter(|candidate| candidate.shown)
            .map(|candidate| {
                statics.extend(candidate.statics);
                candidate.view
            })
            .collect()
    }

    /// True when the value holds (not behind a pointer) a live owning
    /// pointer to a heap block: a `Box`, a `String`'s or `Vec`'s buffer, an `Rc`.
    fn owns_heap_block(value: &ValueView) -> bool {
        let mut owns = false;
        for_each_pointer(value, &mut |pointer| {
            owns |= pointer.kind == PointerKind::Owning
                && !pointer.dangling
                && pointer
                    .target
                    .as_ref()
                    .is_some_and(|target| target.region == Region::Heap);
        });
        owns
    }

    /// Calls `visit` on each pointer held in the value itself, fields and
    /// variants' fields included.
    fn for_each_pointer(value: &ValueView, visit: &mut impl FnMut(&PointerView)) {
        match value {
            ValueView::Pointer(pointer) => visit(pointer),
            ValueView::Fields { fields, .. } | ValueView::Variant { fields, .. } => {
                for field in fields {
                    for_each_pointer(&field.value, visit);
                }
            }
            ValueView::Scalar(_) | ValueView::Moved | ValueView::Uninit => {}
        }
    }

    fn slot_state(value: &Value) -> SlotState {
        fn contains_moved(value: &Value) -> bool {
            match value {
                Value::Moved => true,
                Value::Tuple(fields) | Value::Enum { fields, .. } => fields.iter().any(contains_moved),
                _ => false,
            }
        }
        match value {
            Value::Moved => SlotState::Moved,
            Value::Uninit => SlotState::Uninit,
            v if contains_moved(v) => SlotState::PartiallyMoved,
            _ => SlotState::Live,
        }
    }

    fn view(machine: &Machine, value: &Value, ty: &Ty, statics: &mut Vec<RegionId>) -> ValueView {
        match value {
            Value::Uninit => ValueView::Uninit,
            Value::Moved => ValueView::Moved,
            // The model's `Formatter` is std's opaque writer and options.
            _ if *ty == Ty::Formatter => ValueView::Scalar("opaque".into()),
            // Formatting never fails in the model.
            _ if *ty == Ty::FmtResult => ValueView::Scalar("Ok(())".into()),
            // `Weak::new()` points nowhere.
            Value::Int(_) if matches!(ty, Ty::Shared(crate::ir::SharedTy::Weak, _)) => {
                ValueView::Scalar("dangling".into())
            }
            // A std error shows its kind, as its `Debug` names it.
            Value::Int(kind) if let Ty::StdError(error) = ty => {
                let (name, _) = error.kinds().get(*kind as usize).copied().unwrap_or_default();
                ValueView::Scalar(if name.is_empty() { error.name() } else { name }.into())
            }
            Value::Int(v) if *ty == Ty::Int(crate::ir::IntTy::U128) => ValueView::Scalar((*v as u128).to_string()),
            Value::Int(v) => ValueView::Scalar(v.to_string()),
            // Floats are shown as `{:?}` prints them (`1.0`, `1e-7`).
            Value::F32(v) => ValueView::Scalar(format!("{v:?}")),
            Value::F64(v) => ValueView::Scalar(format!("{v:?}")),
            Value::Bool(b) => ValueView::Scalar(b.to_string()),
            Value::Char(c) => ValueView::Scalar(format!("{c:?}")),
            Value::Tuple(fields) if matches!(ty, Ty::Adt(..)) => {
                let Ty::Adt(id, name) = ty else {
                    return ValueView::Uninit;
                };
                let defs = &machine.program().adts;
                let field_defs = defs.get(*id).map(|adt| adt.fields.clone()).unwrap_or_default();
                if field_defs.is_empty() {
                    return ValueView::Scalar(name.to_string());
                }
                ValueView::Fields {
                    kind: name.to_string(),
                    fields: fields
                        .iter()
                        .zip(&field_defs)
                        .map(|(field, (field_name, field_ty))| FieldView {
                            name: field_name.clone(),
                            value: view(machine, field, field_ty, statics),
                        })
                        .collect(),
                }
            }
            Value::Tuple(fields) if matches!(ty, Ty::Shared(..)) => {
                let Ty::Shared(kind, inner) = ty else {
                    return ValueView::Uninit;
                };
                shared_view(machine, *kind, inner, fields, statics)
            }
            Value::Tuple(items) if matches!(ty, Ty::Array(..)) => array_view(machine, items, ty, statics),
            Value::Tuple(fields) if fields.is_empty() => ValueView::Scalar("()".into()),
            Value::Tuple(fields) => {
                let tys = match ty {
                    Ty::Tuple(tys) => tys.clone(),
                    _ => Vec::new(),
                };
                ValueView::Fields {
                    kind: "tuple".into(),
                    fields: fields
                        .iter()
                        .enumerate()
                        .map(|(i, field)| FieldView {
                            name: i.to_string(),
                            value: view(machine, field, tys.get(i).unwrap_or(&Ty::unit()), statics),
                        })
                        .collect(),
                }
            }
            Value::Enum { variant, fields } => {
                let def = crate::ir::variants_of(ty, &machine.program().adts).and_then(|v| v.get(*variant).cloned());
                let Some(def) = def else {
                    return ValueView::Uninit;
                };
                ValueView::Variant {
                    name: def.name.clone(),
                    fields: fields
                        .iter()
                        .zip(&def.fields)
                        .map(|(field, (field_name, field_ty))| FieldView {
                            name: field_name.clone(),
                            value: view(machine, field, field_ty, statics),
                        })
                        .collect(),
                }
            }
            Value::Ptr(pointer) => {
                let mut view = pointer_view(machine, pointer, statics);
                // A pointer to `dyn Trait` is fat: the data pointer and the
                // vtable of the concrete type behind it.
                if let Ty::Ref(_, inner) | Ty::Box(inner) = ty
                    && let Ty::Dyn(trait_name) = &**inner
                {
                    let concrete = machine.pointee_ty(pointer).map(|t| t.to_string()).unwrap_or_default();
                    // Pictures show 24 characters of it: the word `vtable` goes first.
                    let full = format!("vtable: {trait_name} for {concrete}");
                    let short = format!("{trait_name} for {concrete}");
                    view.metadata = Some(if full.chars().count() <= 24 { full } else { short });
                }
                ValueView::Pointer(view)
            }
            Value::String { buf, len, cap } => buffer_fields("String", machine, *buf, &[("len", *len), ("cap", *cap)]),
            Value::Bytes(bytes) => ValueView::Scalar(format!("{:?}", String::from_utf8_lossy(bytes))),
            Value::Vec { buf, len, cap } => buffer_fields("Vec", machine, *buf, &[("len", *len), ("cap", *cap)]),
            Value::Map {
                table, len, buckets, ..
            } => buffer_fields("HashMap", machine, *table, &[("len", *len), ("buckets", *buckets)]),
            Value::Array(items) => array_view(machine, items, ty, statics),
            Value::FnPtr(function) => fn_pointer_view(machine, *function),
        }
    }

    /// A fn pointer: an arrow to its function's code, drawn in the Static panel.
    fn fn_pointer_view(machine: &Machine, function: crate::ir::FnId) -> ValueView {
        let code = machine
            .allocations()
            .iter()
            .position(|a| a.kind == AllocKind::Code(function));
        ValueView::Pointer(PointerView {
            kind: PointerKind::Code,
            target: code.map(|id| Location {
                region: Region::Static,
                id: id as RegionId,
                path: Vec::new(),
                range: None,
            }),
            metadata: None,
            dangling: false,
        })
    }

    /// A `Vec`'s buffer (whose type is the element type) or an array.
    fn array_view(machine: &Machine, items: &[Value], ty: &Ty, statics: &mut Vec<RegionId>) -> ValueView {
        let element = match ty {
            Ty::Vec(element) | Ty::Array(element, _) => (**element).clone(),
            other => other.clone(),
        };
        ValueView::Fields {
            kind: "array".into(),
            fields: items
                .iter()
                .enumerate()
                .map(|(i, item)| FieldView {
                    name: i.to_string(),
                    value: view(machine, item, &element, statics),
                })
                .collect(),
        }
    }

    /// An `RcBox` (counts and value), a `RefCell` (borrow state and value) or a `Cell`.
    fn shared_view(
        machine: &Machine,
        kind: SharedTy,
        inner: &Ty,
        fields: &[Value],
        statics: &mut Vec<RegionId>,
    ) -> ValueView {
        let count = |value: &Value| match value {
            Value::Int(n) => n.to_string(),
            _ => "?".into(),
        };
        let names: &[&str] = match kind {
            SharedTy::RcBox => &["strong", "weak", "value"],
            SharedTy::RefCell => &["borrow", "value"],
            _ => &["value"],
        };
        let value_index = names.len() - 1;
        let fields = fields
            .iter()
            .zip(names)
            .enumerate()
            .map(|(i, (field, name))| FieldView {
                name: name.to_string(),
                value: match (kind, i) {
                    (_, i) if i == value_index => view(machine, field, inner, statics),
                    // std's flag: 0 free, n > 0 shared guards, -1 a mutable guard.
                    (SharedTy::RefCell, _) => ValueView::Scalar(match field {
                        Value::Int(0) => "none".into(),
                        Value::Int(-1) => "mut".into(),
                        other => format!("{} shared", count(other)),
                    }),
                    _ => ValueView::Scalar(count(field)),
                },
            })
            .collect();
        ValueView::Fields {
            kind: kind.name().into(),
            fields,
        }
    }

    /// The stack part of a `String`, `Vec` or `HashMap`: an owning pointer
    /// to its buffer (none while nothing is allocated), then its counts
    /// (length and capacity, or entries and buckets).
    fn buffer_fields(kind: &str, machine: &Machine, buf: Option<usize>, counts: &[(&str, usize)]) -> ValueView {
        let ptr = match buf {
            Some(buf) => ValueView::Pointer(PointerView {
                kind: PointerKind::Owning,
                target: Some(Location {
                    region: Region::Heap,
                    id: buf as RegionId,
                    path: Vec::new(),
                    range: None,
                }),
                metadata: None,
                dangling: !machine.allocation(buf).is_some_and(|a| a.live),
            }),
            // Nothing is allocated yet: the pointer is only a placeholder.
            None => ValueView::Scalar("none".into()),
        };
        let field = |name: &str, value: ValueView| FieldView {
            name: name.into(),
            value,
        };
        ValueView::Fields {
            kind: kind.into(),
            fields: [field("ptr", ptr)]
                .into_iter()
                .chain(
                    counts
                        .iter()
                        .map(|(name, n)| field(name, ValueView::Scalar(n.to_string()))),
                )
                .collect(),
        }
    }

    fn pointer_view(machine: &Machine, pointer: &Pointer, statics: &mut Vec<RegionId>) -> PointerView {
        let target = machine.allocation(pointer.alloc);
        // A box of a zero-sized value points at no allocation.
        if target.is_some_and(|a| a.kind == AllocKind::Scratch && a.size == 0) {
            return PointerView {
                kind: pointer.kind,
                target: None,
                metadata: None,
                dangling: false,
            };
        }
        let region = match target.map(|a| a.kind) {
            Some(AllocKind::Stack { .. }) => Region::Stack,
            Some(AllocKind::Heap | AllocKind::Scratch) | None => Region::Heap,
            Some(AllocKind::Static) => {
                statics.push(pointer.alloc as RegionId);
                Region::Static
            }
            Some(AllocKind::StaticItem(_) | AllocKind::Promoted | AllocKind::Code(_)) => Region::Static,
        };
        // A pointer to one element of a buffer points at a one-element range.
        let (path, range) = match (target.map(|a| &a.value), pointer.path.as_slice()) {
            (Some(Value::Array(_)), [index, ..]) => (Vec::new(), Some((*index, index + 1))),
            // A slice of an array on the stack points at its first element.
            (Some(_), _)
                if pointer.range.is_some()
                    && target.is_some_and(|a| *a.ty != Ty::Str)
                    && !matches!(target.map(|a| &a.value), Some(Value::Array(_))) =>
            {
                let mut path = pointer.path.clone();
                path.push(pointer.range.map_or(0, |(start, _)| start));
                (path, None)
            }
            // `Rc` and `Weak` point at the whole `RcBox`, counts included, as std's do.
            _ if target.is_some_and(|a| matches!(*a.ty, Ty::Shared(SharedTy::RcBox, _))) && pointer.path.len() == 1 => {
                (Vec::new(), None)
            }
            _ => (pointer.path.clone(), pointer.range),
        };
        PointerView {
            kind: pointer.kind,
            target: Some(Location {
                region,
                id: pointer.alloc as RegionId,
                path,
                range,
            }),
            metadata: pointer.range.map(|(start, end)| format!("len {}", end - start)),
            dangling: !target.is_some_and(|a| a.live),
        }
    }
}
