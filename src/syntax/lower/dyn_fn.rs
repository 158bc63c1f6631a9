//! Closures as trait objects: `dyn Fn(A) -> R`, `dyn FnMut(…)` and
//! `dyn FnOnce(…)` behind a `Box`, `&` or `&mut`. The trait object type is
//! `Ty::Dyn` named as rustc writes the trait (`Fn(i32) -> i32`); coercing a
//! closure to it registers a vtable whose one method `call` is the
//! closure's body, and a call through the pointer is a `DynCall` of it.
//!
//! The trait object type has one region, its object lifetime, into which
//! the borrow checker puts the closure's borrows at the coercion; a
//! returned closure borrowing the function's locals is rustc's E0373.

use super::closures::{CaptureMode, ClosureKind};
use super::*;
use std::rc::Rc;

/// A `dyn Fn…` type of the program, by its name.
#[derive(Debug, Clone)]
pub(super) struct DynFn {
    pub(super) name: String,
    pub(super) kind: ClosureKind,
    pub(super) params: Vec<Ty>,
    pub(super) ret: Ty,
}

/// The only method of a closure's vtable.
const CALL: &str = "call";

impl Items<'_> {
    /// The `dyn Fn…` type of this name, if the program wrote one.
    pub(super) fn dyn_fn(&self, name: &str) -> Option<DynFn> {
        self.registry.borrow().dyn_fns.iter().find(|d| d.name == name).cloned()
    }

    /// The vtable of a closure as a `dyn Fn…`: its body.
    pub(super) fn closure_vtable(&self, trait_name: &str, ty: &Ty) -> Option<Vec<(String, FnId)>> {
        self.dyn_fn(trait_name)?;
        let Ty::Adt(adt, _) = ty else {
            return None;
        };
        let registry = self.registry.borrow();
        let closure = registry.closures.iter().find(|c| c.adt == *adt)?;
        Some(vec![(CALL.to_string(), closure.function)])
    }
}

impl Lowerer<'_> {
    /// `dyn Fn(A) -> R` for the `Fn…` bound registered at `bound`.
    pub(super) fn dyn_fn_type(&mut self, bound: usize, node: &impl Spanned) -> Result<Ty> {
        let written = self.items.registry.borrow().fn_bounds[bound].clone();
        let (params, ret) = self.fn_bound_types(&written)?;
        if params.iter().chain([&ret]).any(|t| matches!(t, Ty::Dyn(_))) {
            return unsupported("a closure trait object taking or returning a trait object", node);
        }
        let listed: Vec<String> = params.iter().map(Ty::to_string).collect();
        let arrow = match &ret {
            ret if *ret == Ty::unit() => String::new(),
            ret => format!(" -> {ret}"),
        };
        let name = format!("{}({}){arrow}", written.kind.name(), listed.join(", "));
        let mut registry = self.items.registry.borrow_mut();
        if !registry.dyn_fns.iter().any(|d| d.name == name) {
            registry.dyn_fns.push(DynFn {
                name: name.clone(),
                kind: written.kind,
                params,
                ret,
            });
        }
        Ok(Ty::Dyn(name))
    }

    /// A closure written where a `dyn Fn…` is expected (`Box::new(|x| …)`
    /// for a `Box<dyn Fn(i32) -> i32>`) takes its signature and kind.
    pub(super) fn closure_value_for(
        &mut self,
        closure: &syn::ExprClosure,
        expected: Option<&Ty>,
    ) -> Result<(Rvalue, Ty)> {
        let wanted = match expected.map(|t| self.infer.resolve(t)) {
            Some(Ty::Dyn(name)) => self.items.dyn_fn(&name),
            _ => None,
        };
        match wanted {
            Some(wanted) if wanted.params.len() == closure.inputs.len() => {
                self.expected_closure_value(closure, &wanted.params, Some(&wanted.ret), Some(wanted.kind))
            }
            // A closure coerced to a fn pointer takes its signature.
            _ if let Some(Ty::FnPtr(params, ret)) = expected.map(|t| self.infer.resolve(t))
                && params.len() == closure.inputs.len() =>
            {
                self.expected_closure_value(closure, &params, Some(&ret), None)
            }
            _ => self.closure_value(closure),
        }
    }

    /// Checks a closure coerced to `dyn_name`, a `dyn Fn…`; its vtable is
    /// registered with the other pending ones.
    pub(super) fn closure_to_dyn_fn(&mut self, dyn_fn: &DynFn, inner: &Ty, node: &impl Spanned) -> Result<()> {
        let Some(info) = self.closure_info(inner) else {
            return unsupported(
                format!("a `dyn {}` of something other than a closure", dyn_fn.name),
                node,
            );
        };
        if info.kind > dyn_fn.kind {
            return Err(self.closure_kind_mismatch(info.kind, dyn_fn.kind, info.span));
        }
        let same_signature = info.params.len() == dyn_fn.params.len()
            && info
                .params
                .iter()
                .zip(&dyn_fn.params)
                .all(|(have, want)| self.infer.unify(have, want).is_ok())
            && self.infer.unify(&info.ret, &dyn_fn.ret).is_ok();
        if !same_signature {
            return unsupported(
                format!("a closure whose signature differs from `dyn {}`", dyn_fn.name),
                node,
            );
        }
        let Some(captures) = self.draft_captures(info.adt) else {
            return unsupported("a closure written elsewhere as a trait object", node);
        };
        // The closure's borrows flow into the object lifetime, which the
        // borrow checker tracks; a returned closure borrowing the function's
        // locals is rustc's E0373.
        for (place, mode) in &captures {
            if *mode != CaptureMode::Value && self.returned_tail == Some(span_of(node.span())) && !place.has_deref() {
                return Err(self.closure_outlives_function(place, info.span));
            }
        }
        Ok(())
    }

    /// `f(args)` where `f` is a pointer (maybe behind others) to a `dyn Fn…`.
    pub(super) fn dyn_fn_call(&mut self, place: Place, ty: &Ty, call: &syn::ExprCall) -> Result<Option<(Rvalue, Ty)>> {
        let span = call.func.node_span();
        let (mut place, mut ty, mut through_ref) = (place, self.infer.resolve(ty), false);
        let (dyn_place, pointer, name) = loop {
            let (Ty::Box(inner) | Ty::Ref(_, inner)) = &ty else {
                return Ok(None);
            };
            if let Ty::Dyn(name) = &**inner {
                break (place.project(PlaceElem::Deref), place, name.clone());
            }
            through_ref |= matches!(ty, Ty::Ref(..));
            place = place.project(PlaceElem::Deref);
            ty = self.infer.resolve(inner);
        };
        let Some(dyn_fn) = self.items.dyn_fn(&name) else {
            return Ok(None);
        };
        let dyn_ty = Ty::Dyn(name.clone());
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let method = self.items.virtual_method(&name, CALL);
        let mutability = match dyn_fn.kind {
            ClosureKind::Fn => Mutability::Not,
            _ => Mutability::Mut,
        };
        let receiver = match dyn_fn.kind {
            // A `Box<dyn Fn…>` is itself `Fn…`: the call borrows the box.
            ClosureKind::Fn | ClosureKind::FnMut if matches!(ty, Ty::Box(_)) => {
                let boxed = self.new_temp(Ty::Ref(mutability, Rc::new(ty.clone())), span);
                self.push(
                    StatementKind::Assign(Place::local(boxed), Rvalue::Ref(mutability, pointer)),
                    span,
                );
                let closure = Place::local(boxed).project(PlaceElem::Deref).project(PlaceElem::Deref);
                self.borrow_temp(mutability, closure, &dyn_ty, span)
            }
            ClosureKind::Fn | ClosureKind::FnMut => self.borrow_temp(mutability, dyn_place, &dyn_ty, span),
            // The box is moved into the call, which runs the closure (moving
            // it out of the box if its body takes it by value) and frees it.
            ClosureKind::FnOnce => {
                if through_ref || !matches!(ty, Ty::Box(_)) {
                    return unsupported("calling a `dyn FnOnce` not held in a `Box` of its own", call);
                }
                let boxed = pointer;
                let boxed_ty = Ty::Box(Rc::new(dyn_ty.clone()));
                let moved = self.new_temp(boxed_ty.clone(), span);
                let value = self.consume(boxed, &boxed_ty, span);
                self.push(StatementKind::Assign(Place::local(moved), Rvalue::Use(value)), span);
                let receiver = self.borrow_temp(
                    Mutability::Mut,
                    Place::local(moved).project(PlaceElem::Deref),
                    &dyn_ty,
                    span,
                );
                let operands = self.call_operands(vec![receiver], &dyn_fn.params, &args, "function", call)?;
                let call_span = call.node_span();
                let result = self.new_temp(dyn_fn.ret.clone(), call_span);
                self.push(
                    StatementKind::Assign(
                        Place::local(result),
                        Rvalue::Intrinsic(Intrinsic::DynCall(method), operands),
                    ),
                    call_span,
                );
                self.push(StatementKind::Drop(Place::local(moved)), call_span);
                let value = self.consume(Place::local(result), &dyn_fn.ret, call_span);
                return Ok(Some((Rvalue::Use(value), dyn_fn.ret)));
            }
        };
        let operands = self.call_operands(vec![receiver], &dyn_fn.params, &args, "function", call)?;
        Ok(Some((
            Rvalue::Intrinsic(Intrinsic::DynCall(method), operands),
            dyn_fn.ret,
        )))
    }
}
