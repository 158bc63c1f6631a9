//! `v.drain(range)` as the source of a chain (`for x in v.drain(..)`,
//! `let d: Vec<_> = v.drain(1..3).collect();`).
//!
//! The `Drain` holds `&mut v` in a hidden local (named after the call) from
//! the call until the chain ends, so `v` stays borrowed as std's borrow
//! does. Items are moved out of the buffer one by one; when the chain ends,
//! `Intrinsic::VecDrainEnd` drops the elements not taken, in order, and
//! moves the tail down, as `Drain`'s `Drop` does: the vector keeps its
//! capacity.

use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// `v.drain(a..b)` (or `..`, `a..`, `..b`) with `v` at `place`.
    pub(super) fn drain_source(&mut self, place: Place, ty: &Ty, call: &syn::ExprMethodCall) -> Result<Source> {
        let span = span_of(call.span());
        let usize_ty = Ty::Int(IntTy::Usize);
        let (container, container_ty) = self.auto_deref(place, ty);
        let Ty::Vec(element) = container_ty.clone() else {
            return unsupported(format!("`drain` of `{container_ty}`"), call);
        };
        let range = match strip_parens(&call.args[0]) {
            syn::Expr::Range(range) if matches!(range.limits, syn::RangeLimits::HalfOpen(_)) => range,
            other => return unsupported("`drain` of this range (only `..`, `a..`, `..b` and `a..b`)", other),
        };
        // `Vec::drain(&mut self, …)`: an autoref, so a two-phase borrow.
        let drain_ty = Ty::Ref(Mutability::Mut, Rc::new(container_ty.clone()));
        let drain = self.hidden_local(drain_ty.clone(), Rvalue::Ref(Mutability::Mut, container), span);
        self.two_phase.push(drain);
        self.name_iterator(&Place::local(drain), call);
        let bound = |this: &mut Self, expr: Option<&syn::Expr>, default: Rvalue| -> Result<LocalId> {
            let value = match expr {
                Some(expr) => {
                    let (operand, found) = this.as_operand(expr, Some(&usize_ty))?;
                    this.expect_type(&usize_ty, &found, expr)?;
                    Rvalue::Use(operand)
                }
                None => default,
            };
            Ok(this.hidden_local(usize_ty.clone(), value, span))
        };
        let start = bound(self, range.start.as_deref(), Rvalue::Use(int(0)))?;
        let len = Rvalue::Intrinsic(Intrinsic::Len, vec![Operand::Copy(Place::local(drain), span)]);
        let end = bound(self, range.end.as_deref(), len)?;
        let (start_op, end_op) = (
            Operand::Copy(Place::local(start), span),
            Operand::Copy(Place::local(end), span),
        );
        // std's range check is the one slicing makes, with the same panics.
        let checked = self.new_temp(Ty::Ref(Mutability::Mut, Rc::new(Ty::Slice(element.clone()))), span);
        let slice = vec![
            Operand::Copy(Place::local(drain), span),
            start_op.clone(),
            end_op.clone(),
        ];
        self.push(
            StatementKind::Assign(Place::local(checked), Rvalue::Intrinsic(Intrinsic::Slice, slice)),
            span,
        );
        let finish = vec![
            Operand::Copy(Place::local(drain), span),
            start_op.clone(),
            end_op.clone(),
        ];
        let front = self.hidden_local(usize_ty.clone(), Rvalue::Use(start_op), span);
        let back = self.hidden_local(usize_ty, Rvalue::Use(end_op), span);
        // Kept on the last of the drain's locals, ended first, while the
        // others still hold the borrow and the range.
        self.finishers
            .push((back, Rvalue::Intrinsic(Intrinsic::VecDrainEnd, finish)));
        Ok(Source::Elements {
            container: Place::local(drain).project(PlaceElem::Deref),
            element: Rc::unwrap_or_clone(element),
            mutability: None,
            owner: Some((drain, drain_ty)),
            front,
            back,
            rev: false,
        })
    }
}
