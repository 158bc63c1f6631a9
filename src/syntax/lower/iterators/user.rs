//! The program's own iterators (`impl Iterator for Counter`) as the source
//! of a chain: `for x in counter`, `for x in &mut counter`,
//! `Counter::new().zip(…).sum::<u32>()`.
//!
//! The iterator is moved (or, for `&mut counter` and `counter.by_ref()`,
//! borrowed) into a hidden local for the length of the chain, and each pull
//! calls the program's `next` on it, as std's provided methods do; the local
//! is dropped when the chain ends. Its `size_hint` is std's default,
//! `(0, None)`. A std iterator kept as a value and pulled in place (`for x
//! in it`, `it.by_ref()`) is pulled the same way with the model's `next`.

use super::super::enums::ScopedName;
use super::super::items::{Owner, StdTrait, TraitRef};
use super::super::traits::Found;
use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// Declines a `chain` whose first part holds a program's iterator that
    /// needs dropping: std's `Chain` drops it as soon as it is exhausted.
    pub(super) fn check_chain_first_part(
        &self,
        source: &Source,
        adapters: &[Adapter],
        call: &impl Spanned,
    ) -> Result<()> {
        if self.holds_dropped_iterator(source, adapters) {
            return unsupported(
                "`chain` after an iterator that needs dropping (std drops it when exhausted)",
                call,
            );
        }
        Ok(())
    }

    fn holds_dropped_iterator(&self, source: &Source, adapters: &[Adapter]) -> bool {
        let own = matches!(source, Source::User { ty, by_ref: false, .. } if self.items.needs_drop(ty));
        own || adapters.iter().any(|adapter| match adapter {
            Adapter::Zip(other) | Adapter::Chain(other, _) => {
                self.holds_dropped_iterator(&other.source, &other.adapters)
            }
            _ => false,
        })
    }

    /// Whether `ty` is a program type with an `impl Iterator`, or `&mut` one.
    fn is_user_iterator(&self, ty: &Ty) -> bool {
        let ty = match self.infer.resolve(ty) {
            Ty::Ref(Mutability::Mut, inner) => Rc::unwrap_or_clone(inner),
            other => other,
        };
        let items = self.items;
        self.std_iterator(&ty).is_some()
            || items.impls.iter().enumerate().any(|(i, imp)| {
                imp.trait_ == Some(TraitRef::Std(StdTrait::Iterator)) && items.match_impl(i, &ty).is_some()
            })
    }

    /// The type of an expression read without lowering it: a local, a
    /// field of one, `&mut` of either, a struct literal or unit struct, or a
    /// call of a program's non-generic function or method.
    pub(super) fn peek_type(&self, expr: &syn::Expr) -> Option<Ty> {
        match expr {
            syn::Expr::Paren(paren) => self.peek_type(&paren.expr),
            syn::Expr::Reference(reference) if reference.mutability.is_some() => self
                .peek_type(&reference.expr)
                .map(|ty| Ty::Ref(Mutability::Mut, Rc::new(ty))),
            syn::Expr::Path(path) if path.qself.is_none() => {
                let ident = path.path.get_ident()?;
                match self.scoped_name(ident) {
                    Some(ScopedName::Alias(_, ty)) => Some(self.infer.resolve(ty)),
                    Some(ScopedName::Binding(local)) => Some(self.infer.resolve(&self.locals[local].ty)),
                    None => self.adt_named(&ident.to_string()),
                }
            }
            syn::Expr::Struct(literal) if literal.qself.is_none() => {
                self.adt_named(&literal.path.get_ident()?.to_string())
            }
            syn::Expr::Call(call) => {
                let syn::Expr::Path(func) = &*call.func else {
                    return None;
                };
                if let Some(name) = func.path.get_ident() {
                    return self.free_function_result(&name.to_string());
                }
                let [owner, function] = [0, 1].map(|i| func.path.segments.get(i));
                let (owner, function) = (owner?, function?);
                if func.path.segments.len() != 2 || !owner.arguments.is_none() {
                    return None;
                }
                let owner_ty = match owner.ident.to_string().as_str() {
                    "Self" => self.self_ty.clone()?,
                    name => self.adt_named(name)?,
                };
                self.method_result(&owner_ty, &function.ident)
            }
            syn::Expr::Field(field) => {
                let base = match self.peek_type(&field.base)? {
                    Ty::Ref(_, inner) => Rc::unwrap_or_clone(inner),
                    other => other,
                };
                let name = match &field.member {
                    syn::Member::Named(name) => name.to_string(),
                    syn::Member::Unnamed(index) => index.index.to_string(),
                };
                let (_, fields) = self.items.fields_of(&base)?;
                fields.into_iter().find(|(n, _)| *n == name).map(|(_, ty)| ty)
            }
            syn::Expr::MethodCall(call) if by_ref_receiver(call).is_some() => {
                // std's `Iterator::by_ref`, unless the type has its own.
                let ty = self.peek_type(&call.receiver)?;
                let own = self.own_method(&ty, &call.method).is_some();
                (self.is_user_iterator(&ty) && !own).then(|| Ty::Ref(Mutability::Mut, Rc::new(ty)))
            }
            syn::Expr::MethodCall(call) if call.turbofish.is_none() => {
                let receiver = match self.peek_type(&call.receiver)? {
                    Ty::Ref(_, inner) => Rc::unwrap_or_clone(inner),
                    other => other,
                };
                self.method_result(&receiver, &call.method)
            }
            _ => None,
        }
    }

    /// The return type of the program's non-generic method `name` of `ty`.
    fn method_result(&self, ty: &Ty, name: &syn::Ident) -> Option<Ty> {
        let Some(Found::Static { template, .. }) = self.find_method(ty, &name.to_string()) else {
            return None;
        };
        let t = &self.items.templates[template];
        let concrete = t.params.is_empty() && !items::has_param(&t.ret);
        (matches!(t.owner, Owner::Impl(_)) && concrete).then(|| t.ret.clone())
    }

    /// The return type of the program's non-generic free function `name`,
    /// unless a local of that name hides it.
    fn free_function_result(&self, name: &str) -> Option<Ty> {
        let shadowed = self
            .scopes
            .iter()
            .any(|scope| scope.bindings.iter().any(|(binding, _)| binding == name));
        let items = self.items;
        let t = items
            .templates
            .iter()
            .find(|t| matches!(t.owner, Owner::Free) && t.name == name && t.params.is_empty())?;
        (!shadowed).then(|| t.ret.clone())
    }

    /// A non-generic struct or enum of the program.
    fn adt_named(&self, name: &str) -> Option<Ty> {
        let id = self.items.adts.iter().position(|adt| adt.name == name)?;
        Some(Ty::Adt(id, name.into()))
    }

    /// Whether `expr` is a program's iterator followed by adapters only,
    /// where std's `Iterator` methods are the ones called (the type has no
    /// method of its own of the first one's name).
    pub(super) fn is_user_chain(&self, expr: &syn::Expr) -> bool {
        let (base, calls) = user_chain_calls(expr);
        let Some(ty) = self.peek_type(base) else {
            return false;
        };
        // std's iterators have no methods of the program's.
        let std =
            self.std_iterator(&ty).is_some() || matches!(&ty, Ty::Ref(_, inner) if self.std_iterator(inner).is_some());
        self.is_user_iterator(&ty) && (std || calls.first().is_none_or(|c| self.own_method(&ty, &c.method).is_none()))
    }

    /// Whether `expr` is a place holding a std iterator kept as a value
    /// (not a reference to one).
    pub(super) fn is_std_value(&self, expr: &syn::Expr) -> bool {
        is_place_expr(expr) && self.peek_type(expr).is_some_and(|ty| self.std_iterator(&ty).is_some())
    }

    /// Whether `expr` is adapters (or none) over a std iterator kept as a
    /// value, by value or through `&mut`.
    pub(super) fn is_std_value_chain(&self, expr: &syn::Expr) -> bool {
        let (base, _) = user_chain_calls(expr);
        let by_ref = match strip_parens(base) {
            syn::Expr::Reference(reference) if reference.mutability.is_some() => Some(&*reference.expr),
            syn::Expr::MethodCall(call) => by_ref_receiver(call),
            _ => None,
        };
        self.is_user_chain(expr) && self.is_std_value(by_ref.map_or(base, strip_parens))
    }

    /// A method the program defines for an iterator type (or its pointee),
    /// which wins over std's `Iterator` methods of that name.
    fn own_method(&self, ty: &Ty, method: &syn::Ident) -> Option<Found> {
        let ty = match ty {
            Ty::Ref(_, inner) => inner,
            other => other,
        };
        self.find_method(ty, &method.to_string())
    }

    /// Declines what the model does not do with a program's iterator:
    /// keeping an adapted one as a value, and std's methods other than the
    /// modelled consumers. `next` on the iterator itself is the program's.
    pub(super) fn check_user_iterator_call(&self, whole: &syn::Expr, call: &syn::ExprMethodCall) -> Result<()> {
        let method = call.method.to_string();
        if self.is_user_chain(whole) {
            return unsupported(
                "an iterator kept as a value (only chains consumed in the same expression are modelled)",
                call,
            );
        }
        let pulls = PULLS.contains(&method.as_str()) && self.is_std_value_chain(&call.receiver);
        if !self.is_user_chain(&call.receiver) || CONSUMERS.contains(&method.as_str()) || pulls {
            return Ok(());
        }
        let (base, calls) = user_chain_calls(&call.receiver);
        let own = self
            .peek_type(base)
            .is_some_and(|ty| self.own_method(&ty, &call.method).is_some());
        if calls.is_empty() && own {
            return Ok(());
        }
        unsupported(format!("`{method}` on an iterator"), call)
    }

    /// The hidden local a chain over a program's iterator pulls from.
    pub(super) fn user_source(&mut self, base: &syn::Expr, span: Span) -> Result<Source> {
        let (iterator, ty) = match strip_parens(base) {
            syn::Expr::Reference(reference) if is_place_expr(&reference.expr) => {
                return self.borrowed_user_source(&reference.expr, base, span);
            }
            syn::Expr::MethodCall(call) if by_ref_receiver(call).is_some_and(is_place_expr) => {
                return self.borrowed_user_source(&call.receiver, base, span);
            }
            other => {
                let (place, ty) = self.place_or_temp(other, None)?;
                let ty = self.infer.resolve(&ty);
                let value = self.consume(place, &ty, span);
                let local = self.hidden_local(ty.clone(), Rvalue::Use(value), span);
                self.name_iterator(&Place::local(local), base);
                // Std's adapters hold their inner iterators in fields, dropped
                // in the order the chain made them; the scope drops in reverse.
                if let Some(scope) = self.scopes.last_mut() {
                    scope.owned.retain(|owned| *owned != local);
                    scope.owned.insert(0, local);
                }
                (local, ty)
            }
        };
        let (by_ref, ty) = match ty {
            Ty::Ref(_, inner) => (true, Rc::unwrap_or_clone(inner)),
            other => (false, other),
        };
        Ok(Source::User { iterator, by_ref, ty })
    }

    /// The iterator at the place `iterator` borrowed `&mut` for the chain
    /// (`&mut it`, `it.by_ref()`, or `it.any(…)`), named after `whole`.
    pub(super) fn borrowed_user_source(
        &mut self,
        iterator: &syn::Expr,
        whole: &impl quote::ToTokens,
        span: Span,
    ) -> Result<Source> {
        let (place, ty) = self.as_place(iterator)?;
        let reference = Ty::Ref(Mutability::Mut, Rc::new(ty.clone()));
        let local = self.hidden_local(reference, Rvalue::Ref(Mutability::Mut, place), span);
        self.name_iterator(&Place::local(local), whole);
        Ok(Source::User {
            iterator: local,
            by_ref: true,
            ty: self.infer.resolve(&ty),
        })
    }

    /// The next item of a program's iterator: a call of its `next` on the
    /// hidden local, or a jump to `done` on `None`.
    pub(super) fn pull_user(
        &mut self,
        pipeline: &mut Pipeline,
        (iterator, by_ref, ty): (LocalId, bool, &Ty),
        done: BlockId,
    ) -> Result<(LocalId, Ty)> {
        let span = pipeline.span;
        let receiver = if by_ref {
            Place::local(iterator).project(PlaceElem::Deref)
        } else {
            Place::local(iterator)
        };
        let reference_ty = Ty::Ref(Mutability::Mut, Rc::new(ty.clone()));
        let reference = self.item_local(pipeline, reference_ty);
        self.push(
            StatementKind::Assign(Place::local(reference), Rvalue::Ref(Mutability::Mut, receiver)),
            span,
        );
        let reference = vec![Operand::Move(Place::local(reference), span)];
        let (call, ret) = match self.std_iterator_next(ty, span)? {
            // std's iterators kept as values pull with the model's `next`.
            Some((intrinsic, option)) => (Rvalue::Intrinsic(intrinsic, reference), option),
            None => {
                let Some(Found::Static { template, owner_args }) = self.find_method(ty, "next") else {
                    return Err(Diagnostic::unsupported(format!("`next` of `{ty}`"), span));
                };
                let known: Vec<Option<Ty>> = owner_args.into_iter().map(Some).collect();
                let (args, _, ret) = self.instantiate(template, &known);
                (self.template_call(template, args, reference, span)?, ret)
            }
        };
        let Ty::Option(item_ty) = self.infer.resolve(&ret) else {
            return Err(Diagnostic::unsupported(format!("`next` returning `{ret}`"), span));
        };
        let option = self.item_local(pipeline, ret);
        self.push(StatementKind::Assign(Place::local(option), call), span);
        let is_none = self.is_variant(Place::local(option), 0, span);
        let some = self.new_block();
        self.terminate(Terminator::If {
            cond: is_none,
            then_block: done,
            else_block: some,
        });
        self.current = some;
        let item = self.item_local(pipeline, (*item_ty).clone());
        let payload = Place::local(option).project(PlaceElem::VariantField(1, 0));
        let moved = self.consume(payload, &item_ty, span);
        self.push(StatementKind::Assign(Place::local(item), Rvalue::Use(moved)), span);
        Ok((item, Rc::unwrap_or_clone(item_ty)))
    }
}

/// What `it.by_ref()` is called on.
fn by_ref_receiver(call: &syn::ExprMethodCall) -> Option<&syn::Expr> {
    (call.method == "by_ref" && call.args.is_empty() && call.turbofish.is_none()).then_some(&*call.receiver)
}

/// The adapters at the end of `expr`, innermost first, and what the first
/// of them is called on: the iterator.
pub(super) fn user_chain_calls(expr: &syn::Expr) -> (&syn::Expr, Vec<&syn::ExprMethodCall>) {
    let mut calls = Vec::new();
    let mut base = strip_parens(expr);
    while let syn::Expr::MethodCall(call) = base
        && ADAPTERS.iter().any(|adapter| call.method == adapter)
    {
        calls.push(call);
        base = strip_parens(&call.receiver);
    }
    calls.reverse();
    (base, calls)
}
