//! `impl Trait` in return position (`fn make() -> impl Shape`).
//!
//! The function's body decides the type: it is lowered once before every
//! other body to learn it (and to check it implements the bounds), then that
//! type is the function's return type, so sizes and drops are the concrete
//! type's. Callers see `Ty::Opaque`: only the bounds' methods apply (anything
//! else is rustc's E0599), and the end of each body replaces it by the
//! concrete type, so the checker and the machine never see it.

use super::generics::unsatisfied;
use super::items::{Items, StdTrait, TraitRef};
use super::*;
use std::collections::HashMap;

/// Lowers each function returning `impl Trait` to learn the type it
/// returns, and gives back the bodies by template, which are the functions'
/// bodies. A body may return another such function's value: bodies are
/// retried until none is left, or none of the rest can be decided.
pub(super) fn reveal_opaque_returns(
    items: &Items,
    lower_instance: &dyn Fn(usize, &[Ty]) -> Result<Body>,
) -> Result<HashMap<usize, Body>> {
    let mut bodies = HashMap::new();
    let mut pending = Vec::new();
    for (template, t) in items.templates.iter().enumerate() {
        if let Ty::Opaque(id, _) = t.ret {
            if !t.params.is_empty() {
                let span = items.registry.borrow().opaque_returns[id].span;
                return Err(Diagnostic::unsupported(
                    "`impl Trait` returned from a generic function",
                    span,
                ));
            }
            pending.push((template, id));
        }
    }
    while !pending.is_empty() {
        let before = pending.len();
        let mut undecided = Vec::new();
        let mut first_error = None;
        for (template, id) in std::mem::take(&mut pending) {
            match lower_instance(template, &[]) {
                Ok(body) => {
                    reveal(items, template, id, body.locals[0].ty.clone())?;
                    bodies.insert(template, body);
                }
                Err(error) => {
                    first_error.get_or_insert(error);
                    undecided.push((template, id));
                }
            }
        }
        if let Some(error) = first_error
            && undecided.len() == before
        {
            return Err(error);
        }
        pending = undecided;
    }
    Ok(bodies)
}

/// Records the type an `impl Trait` stands for, once it meets the bounds.
fn reveal(items: &Items, template: usize, id: usize, returned: Ty) -> Result<()> {
    let (bounds, span) = {
        let mut registry = items.registry.borrow_mut();
        let opaque = &mut registry.opaque_returns[id];
        opaque.revealed = Some(returned.clone());
        (opaque.bounds.clone(), opaque.span)
    };
    if let [TraitRef::Fn(bound)] = bounds.as_slice() {
        items.check_returned_closure(&returned, *bound, span)?;
    }
    if crate::ir::region_count(&returned, &items.adts) > 0 {
        return Err(Diagnostic::unsupported(
            format!("`impl Trait` standing for `{returned}`, which holds references"),
            span,
        ));
    }
    let Some(bound) = bounds.into_iter().find(|b| !items.implements(&returned, *b)) else {
        return Ok(());
    };
    let mut error = unsatisfied(items, &returned, bound, span).with_primary_label("unsatisfied trait bound");
    // rustc points at the body's tail, which decided the type.
    if let Some(syn::Stmt::Expr(tail, None)) = items.templates[template].block.stmts.last() {
        let inferred = format!("return type was inferred to be `{returned}` here");
        error = error.with_label(tail.node_span(), inferred);
    }
    Err(error)
}

impl Lowerer<'_> {
    /// A method call on an `impl Trait` value: a method of one of its
    /// traits, called on the type behind it; anything else is E0599.
    pub(super) fn opaque_method(
        &mut self,
        place: Place,
        opaque: &Ty,
        call: &syn::ExprMethodCall,
    ) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let Ty::Opaque(id, _) = opaque else {
            return unsupported("this method call", &call.method);
        };
        let bounds = self.items.registry.borrow().opaque_returns[*id].bounds.clone();
        let traits: Vec<TraitRef> = bounds.into_iter().flat_map(|b| self.items.supertraits_of(b)).collect();
        let in_traits = traits.iter().any(|t| match t {
            TraitRef::User(id) => self.items.traits[*id].methods.iter().any(|m| m.name == method),
            TraitRef::Std(StdTrait::Display) => method == "to_string",
            _ => false,
        });
        if !in_traits {
            return Err(Diagnostic::rejected(
                "E0599",
                format!("no method named `{method}` found for opaque type `{opaque}` in the current scope"),
                span_of(call.method.span()),
            )
            .with_primary_label(format!("method not found in `{opaque}`")));
        }
        if method == "to_string"
            && call.args.is_empty()
            && self.items.implements(opaque, TraitRef::Std(StdTrait::Display))
        {
            return self.display_to_string(place, opaque, call.node_span());
        }
        let Some(revealed) = self.items.reveal(opaque) else {
            return unsupported(format!("`{opaque}` before its function's body is lowered"), call);
        };
        match self.program_method(place, &revealed, call)? {
            Some(result) => Ok(result),
            None => unsupported(format!("the method `{method}` of `{opaque}`"), &call.method),
        }
    }
}
