//! The intermediate representation: datatypes only, no behaviour beyond small
//! queries. A MIR-like control-flow graph of places and statements, so that
//! the checker and the machine read the same program.

use crate::diag::Span;
use std::fmt;

pub type LocalId = usize;
pub type BlockId = usize;
pub type FnId = usize;
pub type AdtId = usize;

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
    /// The variants of an enum, in declaration order; `None` for a struct.
    pub enum_variants: Option<Vec<VariantDef>>,
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
    /// `print!`/`println!`/`eprint!`/`eprintln!`: formats and writes.
    Print { stream: Stream, format: Format },
    /// Records the machine's state for the marker with this index.
    Snapshot(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
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
    /// A tuple or struct field by index.
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
    Int(i128),
    Bool(bool),
    Char(char),
    /// A string literal: a `&'static str` into static data.
    Str(String),
    Unit,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Rvalue {
    Use(Operand),
    /// `&place` or `&mut place`.
    Ref(Mutability, Place),
    /// `(a, b, …)`, and struct values (fields in declaration order).
    Tuple(Vec<Operand>),
    /// The operands' type is recorded for overflow checks and comparisons.
    BinaryOp(BinOp, Ty, Operand, Operand),
    UnaryOp(UnOp, Ty, Operand),
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

/// Library functions with modelled behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `String::from(&str)`, `"…".to_string()`, `"…".to_owned()`, `String::new()` (no argument).
    StringFrom,
    /// `Box::new(value)`.
    BoxNew,
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
    /// `v.pop()` through `&mut Vec<T>`: `Some(last)` or `None`; capacity stays.
    VecPop,
    /// `v.get(i)` through `&Vec<T>`: `Some(&v[i])` or `None`.
    VecGet,
    /// `std::mem::replace(dest, value)` through `&mut T`: stores the value and
    /// returns the old one (`Option::take` and `Option::replace` too).
    Replace,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Not,
    Neg,
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
    Argument { index: usize, spec: FormatSpec },
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
    Bool,
    Char,
    /// `str` (unsized; only behind a pointer).
    Str,
    /// `()` is the empty tuple.
    Tuple(Vec<Ty>),
    Ref(Mutability, Box<Ty>),
    String,
    Box(Box<Ty>),
    Vec(Box<Ty>),
    /// A struct or enum of the program, with its name for messages.
    Adt(AdtId, String),
    /// `Option<T>`: `None` (variant 0) or `Some(T)` (variant 1).
    Option(Box<Ty>),
    /// `Result<T, E>`: `Ok(T)` (variant 0) or `Err(E)` (variant 1).
    Result(Box<Ty>, Box<Ty>),
    /// An integer literal's type not decided yet (defaults to `i32`).
    IntVar(u32),
    /// A type not decided yet during lowering; never left in a lowered program.
    Var(u32),
    /// `!`, the type of `break`, `continue`, `return` and `panic!`: it fits
    /// wherever a value is expected.
    Never,
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
    /// (the machine stores integers as `i128` and rejects `u128` beyond that).
    pub fn max(self) -> i128 {
        match (self.signed(), self.bits()) {
            (_, 128) => i128::MAX,
            (true, b) => (1i128 << (b - 1)) - 1,
            (false, b) => (1i128 << b) - 1,
        }
    }
}

impl Ty {
    pub fn unit() -> Ty {
        Ty::Tuple(Vec::new())
    }

    pub fn str_ref() -> Ty {
        Ty::Ref(Mutability::Not, Box::new(Ty::Str))
    }

    /// Whether values of this type are copied rather than moved, for types
    /// without structs (see [`Program::is_copy`]).
    pub fn is_copy(&self) -> bool {
        match self {
            Ty::Int(_) | Ty::IntVar(_) | Ty::Bool | Ty::Char | Ty::Never => true,
            Ty::Ref(Mutability::Not, _) => true,
            Ty::Tuple(fields) => fields.iter().all(Ty::is_copy),
            Ty::Option(inner) => inner.is_copy(),
            Ty::Result(ok, err) => ok.is_copy() && err.is_copy(),
            Ty::Ref(Mutability::Mut, _) | Ty::String | Ty::Box(_) | Ty::Vec(_) | Ty::Str | Ty::Var(_) | Ty::Adt(..) => {
                false
            }
        }
    }

    /// Whether dropping a value of this type does anything.
    pub fn needs_drop(&self) -> bool {
        match self {
            Ty::String | Ty::Box(_) | Ty::Vec(_) => true,
            Ty::Tuple(fields) => fields.iter().any(Ty::needs_drop),
            Ty::Option(inner) => inner.needs_drop(),
            Ty::Result(ok, err) => ok.needs_drop() || err.needs_drop(),
            _ => false,
        }
    }

    /// Whether the type contains a type variable not decided yet.
    pub fn has_var(&self) -> bool {
        match self {
            Ty::Var(_) => true,
            Ty::Tuple(items) => items.iter().any(Ty::has_var),
            Ty::Ref(_, inner) | Ty::Box(inner) | Ty::Vec(inner) | Ty::Option(inner) => inner.has_var(),
            Ty::Result(ok, err) => ok.has_var() || err.has_var(),
            _ => false,
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Int(t) => f.write_str(t.name()),
            Ty::IntVar(_) => f.write_str("{integer}"),
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
            Ty::Adt(_, name) => f.write_str(name),
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
        Ty::Box(_) | Ty::Vec(_) | Ty::String => true,
        _ => false,
    }
}

impl Body {
    /// The type of a place: the local's type followed through projections.
    /// `None` if a projection does not fit the type (a lowering bug).
    pub fn place_ty(&self, place: &Place, adts: &[AdtDef]) -> Option<Ty> {
        let mut ty = self.locals.get(place.local)?.ty.clone();
        for elem in &place.projection {
            ty = match (elem, ty) {
                (PlaceElem::Deref, Ty::Ref(_, inner) | Ty::Box(inner)) => *inner,
                (PlaceElem::Field(i), Ty::Tuple(fields)) => fields.get(*i)?.clone(),
                (PlaceElem::Field(i), Ty::Adt(id, _)) => adts.get(id)?.fields.get(*i)?.1.clone(),
                (PlaceElem::Index(_), Ty::Vec(inner)) => *inner,
                (PlaceElem::VariantField(variant, field), ty) => {
                    variants_of(&ty, adts)?.get(*variant)?.fields.get(*field)?.1.clone()
                }
                _ => return None,
            };
        }
        Some(ty)
    }
}
