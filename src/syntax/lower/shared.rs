//! `Rc`, `Weak`, `RefCell`, `Cell` and `std::mem::{swap, replace, take}`.

use super::*;
use std::rc::Rc;

/// A path without the module it may be spelled with (`std::rc::Rc::new` is `Rc::new`).
fn short_path<'p>(path: &'p [&'p str]) -> &'p [&'p str] {
    match path {
        ["std", "rc" | "cell" | "mem", rest @ ..] | ["rc" | "cell" | "mem", rest @ ..] => rest,
        ["std", rest @ ..] => rest,
        _ => path,
    }
}

impl Lowerer<'_> {
    /// Associated functions of the shared-ownership and cell types, and the
    /// `mem` functions; `None` if `path` names none of them.
    pub(super) fn shared_call(
        &mut self,
        path: &[&str],
        args: &[&syn::Expr],
        expected: Option<&Ty>,
        call: &syn::ExprCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let expected_inner = |this: &mut Self, kind: SharedTy| match expected.map(|t| this.infer.resolve(t)) {
            Some(Ty::Shared(k, inner)) if k == kind => Some(Rc::unwrap_or_clone(inner)),
            _ => None,
        };
        let result = match (short_path(path), args) {
            (["Rc", "new"], [value]) => {
                let hint = expected_inner(self, SharedTy::Rc);
                let (operand, ty) = self.as_operand(value, hint.as_ref())?;
                let rc = Ty::Shared(SharedTy::Rc, Rc::new(ty));
                (Rvalue::Intrinsic(Intrinsic::RcNew, vec![operand]), rc)
            }
            (["RefCell", "new"], [value]) => {
                let hint = expected_inner(self, SharedTy::RefCell);
                let (operand, ty) = self.as_operand(value, hint.as_ref())?;
                let flag = Operand::Const(Const::Int(0));
                (
                    Rvalue::Tuple(vec![flag, operand]),
                    Ty::Shared(SharedTy::RefCell, Rc::new(ty)),
                )
            }
            (["Cell", "new"], [value]) => {
                let hint = expected_inner(self, SharedTy::Cell);
                let (operand, ty) = self.as_operand(value, hint.as_ref())?;
                (Rvalue::Tuple(vec![operand]), Ty::Shared(SharedTy::Cell, Rc::new(ty)))
            }
            (["Rc", function @ ("clone" | "strong_count" | "weak_count" | "downgrade")], [rc]) => {
                let (reference, inner) = self.rc_reference(rc)?;
                let (intrinsic, ty) = match *function {
                    "clone" => (Intrinsic::RcClone, Ty::Shared(SharedTy::Rc, Rc::new(inner))),
                    "strong_count" => (Intrinsic::RcStrongCount, Ty::Int(IntTy::Usize)),
                    "weak_count" => (Intrinsic::RcWeakCount, Ty::Int(IntTy::Usize)),
                    _ => (Intrinsic::RcDowngrade, Ty::Shared(SharedTy::Weak, Rc::new(inner))),
                };
                (Rvalue::Intrinsic(intrinsic, vec![reference]), ty)
            }
            (["Weak", "new"], []) => {
                let inner = match expected_inner(self, SharedTy::Weak) {
                    Some(inner) => inner,
                    None => self.infer.new_var(),
                };
                (
                    Rvalue::Intrinsic(Intrinsic::WeakNew, vec![]),
                    Ty::Shared(SharedTy::Weak, Rc::new(inner)),
                )
            }
            (["Rc", "try_unwrap"], [rc]) => {
                let inner = self.infer.new_var();
                let rc_ty = Ty::Shared(SharedTy::Rc, Rc::new(inner.clone()));
                let (operand, ty) = self.as_operand(rc, Some(&rc_ty))?;
                self.expect_type(&rc_ty, &ty, *rc)?;
                let result = Ty::Result(Rc::new(inner), Rc::new(rc_ty));
                (Rvalue::Intrinsic(Intrinsic::RcTryUnwrap, vec![operand]), result)
            }
            (["Rc", "ptr_eq"], [a, b]) => {
                let (a, a_inner) = self.rc_reference(a)?;
                let (b, b_inner) = self.rc_reference(b)?;
                self.expect_type(&a_inner, &b_inner, call)?;
                (Rvalue::Intrinsic(Intrinsic::RcPtrEq, vec![a, b]), Ty::Bool)
            }
            (["swap"], [a, b]) => {
                let (a, a_ty) = self.mut_reference(a)?;
                let (b, b_ty) = self.mut_reference(b)?;
                self.expect_type(&a_ty, &b_ty, call)?;
                (Rvalue::Intrinsic(Intrinsic::MemSwap, vec![a, b]), Ty::unit())
            }
            (["replace"], [dest, value]) => {
                let (dest, ty) = self.mut_reference(dest)?;
                let (operand, value_ty) = self.as_operand(value, Some(&ty))?;
                self.expect_type(&ty, &value_ty, *value)?;
                (Rvalue::Intrinsic(Intrinsic::MemReplace, vec![dest, operand]), ty)
            }
            (["take"], [dest]) => {
                let (dest, ty) = self.mut_reference(dest)?;
                if !self.has_default(&self.infer.resolve(&ty)) {
                    return unsupported(format!("`mem::take` of `{}`", self.infer.resolve(&ty)), call);
                }
                (Rvalue::Intrinsic(Intrinsic::MemTake, vec![dest]), ty)
            }
            _ => return Ok(None),
        };
        Ok(Some(result))
    }

    /// Whether the machine can make `Default::default()` of `ty`.
    pub(super) fn has_default(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Int(_) | Ty::IntVar(_) | Ty::Bool | Ty::Char | Ty::String | Ty::Vec(_) => true,
            Ty::Tuple(fields) => fields.iter().all(|f| self.has_default(f)),
            Ty::Shared(SharedTy::RefCell | SharedTy::Cell, inner) => self.has_default(inner),
            Ty::Option(_) => true,
            _ => false,
        }
    }

    /// An argument that must be `&Rc<T>`; returns the operand and `T`.
    fn rc_reference(&mut self, arg: &syn::Expr) -> Result<(Operand, Ty)> {
        let inner = self.infer.new_var();
        let expected = Ty::Ref(
            Mutability::Not,
            Rc::new(Ty::Shared(SharedTy::Rc, Rc::new(inner.clone()))),
        );
        let (operand, ty) = self.as_operand(arg, Some(&expected))?;
        self.expect_type(&expected, &ty, arg)?;
        Ok((operand, self.infer.resolve(&inner)))
    }

    /// An argument that must be `&mut T`; returns the operand and `T`.
    fn mut_reference(&mut self, arg: &syn::Expr) -> Result<(Operand, Ty)> {
        let inner = self.infer.new_var();
        let expected = Ty::Ref(Mutability::Mut, Rc::new(inner.clone()));
        let (operand, ty) = self.as_operand(arg, Some(&expected))?;
        self.expect_type(&expected, &ty, arg)?;
        Ok((operand, self.infer.resolve(&inner)))
    }

    /// Methods of `Rc`, `Weak`, `RefCell` and `Cell` on the (auto-dereferenced)
    /// receiver `place` of type `self_ty`; `None` if it is not one of them.
    pub(super) fn shared_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        method: &str,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let Ty::Shared(kind, inner) = self_ty else {
            return Ok(None);
        };
        let inner = (**inner).clone();
        let span = call.receiver.node_span();
        let by_ref = |this: &mut Self, mutability| this.borrow_temp(mutability, place.clone(), self_ty, span);
        let result = match (kind, method, args) {
            (SharedTy::Rc, "clone", []) => (
                Rvalue::Intrinsic(Intrinsic::RcClone, vec![by_ref(self, Mutability::Not)]),
                self_ty.clone(),
            ),
            (SharedTy::Weak, "clone", []) => (
                Rvalue::Intrinsic(Intrinsic::WeakClone, vec![by_ref(self, Mutability::Not)]),
                self_ty.clone(),
            ),
            (SharedTy::Weak, "upgrade", []) => (
                Rvalue::Intrinsic(Intrinsic::WeakUpgrade, vec![by_ref(self, Mutability::Not)]),
                Ty::Option(Rc::new(Ty::Shared(SharedTy::Rc, Rc::new(inner)))),
            ),
            (SharedTy::RefCell, "borrow", []) => (
                Rvalue::Intrinsic(Intrinsic::RefCellBorrow, vec![by_ref(self, Mutability::Not)]),
                Ty::Shared(SharedTy::Ref, Rc::new(inner)),
            ),
            (SharedTy::RefCell, "borrow_mut", []) => (
                Rvalue::Intrinsic(Intrinsic::RefCellBorrowMut, vec![by_ref(self, Mutability::Not)]),
                Ty::Shared(SharedTy::RefMut, Rc::new(inner)),
            ),
            (SharedTy::RefCell, "try_borrow", []) => (
                Rvalue::Intrinsic(Intrinsic::RefCellTryBorrow, vec![by_ref(self, Mutability::Not)]),
                Ty::Result(
                    Rc::new(Ty::Shared(SharedTy::Ref, Rc::new(inner))),
                    Rc::new(Ty::StdError(StdError::Borrow)),
                ),
            ),
            (SharedTy::RefCell, "try_borrow_mut", []) => (
                Rvalue::Intrinsic(Intrinsic::RefCellTryBorrowMut, vec![by_ref(self, Mutability::Not)]),
                Ty::Result(
                    Rc::new(Ty::Shared(SharedTy::RefMut, Rc::new(inner))),
                    Rc::new(Ty::StdError(StdError::BorrowMut)),
                ),
            ),
            (SharedTy::Cell, "get", []) => {
                if !self.items.is_copy(&self.infer.resolve(&inner)) {
                    return unsupported(format!("`Cell::get` on `Cell<{inner}>`"), &call.method);
                }
                (
                    Rvalue::Use(Operand::Copy(place.project(PlaceElem::Field(0)), span)),
                    inner,
                )
            }
            (SharedTy::Cell, "set" | "replace", [value]) => {
                let cell = by_ref(self, Mutability::Not);
                let (operand, ty) = self.as_operand(value, Some(&inner))?;
                self.expect_type(&inner, &ty, *value)?;
                let replace = Rvalue::Intrinsic(Intrinsic::CellReplace, vec![cell, operand]);
                if method == "replace" {
                    (replace, inner)
                } else {
                    // `set` is `replace` with the old value dropped as a temporary.
                    let old = self.new_temp(inner, span);
                    self.push(StatementKind::Assign(Place::local(old), replace), span);
                    (Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit())
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(result))
    }
}
