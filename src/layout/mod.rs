//! The layout engine: sizes, alignments, field offsets, tags and niches of
//! Rust types as rustc 1.95 lays them out on `x86_64-unknown-linux-gnu`
//! (and, for pointer width 32, `i686-unknown-linux-gnu`).
//!
//! - [`model`]: the engine's own type expressions and definitions;
//! - `engine`: the algorithms (field reordering, niches, enum encodings);
//! - `resolve` / `std_types`: type expressions and std types to layouts;
//! - [`report`]: [`TypeLayout`] tables and the CLI's text/JSON report.
//!
//! The machine only needs [`layout_of`] and [`size_of`] over `ir::Ty`.
//!
//! Verification: `tests/layout_engine.rs` compares the engine with rustc
//! 1.95's answers stored under `tests/layout/` (sizes, alignments, struct
//! and enum-variant field offsets, tag bits), for x86_64 and, through a
//! `#![no_core]` probe, for i686; `tests/layout/README.md` explains how.
//!
//! Not modelled (reported as errors): unknown names, const generics,
//! non-literal array lengths, custom hashers and allocators, `io::Error`
//! on 32-bit targets, SIMD types, `f16`/`f128`, unsized values themselves.

mod engine;
pub mod model;
pub mod report;
mod resolve;
mod std_types;

use crate::ir::SharedTy;
use crate::ir::{IntTy, Ty};
pub use crate::syntax::types::{parse_defs, parse_type_expr};
pub use model::{AdtDef, Defs, IntKind, Repr, Target, TypeExpr};
pub use report::{
    FieldLayout, Format, NicheLayout, TagLayout, TypeLayout, VariantLayout, layout_of_type, layout_of_type_expr,
    layout_report,
};

/// `template` with every bare path named `param` (e.g. `T` in
/// `Option<T>`) replaced by `argument`.
pub fn substitute_param(template: &TypeExpr, param: &str, argument: &TypeExpr) -> TypeExpr {
    let params = [param.to_string()];
    resolve::substitute(
        template,
        resolve::Bindings::new(&params, std::slice::from_ref(argument)),
    )
}

/// Size and alignment in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub size: usize,
    pub align: usize,
}

/// The engine's type expression for a machine type; `None` for types not
/// decided yet.
pub fn type_expr_of_ir(ty: &Ty) -> Option<TypeExpr> {
    Some(match ty {
        Ty::Bool => TypeExpr::Bool,
        Ty::Char => TypeExpr::Char,
        Ty::Int(int) => TypeExpr::Int(int_kind(*int)),
        // An integer literal of undecided type defaults to `i32`.
        Ty::IntVar(_) => TypeExpr::Int(IntKind::I32),
        Ty::Float(crate::ir::FloatTy::F32) => TypeExpr::Float(model::FloatKind::F32),
        // A float literal of undecided type defaults to `f64`.
        Ty::Float(crate::ir::FloatTy::F64) | Ty::FloatVar(_) => TypeExpr::Float(model::FloatKind::F64),
        Ty::Str => TypeExpr::Str,
        Ty::Var(_) => return None,
        Ty::Tuple(items) => TypeExpr::Tuple(items.iter().map(type_expr_of_ir).collect::<Option<_>>()?),
        Ty::Ref(mutability, inner) => TypeExpr::Ref {
            mutable: matches!(mutability, crate::ir::Mutability::Mut),
            pointee: Box::new(type_expr_of_ir(inner)?),
        },
        Ty::String => TypeExpr::path("String", Vec::new()),
        Ty::Box(inner) => TypeExpr::path("Box", vec![type_expr_of_ir(inner)?]),
        Ty::Adt(_, name) => TypeExpr::path(name, Vec::new()),
        Ty::Vec(inner) => TypeExpr::path("Vec", vec![type_expr_of_ir(inner)?]),
        Ty::HashMap(key, value) => TypeExpr::path("HashMap", vec![type_expr_of_ir(key)?, type_expr_of_ir(value)?]),
        Ty::Option(inner) => TypeExpr::path("Option", vec![type_expr_of_ir(inner)?]),
        Ty::Result(ok, err) => TypeExpr::path("Result", vec![type_expr_of_ir(ok)?, type_expr_of_ir(err)?]),
        Ty::Never => TypeExpr::Never,
        Ty::Dyn(name) => TypeExpr::Dyn(name.clone()),
        Ty::FnPtr(..) => TypeExpr::FnPtr,
        // `Formatter<'_>`: its options and a `&mut dyn Write`, 24 bytes aligned to 8.
        Ty::Formatter => TypeExpr::Tuple(vec![TypeExpr::Int(IntKind::Usize); 3]),
        // `Result<(), fmt::Error>`, with a zero-sized error: one byte.
        Ty::FmtResult => TypeExpr::path("Result", vec![TypeExpr::unit(), TypeExpr::unit()]),
        Ty::StdError(error) => TypeExpr::path(error.name(), Vec::new()),
        Ty::Param(..) | Ty::GenericAdt(..) | Ty::Opaque(..) => return None,
        Ty::Array(element, len) => TypeExpr::Array(Box::new(type_expr_of_ir(element)?), *len as u64),
        Ty::Slice(element) => TypeExpr::Slice(Box::new(type_expr_of_ir(element)?)),
        Ty::Shared(kind, inner) => {
            let inner = type_expr_of_ir(inner)?;
            match kind {
                // `RcBox` is `repr(C)` (strong, weak, value); with two leading
                // `usize`s a tuple has the same size and alignment.
                SharedTy::RcBox => {
                    let count = TypeExpr::Int(IntKind::Usize);
                    TypeExpr::Tuple(vec![count.clone(), count, inner])
                }
                // `Ref`/`RefMut` hold a pointer to the value and one to the flag.
                SharedTy::Ref | SharedTy::RefMut => {
                    let pointer = |pointee| TypeExpr::Ref {
                        mutable: false,
                        pointee: Box::new(pointee),
                    };
                    TypeExpr::Tuple(vec![pointer(inner), pointer(TypeExpr::Int(IntKind::Isize))])
                }
                other => TypeExpr::path(other.name(), vec![inner]),
            }
        }
    })
}

fn int_kind(int: IntTy) -> IntKind {
    match int {
        IntTy::I8 => IntKind::I8,
        IntTy::I16 => IntKind::I16,
        IntTy::I32 => IntKind::I32,
        IntTy::I64 => IntKind::I64,
        IntTy::I128 => IntKind::I128,
        IntTy::Isize => IntKind::Isize,
        IntTy::U8 => IntKind::U8,
        IntTy::U16 => IntKind::U16,
        IntTy::U32 => IntKind::U32,
        IntTy::U64 => IntKind::U64,
        IntTy::U128 => IntKind::U128,
        IntTy::Usize => IntKind::Usize,
    }
}

/// The layout of a sized machine type on x86_64; `None` for unsized types
/// such as `str` and for undecided types.
pub fn layout_of(ty: &Ty) -> Option<Layout> {
    layout_of_in(ty, &Defs::new())
}

/// Like [`layout_of`], for a program whose own types are defined in `defs`.
pub fn layout_of_in(ty: &Ty, defs: &Defs) -> Option<Layout> {
    let expr = type_expr_of_ir(ty)?;
    let mut resolver = resolve::Resolver::new(defs, Target::X86_64);
    let lay = resolver.lay(&expr).ok()?;
    Some(Layout {
        size: usize::try_from(lay.size).ok()?,
        align: usize::try_from(lay.align).ok()?,
    })
}

/// Size in bytes in a program with its own types, 0 for unsized types.
pub fn size_of_in(ty: &Ty, defs: &Defs) -> usize {
    layout_of_in(ty, defs).map_or(0, |l| l.size)
}

/// [`size_of_in`] for many types of one program: one request to the engine
/// for them all, so each of the program's definitions is laid out once
/// however many of the types hold it.
pub struct Sizer<'d> {
    resolver: resolve::Resolver<'d>,
}

impl<'d> Sizer<'d> {
    pub fn new(defs: &'d Defs) -> Sizer<'d> {
        Sizer {
            resolver: resolve::Resolver::new(defs, Target::X86_64),
        }
    }

    /// What [`size_of_in`] answers for `ty` in these definitions.
    pub fn size_of(&mut self, ty: &Ty) -> usize {
        let Some(expr) = type_expr_of_ir(ty) else {
            return 0;
        };
        let Ok(lay) = self.resolver.lay(&expr) else {
            return 0;
        };
        match (usize::try_from(lay.size), usize::try_from(lay.align)) {
            (Ok(size), Ok(_)) => size,
            _ => 0,
        }
    }
}

/// Size in bytes, 0 for unsized types.
pub fn size_of(ty: &Ty) -> usize {
    layout_of(ty).map_or(0, |l| l.size)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Mutability;

    #[test]
    fn sizes_of_the_first_slice_match_rustc_x86_64() {
        let cases = [
            (Ty::Int(IntTy::U8), 1, 1),
            (Ty::Int(IntTy::I128), 16, 16),
            (Ty::Char, 4, 4),
            (Ty::String, 24, 8),
            (Ty::str_ref(), 16, 8),
            (Ty::Box(std::rc::Rc::new(Ty::Int(IntTy::I32))), 8, 8),
            (Ty::Ref(Mutability::Mut, std::rc::Rc::new(Ty::String)), 8, 8),
            (
                Ty::Tuple(vec![Ty::Int(IntTy::U8), Ty::Int(IntTy::U32), Ty::Int(IntTy::U16)]),
                8,
                4,
            ),
            (Ty::Tuple(vec![Ty::Bool, Ty::String]), 32, 8),
            (Ty::unit(), 0, 1),
        ];
        for (ty, size, align) in cases {
            assert_eq!(layout_of(&ty), Some(Layout { size, align }), "{ty}");
        }
        assert_eq!(layout_of(&Ty::Str), None);
    }

    /// One request laying out many types answers what a request per type
    /// does, whatever was laid out before (definitions shared, nested,
    /// generic, recursive through a box, or unknown).
    #[test]
    fn a_sizer_agrees_with_a_request_per_type() {
        let defs = parse_defs(
            "struct Point { x: i32, y: i32 }
             struct Line { a: Point, b: Point, tag: u8 }
             enum Shape { Dot(Point), Segment(Line), Empty }
             struct Wrapper<T> { inner: T, flag: bool }
             struct List { next: Option<Box<List>>, value: u16 }
             struct Loop { inner: Loop }",
        )
        .unwrap();
        let adt = |name: &str| Ty::Adt(0, std::rc::Rc::from(name));
        let rc = std::rc::Rc::new;
        let tys = [
            adt("Line"),
            adt("Point"),
            Ty::Tuple(vec![adt("Point"), Ty::Bool]),
            Ty::Option(rc(adt("Shape"))),
            adt("Shape"),
            adt("Wrapper<Line>"),
            adt("List"),
            adt("Loop"),
            adt("Missing"),
            Ty::Option(rc(adt("List"))),
            Ty::Str,
            Ty::Vec(rc(adt("Shape"))),
            adt("Line"),
        ];
        let mut sizer = Sizer::new(&defs);
        for ty in &tys {
            assert_eq!(sizer.size_of(ty), size_of_in(ty, &defs), "{ty}");
        }
    }
}
