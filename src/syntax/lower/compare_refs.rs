//! std's `PartialEq` and `PartialOrd` impls between references, arrays,
//! slices and `Vec`s, as `==`, `<`… and `assert_eq!` reach them.
//!
//! `&A == &B` (any mix of `&` and `&mut`) is `A == B`, and `&A < &B` is
//! `A < B`: both sides are dereferenced as deep as they are both references
//! to sized values. Arrays, slices and `Vec`s compare with each other in the
//! combinations std implements (`[T]` with `[U; N]`, `Vec<T>` with `&[U]`…),
//! each side then borrowed as a `&[T]` of all its elements; the others are
//! rustc's E0277.

use super::expr::{is_text, no_partial_eq};
use super::*;
use std::rc::Rc;

/// What std has for `left == right` when both sides are arrays, slices or
/// `Vec`s behind any references.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum SequenceEq {
    /// No impl: rustc's E0277.
    Missing,
    /// Both sides the same kind of sequence behind as many references:
    /// compared like any two values of one type.
    SameKind,
    /// A mixed impl: both sides compared as slices.
    Slices,
}

/// A sequence a comparison side holds, or points at through its first reference.
#[derive(Clone, Copy, PartialEq)]
enum Sequence {
    Vec,
    Array(usize),
    Slice,
    RefSlice,
    SharedRefArray,
    Other,
}

fn sequence(ty: &Ty) -> Sequence {
    match ty {
        Ty::Vec(_) => Sequence::Vec,
        Ty::Array(_, len) => Sequence::Array(*len),
        Ty::Slice(_) => Sequence::Slice,
        Ty::Ref(mutability, inner) => match &**inner {
            Ty::Slice(_) => Sequence::RefSlice,
            Ty::Array(..) if *mutability == Mutability::Not => Sequence::SharedRefArray,
            _ => Sequence::Other,
        },
        _ => Sequence::Other,
    }
}

/// The type behind all of `ty`'s references, and how many there are.
fn behind_references(ty: &Ty) -> (&Ty, usize) {
    let (mut base, mut depth) = (ty, 0);
    while let Ty::Ref(_, inner) = base {
        base = inner;
        depth += 1;
    }
    (base, depth)
}

fn is_sequence(ty: &Ty) -> bool {
    matches!(behind_references(ty).0, Ty::Vec(_) | Ty::Array(..) | Ty::Slice(_))
}

/// std's impls of `PartialEq` between sequences (core's `array/equality.rs`,
/// alloc's `vec/partial_eq.rs`, and `&A: PartialEq<&B>`); `None` unless both
/// sides are sequences.
pub(super) fn sequence_eq(left: &Ty, right: &Ty) -> Option<SequenceEq> {
    use Sequence::*;
    if !is_sequence(left) || !is_sequence(right) {
        return None;
    }
    if let (Ty::Ref(_, left), Ty::Ref(_, right)) = (left, right) {
        return sequence_eq(left, right);
    }
    let exists = match (sequence(left), sequence(right)) {
        (Array(n), Array(m)) => {
            return Some(if n == m {
                SequenceEq::SameKind
            } else {
                SequenceEq::Missing
            });
        }
        (Vec, Vec) => return Some(SequenceEq::SameKind),
        (Array(_), Slice | RefSlice) | (Slice | RefSlice, Array(_)) => true,
        (Vec, Slice | RefSlice | Array(_) | SharedRefArray) | (Slice | RefSlice, Vec) => true,
        (Slice, Slice) => true,
        _ => false,
    };
    Some(if exists {
        SequenceEq::Slices
    } else {
        SequenceEq::Missing
    })
}

/// Whether `ty` has a size known at compile time (a reference to it can be
/// dereferenced into a value).
fn is_sized(ty: &Ty) -> bool {
    !matches!(ty, Ty::Slice(_) | Ty::Str | Ty::Dyn(..))
}

/// How a comparison operator is written.
pub(super) fn comparison_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        _ => ">=",
    }
}

fn is_number(ty: &Ty) -> bool {
    matches!(ty, Ty::Int(_) | Ty::IntVar(_) | Ty::Float(_) | Ty::FloatVar(_))
}

impl Lowerer<'_> {
    /// `left op right` through std's impls for references and sequences:
    /// `Ok(Err(rvalue))` when the sides were compared as slices, else the
    /// sides as the comparison of their own types needs them (dereferenced
    /// as deep as both are references), or rustc's E0277 for `==` without
    /// an impl. `op_span` is where rustc reports that.
    pub(super) fn compare_through_references(
        &mut self,
        op: BinOp,
        sides: [(Operand, Ty); 2],
        nodes: [&syn::Expr; 2],
        op_span: Span,
    ) -> Result<std::result::Result<[(Operand, Ty); 2], Rvalue>> {
        let tys = [self.infer.resolve(&sides[0].1), self.infer.resolve(&sides[1].1)];
        let equality = matches!(op, BinOp::Eq | BinOp::Ne);
        if equality {
            match sequence_eq(&tys[0], &tys[1]) {
                Some(SequenceEq::Missing) => return Err(no_partial_eq(&tys[0], &tys[1], op_span)),
                Some(SequenceEq::Slices) => {
                    let places = [self.side_place(&sides[0]), self.side_place(&sides[1])];
                    let [Some(left), Some(right)] = places else {
                        return unsupported("comparing these values", nodes[0]);
                    };
                    let (slice_ty, [left, right]) = self.as_slices([(left, &tys[0]), (right, &tys[1])], nodes)?;
                    return Ok(Err(Rvalue::binary(op, slice_ty, left, right)));
                }
                Some(SequenceEq::SameKind) | None => {}
            }
            if self.references_unequal(&tys) {
                return Err(no_partial_eq(&tys[0], &tys[1], op_span));
            }
        }
        let mut depth = 0;
        let (mut left, mut right) = (&tys[0], &tys[1]);
        // std orders `&A` with `&B` and `&mut A` with `&mut B`, not mixed.
        while let (Ty::Ref(left_mut, l), Ty::Ref(right_mut, r)) = (left, right)
            && (equality || left_mut == right_mut)
            && is_sized(l)
            && is_sized(r)
            && !(is_text(l) && is_text(r))
        {
            (left, right) = (l, r);
            depth += 1;
        }
        if depth == 0 {
            return Ok(Ok(sides));
        }
        // rustc names the references when what they point at has no impl.
        let needed = if equality {
            StdTrait::PartialEq
        } else {
            StdTrait::PartialOrd
        };
        if matches!(left, Ty::Adt(..)) && left == right && !self.items.implements(left, TraitRef::Std(needed)) {
            let symbol = comparison_symbol(op);
            let ty = &tys[0];
            return Err(Diagnostic::rejected(
                "E0369",
                format!("binary operation `{symbol}` cannot be applied to type `{ty}`"),
                op_span,
            )
            .with_label(self.expr_span(nodes[0]), ty.to_string())
            .with_label(self.expr_span(nodes[1]), tys[1].to_string()));
        }
        let mut peeled = Vec::new();
        for ((side, base), node) in sides.iter().zip([left, right]).zip(nodes) {
            let Some(mut place) = self.side_place(side) else {
                return Ok(Ok(sides));
            };
            for _ in 0..depth {
                place = place.project(PlaceElem::Deref);
            }
            let span = node.node_span();
            // As `comparison_side` gives a side: by value if `Copy`, else borrowed.
            let operand = if self.items.is_copy(base) {
                Operand::Copy(place, span)
            } else {
                self.borrow_temp(Mutability::Not, place, base, span)
            };
            peeled.push((operand, base.clone()));
        }
        let [left, right]: [(Operand, Ty); 2] = peeled
            .try_into()
            .map_err(|_| Diagnostic::unsupported("internal error: comparison sides", op_span))?;
        Ok(Ok([left, right]))
    }

    /// `&T == T` and the like: one side behind more references than the
    /// other, where std compares only equal depths.
    pub(super) fn references_unequal(&self, tys: &[Ty; 2]) -> bool {
        let [(left, left_depth), (right, right_depth)] = [behind_references(&tys[0]), behind_references(&tys[1])];
        let same_base = left == right
            || (is_number(left) && is_number(right))
            || matches!((left, right), (Ty::Adt(a, _), Ty::Adt(b, _)) if a == b);
        left_depth != right_depth && same_base && !is_text(left) && !matches!(left, Ty::Var(_))
    }

    /// Whether `left` and `right` are references, as deep, to one type
    /// (`&mut Vec<T>` and `&Vec<T>`).
    pub(super) fn same_behind_references(&mut self, left: &Ty, right: &Ty) -> bool {
        let ((left, left_depth), (right, right_depth)) = (behind_references(left), behind_references(right));
        left_depth > 0 && left_depth == right_depth && self.infer.unify(left, right).is_ok()
    }

    /// The place a comparison side's operand reads: the operand's own
    /// place, or the place behind the borrow `comparison_side` made.
    fn side_place(&self, (operand, ty): &(Operand, Ty)) -> Option<Place> {
        let (Operand::Copy(place, _) | Operand::Move(place, _)) = operand else {
            return None;
        };
        let ty = self.infer.resolve(ty);
        if self.items.is_copy(&ty) || matches!(ty, Ty::IntVar(_) | Ty::Var(_)) {
            Some(place.clone())
        } else {
            Some(place.project(PlaceElem::Deref))
        }
    }

    /// Both sides (places holding sequences behind any references) borrowed
    /// as `&[T]` slices of all their elements, and that slice type.
    pub(super) fn as_slices(&mut self, sides: [(Place, &Ty); 2], nodes: [&syn::Expr; 2]) -> Result<(Ty, [Operand; 2])> {
        let mut slices = Vec::new();
        let mut elements = Vec::new();
        for ((place, ty), node) in sides.into_iter().zip(nodes) {
            let (base, depth) = behind_references(ty);
            let mut place = place;
            for _ in 0..depth {
                place = place.project(PlaceElem::Deref);
            }
            let (Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element)) = base else {
                return unsupported("comparing these values", node);
            };
            let span = node.node_span();
            let borrowed = self.borrow_temp(Mutability::Not, place, base, span);
            let slice_ty = Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(element.clone())));
            let slice = if matches!(base, Ty::Slice(_)) {
                borrowed
            } else {
                let ref_ty = Ty::Ref(Mutability::Not, Rc::new(base.clone()));
                match self.unsize(borrowed, &ref_ty, &slice_ty, node)? {
                    Some(slice) => slice,
                    None => return unsupported("comparing these values as slices", node),
                }
            };
            slices.push(slice);
            elements.push((**element).clone());
        }
        // std compares `T` with any `U: PartialEq<T>`; the model, equal types.
        let element = match self.infer.unify(&elements[0], &elements[1]) {
            Ok(element) => self.infer.resolve(&element),
            Err(_) => {
                return unsupported(
                    format!("comparing elements of type `{}` with `{}`", elements[0], elements[1]),
                    nodes[1],
                );
            }
        };
        if !self.comparable(&element) {
            return unsupported(format!("comparing slices of `{element}`"), nodes[1]);
        }
        let [left, right]: [Operand; 2] = slices
            .try_into()
            .map_err(|_| Diagnostic::unsupported("internal error: comparison sides", nodes[0].node_span()))?;
        Ok((
            Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(Rc::new(element)))),
            [left, right],
        ))
    }
}
