//! The engine's own description of types and type definitions, independent of
//! `syn` and of the machine's `ir::Ty`. `crate::syntax::types` builds these
//! from source text.

use std::fmt;

/// Integer primitives; `Isize`/`Usize` take the target's pointer width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntKind {
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

impl IntKind {
    pub fn from_name(name: &str) -> Option<IntKind> {
        Some(match name {
            "i8" => IntKind::I8,
            "i16" => IntKind::I16,
            "i32" => IntKind::I32,
            "i64" => IntKind::I64,
            "i128" => IntKind::I128,
            "isize" => IntKind::Isize,
            "u8" => IntKind::U8,
            "u16" => IntKind::U16,
            "u32" => IntKind::U32,
            "u64" => IntKind::U64,
            "u128" => IntKind::U128,
            "usize" => IntKind::Usize,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            IntKind::I8 => "i8",
            IntKind::I16 => "i16",
            IntKind::I32 => "i32",
            IntKind::I64 => "i64",
            IntKind::I128 => "i128",
            IntKind::Isize => "isize",
            IntKind::U8 => "u8",
            IntKind::U16 => "u16",
            IntKind::U32 => "u32",
            IntKind::U64 => "u64",
            IntKind::U128 => "u128",
            IntKind::Usize => "usize",
        }
    }

    pub fn is_signed(self) -> bool {
        matches!(
            self,
            IntKind::I8 | IntKind::I16 | IntKind::I32 | IntKind::I64 | IntKind::I128 | IntKind::Isize
        )
    }

    /// Size in bytes on `target`.
    pub fn size(self, target: Target) -> u64 {
        match self {
            IntKind::I8 | IntKind::U8 => 1,
            IntKind::I16 | IntKind::U16 => 2,
            IntKind::I32 | IntKind::U32 => 4,
            IntKind::I64 | IntKind::U64 => 8,
            IntKind::I128 | IntKind::U128 => 16,
            IntKind::Isize | IntKind::Usize => target.pointer_bytes(),
        }
    }
}

/// The target the layout is computed for: `x86_64-unknown-linux-gnu`
/// (pointer width 64) or `i686-unknown-linux-gnu` (pointer width 32).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    pub pointer_width: u32,
}

impl Default for Target {
    fn default() -> Self {
        Target::X86_64
    }
}

impl Target {
    pub const X86_64: Target = Target { pointer_width: 64 };
    pub const I686: Target = Target { pointer_width: 32 };

    /// Accepts 32 or 64.
    pub fn with_pointer_width(bits: u32) -> Result<Target, String> {
        match bits {
            32 => Ok(Target::I686),
            64 => Ok(Target::X86_64),
            other => Err(format!("unsupported target pointer width {other} (expected 32 or 64)")),
        }
    }

    pub fn pointer_bytes(self) -> u64 {
        u64::from(self.pointer_width / 8)
    }

    /// ABI alignment of a primitive of `size` bytes. The i686 System V ABI
    /// aligns 8-byte integers and floats to 4; 16-byte integers are aligned
    /// to 16 on both targets.
    pub fn primitive_align(self, size: u64) -> u64 {
        if size == 8 && self.pointer_width == 32 { 4 } else { size }
    }
}

/// Floating-point primitives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FloatKind {
    F32,
    F64,
}

/// What a pointer carries besides the address, decided by the pointee.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerMeta {
    /// A sized pointee: the pointer is one word.
    Thin,
    /// `str` or `[T]` tail: a length word follows.
    Length,
    /// `dyn Trait` tail: a vtable pointer follows.
    Vtable,
}

/// A type expression as written in source, with paths reduced to their last
/// segment (`std::collections::HashMap<K, V>` is `HashMap` with two arguments).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeExpr {
    Int(IntKind),
    Float(FloatKind),
    Bool,
    Char,
    Never,
    Str,
    Tuple(Vec<TypeExpr>),
    Array(Box<TypeExpr>, u64),
    Slice(Box<TypeExpr>),
    /// `dyn Trait` (the trait's name, for display).
    Dyn(String),
    /// `&T` / `&mut T`.
    Ref {
        mutable: bool,
        pointee: Box<TypeExpr>,
    },
    /// `*const T` / `*mut T`.
    RawPtr {
        mutable: bool,
        pointee: Box<TypeExpr>,
    },
    /// `fn(..) -> ..`; the signature does not influence the layout.
    FnPtr,
    /// A named type: a definition from `Defs`, a modelled std type, or a generic parameter.
    Path {
        name: String,
        args: Vec<TypeExpr>,
    },
}

impl TypeExpr {
    pub fn unit() -> TypeExpr {
        TypeExpr::Tuple(Vec::new())
    }

    pub fn path(name: &str, args: Vec<TypeExpr>) -> TypeExpr {
        TypeExpr::Path {
            name: name.to_string(),
            args,
        }
    }
}

impl TypeExpr {
    /// Writes the type as it is written in source, with each bare path
    /// named in `params` (a generic parameter) replaced by the matching
    /// type of `args`, as if substituted first.
    pub(crate) fn write_substituted<W: fmt::Write>(
        &self,
        out: &mut W,
        params: &[String],
        args: &[TypeExpr],
    ) -> fmt::Result {
        let list = |out: &mut W, items: &[TypeExpr]| -> fmt::Result {
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.write_str(", ")?;
                }
                item.write_substituted(out, params, args)?;
            }
            Ok(())
        };
        match self {
            TypeExpr::Int(int) => out.write_str(int.name()),
            TypeExpr::Float(FloatKind::F32) => out.write_str("f32"),
            TypeExpr::Float(FloatKind::F64) => out.write_str("f64"),
            TypeExpr::Bool => out.write_str("bool"),
            TypeExpr::Char => out.write_str("char"),
            TypeExpr::Never => out.write_str("!"),
            TypeExpr::Str => out.write_str("str"),
            TypeExpr::Tuple(items) => {
                out.write_str("(")?;
                list(out, items)?;
                if items.len() == 1 {
                    out.write_str(",")?;
                }
                out.write_str(")")
            }
            TypeExpr::Array(item, len) => {
                out.write_str("[")?;
                item.write_substituted(out, params, args)?;
                write!(out, "; {len}]")
            }
            TypeExpr::Slice(item) => {
                out.write_str("[")?;
                item.write_substituted(out, params, args)?;
                out.write_str("]")
            }
            TypeExpr::Dyn(name) => {
                out.write_str("dyn ")?;
                out.write_str(name)
            }
            TypeExpr::Ref { mutable, pointee } => {
                out.write_str(if *mutable { "&mut " } else { "&" })?;
                pointee.write_substituted(out, params, args)
            }
            TypeExpr::RawPtr { mutable, pointee } => {
                out.write_str(if *mutable { "*mut " } else { "*const " })?;
                pointee.write_substituted(out, params, args)
            }
            TypeExpr::FnPtr => out.write_str("fn()"),
            TypeExpr::Path { name, args: type_args } => {
                if type_args.is_empty()
                    && let Some(index) = params.iter().position(|param| param == name)
                    && let Some(arg) = args.get(index)
                {
                    return arg.write_substituted(out, &[], &[]);
                }
                out.write_str(name)?;
                if !type_args.is_empty() {
                    out.write_str("<")?;
                    list(out, type_args)?;
                    out.write_str(">")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for TypeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_substituted(f, &[], &[])
    }
}

/// `#[repr(..)]` options of a definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Repr {
    pub c: bool,
    pub transparent: bool,
    /// `packed` is `packed(1)`.
    pub pack: Option<u64>,
    pub align: Option<u64>,
    /// `repr(u8)`, `repr(i32)`, …: the enum's discriminant type.
    pub int: Option<IntKind>,
}

impl Repr {
    /// Field order is kept as declared (`repr(C)`, or an explicit discriminant type).
    pub fn keeps_field_order(&self) -> bool {
        self.c || self.int.is_some()
    }

    /// Enums with a C or explicit integer representation always keep a tag.
    pub fn keeps_enum_tag(&self) -> bool {
        self.c || self.int.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldDef {
    /// The field's name, or its index for tuple-like fields.
    pub name: String,
    pub ty: TypeExpr,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantDef {
    pub name: String,
    pub fields: Vec<FieldDef>,
    /// The explicit `= value`, already evaluated.
    pub discriminant: Option<i128>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdtKind {
    Struct(Vec<FieldDef>),
    Enum(Vec<VariantDef>),
    Union(Vec<FieldDef>),
}

/// A user `struct`, `enum` or `union`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdtDef {
    pub name: String,
    /// Type parameter names, in order.
    pub params: Vec<String>,
    /// Type parameters declared `?Sized`: a struct ending in one may be unsized,
    /// which keeps its last field in place.
    pub maybe_unsized_params: Vec<String>,
    pub repr: Repr,
    pub kind: AdtKind,
}

/// A name's first eight bytes as one word, and its length: together they
/// tell most names apart without comparing bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct NameKey {
    prefix: u64,
    len: u32,
}

impl NameKey {
    fn of(name: &str) -> NameKey {
        let prefix = name
            .bytes()
            .take(8)
            .fold(0u64, |word, byte| (word << 8) | u64::from(byte));
        // Longer names are told apart by comparing them.
        let len = u32::try_from(name.len()).unwrap_or(u32::MAX);
        NameKey { prefix, len }
    }

    fn hash(self) -> usize {
        let mixed = (self.prefix ^ u64::from(self.len).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> 32) as usize
    }
}

/// One slot of a [`NameIndex`]: a name's key and its definition's index
/// plus one (zero for a free slot), in 16 bytes.
#[derive(Debug, Clone, Copy)]
struct NameSlot {
    key: NameKey,
    index_plus_one: u32,
}

const FREE: NameSlot = NameSlot {
    key: NameKey { prefix: 0, len: 0 },
    index_plus_one: 0,
};

/// The index of each definition by name: open addressing over a table
/// at most half full, probed for every named type laid out.
#[derive(Debug, Clone, Default)]
struct NameIndex {
    slots: Vec<NameSlot>,
}

impl NameIndex {
    /// The index of `name`, given where the definitions' names are.
    fn find(&self, name: &str, defs: &[AdtDef]) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let key = NameKey::of(name);
        let mask = self.slots.len() - 1;
        let mut slot = key.hash() & mask;
        loop {
            let found = self.slots[slot];
            let index = (found.index_plus_one as usize).checked_sub(1)?;
            // Names longer than eight bytes may share a key.
            if found.key == key && (name.len() <= 8 || defs[index].name == name) {
                return Some(index);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Adds `name` (not there yet) for the definition at `index`, the
    /// last of `defs`.
    fn add(&mut self, name: &str, index: usize, defs: &[AdtDef]) {
        if 2 * (index + 1) > self.slots.len() {
            let capacity = (2 * (index + 1)).next_power_of_two().max(16);
            self.slots = vec![FREE; capacity];
            for (earlier, def) in defs[..index].iter().enumerate() {
                self.place(&def.name, earlier);
            }
        }
        self.place(name, index);
    }

    fn place(&mut self, name: &str, index: usize) {
        let key = NameKey::of(name);
        let mask = self.slots.len() - 1;
        let mut slot = key.hash() & mask;
        while self.slots[slot].index_plus_one != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = NameSlot {
            key,
            index_plus_one: u32::try_from(index + 1).expect("fewer than 2^32 definitions"),
        };
    }
}

/// Definitions the engine can lay out, by name. Each definition also has an
/// index (stable while the definitions are borrowed), under which a request
/// keeps what it has worked out about it without looking its name up again.
#[derive(Debug, Clone, Default)]
pub struct Defs {
    by_name: NameIndex,
    defs: Vec<AdtDef>,
    /// Whether a definition has the name of a modelled std type: only then
    /// must a std name be looked up among the definitions first.
    shadows_std: bool,
}

impl PartialEq for Defs {
    /// The same names with the same definitions, in whatever order they came.
    fn eq(&self, other: &Defs) -> bool {
        self.len() == other.len() && self.defs.iter().all(|def| other.get(&def.name) == Some(def))
    }
}

impl Eq for Defs {}

impl Defs {
    pub fn new() -> Defs {
        Defs::default()
    }

    pub fn insert(&mut self, def: AdtDef) {
        match self.index_of(&def.name) {
            Some(index) => self.defs[index] = def,
            None => {
                self.shadows_std |= super::std_types::Std::from_name(&def.name).is_some();
                self.defs.push(def);
                let index = self.defs.len() - 1;
                self.by_name.add(&self.defs[index].name, index, &self.defs);
            }
        }
    }

    pub fn get(&self, name: &str) -> Option<&AdtDef> {
        self.index_of(name).map(|index| &self.defs[index])
    }

    /// The index of the definition `name`, below [`Defs::len`].
    pub(crate) fn index_of(&self, name: &str) -> Option<usize> {
        self.by_name.find(name, &self.defs)
    }

    /// Whether some definition is named like a modelled std type.
    pub(crate) fn shadows_std(&self) -> bool {
        self.shadows_std
    }

    /// The definition at `index` (from [`Defs::index_of`]).
    pub(crate) fn at(&self, index: usize) -> &AdtDef {
        &self.defs[index]
    }

    /// Adds every definition of `later`; a name defined in both keeps `later`'s
    /// definition, as a redefinition further down a chapter replaces the first.
    pub fn extend(&mut self, later: Defs) {
        for def in later.defs {
            self.insert(def);
        }
    }

    /// A copy where the definition `name` is laid out with `#[repr(C)]`
    /// (its other repr options kept), for comparing the two layouts.
    pub fn with_repr_c(&self, name: &str) -> Result<Defs, String> {
        let mut copy = self.clone();
        match copy.index_of(name) {
            Some(index) => {
                copy.defs[index].repr.c = true;
                Ok(copy)
            }
            None => Err(format!(
                "`{name}` is not a struct, enum or union defined in the chapter, so it has no repr to change"
            )),
        }
    }

    pub fn len(&self) -> usize {
        self.defs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.defs.is_empty()
    }
}
