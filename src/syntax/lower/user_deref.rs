//! A program's own `impl Deref` and `impl DerefMut`. As in rustc's MIR,
//! `*y` on such a value is `*Deref::deref(&y)`, or `*DerefMut::deref_mut(&mut y)`
//! where the place is written or borrowed `&mut`: a call of the program's
//! method (whose frame pictures show) into a temporary reference, and the
//! place behind it. Deref coercion and method auto-deref take the same call
//! as one step of their chains.

use super::items::{StdTrait, TraitRef};
use super::*;
use std::rc::Rc;

/// A call of the program's `deref` made where the use of its result was not
/// known yet (a method's receiver): which statements to make `deref_mut`
/// if the result is borrowed `&mut`, as rustc fixes up such derefs.
pub(super) struct SharedDeref {
    block: BlockId,
    /// The indices of `receiver = &place` and `reference = deref(receiver)`.
    statements: (usize, usize),
    receiver: LocalId,
    reference: LocalId,
    place: Place,
    ty: Ty,
    spans: (Span, Span),
}

impl Lowerer<'_> {
    /// The program's impl of `Deref` (`DerefMut` for `Mut`) for `ty`, with
    /// the impl's arguments for it.
    pub(super) fn user_deref_impl(&self, ty: &Ty, mutability: Mutability) -> Option<(usize, Vec<Ty>)> {
        let trait_ = match mutability {
            Mutability::Not => StdTrait::Deref,
            Mutability::Mut => StdTrait::DerefMut,
        };
        let ty = self.infer.resolve(ty);
        if !matches!(ty, Ty::Adt(..) | Ty::GenericAdt(..)) {
            return None;
        }
        self.items.impl_of(&ty, TraitRef::Std(trait_))
    }

    /// `Deref::deref(&place)` (or `deref_mut`) when `ty` has the program's
    /// impl: the returned reference in a temporary, and the place it points
    /// at with the `Target` type. The auto-ref borrow is spanned at the
    /// operand (`receiver_span`), as rustc reports it, the call at `span`.
    pub(super) fn user_deref(
        &mut self,
        place: Place,
        ty: &Ty,
        mutability: Mutability,
        (receiver_span, span): (Span, Span),
    ) -> Result<Option<(Place, Ty)>> {
        let Some((imp, owner_args)) = self.user_deref_impl(ty, mutability) else {
            return Ok(None);
        };
        let name = match mutability {
            Mutability::Not => "deref",
            Mutability::Mut => "deref_mut",
        };
        let template = self.items.impl_method(imp, name);
        let known: Vec<Option<Ty>> = owner_args.into_iter().map(Some).collect();
        let (args, _, ret) = self.instantiate(template, &known);
        // Not two-phase: rustc's overloaded deref borrows at once.
        let receiver_ty = Ty::Ref(mutability, Rc::new(ty.clone()));
        let receiver_local = self.new_temp(receiver_ty.clone(), receiver_span);
        let receiver_place = place.clone();
        let borrow_statement = self.blocks[self.current].statements.len();
        self.push(
            StatementKind::Assign(Place::local(receiver_local), Rvalue::Ref(mutability, place)),
            receiver_span,
        );
        let receiver = self.consume(Place::local(receiver_local), &receiver_ty, receiver_span);
        let call = self.template_call(template, args, vec![receiver], span)?;
        let Ty::Ref(_, target) = self.infer.resolve(&ret) else {
            return Err(Diagnostic::unsupported(format!("`{name}` returning `{ret}`"), span));
        };
        let reference = self.new_temp(ret, span);
        let call_statement = self.blocks[self.current].statements.len();
        self.push(StatementKind::Assign(Place::local(reference), call), span);
        if mutability == Mutability::Not {
            self.shared_derefs.push(SharedDeref {
                block: self.current,
                statements: (borrow_statement, call_statement),
                receiver: receiver_local,
                reference,
                place: receiver_place,
                ty: ty.clone(),
                spans: (receiver_span, span),
            });
        }
        Ok(Some((
            Place::local(reference).project(PlaceElem::Deref),
            Rc::unwrap_or_clone(target),
        )))
    }

    /// The place `*operand` denotes for a read, `&`/`&mut` or a write: through
    /// a reference or box, or the program's `deref`/`deref_mut`.
    pub(super) fn deref_place(
        &mut self,
        place: Place,
        ty: &Ty,
        mutability: Mutability,
        unary: &syn::ExprUnary,
    ) -> Result<(Place, Ty)> {
        let resolved = self.infer.resolve(ty);
        let span = unary.node_span();
        let operand_span = unary.expr.node_span();
        if let Some(found) = self.user_deref(place.clone(), &resolved, mutability, (operand_span, span))? {
            return Ok(found);
        }
        match (resolved.deref_target(), resolved) {
            (Some(inner), _) if inner != Ty::Str => Ok((place.project(PlaceElem::Deref), inner)),
            (_, Ty::Ref(..)) => unsupported("dereferencing a `&str`", unary),
            (_, other) => Err(Diagnostic::rejected(
                "E0614",
                format!("type `{other}` cannot be dereferenced"),
                span_of(unary.span()),
            )),
        }
    }

    /// The place an assignment or compound assignment writes, or a `&mut`
    /// borrows (`borrow`): `*y` on a value of the program's `DerefMut` goes
    /// through `deref_mut`; `whole` is the assignment or borrow, where rustc
    /// reports a type with `Deref` alone.
    pub(super) fn as_written_place(&mut self, expr: &syn::Expr, borrow: bool, whole: Span) -> Result<(Place, Ty)> {
        let syn::Expr::Unary(
            unary @ syn::ExprUnary {
                op: syn::UnOp::Deref(_),
                ..
            },
        ) = strip_parens(expr)
        else {
            return self.as_place(expr);
        };
        let (place, ty) = self.place_or_temp(&unary.expr, None)?;
        if self.user_deref_impl(&ty, Mutability::Mut).is_none() && self.user_deref_impl(&ty, Mutability::Not).is_some()
        {
            return Err(without_deref_mut(&self.infer.resolve(&ty), borrow, whole));
        }
        self.deref_place(place, &ty, Mutability::Mut, unary)
    }

    /// Whether an assigned place is `*y` with `y` a variable of the
    /// program's `Deref` type: the call finding the place comes after the
    /// value, as in rustc.
    pub(super) fn writes_through_user_deref(&self, expr: &syn::Expr) -> bool {
        let syn::Expr::Unary(
            unary @ syn::ExprUnary {
                op: syn::UnOp::Deref(_),
                ..
            },
        ) = strip_parens(expr)
        else {
            return false;
        };
        let syn::Expr::Path(path) = strip_parens(&unary.expr) else {
            return false;
        };
        match path.path.get_ident().and_then(|ident| self.scoped_name(ident)) {
            Some(super::enums::ScopedName::Binding(local)) => {
                self.user_deref_impl(&self.locals[local].ty, Mutability::Not).is_some()
            }
            _ => false,
        }
    }

    /// One step of deref coercion through the program's `Deref`: `&MyBox<T>`
    /// where another reference is expected becomes `Deref::deref(&*r)`, a
    /// `&T` (`deref_mut` from `&mut` to `&mut`), which the coercion goes on with.
    pub(super) fn coerce_through_user_deref(
        &mut self,
        operand: &Operand,
        found: &Ty,
        expected: &Ty,
    ) -> Result<Option<(Operand, Ty)>> {
        let (Ty::Ref(wanted, target), Ty::Ref(have, pointee), Operand::Copy(place, span) | Operand::Move(place, span)) =
            (self.infer.resolve(expected), found, operand)
        else {
            return Ok(None);
        };
        if self.infer.would_unify(pointee, &target) || matches!(*target, Ty::Var(_)) {
            return Ok(None);
        }
        let mutability = match (wanted, have) {
            (Mutability::Mut, Mutability::Mut) => Mutability::Mut,
            (Mutability::Mut, Mutability::Not) => return Ok(None),
            _ => Mutability::Not,
        };
        let pointee = (**pointee).clone();
        let Some((place, target)) = self.user_deref(
            place.clone().project(PlaceElem::Deref),
            &pointee,
            mutability,
            (*span, *span),
        )?
        else {
            return Ok(None);
        };
        // The call's result is the next reference of the chain.
        let reference = place.local;
        let reference_ty = Ty::Ref(mutability, Rc::new(target));
        Ok(Some((
            self.consume(Place::local(reference), &reference_ty, *span),
            reference_ty,
        )))
    }

    /// `let r: &T = &y;` in a program with its own `Deref`: the borrow of a
    /// variable may coerce through `deref` (`&MyBox<T>` to `&T`).
    pub(super) fn may_coerce_through_user_deref(&self, init: &syn::Expr, annotation: Option<&Ty>) -> bool {
        let has_deref = self
            .items
            .impls
            .iter()
            .any(|imp| imp.trait_ == Some(TraitRef::Std(StdTrait::Deref)));
        has_deref
            && matches!(annotation, Some(Ty::Ref(..)))
            && matches!(strip_parens(init), syn::Expr::Reference(reference) if matches!(strip_parens(&reference.expr), syn::Expr::Path(_)))
    }

    /// Makes `deref_mut` of each `deref` call made since `since` whose
    /// result the code after it borrows `&mut` (or that `rvalue` does): a
    /// method found behind the program's `Deref` takes `&mut self`.
    pub(super) fn fix_up_mutable_derefs(&mut self, since: usize, rvalue: Option<&Rvalue>) -> Result<()> {
        let recorded: Vec<SharedDeref> = self.shared_derefs.drain(since..).collect();
        for deref in recorded.into_iter().rev() {
            let borrowed_mut = |rvalue: &Rvalue| {
                matches!(rvalue, Rvalue::Ref(Mutability::Mut, place)
                    if place.local == deref.reference && place.projection.first() == Some(&PlaceElem::Deref))
            };
            let later = self
                .blocks
                .iter()
                .enumerate()
                .skip(deref.block)
                .flat_map(|(id, block)| {
                    let from = if id == deref.block { deref.statements.1 + 1 } else { 0 };
                    block.statements.iter().skip(from)
                });
            let mut later = later;
            let used_mut = later.any(|s| matches!(&s.kind, StatementKind::Assign(_, r) if borrowed_mut(r)))
                || rvalue.is_some_and(borrowed_mut);
            if !used_mut {
                continue;
            }
            let (receiver_span, span) = deref.spans;
            let Some((imp, owner_args)) = self.user_deref_impl(&deref.ty, Mutability::Mut) else {
                return Err(without_deref_mut(&self.infer.resolve(&deref.ty), true, receiver_span));
            };
            let template = self.items.impl_method(imp, "deref_mut");
            let known: Vec<Option<Ty>> = owner_args.into_iter().map(Some).collect();
            let (args, _, ret) = self.instantiate(template, &known);
            let receiver_ty = Ty::Ref(Mutability::Mut, Rc::new(deref.ty.clone()));
            let receiver = self.consume(Place::local(deref.receiver), &receiver_ty, receiver_span);
            let call = self.template_call(template, args, vec![receiver], span)?;
            self.infer
                .unify(
                    &ret,
                    &Ty::Ref(
                        Mutability::Mut,
                        Rc::new(self.locals[deref.reference].ty.deref_target().unwrap_or_else(Ty::unit)),
                    ),
                )
                .map_err(|_| Diagnostic::unsupported("this `deref_mut`", span))?;
            self.locals[deref.receiver].ty = receiver_ty;
            self.locals[deref.reference].ty = ret;
            let statements = &mut self.blocks[deref.block].statements;
            statements[deref.statements.0].kind =
                StatementKind::Assign(Place::local(deref.receiver), Rvalue::Ref(Mutability::Mut, deref.place));
            statements[deref.statements.1].kind = StatementKind::Assign(Place::local(deref.reference), call);
        }
        Ok(())
    }

    /// Whether method resolution goes on behind the program's `Deref`: the
    /// type has no method of that name of its own (nor the std trait's).
    pub(super) fn method_is_behind_user_deref(&self, ty: &Ty, method: &str) -> bool {
        let std_trait_method = match method {
            "clone" => self.items.implements(ty, TraitRef::Std(StdTrait::Clone)),
            "to_string" => self.items.implements(ty, TraitRef::Std(StdTrait::Display)),
            _ => super::expr::STD_TRAIT_METHODS.contains(&method),
        };
        self.user_deref_impl(ty, Mutability::Not).is_some()
            && !std_trait_method
            && self.find_method(ty, method).is_none()
    }
}

/// rustc's error for writing (`borrow`: borrowing `&mut`) through a type
/// with `Deref` and no `DerefMut`.
fn without_deref_mut(ty: &Ty, borrow: bool, span: Span) -> Diagnostic {
    let (code, headline, label) = if borrow {
        (
            "E0596",
            format!("cannot borrow data in dereference of `{ty}` as mutable"),
            "cannot borrow as mutable",
        )
    } else {
        (
            "E0594",
            format!("cannot assign to data in dereference of `{ty}`"),
            "cannot assign",
        )
    };
    Diagnostic::rejected(code, headline, span)
        .with_primary_label(label)
        .with_note(format!(
            "help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{ty}`"
        ))
}
