//! Snapshots of the machine at the points the author marked: a picture-ready
//! description of stack frames, heap blocks and static data, with no geometry.
//!
//! The machine knows nothing about pictures; [`Recorder`] observes it and turns
//! its state into these plain values, which the renderer draws.

use serde::Serialize;

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
    /// An explanation drawn with the picture, e.g. what undefined behaviour happened.
    pub note: Option<String>,
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
    Fields { kind: String, fields: Vec<FieldView> },
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
    /// Elements of a `Vec`: used elements, then `capacity - items.len()` unused slots.
    Elements {
        items: Vec<ValueView>,
        capacity: usize,
    },
}

/// Read-only static data, e.g. the bytes of a string literal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaticView {
    pub id: RegionId,
    pub bytes: Vec<u8>,
}
