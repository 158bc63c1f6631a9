//! Closures returned as `impl Fn…` (`fn make_adder(n: i32) -> impl Fn(i32) -> i32`).
//!
//! The return type is an `impl Trait` like any other (`opaque.rs`): the
//! function's body is lowered first and decides the closure type, which
//! callers see as `Ty::Opaque` with its one `Fn…` bound. A closure written
//! as the tail gets the bound's signature and kind, as rustc's expectation
//! gives them; a caller calls the value as the bound says (an `impl FnOnce`
//! is moved into its call), whatever the closure could do.

use super::closures::{ClosureInfo, ClosureKind};
use super::items::{Items, TraitRef};
use super::*;

impl Lowerer<'_> {
    /// The `Fn…` bound of an `impl Trait` return type, if it is its only bound.
    pub(super) fn returned_fn_bound(&self, bounds: &[TraitRef]) -> Option<usize> {
        match bounds {
            [TraitRef::Fn(bound)] => Some(*bound),
            _ => None,
        }
    }

    /// The tail of a function: a closure written there for an `impl Fn…`
    /// return type takes the bound's signature and kind.
    pub(super) fn lower_returned_tail(&mut self, dest: Place, expr: &syn::Expr, expected: &Ty) -> Result<Ty> {
        let bound = self
            .template
            .and_then(|t| self.items.opaque_fn_bound(&self.items.templates[t].ret));
        let Some(bound) = bound else {
            return self.lower_coerced_into(dest, expr, expected);
        };
        let closure = match strip_parens(expr) {
            syn::Expr::Closure(closure) => closure,
            // A local holding a closure, or another function's result.
            syn::Expr::Path(_) => {
                self.decline_function_as_closure(expr)?;
                return self.lower_coerced_into(dest, expr, expected);
            }
            syn::Expr::Call(_) | syn::Expr::MethodCall(_) => return self.lower_coerced_into(dest, expr, expected),
            // Closures in branches capturing nothing would be coerced to a
            // `fn` pointer, which the model does not have.
            other => return unsupported("returning this expression as `impl Fn…`", other),
        };
        let fn_bound = self.items.registry.borrow().fn_bounds[bound].clone();
        let (params, ret) = self.fn_bound_types(&fn_bound)?;
        let (rvalue, ty) = self.expected_closure_value(closure, &params, Some(&ret), Some(fn_bound.kind))?;
        if let Some(error) = self.returned_closure_borrows() {
            return Err(error);
        }
        self.push(StatementKind::Assign(dest, rvalue), self.expr_span(expr));
        self.expect_type(expected, &ty, expr)?;
        Ok(ty)
    }

    /// A call of an `impl Fn…` value: the closure behind it, and the kind
    /// its bound lets the caller call it as.
    pub(super) fn opaque_closure(&self, ty: &Ty) -> Option<(ClosureInfo, ClosureKind)> {
        let bound = self.items.opaque_fn_bound(ty)?;
        let kind = self.items.registry.borrow().fn_bounds[bound].kind;
        let info = self.closure_info(&self.items.reveal(ty)?)?;
        Some((info, kind))
    }
}

impl Items<'_> {
    /// The `Fn…` bound of an `impl Fn…` type.
    pub(super) fn opaque_fn_bound(&self, ty: &Ty) -> Option<usize> {
        let Ty::Opaque(id, _) = ty else {
            return None;
        };
        match self.registry.borrow().opaque_returns[*id].bounds.as_slice() {
            [TraitRef::Fn(bound)] => Some(*bound),
            _ => None,
        }
    }

    /// Whether an `impl Fn…` value meets the `Fn…` bound `wanted`: its own
    /// bound is at least as capable (a signature that differs is found when
    /// the instance calls it).
    pub(super) fn opaque_implements_fn(&self, ty: &Ty, wanted: usize) -> bool {
        let Some(have) = self.opaque_fn_bound(ty) else {
            return false;
        };
        let registry = self.registry.borrow();
        registry.fn_bounds[have].kind <= registry.fn_bounds[wanted].kind
    }

    /// Checks the closure an `impl Fn…` function returns against its bound,
    /// where the tail was not a closure written there (a local holding one).
    pub(super) fn check_returned_closure(&self, returned: &Ty, bound: usize, span: Span) -> Result<()> {
        let info = self
            .registry
            .borrow()
            .closures
            .iter()
            .find(|c| matches!(returned, Ty::Adt(adt, _) if *adt == c.adt))
            .cloned();
        let Some(info) = info else {
            return Err(Diagnostic::unsupported(
                format!("returning `{returned}`, not a closure, as `impl Fn…`"),
                span,
            ));
        };
        let fn_bound = self.registry.borrow().fn_bounds[bound].clone();
        let mut types = Lowerer::new(&[], self, false);
        let (params, ret) = types.fn_bound_types(&fn_bound)?;
        if info.kind > fn_bound.kind || info.params != params || info.ret != ret {
            return Err(Diagnostic::unsupported(
                format!("returning a closure that does not match `{}` exactly", fn_bound.text),
                span,
            ));
        }
        Ok(())
    }
}
