//! Exhaustiveness of `match` arms and irrefutability of `let` patterns,
//! after rustc's usefulness algorithm (`rustc_pattern_analysis`): the same
//! missing patterns ("witnesses"), in the same order and printed the same way.
//!
//! A column of patterns is split by constructors (variants, `true`/`false`,
//! integer ranges cut at every boundary a pattern mentions). When some
//! constructor is missing, only the missing ones are reported (each one, or
//! `_` when the column mentions no constructor at all, except at the top);
//! otherwise each present constructor is explored in turn.

use super::pattern::{Pat, PatKind};
use crate::ir::*;

#[derive(Debug, Clone, PartialEq)]
enum Ctor {
    /// Tuples, structs and references: one constructor with fields.
    Single,
    Variant(usize),
    Bool(bool),
    /// Integers and chars (as code points) in `lo..=hi`.
    Range(i128, i128),
    /// A string literal: it never covers its type.
    Str(String),
    /// Slices of exactly this length.
    FixedLen(usize),
    /// Slices of at least `prefix + suffix` elements, those two parts
    /// written and the middle left out.
    VarLen(usize, usize),
    Wild,
}

/// A pattern reduced to a constructor and its fields; or-patterns are kept
/// and expanded when their column is split.
#[derive(Debug, Clone)]
enum DPat {
    Ctor(Ctor, Vec<DPat>),
    Or(Vec<DPat>),
}

const WILD: DPat = DPat::Ctor(Ctor::Wild, Vec::new());

/// What the values of a type are made of.
enum Shape {
    Bool,
    /// Field types of each variant.
    Variants(Vec<Vec<Ty>>),
    Single(Vec<Ty>),
    /// Segments of the integer (or code point) domain.
    Ints(Vec<(i128, i128)>),
    /// Values no finite set of patterns lists (`str`, `String`, `Box`, `Vec`).
    Opaque,
    /// Slices of this element type, split by length.
    Slice(Ty),
}

#[derive(Debug, Clone)]
struct Row {
    pats: Vec<DPat>,
    guard: bool,
}

/// A missing value: a constructor (with the column's type) and its fields.
#[derive(Debug, Clone)]
enum Witness {
    Wild,
    Ctor(Ctor, Vec<Witness>, Ty),
}

struct Cx<'a> {
    finalize: &'a dyn Fn(&Ty) -> Ty,
    adts: &'a [AdtDef],
    /// The variants of an enum type, the program's generic enums included.
    variants_of: &'a dyn Fn(&Ty) -> Option<Vec<VariantDef>>,
}

/// The patterns, printed as rustc prints them, that no unguarded row of
/// `rows` covers; empty when the rows are exhaustive.
pub(super) fn missing(
    rows: &[(&Pat, bool)],
    ty: &Ty,
    finalize: &dyn Fn(&Ty) -> Ty,
    adts: &[AdtDef],
    variants_of: &dyn Fn(&Ty) -> Option<Vec<VariantDef>>,
) -> Vec<String> {
    let cx = Cx {
        finalize,
        adts,
        variants_of,
    };
    let rows: Vec<Row> = rows
        .iter()
        .map(|(pat, guard)| Row {
            pats: vec![cx.reduce(pat)],
            guard: *guard,
        })
        .collect();
    cx.compute(&rows, std::slice::from_ref(ty), true)
        .into_iter()
        .map(|witness| cx.print(&witness[0]))
        .collect()
}

/// The integer domain of a type: `usize` and `isize` reach one past their
/// ends, since rustc does not treat their maximum (minimum) as fixed.
fn int_domain(int: IntTy) -> (i128, i128) {
    match int {
        IntTy::Usize => (0, int.max() + 1),
        IntTy::Isize => (int.min() - 1, int.max() + 1),
        _ => (int.min(), int.max()),
    }
}

const CHAR_SEGMENTS: [(i128, i128); 2] = [(0, 0xD7FF), (0xE000, 0x10FFFF)];

impl Cx<'_> {
    fn reduce(&self, pat: &Pat) -> DPat {
        match &pat.kind {
            PatKind::Wild | PatKind::Binding { sub: None, .. } => WILD,
            PatKind::Binding { sub: Some(sub), .. } => self.reduce(sub),
            PatKind::Deref(inner) => DPat::Ctor(Ctor::Single, vec![self.reduce(inner)]),
            PatKind::Leaf(fields) => DPat::Ctor(Ctor::Single, fields.iter().map(|f| self.reduce(f)).collect()),
            PatKind::Variant { variant, fields } => {
                DPat::Ctor(Ctor::Variant(*variant), fields.iter().map(|f| self.reduce(f)).collect())
            }
            PatKind::Const(Const::Bool(b)) => DPat::Ctor(Ctor::Bool(*b), Vec::new()),
            PatKind::Const(Const::Int(v)) => DPat::Ctor(Ctor::Range(*v, *v), Vec::new()),
            PatKind::Const(Const::Char(c)) => DPat::Ctor(Ctor::Range(*c as i128, *c as i128), Vec::new()),
            PatKind::Const(Const::Str(s)) => DPat::Ctor(Ctor::Str(s.clone()), Vec::new()),
            // Like strings, floats have too many values for literals to cover.
            PatKind::Const(Const::Float(_, v)) => DPat::Ctor(Ctor::Str(format!("{v:?}")), Vec::new()),
            PatKind::Const(Const::Unit | Const::Static(_) | Const::Fn(_)) => DPat::Ctor(Ctor::Single, Vec::new()),
            PatKind::Range { lo, hi } => {
                let (min, max) = match (self.finalize)(&pat.ty) {
                    Ty::Int(int) => int_domain(int),
                    _ => (0, 0x10FFFF),
                };
                DPat::Ctor(Ctor::Range(lo.unwrap_or(min), hi.unwrap_or(max)), Vec::new())
            }
            PatKind::Or(cases) => DPat::Or(cases.iter().map(|c| self.reduce(c)).collect()),
            PatKind::Slice {
                prefix,
                suffix,
                variable,
            } => {
                let fields = prefix.iter().chain(suffix).map(|p| self.reduce(p)).collect();
                let ctor = if *variable {
                    Ctor::VarLen(prefix.len(), suffix.len())
                } else {
                    Ctor::FixedLen(prefix.len())
                };
                DPat::Ctor(ctor, fields)
            }
        }
    }

    fn shape(&self, ty: &Ty) -> Shape {
        if let Some(variants) = (self.variants_of)(ty) {
            return Shape::Variants(
                variants
                    .iter()
                    .map(|v| v.fields.iter().map(|(_, t)| t.clone()).collect())
                    .collect(),
            );
        }
        match ty {
            Ty::Bool => Shape::Bool,
            Ty::Tuple(items) => Shape::Single(items.clone()),
            Ty::Array(element, len) => Shape::Single(vec![(**element).clone(); *len]),
            Ty::Adt(id, _) => Shape::Single(
                self.adts
                    .get(*id)
                    .map(|adt| adt.fields.iter().map(|(_, t)| t.clone()).collect())
                    .unwrap_or_default(),
            ),
            Ty::Ref(_, inner) => Shape::Single(vec![(**inner).clone()]),
            Ty::Int(int) => Shape::Ints(vec![int_domain(*int)]),
            Ty::Char => Shape::Ints(CHAR_SEGMENTS.to_vec()),
            Ty::Slice(element) => Shape::Slice((**element).clone()),
            _ => Shape::Opaque,
        }
    }

    /// Witnesses for the rows over columns of types `tys`.
    fn compute(&self, rows: &[Row], tys: &[Ty], top: bool) -> Vec<Vec<Witness>> {
        let Some(ty) = tys.first() else {
            return if rows.iter().any(|r| !r.guard) {
                Vec::new()
            } else {
                vec![Vec::new()]
            };
        };
        let mut expanded = Vec::new();
        for row in rows {
            expand_or(row.clone(), &mut expanded);
        }
        let heads: Vec<&Ctor> = expanded
            .iter()
            .filter_map(|r| match &r.pats[0] {
                DPat::Ctor(Ctor::Wild, _) | DPat::Or(_) => None,
                DPat::Ctor(c, _) => Some(c),
            })
            .collect();
        let shape = self.shape(ty);
        let (present, missing) = split(&shape, &heads);
        if !missing.is_empty() {
            let spec: Vec<Row> = expanded
                .iter()
                .filter(|r| matches!(r.pats[0], DPat::Ctor(Ctor::Wild, _)))
                .map(|r| Row {
                    pats: r.pats[1..].to_vec(),
                    guard: r.guard,
                })
                .collect();
            let rest = self.compute(&spec, &tys[1..], false);
            let individual = (top || !present.is_empty()) && !matches!(shape, Shape::Opaque);
            let heads: Vec<Witness> = if top && matches!(ty, Ty::String | Ty::Vec(_) | Ty::Box(_)) {
                // std's structs, named at the top: `String { .. }`, `Box(_, _)`.
                vec![Witness::Ctor(Ctor::Single, Vec::new(), ty.clone())]
            } else if individual {
                missing
                    .iter()
                    .map(|c| {
                        let arity = fields_of(&shape, c).len();
                        Witness::Ctor(c.clone(), vec![Witness::Wild; arity], ty.clone())
                    })
                    .collect()
            } else {
                vec![Witness::Wild]
            };
            let mut out = Vec::new();
            for head in heads {
                for witness in &rest {
                    let mut row = vec![head.clone()];
                    row.extend(witness.iter().cloned());
                    out.push(row);
                }
            }
            return out;
        }
        let mut out = Vec::new();
        for ctor in present {
            let fields = fields_of(&shape, &ctor);
            let arity = fields.len();
            let spec: Vec<Row> = expanded
                .iter()
                .filter_map(|r| {
                    let inner = match &r.pats[0] {
                        DPat::Ctor(Ctor::Wild, _) => vec![WILD; arity],
                        DPat::Ctor(head, fields) if covers(head, &ctor) => match head {
                            // The middle a `..` leaves out is wildcards.
                            Ctor::VarLen(prefix, _) => {
                                let mut spread = fields[..*prefix].to_vec();
                                spread.resize(arity + prefix - fields.len(), WILD);
                                spread.extend(fields[*prefix..].iter().cloned());
                                spread
                            }
                            _ => {
                                let mut fields = fields.clone();
                                fields.resize(arity, WILD);
                                fields
                            }
                        },
                        _ => return None,
                    };
                    let mut pats = inner;
                    pats.extend(r.pats[1..].iter().cloned());
                    Some(Row { pats, guard: r.guard })
                })
                .collect();
            let mut column_tys = fields;
            column_tys.extend(tys[1..].iter().cloned());
            for witness in self.compute(&spec, &column_tys, false) {
                let (inner, rest) = witness.split_at(arity);
                let mut row = vec![Witness::Ctor(ctor.clone(), inner.to_vec(), ty.clone())];
                row.extend(rest.iter().cloned());
                out.push(row);
            }
        }
        out
    }

    fn print(&self, witness: &Witness) -> String {
        let Witness::Ctor(ctor, fields, ty) = witness else {
            return "_".into();
        };
        let printed: Vec<String> = fields.iter().map(|f| self.print(f)).collect();
        match ctor {
            Ctor::Wild | Ctor::Str(_) => "_".into(),
            Ctor::FixedLen(_) => format!("[{}]", printed.join(", ")),
            Ctor::VarLen(prefix, _) => {
                let mut parts = printed[..*prefix].to_vec();
                parts.push("..".into());
                parts.extend(printed[*prefix..].iter().cloned());
                format!("[{}]", parts.join(", "))
            }
            Ctor::Bool(b) => b.to_string(),
            Ctor::Range(lo, hi) => range_text(*lo, *hi, ty),
            Ctor::Single => match ty {
                Ty::Tuple(_) if printed.len() == 1 => format!("({},)", printed[0]),
                Ty::Tuple(_) => format!("({})", printed.join(", ")),
                Ty::Array(..) => format!("[{}]", printed.join(", ")),
                Ty::Ref(..) => format!("&{}", printed.first().cloned().unwrap_or_default()),
                Ty::String => "String { .. }".into(),
                Ty::Vec(_) => "Vec { .. }".into(),
                Ty::Box(_) => "Box(_, _)".into(),
                Ty::Adt(id, name) => match self.adts.get(*id) {
                    Some(adt) => {
                        let names: Vec<&str> = adt.fields.iter().map(|(n, _)| n.as_str()).collect();
                        shaped(name, adt.kind, &names, &printed)
                    }
                    None => name.to_string(),
                },
                _ => "_".into(),
            },
            Ctor::Variant(index) => {
                let Some(def) = (self.variants_of)(ty).and_then(|v| v.get(*index).cloned()) else {
                    return "_".into();
                };
                let name = match ty {
                    Ty::Adt(_, enum_name) => format!("{enum_name}::{}", def.name),
                    Ty::GenericAdt(_, enum_name, _) => format!("{enum_name}::{}", def.name),
                    _ => def.name.clone(),
                };
                let names: Vec<&str> = def.fields.iter().map(|(n, _)| n.as_str()).collect();
                shaped(&name, def.kind, &names, &printed)
            }
        }
    }
}

/// `Name`, `Name(a, b)` or `Name { a: x, .. }` (fields that are `_` left out).
fn shaped(name: &str, kind: StructKind, names: &[&str], printed: &[String]) -> String {
    match kind {
        StructKind::Unit => name.to_string(),
        StructKind::Tuple => format!("{name}({})", printed.join(", ")),
        StructKind::Named => {
            let shown: Vec<String> = names
                .iter()
                .zip(printed)
                .filter(|(_, p)| *p != "_")
                .map(|(n, p)| format!("{n}: {p}"))
                .collect();
            if shown.is_empty() {
                format!("{name} {{ .. }}")
            } else if shown.len() == printed.len() {
                format!("{name} {{ {} }}", shown.join(", "))
            } else {
                format!("{name} {{ {}, .. }}", shown.join(", "))
            }
        }
    }
}

/// Replaces an or-pattern at the head of a row by one row per alternative.
fn expand_or(row: Row, out: &mut Vec<Row>) {
    match row.pats.first() {
        Some(DPat::Or(cases)) => {
            for case in cases.clone() {
                let mut pats = vec![case];
                pats.extend(row.pats[1..].iter().cloned());
                expand_or(Row { pats, guard: row.guard }, out);
            }
        }
        _ => out.push(row),
    }
}

fn covers(head: &Ctor, ctor: &Ctor) -> bool {
    match (head, ctor) {
        (Ctor::Range(a, b), Ctor::Range(x, y)) => a <= x && y <= b,
        (Ctor::VarLen(p, s), Ctor::FixedLen(len)) => p + s <= *len,
        (Ctor::VarLen(..), Ctor::VarLen(..)) => true,
        _ => head == ctor,
    }
}

fn fields_of(shape: &Shape, ctor: &Ctor) -> Vec<Ty> {
    match (shape, ctor) {
        (Shape::Variants(variants), Ctor::Variant(index)) => variants.get(*index).cloned().unwrap_or_default(),
        (Shape::Single(fields), Ctor::Single) => fields.clone(),
        (Shape::Slice(element), Ctor::FixedLen(len)) => vec![element.clone(); *len],
        (Shape::Slice(element), Ctor::VarLen(p, s)) => vec![element.clone(); p + s],
        _ => Vec::new(),
    }
}

/// The constructors of a column: those its patterns mention (to explore)
/// and those they miss (to report), in rustc's order.
fn split(shape: &Shape, heads: &[&Ctor]) -> (Vec<Ctor>, Vec<Ctor>) {
    let (mut present, mut missing) = (Vec::new(), Vec::new());
    match shape {
        Shape::Bool => {
            for value in [true, false] {
                if heads.contains(&&Ctor::Bool(value)) {
                    present.push(Ctor::Bool(value));
                } else {
                    missing.push(Ctor::Bool(value));
                }
            }
        }
        Shape::Variants(variants) => {
            for index in 0..variants.len() {
                if heads.contains(&&Ctor::Variant(index)) {
                    present.push(Ctor::Variant(index));
                } else {
                    missing.push(Ctor::Variant(index));
                }
            }
        }
        Shape::Single(_) => {
            if heads.is_empty() {
                missing.push(Ctor::Single);
            } else {
                present.push(Ctor::Single);
            }
        }
        Shape::Opaque => missing.push(Ctor::Wild),
        Shape::Slice(_) => split_slices(heads, &mut present, &mut missing),
        Shape::Ints(segments) => {
            let ranges: Vec<(i128, i128)> = heads
                .iter()
                .filter_map(|c| match c {
                    Ctor::Range(a, b) => Some((*a, *b)),
                    _ => None,
                })
                .collect();
            for &(start, end) in segments {
                // Cuts are where a run of values starts; `None` is one past
                // `i128::MAX`, where a 128-bit domain ends.
                let mut cuts = vec![Some(start), end.checked_add(1)];
                for &(a, b) in &ranges {
                    for cut in [Some(a), b.checked_add(1)] {
                        if cut.is_some_and(|cut| cut > start && cut <= end) {
                            cuts.push(cut);
                        }
                    }
                }
                cuts.sort_unstable_by_key(|cut| cut.map_or((1, 0), |c| (0, c)));
                cuts.dedup();
                let mut gap: Option<(i128, i128)> = None;
                for pair in cuts.windows(2) {
                    let (Some(lo), hi) = (pair[0], pair[1].map_or(i128::MAX, |c| c - 1)) else {
                        continue;
                    };
                    if ranges.iter().any(|&(a, b)| a <= lo && hi <= b) {
                        if let Some((a, b)) = gap.take() {
                            missing.push(Ctor::Range(a, b));
                        }
                        present.push(Ctor::Range(lo, hi));
                    } else {
                        gap = Some(match gap {
                            Some((a, _)) => (a, hi),
                            None => (lo, hi),
                        });
                    }
                }
                if let Some((a, b)) = gap {
                    missing.push(Ctor::Range(a, b));
                }
            }
        }
    }
    (present, missing)
}

/// rustc's split of slice lengths: every length shorter than the longest
/// a pattern needs exactly, then one constructor for all longer ones (the
/// longest `..` pattern's prefix and suffix, stretched past any fixed
/// length).
fn split_slices(heads: &[&Ctor], present: &mut Vec<Ctor>, missing: &mut Vec<Ctor>) {
    let mut max_fixed = None;
    let (mut max_prefix, mut max_suffix) = (0, 0);
    for head in heads {
        match head {
            Ctor::FixedLen(len) => max_fixed = max_fixed.max(Some(*len)),
            Ctor::VarLen(p, s) => {
                max_prefix = max_prefix.max(*p);
                max_suffix = max_suffix.max(*s);
            }
            _ => {}
        }
    }
    if let Some(fixed) = max_fixed
        && fixed + 1 > max_prefix + max_suffix
    {
        max_prefix = fixed + 1 - max_suffix;
    }
    for len in 0..max_prefix + max_suffix {
        let ctor = Ctor::FixedLen(len);
        if heads.iter().any(|h| covers(h, &ctor)) {
            present.push(ctor);
        } else {
            missing.push(ctor);
        }
    }
    let longer = Ctor::VarLen(max_prefix, max_suffix);
    if heads.iter().any(|h| matches!(h, Ctor::VarLen(..))) {
        present.push(longer);
    } else {
        missing.push(longer);
    }
}

/// An integer or char range as rustc prints it: `5_u8`, `i32::MIN..=-1_i32`,
/// `1_usize..`, `'a'..='z'`.
fn range_text(lo: i128, hi: i128, ty: &Ty) -> String {
    let Ty::Int(int) = ty else {
        let text = |v: i128| format!("{:?}", char::from_u32(v as u32).unwrap_or_default());
        return if lo == hi {
            text(lo)
        } else {
            format!("{}..={}", text(lo), text(hi))
        };
    };
    let (min, max) = (int.min(), int.max());
    let name = int.name();
    let text = |v: i128| {
        if v >= max {
            format!("{name}::MAX")
        } else if int.signed() && v <= min {
            format!("{name}::MIN")
        } else {
            format!("{v}_{name}")
        }
    };
    match (lo < min, hi > max) {
        (true, true) => "_".into(),
        (false, true) => format!("{}..", text(lo)),
        (true, false) if hi < min => format!("..{}", text(min)),
        (true, false) => format!("..={}", text(hi)),
        (false, false) if lo == hi => text(lo),
        (false, false) => format!("{}..={}", text(lo), text(hi)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_print_like_rustc() {
        let i32_ty = Ty::Int(IntTy::I32);
        assert_eq!(range_text(i32::MIN as i128, -1, &i32_ty), "i32::MIN..=-1_i32");
        assert_eq!(range_text(10, i32::MAX as i128, &i32_ty), "10_i32..=i32::MAX");
        assert_eq!(range_text(255, 255, &Ty::Int(IntTy::U8)), "u8::MAX");
        assert_eq!(range_text(0, 0, &Ty::Int(IntTy::U8)), "0_u8");
        let (_, past_max) = int_domain(IntTy::Usize);
        assert_eq!(range_text(1, past_max, &Ty::Int(IntTy::Usize)), "1_usize..");
        assert_eq!(range_text(past_max, past_max, &Ty::Int(IntTy::Usize)), "usize::MAX..");
        let (before_min, _) = int_domain(IntTy::Isize);
        assert_eq!(range_text(before_min, -1, &Ty::Int(IntTy::Isize)), "..=-1_isize");
        assert_eq!(range_text('a' as i128, 'z' as i128, &Ty::Char), "'a'..='z'");
    }

    #[test]
    fn integer_columns_split_at_every_boundary() {
        let shape = Shape::Ints(vec![(0, 255)]);
        let (a, b) = (Ctor::Range(0, 100), Ctor::Range(200, 200));
        let (present, missing) = split(&shape, &[&a, &b]);
        assert_eq!(present, vec![Ctor::Range(0, 100), Ctor::Range(200, 200)]);
        assert_eq!(missing, vec![Ctor::Range(101, 199), Ctor::Range(201, 255)]);
    }

    #[test]
    fn struct_witnesses_leave_out_wildcard_fields() {
        let printed = vec!["_".to_string(), "false".to_string()];
        assert_eq!(
            shaped("P", StructKind::Named, &["x", "y"], &printed),
            "P { y: false, .. }"
        );
        assert_eq!(shaped("P", StructKind::Named, &["x"], &["_".to_string()]), "P { .. }");
        assert_eq!(shaped("T", StructKind::Tuple, &["0", "1"], &printed), "T(_, false)");
    }
}
