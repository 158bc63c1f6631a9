//! The measurement corpus shared by the layout tests: hand-written families
//! (`handwritten_defs.rs`, `handwritten_types.txt`) plus definitions and types
//! from a deterministic generator. Each measurement is one `size`, `align`
//! or `offset` query whose expected answer comes from rustc
//! (`expected.txt`, written by `BLESS=1 cargo test --test layout_rustc`).

#![allow(dead_code)]

use std::fmt::Write as _;

pub const HANDWRITTEN_DEFS: &str = include_str!("handwritten_defs.rs");
pub const HANDWRITTEN_TYPES: &str = include_str!("handwritten_types.txt");
pub const EXPECTED_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/layout/expected.txt");
pub const EXPECTED_CORE_I686_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/layout/expected_core_i686.txt");
pub const EXPECTED_CORE_X86_64_PATH: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/layout/expected_core_x86_64.txt");

/// One question to ask both rustc and the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    Size(String),
    Align(String),
    /// Offset of a named or numbered field of a struct, union or tuple.
    Offset(String, String),
    /// Offset of a field of one enum variant (measured with `offset_of!` on
    /// enums, an unstable feature of the same rustc enabled for the probe).
    VariantOffset(String, String, String),
    /// The bits of a value of a field-less variant whose tag or niche fills
    /// the whole value (read back from memory at run time).
    TagBits(String, String),
}

impl Query {
    /// The key under which rustc's answer is stored.
    pub fn key(&self) -> String {
        match self {
            Query::Size(ty) => format!("size {ty}"),
            Query::Align(ty) => format!("align {ty}"),
            Query::Offset(ty, field) => format!("offset {ty} .{field}"),
            Query::VariantOffset(ty, variant, field) => format!("offset {ty} ::{variant}.{field}"),
            Query::TagBits(ty, variant) => format!("tagbits {ty} ::{variant}"),
        }
    }

    /// The Rust expression that measures it.
    pub fn probe_expr(&self) -> String {
        match self {
            Query::Size(ty) => format!("std::mem::size_of::<{ty}>()"),
            Query::Align(ty) => format!("std::mem::align_of::<{ty}>()"),
            Query::Offset(ty, field) => format!("std::mem::offset_of!({ty}, {field})"),
            Query::VariantOffset(ty, variant, field) => format!("std::mem::offset_of!({ty}, {variant}.{field})"),
            Query::TagBits(ty, variant) => format!(
                "{{ type Probed = {ty}; let value: Probed = Probed::{variant}; let mut bits = 0u64; \
                 unsafe {{ std::ptr::copy_nonoverlapping(&value as *const Probed as *const u8, \
                 &mut bits as *mut u64 as *mut u8, std::mem::size_of::<Probed>()) }}; bits }}"
            ),
        }
    }
}

pub struct Corpus {
    /// All definitions, hand-written then generated.
    pub defs_source: String,
    /// Type expressions measured, each with size and align (and offsets when struct-like).
    pub types: Vec<String>,
    pub queries: Vec<Query>,
}

/// xorshift64*: small, deterministic, good enough to vary shapes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Field-less variants whose tag or niche is the whole value (no padding,
/// no other data), so reading the value's bytes reads the encoding.
const TAG_PROBES: &[(&str, &str)] = &[
    ("Option<bool>", "None"),
    ("Option<Option<bool>>", "None"),
    ("Option<Option<Option<bool>>>", "None"),
    ("Option<char>", "None"),
    ("Option<Option<char>>", "None"),
    ("Option<std::num::NonZeroU8>", "None"),
    ("Option<std::num::NonZeroU32>", "None"),
    ("Option<std::cmp::Ordering>", "None"),
    ("Option<Option<std::cmp::Ordering>>", "None"),
    ("std::cmp::Ordering", "Less"),
    ("std::cmp::Ordering", "Greater"),
    ("Option<&'static u8>", "None"),
    ("Option<Box<u8>>", "None"),
    ("Option<fn()>", "None"),
    ("E2", "B"),
    ("E3", "C"),
    ("EMany", "V15"),
    ("Option<E3>", "None"),
    ("Option<Option<E3>>", "None"),
    ("Option<EMany>", "None"),
    ("Eu8", "B"),
    ("Option<Eu8>", "None"),
    ("Ei32", "B"),
    ("Eu64", "A"),
    ("EC", "B"),
    ("Eusize", "B"),
    ("D1", "A"),
    ("D1", "B"),
    ("D2", "B"),
    ("D3", "B"),
    ("D4", "B"),
    ("D4", "C"),
    ("D5", "A"),
    ("D5", "B"),
    ("D6", "A"),
    ("D8", "A"),
    ("Option<D8>", "None"),
    ("Nf1", "B"),
    ("Nf2", "B"),
    ("Nf2", "D"),
    ("Nf12", "A"),
    ("Nf12", "C"),
    ("Nf18", "A"),
    ("Nf18", "C"),
    ("Option<Nf1>", "None"),
];

const SEED: u64 = 0x5EED_1A70_u64;
const GENERATED_DEFS: usize = 140;
const GENERATED_TYPES: usize = 160;

const PRIMITIVES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32", "i64", "i128", "usize", "isize", "f32", "f64", "bool",
    "char", "()",
];
const LEAF_STD: &[&str] = &[
    "String",
    "&'static str",
    "Box<str>",
    "std::num::NonZeroU8",
    "std::num::NonZeroU32",
    "std::num::NonZeroU64",
    "std::time::Duration",
    "std::cmp::Ordering",
    "Box<dyn std::fmt::Debug>",
    "&'static dyn std::fmt::Debug",
    "std::convert::Infallible",
    "std::collections::HashMap<u32, String>",
    "std::collections::BTreeMap<u8, u8>",
    "std::rc::Rc<str>",
    "*const u8",
    "fn(u8) -> u8",
];

/// Leaves for the i686 corpus: no std, only what the `#![no_core]` probe defines.
const LEAF_CORE: &[&str] = &[
    "&'static str",
    "&'static [u8]",
    "&'static dyn Tr",
    "*const u8",
    "*mut [u16]",
    "fn(u8) -> u8",
    "NonZeroU8",
    "NonZeroU32",
    "NonZeroU64",
    "NonZeroUsize",
    "Cell<bool>",
    "Void",
];

/// A generated definition, remembered so later types may use it.
struct GenDef {
    name: String,
    params: usize,
    /// Contains a `repr(align)` type somewhere (cannot go inside a packed struct).
    has_align: bool,
    is_struct: bool,
    field_names: Vec<String>,
}

struct Generator {
    rng: Rng,
    defs: Vec<GenDef>,
    /// Only types a `#![no_core]` probe can define (for the i686 corpus).
    core_only: bool,
}

impl Generator {
    /// A random field type; `packed_ok` excludes over-aligned definitions.
    fn ty(&mut self, depth: usize, packed_ok: bool, params: &[&str]) -> String {
        let roll = self.rng.below(100);
        if depth == 0 || roll < 30 {
            return self.rng.pick(PRIMITIVES).to_string();
        }
        if roll < 40 {
            return self
                .rng
                .pick(if self.core_only { LEAF_CORE } else { LEAF_STD })
                .to_string();
        }
        if roll < 45 && !params.is_empty() {
            return self.rng.pick(params).to_string();
        }
        if roll < 60 && !self.defs.is_empty() {
            let candidates: Vec<usize> = (0..self.defs.len())
                .filter(|&index| !(packed_ok && self.defs[index].has_align))
                .collect();
            if !candidates.is_empty() {
                let index = candidates[self.rng.below(candidates.len())];
                let (name, arity) = (self.defs[index].name.clone(), self.defs[index].params);
                if arity == 0 {
                    return name;
                }
                let args: Vec<String> = (0..arity).map(|_| self.ty(depth - 1, packed_ok, params)).collect();
                return format!("{name}<{}>", args.join(", "));
            }
        }
        let inner = self.ty(depth - 1, packed_ok, params);
        match self.rng.below(11) {
            0 | 1 => format!("Option<{inner}>"),
            2 => format!("Result<{inner}, {}>", self.ty(depth - 1, packed_ok, params)),
            3 => format!("[{inner}; {}]", self.rng.below(4)),
            4 => {
                let count = 1 + self.rng.below(4);
                let mut items = vec![inner];
                for _ in 1..count {
                    items.push(self.ty(depth - 1, packed_ok, params));
                }
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
            5 | 6 if self.core_only => format!("Cell<{inner}>"),
            5 => format!("Vec<{inner}>"),
            6 => format!("Box<{inner}>"),
            7 if self.core_only => format!("Option<Option<{inner}>>"),
            7 => format!("std::cell::Cell<{inner}>"),
            // A reference to a type parameter would need a `T: 'static` bound.
            8 if params.is_empty() => format!("&'static {inner}"),
            8 if self.core_only => format!("Option<{inner}>"),
            8 => format!("Box<{inner}>"),
            9 => format!("{}<{inner}>", self.phantom()),
            _ if self.core_only => format!("Result<u8, {inner}>"),
            _ => format!("std::rc::Rc<{inner}>"),
        }
    }

    fn phantom(&self) -> &'static str {
        if self.core_only {
            "PhantomData"
        } else {
            "std::marker::PhantomData"
        }
    }

    fn def(&mut self, index: usize, out: &mut String) {
        let name = format!("G{index}");
        let params_count = if self.rng.chance(15) { 1 + self.rng.below(2) } else { 0 };
        let params: Vec<&str> = ["T", "U"][..params_count].to_vec();
        let generics = if params.is_empty() {
            String::new()
        } else {
            format!("<{}>", params.join(", "))
        };
        let is_struct = self.rng.chance(55);
        let mut has_align;
        let mut field_names = Vec::new();
        if is_struct {
            let repr = self.rng.pick(&[
                "",
                "",
                "",
                "C",
                "packed",
                "packed(2)",
                "align(8)",
                "C, packed",
                "C, align(16)",
                "packed(4)",
            ]);
            let packed = repr.contains("packed");
            has_align = repr.contains("align");
            let count = self.rng.below(6);
            let mut fields = Vec::new();
            for field in 0..count {
                let ty = self.ty(2, packed, &params);
                has_align |= self.mentions_aligned(&ty);
                field_names.push(format!("f{field}"));
                fields.push(format!("f{field}: {ty}"));
            }
            if !repr.is_empty() {
                let _ = writeln!(out, "#[repr({repr})]");
            }
            if !params.is_empty() {
                // Every parameter must be used.
                field_names.push("marker".to_string());
                fields.push(format!("marker: {}<({},)>", self.phantom(), params.join(", ")));
            }
            let _ = writeln!(out, "struct {name}{generics} {{ {} }}", fields.join(", "));
        } else {
            let repr = self
                .rng
                .pick(&["", "", "", "u8", "i16", "u32", "C", "C, u8", "i64", "align(4)"]);
            has_align = repr.contains("align");
            let count = if repr.is_empty() {
                self.rng.below(6)
            } else {
                1 + self.rng.below(5)
            };
            // A `#![no_core]` probe has no `Neg`, so no negative discriminants there.
            let signed = (repr.is_empty() || repr.contains('i')) && !self.core_only;
            // Discriminants on variants with data need an explicit integer repr.
            let explicit = (repr.contains('u') || repr.contains('i')) && !repr.contains("align") && self.rng.chance(40);
            let mut variants = Vec::new();
            let fieldless_only = self.rng.chance(20);
            let mut next = if explicit {
                self.rng.below(50) as i64 - if signed { 25 } else { 0 }
            } else {
                0
            };
            for variant in 0..count {
                let field_count = if fieldless_only { 0 } else { self.rng.below(4) };
                let fields: Vec<String> = (0..field_count).map(|_| self.ty(2, false, &params)).collect();
                for field in &fields {
                    has_align |= self.mentions_aligned(field);
                }
                let body = if fields.is_empty() {
                    String::new()
                } else {
                    format!("({})", fields.join(", "))
                };
                let discriminant = if explicit && self.rng.chance(50) {
                    next += self.rng.below(20) as i64;
                    format!(" = {next}")
                } else {
                    String::new()
                };
                next += 1;
                variants.push(format!("V{variant}{body}{discriminant}"));
            }
            if !params.is_empty() {
                variants.push(format!("Marker({}<({},)>)", self.phantom(), params.join(", ")));
            }
            if !repr.is_empty() {
                let _ = writeln!(out, "#[repr({repr})]");
            }
            let _ = writeln!(out, "enum {name}{generics} {{ {} }}", variants.join(", "));
        }
        self.defs.push(GenDef {
            name,
            params: params_count,
            has_align,
            is_struct,
            field_names,
        });
    }

    fn mentions_aligned(&self, ty: &str) -> bool {
        self.defs
            .iter()
            .any(|def| def.has_align && ty.split(|c: char| !c.is_alphanumeric()).any(|word| word == def.name))
    }
}

/// Type expressions from the hand-written list (blank lines and `#` comments skipped).
pub fn handwritten_types() -> Vec<String> {
    HANDWRITTEN_TYPES
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Field names of a struct-like type for offset queries: hand-written
/// `struct`s are found by name in the definitions; tuples are numbered.
fn offset_fields(ty: &str, struct_fields: &[(String, Vec<String>)]) -> Vec<String> {
    if let Some(inner) = ty.strip_prefix('(').and_then(|rest| rest.strip_suffix(')')) {
        if inner.is_empty() {
            return Vec::new();
        }
        let count = split_top_level(inner)
            .iter()
            .filter(|item| !item.trim().is_empty())
            .count();
        return (0..count).map(|index| index.to_string()).collect();
    }
    let head = ty.split('<').next().unwrap_or(ty);
    struct_fields
        .iter()
        .find(|(name, _)| name == head)
        .map(|(_, fields)| fields.clone())
        .unwrap_or_default()
}

/// Struct names and field names of the definitions in `source` (a light
/// scan: one `struct` item per line, as the corpus writes them).
fn scan_struct_fields(source: &str) -> Vec<(String, Vec<String>)> {
    let mut found = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        let Some(rest) = line
            .strip_prefix("struct ")
            .or_else(|| line.strip_prefix("pub struct "))
        else {
            continue;
        };
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let after = &rest[name.len()..];
        let generics_end = if after.starts_with('<') {
            matching_close(after, '<', '>').map_or(0, |end| end + 1)
        } else {
            0
        };
        let body = after[generics_end..].trim();
        let fields = if let Some(named) = body.strip_prefix('{') {
            split_top_level(named.trim_end_matches('}'))
                .iter()
                .filter_map(|field| {
                    field
                        .split(':')
                        .next()
                        .map(|name| name.trim().trim_start_matches("pub ").trim().to_string())
                })
                .filter(|name| !name.is_empty())
                .collect()
        } else if let Some(tuple) = body.strip_prefix('(') {
            let inner = &tuple[..matching_close(body, '(', ')').unwrap_or(1).saturating_sub(1)];
            (0..split_top_level(inner)
                .iter()
                .filter(|field| !field.trim().is_empty())
                .count())
                .map(|index| index.to_string())
                .collect()
        } else {
            Vec::new()
        };
        found.push((name, fields));
    }
    found
}

type Variants = Vec<(String, Vec<String>)>;

/// Variants and their field names of an enum type: `Option`, `Result`, or a
/// definition found by name.
fn variant_fields(ty: &str, enums: &[(String, Variants)]) -> Variants {
    let head = ty.split('<').next().unwrap_or(ty);
    let numbered = |name: &str| (name.to_string(), vec!["0".to_string()]);
    match head {
        "Option" => vec![("None".to_string(), Vec::new()), numbered("Some")],
        "Result" => vec![numbered("Ok"), numbered("Err")],
        _ => enums
            .iter()
            .find(|(name, _)| name == head)
            .map(|(_, variants)| variants.clone())
            .unwrap_or_default(),
    }
}

/// Enum names with their variants' field names (one `enum` item per line).
fn scan_enum_variants(source: &str) -> Vec<(String, Variants)> {
    let mut found = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        let line = if line.starts_with("#[") {
            line.find("] enum ").map_or(line, |at| &line[at + 2..])
        } else {
            line
        };
        let Some(rest) = line.strip_prefix("enum ") else {
            continue;
        };
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let Some(open) = rest.find('{') else {
            continue;
        };
        let body = rest[open + 1..].trim_end().trim_end_matches('}');
        let mut variants = Vec::new();
        for variant in split_top_level(body) {
            let variant = variant.trim();
            let variant = variant.split(" = ").next().unwrap_or(variant).trim();
            let variant_name: String = variant
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if variant_name.is_empty() {
                continue;
            }
            let after = variant[variant_name.len()..].trim();
            let fields = if let Some(tuple) = after.strip_prefix('(') {
                let inner = tuple.strip_suffix(')').unwrap_or(tuple);
                (0..split_top_level(inner)
                    .iter()
                    .filter(|field| !field.trim().is_empty())
                    .count())
                    .map(|index| index.to_string())
                    .collect()
            } else if let Some(named) = after.strip_prefix('{') {
                split_top_level(named.trim_end_matches('}'))
                    .iter()
                    .filter_map(|field| field.split(':').next().map(|name| name.trim().to_string()))
                    .filter(|name| !name.is_empty())
                    .collect()
            } else {
                Vec::new()
            };
            variants.push((variant_name, fields));
        }
        found.push((name, variants));
    }
    found
}

fn matching_close(text: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0;
    for (index, c) in text.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(index);
            }
        }
    }
    None
}

fn split_top_level(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut previous = ' ';
    for c in text.chars() {
        let after_dash = std::mem::replace(&mut previous, c) == '-';
        match c {
            '<' | '(' | '[' | '{' => depth += 1,
            // The `>` of `fn() -> T` closes nothing.
            '>' if after_dash => {}
            '>' | ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if !current.trim().is_empty() {
        parts.push(current);
    }
    parts
}

/// Builds the whole corpus deterministically.
pub fn build() -> Corpus {
    build_from(HANDWRITTEN_DEFS.to_string(), handwritten_types(), false)
}

/// Words that keep a hand-written line out of the `#![no_core]` corpus.
const NOT_IN_CORE: &[&str] = &[
    "String",
    "Vec",
    "Box",
    "Rc",
    "Arc",
    "Mutex",
    "RwLock",
    "HashMap",
    "HashSet",
    "BTree",
    "VecDeque",
    "LinkedList",
    "BinaryHeap",
    "Duration",
    "Instant",
    "SystemTime",
    "Ordering",
    "ManuallyDrop",
    "MaybeUninit",
    "Infallible",
    "std::",
    "Wrapping",
    "Saturating",
    "Range",
    "Atomic",
    "PathBuf",
    "OsString",
    "NonZero<",
    "NonZeroI",
    "NonZeroU128",
    "NonZeroU16",
    "derive",
    "Weak",
    "RefCell",
    "PhantomPinned",
    "use ",
    "= -",
    "<<",
    // Does not fit the 32-bit `isize` discriminant type.
    "0x1_0000_0000",
];

/// The corpus for the i686 check: the hand-written families that need no
/// std (with `dyn Debug` read as `dyn Tr`) plus generated core-only types.
pub fn build_core() -> Corpus {
    let mut blocked: Vec<String> = NOT_IN_CORE.iter().map(|word| word.to_string()).collect();
    let mentions_blocked = |line: &str, blocked: &[String]| {
        blocked.iter().any(|word| {
            if word.chars().all(|c| c.is_alphanumeric()) && word.chars().next().is_some_and(char::is_uppercase) {
                line.split(|c: char| !c.is_alphanumeric() && c != '_')
                    .any(|token| token.starts_with(word.as_str()))
            } else {
                line.contains(word.as_str())
            }
        })
    };
    let mut defs = String::new();
    for line in HANDWRITTEN_DEFS.lines() {
        let line = line.replace("Debug", "Tr");
        let item = line.split("] ").last().unwrap_or(&line).trim_start_matches("pub ");
        let name = item
            .strip_prefix("struct ")
            .or_else(|| item.strip_prefix("enum "))
            .or_else(|| item.strip_prefix("union "))
            .map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<String>()
            });
        if mentions_blocked(&line, &blocked) {
            if let Some(name) = name {
                blocked.push(name);
            }
            continue;
        }
        defs.push_str(&line);
        defs.push('\n');
    }
    let types = handwritten_types()
        .into_iter()
        .map(|ty| ty.replace("Debug", "Tr"))
        .filter(|ty| !mentions_blocked(ty, &blocked))
        .collect();
    build_from(defs, types, true)
}

fn build_from(handwritten_defs: String, handwritten: Vec<String>, core_only: bool) -> Corpus {
    let mut generator = Generator {
        rng: Rng(SEED),
        defs: Vec::new(),
        core_only,
    };
    let mut generated = String::new();
    for index in 0..GENERATED_DEFS {
        generator.def(index, &mut generated);
    }
    let mut types = handwritten;
    for index in 0..GENERATED_DEFS {
        let (name, arity) = (generator.defs[index].name.clone(), generator.defs[index].params);
        let ty = if arity == 0 {
            name
        } else {
            let args: Vec<String> = (0..arity).map(|_| generator.ty(1, true, &[])).collect();
            format!("{name}<{}>", args.join(", "))
        };
        if generator.rng.chance(40) {
            types.push(format!("Option<{ty}>"));
        }
        types.push(ty);
    }
    for _ in 0..GENERATED_TYPES {
        let ty = generator.ty(3, false, &[]);
        types.push(ty);
    }
    let mut seen = std::collections::HashSet::new();
    types.retain(|ty| seen.insert(ty.clone()));

    let defs_source = format!("{handwritten_defs}\n// Generated (seed {SEED:#x}).\n{generated}");
    let struct_fields = scan_struct_fields(&defs_source);
    let enum_variants = scan_enum_variants(&defs_source);
    let mut queries = Vec::new();
    for ty in &types {
        queries.push(Query::Size(ty.clone()));
        queries.push(Query::Align(ty.clone()));
        for field in offset_fields(ty, &struct_fields) {
            queries.push(Query::Offset(ty.clone(), field));
        }
        for (variant, fields) in variant_fields(ty, &enum_variants) {
            for field in fields {
                queries.push(Query::VariantOffset(ty.clone(), variant.clone(), field));
            }
        }
    }
    if !core_only {
        for (ty, variant) in TAG_PROBES {
            queries.push(Query::TagBits(ty.to_string(), variant.to_string()));
        }
    }
    Corpus {
        defs_source,
        types,
        queries,
    }
}

/// The probe program: all definitions and a `main` printing `key\tvalue` lines.
pub fn probe_program(corpus: &Corpus) -> String {
    let mut program =
        String::from("#![feature(offset_of_enum)]\n#![allow(dead_code, unused_imports, non_camel_case_types)]\n");
    program.push_str(&corpus.defs_source);
    program.push_str("\nfn main() {\n");
    for query in &corpus.queries {
        let _ = writeln!(
            program,
            "    println!(\"{{}}\\t{{}}\", {:?}, {});",
            query.key(),
            query.probe_expr()
        );
    }
    program.push_str("}\n");
    program
}

/// The `#![no_core]` prelude: just enough of core for the corpus types, with
/// the same field structure the engine assumes for them.
const CORE_PRELUDE: &str = r#"#![feature(no_core, lang_items, intrinsics, rustc_attrs, builtin_syntax, offset_of_enum)]
#![no_core]
#![allow(dead_code, internal_features, non_camel_case_types, unused)]
#[lang = "pointee_sized"] pub trait PointeeSized {}
#[lang = "meta_sized"] pub trait MetaSized: PointeeSized {}
#[lang = "sized"] pub trait Sized: MetaSized {}
#[lang = "copy"] pub trait Copy {}
impl Copy for u8 {} impl Copy for u16 {} impl Copy for u32 {} impl Copy for u64 {} impl Copy for u128 {}
impl Copy for i8 {} impl Copy for i16 {} impl Copy for i32 {} impl Copy for i64 {} impl Copy for i128 {}
impl Copy for usize {} impl Copy for isize {} impl Copy for bool {} impl Copy for char {}
impl Copy for f32 {} impl Copy for f64 {}
#[lang = "phantom_data"] pub struct PhantomData<T: ?Sized>;
#[lang = "unsafe_cell"] #[repr(transparent)] pub struct UnsafeCell<T: ?Sized> { value: T }
#[repr(transparent)] pub struct Cell<T: ?Sized> { value: UnsafeCell<T> }
pub enum Option<T> { None, Some(T) }
pub enum Result<T, E> { Ok(T), Err(E) }
#[rustc_layout_scalar_valid_range_start(1)] #[repr(transparent)] pub struct NonZeroU8(u8);
#[rustc_layout_scalar_valid_range_start(1)] #[repr(transparent)] pub struct NonZeroU32(u32);
#[rustc_layout_scalar_valid_range_start(1)] #[repr(transparent)] pub struct NonZeroU64(u64);
#[rustc_layout_scalar_valid_range_start(1)] #[repr(transparent)] pub struct NonZeroUsize(usize);
pub trait Tr {}
#[rustc_intrinsic] pub const fn size_of<T>() -> usize;
#[rustc_intrinsic] pub const fn align_of<T>() -> usize;
#[lang = "offset_of"] #[rustc_intrinsic] pub const fn offset_of<T: PointeeSized>(variant: u32, field: u32) -> usize;
"#;

/// A `#![no_core]` library whose line `lines[i]` holds query `i` as
/// `const _: [(); 0] = [(); VALUE];`: rustc reports each non-zero VALUE as an
/// array-length mismatch, so type checking alone (no std) measures it.
pub fn core_probe_program(corpus: &Corpus) -> (String, Vec<usize>) {
    let mut program = String::from(CORE_PRELUDE);
    program.push_str(&corpus.defs_source);
    program.push('\n');
    let mut lines = Vec::with_capacity(corpus.queries.len());
    for query in &corpus.queries {
        let value = match query {
            Query::Size(ty) => format!("size_of::<{ty}>()"),
            Query::Align(ty) => format!("align_of::<{ty}>()"),
            // `builtin # offset_of` takes a type-position argument, so the
            // type is written through an alias.
            Query::Offset(_, field) => format!("builtin # offset_of(Probed, {field})"),
            Query::VariantOffset(_, variant, field) => format!("builtin # offset_of(Probed, {variant}.{field})"),
            // Needs a run; the core corpus has none.
            Query::TagBits(..) => continue,
        };
        lines.push(program.lines().count() + 1);
        match query {
            Query::Offset(ty, _) | Query::VariantOffset(ty, _, _) | Query::TagBits(ty, _) => {
                // Type aliases cannot elide lifetimes.
                let ty = ty.replace("&'static ", "&").replace('&', "&'static ");
                let _ = writeln!(program, "const _: [(); 0] = {{ type Probed = {ty}; [(); {value}] }};");
            }
            _ => {
                let _ = writeln!(program, "const _: [(); 0] = [(); {value}];");
            }
        }
    }
    (program, lines)
}

/// Reads `key\tvalue` lines.
pub fn parse_expected(text: &str) -> std::collections::HashMap<String, u64> {
    text.lines()
        .filter_map(|line| {
            let (key, value) = line.rsplit_once('\t')?;
            Some((key.to_string(), value.trim().parse().ok()?))
        })
        .collect()
}
