//! The intermediate representation: datatypes only, no behaviour beyond small
//! queries. A MIR-like control-flow graph of places and statements, so that
//! the checker and the machine read the same program.

use crate::diag::Span;
use std::fmt;
use std::rc::Rc;

pub type LocalId = usize;
pub type BlockId = usize;
pub type FnId = usize;
pub type AdtId = usize;
pub type StaticId = usize;

/// A whole lowered program.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// Every function, in source order.
    pub functions: Vec<Body>,
    /// The index of `main` in `functions`.
    pub main: FnId,
    /// The program's structs and enums.
    pub adts: Vec<AdtDef>,
    /// The same definitions for the layout engine (sizes of slots and blocks).
    pub layout_defs: crate::layout::Defs,
    /// Labels of the snapshot markers, indexed by [`StatementKind::Snapshot`].
    pub markers: Vec<MarkerInfo>,
    /// What formatting and trait objects need at run time.
    pub traits: Traits,
    /// The program's `static` items, one place each in static memory.
    pub statics: Vec<StaticDef>,
}

/// A `static NAME: Type = init;` item: one allocation in static memory,
/// made before `main` runs from the value its initialiser body returns, and
/// never dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticDef {
    pub name: String,
    pub ty: Ty,
    /// A body without parameters returning the initial value.
    pub init: FnId,
    pub span: Span,
}

/// The program's trait implementations the machine reaches at run time:
/// `Display`/`Debug` written by the program, and `dyn Trait` calls.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Traits {
    /// `impl Display` and `impl Debug` of the program's types.
    pub fmt_impls: Vec<FmtImpl>,
    /// The methods [`Intrinsic::DynCall`] names, by index.
    pub virtual_methods: Vec<VirtualMethod>,
    /// One table per trait and concrete type the program turns into a `dyn Trait`.
    pub vtables: Vec<VTable>,
    /// The frame a user `fmt` is called from (`core::fmt::write`, holding the
    /// `Formatter`); present when the program has `fmt_impls`.
    pub formatter_frame: Option<FnId>,
}

/// A `fmt` written by the program for one of its types.
#[derive(Debug, Clone, PartialEq)]
pub struct FmtImpl {
    pub adt: AdtId,
    /// `Display` or `Debug`.
    pub trait_: FormatTrait,
    /// `fn fmt(&self, f: &mut Formatter) -> fmt::Result`.
    pub function: FnId,
}

/// A trait method called through a `dyn Trait` pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VirtualMethod {
    pub trait_name: String,
    pub method: String,
}

/// The vtable of one concrete type behind `dyn Trait`: the function each
/// method of the trait (and its supertraits) runs for that type.
#[derive(Debug, Clone, PartialEq)]
pub struct VTable {
    pub trait_name: String,
    pub ty: Ty,
    pub methods: Vec<(String, FnId)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkerInfo {
    pub label: String,
    /// 1-based line in the displayed listing (0 for the implicit end-of-main snapshot).
    pub display_line: usize,
}

/// A struct or enum defined by the program.
#[derive(Debug, Clone, PartialEq)]
pub struct AdtDef {
    pub name: String,
    pub kind: StructKind,
    /// Fields in declaration order (tuple structs name them `0`, `1`, …);
    /// empty for an enum.
    pub fields: Vec<(String, Ty)>,
    pub derives: Derives,
    /// The `drop` of its `impl Drop`, if any.
    pub drop_impl: Option<FnId>,
    /// Its lifetime parameters (`struct Excerpt<'a>`), and the lifetime of
    /// each reference inside each field's type, in [`Ty`] region order.
    pub lifetimes: AdtLifetimes,
    /// The variants of an enum, in declaration order; `None` for a struct.
    pub enum_variants: Option<Vec<VariantDef>>,
}

/// A struct's lifetime parameters and where its fields use them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AdtLifetimes {
    /// Number of lifetime parameters.
    pub count: usize,
    /// For each field, the lifetime of each region of its type.
    pub fields: Vec<Vec<Region>>,
}

/// A lifetime named in a signature or struct definition, after elision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    Static,
    /// The function's (or struct's) lifetime parameter with this index.
    Param(usize),
}

/// The lifetimes of a function's signature. Every type lists its regions in
/// one order: a reference's own lifetime, then those of the type it points
/// to; tuple fields in order; a `Box` or `Vec` has its element's; a struct
/// has its lifetime arguments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FnLifetimes {
    /// Each lifetime parameter's name: `'a`, or `None` when elided.
    pub params: Vec<Option<String>>,
    /// For each parameter, the lifetime of each region of its type.
    pub inputs: Vec<Vec<Region>>,
    /// The lifetime of each region of the return type.
    pub output: Vec<Region>,
    /// Declared bounds `'a: 'b`, as `(a, b)`.
    pub bounds: Vec<(usize, usize)>,
}

/// One variant of an enum: its name, shape, fields and discriminant.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantDef {
    pub name: String,
    pub kind: StructKind,
    /// Fields in declaration order (tuple variants name them `0`, `1`, …).
    pub fields: Vec<(String, Ty)>,
    /// The discriminant value (`as` casts and `Rvalue::Discriminant` read it).
    pub discriminant: i128,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructKind {
    Named,
    Tuple,
    Unit,
}

/// Traits derived with `#[derive(…)]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Derives {
    pub copy: bool,
    pub clone: bool,
    pub debug: bool,
    pub partial_eq: bool,
    pub eq: bool,
    pub partial_ord: bool,
    pub ord: bool,
    pub default: bool,
    pub hash: bool,
}

/// One function's body: its locals and its basic blocks; block 0 is the entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub name: String,
    /// Parameters are locals `1..=param_count`; local 0 is the return place.
    pub param_count: usize,
    pub locals: Vec<LocalDecl>,
    pub blocks: Vec<BasicBlock>,
    pub span: Span,
    /// The lifetimes of its signature.
    pub lifetimes: FnLifetimes,
    /// Temporaries holding the `&mut` auto-ref of a method receiver or the
    /// implicit reborrow of a `&mut` argument: two-phase borrows, only
    /// reserved until the call uses the temporary.
    pub two_phase: Vec<LocalId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LocalDecl {
    /// The variable name for user bindings; `None` for temporaries.
    pub name: Option<String>,
    pub ty: Ty,
    pub mutable: bool,
    /// Where the binding (or temporary's expression) was written.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BasicBlock {
    pub statements: Vec<Statement>,
    pub terminator: Terminator,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StatementKind {
    /// The local's storage comes into existence (uninitialised).
    StorageLive(LocalId),
    /// The local's storage ends; it must have been dropped or moved.
    StorageDead(LocalId),
    /// Writes an rvalue into a place, dropping the place's old value first if
    /// it was initialised (Rust's assignment semantics).
    Assign(Place, Rvalue),
    /// Runs drop glue for the place if (and where) it is still initialised.
    Drop(Place),
    /// `print!`/`println!`/`eprint!`/`eprintln!`: formats and writes;
    /// `format!` writes into a `String` local the same way.
    Print { stream: Stream, format: Format },
    /// Records the machine's state for the marker with this index.
    Snapshot(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
    /// Appends to the initialised `String` held by this local (`format!`).
    String(LocalId),
    /// Writes into the `Formatter` the `&mut Formatter` in this local points
    /// to (`write!(f, …)` inside a `fmt`).
    Formatter(LocalId),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Terminator {
    Goto(BlockId),
    /// Branches on a `bool` operand.
    If {
        cond: Operand,
        then_block: BlockId,
        else_block: BlockId,
    },
    /// Panics with a formatted message, at the `panic!` span.
    Panic(Format, Span),
    #[default]
    Return,
}

/// A memory location: a local followed by projections.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    pub local: LocalId,
    pub projection: Vec<PlaceElem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceElem {
    Deref,
    /// A tuple or struct field by index; of an array, the element at that
    /// position (what an array pattern binds).
    Field(usize),
    /// `v[i]` of a `Vec`, with the index held in a local.
    Index(LocalId),
    /// Field `.1` (second index) of an enum value whose active variant is
    /// `.0` (first index); only used where that variant is known to be active.
    VariantField(usize, usize),
}

impl Place {
    pub fn local(local: LocalId) -> Place {
        Place {
            local,
            projection: Vec::new(),
        }
    }

    pub fn project(&self, elem: PlaceElem) -> Place {
        let mut projection = self.projection.clone();
        projection.push(elem);
        Place {
            local: self.local,
            projection,
        }
    }

    /// True when `self` is `other` or inside it (`a.0` is within `a`).
    pub fn is_within(&self, other: &Place) -> bool {
        self.local == other.local && self.projection.starts_with(&other.projection)
    }

    pub fn has_deref(&self) -> bool {
        self.projection.contains(&PlaceElem::Deref)
    }
}

/// A value read by a statement. Copies and moves carry the span of the
/// expression they come from, which diagnostics point at.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// Reads a `Copy` value.
    Copy(Place, Span),
    /// Moves a value out, leaving the place uninitialised.
    Move(Place, Span),
    Const(Const),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    /// An integer; its type is that of the place or operation it flows into.
    /// A `u128` above `i128::MAX` is stored as its bit pattern.
    Int(i128),
    /// A float literal of a decided type (an `f32` is held exactly as `f64`).
    Float(FloatTy, f64),
    Bool(bool),
    Char(char),
    /// A string literal: a `&'static str` into static data.
    Str(String),
    Unit,
    /// The address of a `static` item, a `&'static` to its one place: a use
    /// of the static is a place behind it, as in rustc's MIR.
    Static(StaticId),
    /// The address of a function's code: a fn pointer to it.
    Fn(FnId),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Rvalue {
    Use(Operand),
    /// `&place` or `&mut place`.
    Ref(Mutability, Place),
    /// `(a, b, …)`, and struct values (fields in declaration order).
    Tuple(Vec<Operand>),
    /// The operands' type is recorded for overflow checks and comparisons.
    BinaryOp(Box<BinaryOperation>),
    UnaryOp(Box<UnaryOperation>),
    /// A call to a function the model knows.
    Intrinsic(Intrinsic, Vec<Operand>),
    /// A call to a function of the program.
    Call(FnId, Vec<Operand>),
    /// An enum value (of the destination's type): the variant's index and
    /// its fields in declaration order.
    Variant(usize, Vec<Operand>),
    /// The discriminant of the enum value at the place, as an `isize`-like
    /// integer (the declared discriminant, not the variant's index).
    Discriminant(Place),
}

/// `left op right`, boxed: the largest rvalue would make every statement
/// as large.
#[derive(Debug, Clone, PartialEq)]
pub struct BinaryOperation {
    pub op: BinOp,
    pub ty: Ty,
    pub left: Operand,
    pub right: Operand,
}

/// `op operand`, boxed like [`BinaryOperation`].
#[derive(Debug, Clone, PartialEq)]
pub struct UnaryOperation {
    pub op: UnOp,
    pub ty: Ty,
    pub operand: Operand,
}

impl Rvalue {
    pub fn binary(op: BinOp, ty: Ty, left: Operand, right: Operand) -> Rvalue {
        Rvalue::BinaryOp(Box::new(BinaryOperation { op, ty, left, right }))
    }

    pub fn unary(op: UnOp, ty: Ty, operand: Operand) -> Rvalue {
        Rvalue::UnaryOp(Box::new(UnaryOperation { op, ty, operand }))
    }

    /// The operands it reads, in order (none for a borrow or a discriminant);
    /// an iterator, as the checker asks for every statement of every pass.
    pub fn operands(&self) -> impl Iterator<Item = &Operand> {
        let (first, rest): (Option<&Operand>, &[Operand]) = match self {
            Rvalue::Use(op) => (Some(op), &[]),
            Rvalue::UnaryOp(unary) => (Some(&unary.operand), &[]),
            Rvalue::BinaryOp(binary) => (Some(&binary.left), std::slice::from_ref(&binary.right)),
            Rvalue::Tuple(ops) | Rvalue::Intrinsic(_, ops) | Rvalue::Call(_, ops) | Rvalue::Variant(_, ops) => {
                (None, ops)
            }
            Rvalue::Ref(..) | Rvalue::Discriminant(_) => (None, &[]),
        };
        first.into_iter().chain(rest)
    }

    /// [`Rvalue::operands`], to rewrite them.
    pub fn operands_mut(&mut self) -> impl Iterator<Item = &mut Operand> {
        let (first, rest): (Option<&mut Operand>, &mut [Operand]) = match self {
            Rvalue::Use(op) => (Some(op), &mut []),
            Rvalue::UnaryOp(unary) => (Some(&mut unary.operand), &mut []),
            Rvalue::BinaryOp(binary) => (Some(&mut binary.left), std::slice::from_mut(&mut binary.right)),
            Rvalue::Tuple(ops) | Rvalue::Intrinsic(_, ops) | Rvalue::Call(_, ops) | Rvalue::Variant(_, ops) => {
                (None, ops)
            }
            Rvalue::Ref(..) | Rvalue::Discriminant(_) => (None, &mut []),
        };
        first.into_iter().chain(rest)
    }
}

/// Library functions with modelled behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `a.cmp(&b)` through two references: `Ordering::Less`, `Equal` or
    /// `Greater` (variants 0, 1, 2 of the program's `std::cmp::Ordering`).
    Cmp,
    /// `a.partial_cmp(&b)`: `Some(ordering)`, or `None` when a NaN decides.
    PartialCmp,
    /// Whether the `Option<Ordering>` a `partial_cmp` returned makes the
    /// operator (`<`, `<=`, `>`, `>=`) true, as `PartialOrd::lt`… decide.
    OrderingIs(BinOp),
    /// Before `sort` of elements with the program's own `partial_cmp`,
    /// lowered as std's insertion sort: stops the run as unsupported when
    /// the `Vec` (through the reference) has more than 20 elements, where
    /// std sorts differently.
    InsertionSortOnly,
    /// `String::from(&str)`, `"…".to_string()`, `"…".to_owned()`, `String::new()` (no argument).
    StringFrom,
    /// `Box::new(value)`.
    BoxNew,
    /// `&constant` that rustc promotes: a `&'static` to the value, placed in
    /// static memory (once per borrow expression).
    Promote,
    /// `value.clone()` of a `String` or `Box`, through a reference.
    Clone,
    /// `s.len()` of a `&String` or `&&str`: the length in bytes.
    Len,
    /// `s.capacity()` of a `&String`.
    Capacity,
    /// `s.push_str(&str)` through `&mut String`, growing like std does.
    PushStr,
    /// `s.push(char)` through `&mut String`.
    Push,
    /// `&String` to `&str` (deref coercion, `as_str`): a pointer to the bytes.
    AsStr,
    /// `String::from_utf8(v).unwrap()` (or `.expect(msg)`, the message the
    /// second operand): the `Vec<u8>`'s buffer becomes the `String`'s.
    StringFromUtf8,
    /// `std::str::from_utf8(bytes).unwrap()` (or `.expect(msg)`): the same
    /// fat pointer, as a `&str`.
    StrFromUtf8,
    /// `Vec::new()`.
    VecNew,
    /// `Vec::with_capacity(n)`.
    VecWithCapacity,
    /// `vec![a, b, c]`: the elements, capacity equal to length.
    VecFrom,
    /// `vec![value; n]`: `n` clones of the value.
    VecRepeat,
    /// `v.push(x)` through `&mut Vec<T>`, growing like std does.
    VecPush,
    /// `v.insert(index, x)`, with std's bounds panic.
    VecInsert,
    /// `v.remove(index)`: the element, shifting the rest down.
    VecRemove,
    /// `v.sort()` (stable, by `Ord`).
    VecSort,
    /// `v.contains(&x)`.
    VecContains,
    /// `dedup()`: drops each element equal to the one kept before it.
    VecDedup,
    /// `v.extend(other)` with another `Vec` (consumed).
    VecExtend,
    /// `v.extend_from_slice(&other)` (and `v.extend(&other)` of `Copy`
    /// elements): clones of the slice's elements, growing like `reserve`.
    VecExtendFromSlice,
    /// `v.append(&mut other)`: moves the elements, leaving `other` empty.
    VecAppend,
    /// `v.join(sep)` of `String`s or `&str`s.
    VecJoin,
    /// `[T]` methods through a reference to an array, a `Vec` or a slice:
    /// `first()`/`last()` (a reference of the receiver's kind, or `None`).
    SliceFirst,
    SliceLast,
    /// `s.get(i)`/`s.get_mut(i)`: the element's reference, or `None`.
    SliceGet,
    /// `s.swap(a, b)`, with std's bounds panic.
    SliceSwap,
    /// `s.reverse()`.
    SliceReverse,
    /// `s.sort()` of elements the machine orders itself (no program `Ord`).
    SliceSort,
    /// `s.contains(&x)` of elements the machine compares itself.
    SliceContains,
    /// `s.fill(value)` of a `Copy` value.
    SliceFill,
    /// `s.binary_search(&x)`: `Ok(index)` or `Err(insertion point)`, by
    /// std's branch-free search (which of several equal elements it finds).
    SliceBinarySearch,
    /// `s.to_vec()`: clones into a `Vec` of exactly the slice's length.
    SliceToVec,
    /// `s.split_at(mid)`'s check: panics with std's message past the end.
    SliceSplitCheck,
    /// `truncate(n)` of a `Vec` or `String`; `clear()` without an argument.
    Truncate,
    /// `reserve(n)` of a `Vec` or `String`.
    Reserve,
    /// `shrink_to_fit()` of a `Vec` or `String`.
    ShrinkToFit,
    /// `is_empty()` of a `Vec` (through `&Vec`) or a `&str`.
    IsEmpty,
    /// `s.insert(index, char)` or `s.insert_str(index, &str)`.
    StringInsert,
    /// `s.remove(index)`: the `char` there.
    StringRemove,
    /// `s.pop()`: the last `char`, if any.
    StringPop,
    /// `String::with_capacity(n)`.
    StringWithCapacity,
    /// `string + &str`: appends to the moved-in `String`.
    StringAdd,
    /// `it.next()` of a `std::slice::Iter`/`IterMut` through `&mut`: a
    /// pointer to the first element its slice bounds (`None` when empty),
    /// the slice moved one element on.
    SliceIterNext,
    /// `it.len()` of a `std::slice::Iter`/`IterMut` or `std::vec::IntoIter`
    /// through `&`: the elements left.
    IterLen,
    /// `it.next()` of a `std::vec::IntoIter` through `&mut`: the element at
    /// its position moved out of the buffer (`None` past the last), the
    /// position one on.
    VecIntoIterNext,
    /// `chars.next()` of a `std::str::Chars` through `&mut`: the `char` its
    /// text starts with, the text moved past it.
    CharsNext,
    /// `r.next()` of a `std::ops::Range` of integers through `&mut`: `start`
    /// while it is below `end`, `start` moved one on.
    RangeNext,
    /// `r.next()` of a `std::ops::RangeInclusive` through `&mut`: `start`
    /// moved one on while below `end`; `end` itself once, setting the
    /// `exhausted` flag.
    RangeInclusiveNext,
    /// `&c[a..b]` through a pointer to a `Vec`, array, slice, `String` or
    /// `str`: a fat pointer to the range. Operands: the pointer, the start,
    /// the end (`-1` stands for the length: `&c[a..]`).
    Slice,
    /// Moves element `i` out of the `Vec` or array behind `&mut`, leaving it
    /// moved-out (`for x in v` consuming `v`).
    TakeElement,
    /// Whether `collect` of a chain over a consumed `Vec` reuses its buffer,
    /// as std's in-place collect decides from the element layouts.
    /// Operands: a `&Vec<DEST>` (the empty result), a `&Vec<SRC>` (the source).
    InPlaceCollectible,
    /// An item collected in place: written into the source `Vec`'s buffer
    /// (through `&mut`) at the write index, a slot already moved out.
    InPlaceWrite,
    /// The end of an in-place collect: the moved source `Vec`'s buffer
    /// becomes the result, holding the items written before the index; the
    /// source's items not taken are dropped in place, in order.
    InPlaceCollected,
    /// The end of `v.drain(start..end)` through `&mut v`: drops the
    /// elements of the range not moved out, in order, then moves the tail
    /// down; the capacity stays.
    VecDrainEnd,
    /// `From<E> for Box<dyn Error>`: a std error boxed as it is, a `String`
    /// or `&str` as the `String` std's private `StringError` holds.
    BoxError,
    StrToUppercase,
    StrToLowercase,
    /// `trim()`: a `&str` into the same bytes.
    StrTrim,
    StrTrimStart,
    StrTrimEnd,
    StrStartsWith,
    StrEndsWith,
    StrContains,
    StrRepeat,
    StrReplace,
    /// `find(p)` / `rfind(p)` of a `&str` pattern or a `char`: `Option<usize>`.
    StrFind,
    StrRfind,
    /// `strip_prefix(p)` / `strip_suffix(p)`: `Option<&str>` into the same bytes.
    StrStripPrefix,
    StrStripSuffix,
    /// `trim_start_matches(p)` / `trim_end_matches(p)`: a `&str` into the same bytes.
    StrTrimStartMatches,
    StrTrimEndMatches,
    /// `HashMap::new()`: no table until the first insert.
    MapNew,
    /// `HashMap::with_capacity(n)`: a table with hashbrown's bucket count for `n`.
    MapWithCapacity,
    /// `map.insert(k, v)` through `&mut HashMap`: the old value, if any.
    MapInsert,
    /// `map.get(&q)`: `Some(&value)` or `None`.
    MapGet,
    /// `map.get_mut(&q)` through `&mut HashMap`: `Some(&mut value)` or `None`.
    MapGetMut,
    /// `map[&q]`: a reference to the value, or std's panic.
    MapIndex,
    MapContainsKey,
    /// `map.remove(&q)` through `&mut HashMap`: the value, if any.
    MapRemove,
    /// `map.entry(k).or_insert(v)`: a `&mut` to the value, inserted if absent.
    MapEntryOrInsert,
    /// `map.entry(k).or_default()`.
    MapEntryOrDefault,
    /// `map.capacity()`: hashbrown's capacity for its bucket count.
    MapCapacity,
    /// `map.clear()`: drops the entries, keeps the table.
    MapClear,
    /// Entry `i` of the map behind the reference, in the model's order, as
    /// `(&K, &V)` (`&mut V` through a `&mut` map): a `for` loop's item.
    MapEntryAt,
    /// `Rc::new(value)`: a new `RcBox` with one strong and no weak pointer.
    RcNew,
    /// `Rc::clone(&rc)`: one more strong pointer to the same box.
    RcClone,
    /// `Rc::strong_count(&rc)`.
    RcStrongCount,
    /// `Rc::weak_count(&rc)`.
    RcWeakCount,
    /// `Rc::downgrade(&rc)`: a new weak pointer.
    RcDowngrade,
    /// `Rc::ptr_eq(&a, &b)`.
    RcPtrEq,
    /// `weak.clone()`: one more weak pointer.
    WeakClone,
    /// `Weak::new()`: a weak pointer to nothing (std's dangling sentinel).
    WeakNew,
    /// `weak.upgrade()`: `Some` new strong pointer while the value lives, else `None`.
    WeakUpgrade,
    /// `Rc::try_unwrap(rc)`: `Ok(value)` from the only strong pointer, else `Err(rc)`.
    RcTryUnwrap,
    /// `cell.borrow()` through `&RefCell<T>`: a `Ref` guard, or the already-borrowed panic.
    RefCellBorrow,
    /// `cell.borrow_mut()` through `&RefCell<T>`: a `RefMut` guard, or the panic.
    RefCellBorrowMut,
    /// `cell.try_borrow()`: `Ok` with a `Ref` guard, or `Err(BorrowError)`.
    RefCellTryBorrow,
    /// `cell.try_borrow_mut()`: `Ok` with a `RefMut` guard, or `Err(BorrowMutError)`.
    RefCellTryBorrowMut,
    /// `cell.replace(value)` through `&Cell<T>`, returning the old value
    /// (`cell.set(value)` drops it).
    CellReplace,
    /// `std::mem::swap(&mut a, &mut b)`.
    MemSwap,
    /// `std::mem::replace(&mut dest, value)`: the old value.
    MemReplace,
    /// `std::mem::take(&mut dest)`: the old value, leaving the type's default.
    MemTake,
    /// `v.pop()` through `&mut Vec<T>`: `Some(last)` or `None`; capacity stays.
    VecPop,
    /// `v.get(i)` through `&Vec<T>`: `Some(&v[i])` or `None`; `get_mut`
    /// through `&mut Vec<T>` gets `Some(&mut v[i])`.
    VecGet,
    /// `std::mem::replace(dest, value)` through `&mut T`: stores the value and
    /// returns the old one (`Option::take` and `Option::replace` too).
    Replace,
    /// `value.to_string()` of a `bool`, `char` or float: a `String` written
    /// through `Display`.
    ToString,
    /// `s.parse::<T>()` of a `&str`, into the `Result<T, E>` written.
    StrParse,
    /// `T::try_from(x)` from the integer type given (decided at the call:
    /// rustc picks no type for an unsuffixed literal there) to the integer
    /// type of the `Result<T, TryFromIntError>` written.
    IntTryFrom(IntTy),
    /// A method or associated function of an integer type, the receiver first.
    IntMethod(NumMethod, IntTy),
    /// A method or associated function of a float type, the receiver first.
    FloatMethod(NumMethod, FloatTy),
    /// A method of `char`, or an ASCII method of `u8`, the receiver first.
    CharMethod(CharMethod),
    /// `std::process::exit(code)`: ends the program at once, without
    /// dropping anything.
    ProcessExit,
    /// A call through a `dyn Trait` pointer (the first operand) to the
    /// method [`Traits::virtual_methods`] holds at this index; the vtable of
    /// the pointee's concrete type decides the function.
    DynCall(usize),
    /// A call through the fn pointer of the first operand, with the others
    /// as the arguments.
    CallFnPtr,
    /// `f.alternate()` of a `&mut Formatter`.
    FormatterAlternate,
    /// `f.width()` and `f.precision()`: `Option<usize>`.
    FormatterWidth,
    FormatterPrecision,
    /// `f.fill()`: the fill `char` (`' '` unless one was given).
    FormatterFill,
    /// `f.sign_plus()`: whether `+` was given.
    FormatterSignPlus,
    /// `f.pad(s)`: writes the `&str` with the formatter's width, fill,
    /// alignment and precision.
    FormatterPad,
    /// What an iterator over a `&str` (the first operand) reads at a byte
    /// index (the second operand), with `split`'s pattern as a third.
    StrAt(StrAt),
}

/// Methods of `char` and the ASCII methods `char` shares with `u8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CharMethod {
    // `char` only.
    IsAlphabetic,
    IsNumeric,
    IsAlphanumeric,
    IsWhitespace,
    IsUppercase,
    IsLowercase,
    IsControl,
    /// `c.to_digit(radix)`: `Option<u32>`.
    ToDigit,
    /// `c.is_digit(radix)`.
    IsDigit,
    LenUtf8,
    // `char` and `u8`.
    IsAscii,
    IsAsciiAlphabetic,
    IsAsciiDigit,
    IsAsciiAlphanumeric,
    IsAsciiUppercase,
    IsAsciiLowercase,
    IsAsciiPunctuation,
    IsAsciiWhitespace,
    IsAsciiGraphic,
    IsAsciiHexdigit,
    IsAsciiControl,
    ToAsciiUppercase,
    ToAsciiLowercase,
    // Associated functions.
    /// `char::from_digit(digit, radix)`: `Option<char>`.
    FromDigit,
    /// `char::from_u32(code)`: `Option<char>`.
    FromU32,
}

/// The readings [`Intrinsic::StrAt`] makes of a string at a byte index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrAt {
    /// The `char` starting there.
    Char,
    /// How many bytes that `char` takes.
    CharWidth,
    /// How many bytes the `char` ending there takes (for reading backwards).
    CharWidthBefore,
    /// The byte there, as a `u8`.
    Byte,
    /// The index of the first non-whitespace `char` from there (or the length).
    WordStart,
    /// The index of the first whitespace `char` from there (or the length).
    WordEnd,
    /// The index of the next match from there of the pattern (a third
    /// operand: a `char` or a non-empty `&str`), or the length.
    MatchStart,
    /// The index just after that match, or the length.
    MatchEnd,
    /// The end of the line starting there, before its `\n` or `\r\n`.
    LineEnd,
    /// The start of the line after it (or the length).
    LineNext,
}

/// Methods of the primitive number types. Each applies to the integer types,
/// the float types or both; the lowering only builds calls that exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumMethod {
    // Integers and floats.
    Abs,
    Signum,
    Min,
    Max,
    Clamp,
    Pow,
    ToString,
    IsPositive,
    IsNegative,
    // Integers.
    WrappingAdd,
    WrappingSub,
    WrappingMul,
    WrappingDiv,
    WrappingRem,
    WrappingNeg,
    WrappingShl,
    WrappingShr,
    WrappingPow,
    WrappingAbs,
    SaturatingAdd,
    SaturatingSub,
    SaturatingMul,
    SaturatingPow,
    OverflowingAdd,
    OverflowingSub,
    OverflowingMul,
    OverflowingNeg,
    OverflowingPow,
    CheckedAdd,
    CheckedSub,
    CheckedMul,
    CheckedDiv,
    CheckedRem,
    CheckedNeg,
    CheckedPow,
    UnsignedAbs,
    AbsDiff,
    DivEuclid,
    RemEuclid,
    CountOnes,
    CountZeros,
    LeadingZeros,
    TrailingZeros,
    LeadingOnes,
    TrailingOnes,
    RotateLeft,
    RotateRight,
    SwapBytes,
    ReverseBits,
    IsPowerOfTwo,
    NextPowerOfTwo,
    Ilog2,
    Ilog10,
    Isqrt,
    // Floats.
    Sqrt,
    Cbrt,
    Powi,
    Powf,
    Exp,
    Exp2,
    Ln,
    Log,
    Log2,
    Log10,
    Floor,
    Ceil,
    Round,
    RoundTiesEven,
    Trunc,
    Fract,
    MulAdd,
    Hypot,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Sinh,
    Cosh,
    Tanh,
    ToDegrees,
    ToRadians,
    Recip,
    Copysign,
    IsNan,
    IsInfinite,
    IsFinite,
    IsNormal,
    IsSignPositive,
    IsSignNegative,
    ToBits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    BitAnd,
    BitOr,
    BitXor,
    /// `<<` and `>>`: the right operand may have any integer type; the
    /// recorded type is the left operand's.
    Shl,
    Shr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Not,
    Neg,
    /// `operand as T`: the recorded type is the operand's, `T` is the type of
    /// the place written.
    Cast,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mutability {
    Not,
    Mut,
}

/// A `format_args!` string, already parsed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Format {
    pub pieces: Vec<FormatPiece>,
    /// Arguments are references to these places (formatting never moves).
    pub args: Vec<Place>,
    /// The type of each argument place, for choosing how to print it.
    pub arg_tys: Vec<Ty>,
    /// Where each argument was written.
    pub arg_spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FormatPiece {
    Literal(String),
    Argument {
        index: usize,
        spec: FormatSpec,
    },
    /// What a hand-written `Debug` builds with `f.debug_struct(…)`,
    /// `debug_tuple(…)` or `debug_list()` and `finish()`: every argument in
    /// order (named by `names` in a struct), written with the formatter's own
    /// spec, as std's builders write them.
    DebugBuilder {
        kind: DebugBuilder,
        names: Vec<String>,
    },
}

/// Which of std's `Debug` builders a [`FormatPiece::DebugBuilder`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DebugBuilder {
    /// `f.debug_struct("Name").field("x", &x)…`: `Name { x: 1 }`.
    Struct(String),
    /// `f.debug_tuple("Name").field(&x)…`: `Name(1)`.
    Tuple(String),
    /// `f.debug_list().entries(&v)`: the one argument's entries, `[1, 2]`.
    List,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    pub trait_: FormatTrait,
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign_plus: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// `{:1$}`, `{:width$}`: the width is the `usize` argument at this index.
    pub width_arg: Option<usize>,
    /// `{:.1$}`, `{:.prec$}`, `{:.*}`: the precision is the `usize` argument at this index.
    pub precision_arg: Option<usize>,
    /// `{:x?}` and `{:X?}`: `Debug` writing integers in this radix trait.
    pub debug_hex: Option<FormatTrait>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FormatTrait {
    #[default]
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Binary,
    Octal,
    LowerExp,
    UpperExp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// Types of the teaching subset.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    Int(IntTy),
    Float(FloatTy),
    Bool,
    Char,
    /// `str` (unsized; only behind a pointer).
    Str,
    /// `()` is the empty tuple.
    Tuple(Vec<Ty>),
    Ref(Mutability, Rc<Ty>),
    String,
    Box(Rc<Ty>),
    Vec(Rc<Ty>),
    /// A struct or enum of the program, with its name for messages.
    Adt(AdtId, Rc<str>),
    /// `Rc<T>`, `Weak<T>`, `RefCell<T>`, `Cell<T>` and `RefCell`'s guards.
    Shared(SharedTy, Rc<Ty>),
    /// `HashMap<K, V>` with the default hasher; its entries are `(K, V)`
    /// tuples in a heap table (`PlaceElem::Index` picks one).
    HashMap(Rc<Ty>, Rc<Ty>),
    /// `[T; N]`.
    Array(Rc<Ty>, usize),
    /// `[T]` (unsized; only behind a pointer, which carries the element range).
    Slice(Rc<Ty>),
    /// `Option<T>`: `None` (variant 0) or `Some(T)` (variant 1).
    Option(Rc<Ty>),
    /// `Result<T, E>`: `Ok(T)` (variant 0) or `Err(E)` (variant 1).
    Result(Rc<Ty>, Rc<Ty>),
    /// An integer literal's type not decided yet (defaults to `i32`).
    IntVar(u32),
    /// A float literal's type not decided yet (defaults to `f64`).
    FloatVar(u32),
    /// A type not decided yet during lowering; never left in a lowered program.
    Var(u32),
    /// `!`, the type of `break`, `continue`, `return` and `panic!`: it fits
    /// wherever a value is expected.
    Never,
    /// `dyn Trait` (unsized; only behind a pointer, whose target's concrete
    /// type picks the vtable), with the trait's name.
    Dyn(String),
    /// `std::fmt::Formatter` (only behind `&mut`, in a user `fmt`).
    Formatter,
    /// `std::fmt::Result`; formatting in the model never fails, so its value
    /// is always `Ok(())`.
    FmtResult,
    /// The error of a std parse or integer conversion: a fieldless value
    /// holding which kind of failure it is.
    StdError(StdError),
    /// A type parameter of a generic item (index, name); only in the
    /// templates the lowering instantiates, never in a lowered program.
    Param(u32, String),
    /// A generic struct of the program applied to type arguments (template,
    /// name, arguments) while they are inferred; the lowering replaces it by
    /// the instance's own `Adt`.
    GenericAdt(usize, String, Vec<Ty>),
    /// The `impl Trait` a function returns, seen from its callers (an index
    /// into the lowering's table of them, and `impl Trait` as written): only
    /// the trait's methods apply; the lowering replaces it by the type the
    /// function's body returns.
    Opaque(usize, String),
    /// `fn(A, B) -> R`: the address of a function's code (8 bytes, never
    /// null), with the parameter and return types it is called with.
    FnPtr(Vec<Ty>, Rc<Ty>),
}

/// The error types of `str::parse`, `TryFrom` between integers and
/// `RefCell::try_borrow*`. A value
/// is the index of its kind in [`StdError::kinds`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StdError {
    ParseInt,
    ParseFloat,
    ParseBool,
    ParseChar,
    TryFromInt,
    /// `RefCell::try_borrow`'s error.
    Borrow,
    /// `RefCell::try_borrow_mut`'s error.
    BorrowMut,
}

impl StdError {
    pub const ALL: [StdError; 7] = [
        StdError::ParseInt,
        StdError::ParseFloat,
        StdError::ParseBool,
        StdError::ParseChar,
        StdError::TryFromInt,
        StdError::Borrow,
        StdError::BorrowMut,
    ];

    pub fn name(self) -> &'static str {
        match self {
            StdError::ParseInt => "ParseIntError",
            StdError::ParseFloat => "ParseFloatError",
            StdError::ParseBool => "ParseBoolError",
            StdError::ParseChar => "ParseCharError",
            StdError::TryFromInt => "TryFromIntError",
            StdError::Borrow => "BorrowError",
            StdError::BorrowMut => "BorrowMutError",
        }
    }

    pub fn from_name(name: &str) -> Option<StdError> {
        StdError::ALL.into_iter().find(|e| e.name() == name)
    }

    /// Each kind's name as `Debug` shows it (`ParseIntError { kind: Empty }`;
    /// empty for the errors without a kind field) and its `Display` message.
    pub fn kinds(self) -> &'static [(&'static str, &'static str)] {
        match self {
            StdError::ParseInt => &[
                ("Empty", "cannot parse integer from empty string"),
                ("InvalidDigit", "invalid digit found in string"),
                ("PosOverflow", "number too large to fit in target type"),
                ("NegOverflow", "number too small to fit in target type"),
                ("Zero", "number would be zero for non-zero type"),
            ],
            StdError::ParseFloat => &[
                ("Empty", "cannot parse float from empty string"),
                ("Invalid", "invalid float literal"),
            ],
            StdError::ParseBool => &[("", "provided string was not `true` or `false`")],
            StdError::ParseChar => &[
                ("EmptyString", "cannot parse char from empty string"),
                ("TooManyChars", "too many characters in string"),
            ],
            StdError::TryFromInt => &[("", "out of range integral type conversion attempted")],
            StdError::Borrow => &[("", "RefCell already mutably borrowed")],
            StdError::BorrowMut => &[("", "RefCell already borrowed")],
        }
    }
}

/// Shared ownership and interior mutability from `std::rc` and `std::cell`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SharedTy {
    /// `Rc<T>`: a counted pointer to an `RcBox` (strong, weak, value) on the heap.
    Rc,
    /// `Weak<T>`: a non-owning pointer to the same `RcBox`.
    Weak,
    /// The heap allocation behind `Rc`/`Weak`; only the machine's memory has it.
    RcBox,
    /// `RefCell<T>`: a borrow flag and the value, inline.
    RefCell,
    /// `Cell<T>`: the value, inline.
    Cell,
    /// `Ref<'_, T>`, the guard of `RefCell::borrow`.
    Ref,
    /// `RefMut<'_, T>`, the guard of `RefCell::borrow_mut`.
    RefMut,
}

impl SharedTy {
    pub fn name(self) -> &'static str {
        match self {
            SharedTy::Rc => "Rc",
            SharedTy::Weak => "Weak",
            SharedTy::RcBox => "RcBox",
            SharedTy::RefCell => "RefCell",
            SharedTy::Cell => "Cell",
            SharedTy::Ref => "Ref",
            SharedTy::RefMut => "RefMut",
        }
    }

    /// Whether `*value` reaches the inner value (`Deref`).
    pub fn derefs(self) -> bool {
        matches!(self, SharedTy::Rc | SharedTy::Ref | SharedTy::RefMut)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FloatTy {
    F32,
    F64,
}

impl FloatTy {
    pub fn name(self) -> &'static str {
        match self {
            FloatTy::F32 => "f32",
            FloatTy::F64 => "f64",
        }
    }

    pub fn from_name(name: &str) -> Option<FloatTy> {
        match name {
            "f32" => Some(FloatTy::F32),
            "f64" => Some(FloatTy::F64),
            _ => None,
        }
    }
}

impl IntTy {
    pub const ALL: [IntTy; 12] = [
        IntTy::I8,
        IntTy::I16,
        IntTy::I32,
        IntTy::I64,
        IntTy::I128,
        IntTy::Isize,
        IntTy::U8,
        IntTy::U16,
        IntTy::U32,
        IntTy::U64,
        IntTy::U128,
        IntTy::Usize,
    ];

    pub fn name(self) -> &'static str {
        match self {
            IntTy::I8 => "i8",
            IntTy::I16 => "i16",
            IntTy::I32 => "i32",
            IntTy::I64 => "i64",
            IntTy::I128 => "i128",
            IntTy::Isize => "isize",
            IntTy::U8 => "u8",
            IntTy::U16 => "u16",
            IntTy::U32 => "u32",
            IntTy::U64 => "u64",
            IntTy::U128 => "u128",
            IntTy::Usize => "usize",
        }
    }

    pub fn from_name(name: &str) -> Option<IntTy> {
        IntTy::ALL.into_iter().find(|t| t.name() == name)
    }

    pub fn signed(self) -> bool {
        matches!(
            self,
            IntTy::I8 | IntTy::I16 | IntTy::I32 | IntTy::I64 | IntTy::I128 | IntTy::Isize
        )
    }

    /// Width in bits on a 64-bit target.
    pub fn bits(self) -> u32 {
        match self {
            IntTy::I8 | IntTy::U8 => 8,
            IntTy::I16 | IntTy::U16 => 16,
            IntTy::I32 | IntTy::U32 => 32,
            IntTy::I64 | IntTy::U64 | IntTy::Isize | IntTy::Usize => 64,
            IntTy::I128 | IntTy::U128 => 128,
        }
    }

    pub fn min(self) -> i128 {
        if self.signed() {
            if self.bits() == 128 {
                i128::MIN
            } else {
                -(1i128 << (self.bits() - 1))
            }
        } else {
            0
        }
    }

    /// Largest value; `u128::MAX` does not fit in `i128`, so it is clamped
    /// (see [`IntTy::max_u128`]).
    pub fn max(self) -> i128 {
        match (self.signed(), self.bits()) {
            (_, 128) => i128::MAX,
            (true, b) => (1i128 << (b - 1)) - 1,
            (false, b) => (1i128 << b) - 1,
        }
    }

    /// Largest value, exact for every type.
    pub fn max_u128(self) -> u128 {
        match self {
            IntTy::U128 => u128::MAX,
            other => other.max() as u128,
        }
    }
}

impl Ty {
    pub fn unit() -> Ty {
        Ty::Tuple(Vec::new())
    }

    /// The type `*value` has, for pointers that auto-deref (references,
    /// `Box`, `Rc` and `RefCell`'s guards); `None` for anything else.
    pub fn deref_target(&self) -> Option<Ty> {
        match self {
            Ty::Ref(_, inner) | Ty::Box(inner) => Some((**inner).clone()),
            Ty::Shared(kind, inner) if kind.derefs() => Some((**inner).clone()),
            _ => None,
        }
    }

    /// The type as rustc writes it in borrow messages: guards with their
    /// elided lifetime, `Ref<'_, i32>`.
    pub fn rustc_name(&self) -> String {
        match self {
            Ty::Shared(SharedTy::Ref | SharedTy::RefMut, inner) => {
                let name = self.to_string();
                let base = name.split('<').next().unwrap_or_default().to_string();
                format!("{base}<'_, {inner}>")
            }
            other => other.to_string(),
        }
    }

    pub fn str_ref() -> Ty {
        Ty::Ref(Mutability::Not, Rc::new(Ty::Str))
    }

    /// Whether values of this type are copied rather than moved, for types
    /// without structs (see [`Program::is_copy`]).
    pub fn is_copy(&self) -> bool {
        match self {
            Ty::Int(_)
            | Ty::IntVar(_)
            | Ty::Float(_)
            | Ty::FloatVar(_)
            | Ty::Bool
            | Ty::Char
            | Ty::Never
            | Ty::FnPtr(..) => true,
            Ty::Ref(Mutability::Not, _) => true,
            Ty::Tuple(fields) => fields.iter().all(Ty::is_copy),
            Ty::Array(element, _) => element.is_copy(),
            Ty::Option(inner) => inner.is_copy(),
            Ty::Result(ok, err) => ok.is_copy() && err.is_copy(),
            Ty::Ref(Mutability::Mut, _)
            | Ty::Slice(_)
            | Ty::String
            | Ty::Box(_)
            | Ty::Vec(_)
            | Ty::HashMap(..)
            | Ty::Str
            | Ty::Var(_)
            | Ty::Adt(..)
            | Ty::Shared(..)
            | Ty::Dyn(_)
            | Ty::Formatter
            | Ty::Param(..)
            | Ty::Opaque(..)
            | Ty::GenericAdt(..) => false,
            Ty::FmtResult => true,
            // Only `TryFromIntError` derives `Copy`; the parse errors are `Clone`.
            Ty::StdError(error) => *error == StdError::TryFromInt,
        }
    }

    /// Whether dropping a value of this type does anything.
    pub fn needs_drop(&self) -> bool {
        match self {
            Ty::String | Ty::Box(_) | Ty::Vec(_) | Ty::HashMap(..) => true,
            Ty::Shared(SharedTy::RefCell | SharedTy::Cell, inner) | Ty::Array(inner, _) => inner.needs_drop(),
            Ty::Shared(..) => true,
            Ty::Tuple(fields) => fields.iter().any(Ty::needs_drop),
            Ty::Option(inner) => inner.needs_drop(),
            Ty::Result(ok, err) => ok.needs_drop() || err.needs_drop(),
            _ => false,
        }
    }

    /// Whether the type contains a type variable not decided yet.
    pub fn has_var(&self) -> bool {
        self.contains(&|t| matches!(t, Ty::Var(_)))
    }

    /// Whether `test` holds for this type or any type inside it.
    pub fn contains(&self, test: &impl Fn(&Ty) -> bool) -> bool {
        test(self) || self.any_child(|t| t.contains(test))
    }

    /// Whether no inference variable of any kind is left in the type.
    pub fn is_decided(&self) -> bool {
        !self.contains(&|t| matches!(t, Ty::Var(_) | Ty::IntVar(_) | Ty::FloatVar(_)))
    }

    /// Whether `test` holds for a type directly inside this one (a
    /// pointee, an element, a field of a tuple, a type argument).
    pub fn any_child(&self, mut test: impl FnMut(&Ty) -> bool) -> bool {
        match self {
            Ty::Tuple(items) | Ty::GenericAdt(_, _, items) => items.iter().any(test),
            Ty::Ref(_, inner)
            | Ty::Box(inner)
            | Ty::Vec(inner)
            | Ty::Shared(_, inner)
            | Ty::Array(inner, _)
            | Ty::Slice(inner)
            | Ty::Option(inner) => test(inner),
            Ty::Result(ok, err) | Ty::HashMap(ok, err) => test(ok) || test(err),
            Ty::FnPtr(params, ret) => params.iter().any(&mut test) || test(ret),
            _ => false,
        }
    }

    /// This type with each type directly inside it replaced by `map`'s
    /// answer (the first error stops it).
    pub fn try_map_children<E>(&self, mut map: impl FnMut(&Ty) -> Result<Ty, E>) -> Result<Ty, E> {
        let mut boxed = |t: &Ty| map(t).map(Rc::new);
        Ok(match self {
            Ty::Tuple(items) => Ty::Tuple(items.iter().map(&mut map).collect::<Result<_, E>>()?),
            Ty::GenericAdt(id, name, args) => {
                Ty::GenericAdt(*id, name.clone(), args.iter().map(&mut map).collect::<Result<_, E>>()?)
            }
            Ty::Ref(m, inner) => Ty::Ref(*m, boxed(inner)?),
            Ty::Box(inner) => Ty::Box(boxed(inner)?),
            Ty::Vec(inner) => Ty::Vec(boxed(inner)?),
            Ty::Shared(kind, inner) => Ty::Shared(*kind, boxed(inner)?),
            Ty::Array(element, len) => Ty::Array(boxed(element)?, *len),
            Ty::Slice(element) => Ty::Slice(boxed(element)?),
            Ty::Option(inner) => Ty::Option(boxed(inner)?),
            Ty::Result(ok, err) => Ty::Result(boxed(ok)?, boxed(err)?),
            Ty::HashMap(key, value) => Ty::HashMap(boxed(key)?, boxed(value)?),
            Ty::FnPtr(params, ret) => {
                let params = params.iter().map(&mut map).collect::<Result<_, E>>()?;
                Ty::FnPtr(params, map(ret).map(Rc::new)?)
            }
            other => other.clone(),
        })
    }

    /// [`Ty::try_map_children`] for a map that cannot fail.
    pub fn map_children(&self, mut map: impl FnMut(&Ty) -> Ty) -> Ty {
        let result: Result<Ty, std::convert::Infallible> = self.try_map_children(|t| Ok(map(t)));
        match result {
            Ok(ty) => ty,
            Err(never) => match never {},
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int(t) => f.write_str(t.name()),
            Ty::IntVar(_) => f.write_str("{integer}"),
            Ty::Float(t) => f.write_str(t.name()),
            Ty::FloatVar(_) => f.write_str("{float}"),
            Ty::Var(_) => f.write_str("_"),
            Ty::Never => f.write_str("!"),
            Ty::Bool => f.write_str("bool"),
            Ty::Char => f.write_str("char"),
            Ty::Str => f.write_str("str"),
            Ty::String => f.write_str("String"),
            Ty::Box(inner) => write!(f, "Box<{inner}>"),
            Ty::Vec(inner) => write!(f, "Vec<{inner}>"),
            Ty::Option(inner) => write!(f, "Option<{inner}>"),
            Ty::Result(ok, err) => write!(f, "Result<{ok}, {err}>"),
            Ty::HashMap(key, value) => write!(f, "HashMap<{key}, {value}>"),
            Ty::Adt(_, name) => f.write_str(name),
            Ty::Param(_, name) => f.write_str(name),
            Ty::GenericAdt(_, name, args) => {
                if let Some(shown) = std_struct::display(name, args) {
                    return f.write_str(&shown);
                }
                write!(f, "{name}<")?;
                for (i, arg) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{arg}")?;
                }
                f.write_str(">")
            }
            Ty::Dyn(name) => write!(f, "dyn {name}"),
            Ty::FnPtr(params, ret) => {
                let params: Vec<String> = params.iter().map(ToString::to_string).collect();
                write!(f, "fn({})", params.join(", "))?;
                match &**ret {
                    Ty::Tuple(items) if items.is_empty() => Ok(()),
                    ret => write!(f, " -> {ret}"),
                }
            }
            Ty::Opaque(_, name) => f.write_str(name),
            Ty::Formatter => f.write_str("Formatter<'_>"),
            Ty::FmtResult => f.write_str("fmt::Result"),
            Ty::StdError(error) => f.write_str(error.name()),
            Ty::Shared(kind, inner) => write!(f, "{}<{inner}>", kind.name()),
            Ty::Array(element, len) => write!(f, "[{element}; {len}]"),
            Ty::Slice(element) => write!(f, "[{element}]"),
            Ty::Ref(Mutability::Not, inner) => write!(f, "&{inner}"),
            Ty::Ref(Mutability::Mut, inner) => write!(f, "&mut {inner}"),
            Ty::Tuple(fields) => {
                f.write_str("(")?;
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{field}")?;
                }
                if fields.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
        }
    }
}

/// Whether values of `ty` are copied rather than moved.
pub fn is_copy(ty: &Ty, adts: &[AdtDef]) -> bool {
    match ty {
        Ty::Adt(id, _) => adts.get(*id).is_some_and(|adt| adt.derives.copy),
        Ty::Tuple(fields) => fields.iter().all(|f| is_copy(f, adts)),
        Ty::Array(element, _) => is_copy(element, adts),
        Ty::Option(inner) => is_copy(inner, adts),
        Ty::Result(ok, err) => is_copy(ok, adts) && is_copy(err, adts),
        other => other.is_copy(),
    }
}

/// The variants of an enum type (the program's enums, `Option`, `Result`),
/// with their field types; `None` for other types.
pub fn variants_of(ty: &Ty, adts: &[AdtDef]) -> Option<Vec<VariantDef>> {
    let variant = |name: &str, discriminant: i128, fields: Vec<Ty>| VariantDef {
        name: name.to_string(),
        kind: if fields.is_empty() {
            StructKind::Unit
        } else {
            StructKind::Tuple
        },
        fields: fields
            .into_iter()
            .enumerate()
            .map(|(i, t)| (i.to_string(), t))
            .collect(),
        discriminant,
    };
    match ty {
        Ty::Option(inner) => Some(vec![
            variant("None", 0, Vec::new()),
            variant("Some", 1, vec![(**inner).clone()]),
        ]),
        Ty::Result(ok, err) => Some(vec![
            variant("Ok", 0, vec![(**ok).clone()]),
            variant("Err", 1, vec![(**err).clone()]),
        ]),
        Ty::Adt(id, _) => adts.get(*id)?.enum_variants.clone(),
        _ => None,
    }
}

/// Whether dropping a value of `ty` does anything.
pub fn needs_drop(ty: &Ty, adts: &[AdtDef]) -> bool {
    needs_drop_inner(ty, adts, &mut Vec::new())
}

fn needs_drop_inner(ty: &Ty, adts: &[AdtDef], visiting: &mut Vec<AdtId>) -> bool {
    match ty {
        Ty::Adt(id, _) => {
            if visiting.contains(id) {
                return false;
            }
            visiting.push(*id);
            let result = adts.get(*id).is_some_and(|adt| {
                adt.drop_impl.is_some()
                    || adt.fields.iter().any(|(_, f)| needs_drop_inner(f, adts, visiting))
                    || adt
                        .enum_variants
                        .iter()
                        .flatten()
                        .any(|variant| variant.fields.iter().any(|(_, f)| needs_drop_inner(f, adts, visiting)))
            });
            visiting.pop();
            result
        }
        Ty::Tuple(fields) => fields.iter().any(|f| needs_drop_inner(f, adts, visiting)),
        Ty::Option(inner) => needs_drop_inner(inner, adts, visiting),
        Ty::Result(ok, err) => needs_drop_inner(ok, adts, visiting) || needs_drop_inner(err, adts, visiting),
        Ty::Shared(SharedTy::RefCell | SharedTy::Cell, inner) | Ty::Array(inner, _) => {
            needs_drop_inner(inner, adts, visiting)
        }
        Ty::Box(_) | Ty::Vec(_) | Ty::HashMap(..) | Ty::String | Ty::Shared(..) => true,
        _ => false,
    }
}

/// The type of field `index` of a `RcBox` (strong, weak, value), `RefCell`
/// (flag, value) or `Cell` (value), as the machine lays them out.
pub fn shared_field(kind: SharedTy, index: usize, inner: Ty) -> Option<Ty> {
    match (kind, index) {
        (SharedTy::RcBox, 0 | 1) => Some(Ty::Int(IntTy::Usize)),
        (SharedTy::RcBox, 2) | (SharedTy::RefCell, 1) | (SharedTy::Cell, 0) => Some(inner),
        (SharedTy::RefCell, 0) => Some(Ty::Int(IntTy::Isize)),
        _ => None,
    }
}

impl Body {
    /// The type of a place: the local's type followed through projections.
    /// `None` if a projection does not fit the type (a lowering bug).
    pub fn place_ty(&self, place: &Place, adts: &[AdtDef]) -> Option<Ty> {
        let mut ty = self.locals.get(place.local)?.ty.clone();
        for elem in &place.projection {
            ty = projected_ty(ty, elem, adts)?;
        }
        Some(ty)
    }
}

/// The type of one projection of a place of type `ty`.
pub fn projected_ty(ty: Ty, elem: &PlaceElem, adts: &[AdtDef]) -> Option<Ty> {
    Some(match (elem, ty) {
        (PlaceElem::Deref, Ty::Ref(_, inner) | Ty::Box(inner)) => Rc::unwrap_or_clone(inner),
        (PlaceElem::Deref, Ty::Shared(kind, inner)) if kind.derefs() => Rc::unwrap_or_clone(inner),
        (PlaceElem::Field(i), Ty::Shared(kind, inner)) => shared_field(kind, *i, Rc::unwrap_or_clone(inner))?,
        (PlaceElem::Field(i), Ty::Tuple(fields)) => fields.get(*i)?.clone(),
        (PlaceElem::Field(i), Ty::Adt(id, _)) => adts.get(id)?.fields.get(*i)?.1.clone(),
        (PlaceElem::Index(_), Ty::Vec(inner) | Ty::Array(inner, _) | Ty::Slice(inner)) => Rc::unwrap_or_clone(inner),
        (PlaceElem::Index(_), Ty::HashMap(key, value)) => {
            Ty::Tuple(vec![Rc::unwrap_or_clone(key), Rc::unwrap_or_clone(value)])
        }
        // An element at a known position, as an array pattern reads it.
        (PlaceElem::Field(i), Ty::Array(inner, len)) if *i < len => Rc::unwrap_or_clone(inner),
        (PlaceElem::VariantField(variant, field), ty) => {
            variants_of(&ty, adts)?.get(*variant)?.fields.get(*field)?.1.clone()
        }
        _ => return None,
    })
}

/// How many regions a type has: one per reference, plus a struct's
/// lifetime parameters (an instance of a generic struct has its type
/// arguments' regions).
pub fn region_count(ty: &Ty, adts: &[AdtDef]) -> usize {
    match ty {
        Ty::Ref(_, inner) => 1 + region_count(inner, adts),
        // `Ref`/`RefMut` borrow their `RefCell` for a lifetime, like a reference.
        Ty::Shared(SharedTy::Ref | SharedTy::RefMut, inner) => 1 + region_count(inner, adts),
        Ty::Box(inner) | Ty::Vec(inner) | Ty::Shared(_, inner) | Ty::Array(inner, _) | Ty::Slice(inner) => {
            region_count(inner, adts)
        }
        Ty::Tuple(fields) | Ty::GenericAdt(_, _, fields) => fields.iter().map(|f| region_count(f, adts)).sum(),
        Ty::Option(inner) => region_count(inner, adts),
        Ty::Result(ok, err) | Ty::HashMap(ok, err) => region_count(ok, adts) + region_count(err, adts),
        Ty::Adt(id, _) => adts.get(*id).map_or(0, |adt| adt.lifetimes.count),
        // A trait object's one region is its object lifetime (`dyn Trait + 'r`),
        // which the hidden value's regions outlive.
        Ty::Dyn(_) => 1,
        Ty::Int(_)
        | Ty::IntVar(_)
        | Ty::Float(_)
        | Ty::FloatVar(_)
        | Ty::Var(_)
        | Ty::Bool
        | Ty::Char
        | Ty::Str
        | Ty::String
        | Ty::Never
        | Ty::Opaque(..)
        | Ty::Param(..)
        // A fn pointer's references are its own (higher-ranked): it borrows nothing.
        | Ty::FnPtr(..)
        | Ty::Formatter
        | Ty::FmtResult
        | Ty::StdError(_) => 0,
    }
}

/// std's iterator structs a program keeps as values (`let mut it =
/// v.iter();`), as generic structs of the lowering. The slice and string
/// iterators take the reference they hold as their one type argument
/// (`&'a [T]`, `&'a str`), so their regions are that reference's;
/// `vec::IntoIter<T>` holds the consumed `Vec` and the index of the next
/// element. They are named as rustc writes them.
pub mod std_struct {
    use super::Ty;

    pub const SLICE_ITER: &str = "std::slice::Iter";
    pub const SLICE_ITER_MUT: &str = "std::slice::IterMut";
    pub const CHARS: &str = "std::str::Chars";
    pub const VEC_INTO_ITER: &str = "std::vec::IntoIter";
    pub const RANGE: &str = "std::ops::Range";
    pub const RANGE_INCLUSIVE: &str = "std::ops::RangeInclusive";

    /// How rustc writes an instance of one of these structs whose type
    /// argument is the reference it holds: `std::slice::Iter<'_, i32>`.
    pub fn display(name: &str, args: &[Ty]) -> Option<String> {
        match (name, args) {
            (SLICE_ITER | SLICE_ITER_MUT, [Ty::Ref(_, slice)]) => match &**slice {
                Ty::Slice(element) => Some(format!("{name}<'_, {element}>")),
                _ => None,
            },
            (CHARS, _) => Some(format!("{CHARS}<'_>")),
            _ => None,
        }
    }
}
