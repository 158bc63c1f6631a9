//! std methods that compare values of the program's types, inlined as std
//! writes them so that the program's own `eq` and `partial_cmp` are called
//! where, and in the order, std calls them: `Ord`'s provided `max`, `min`
//! and `clamp` (`if other < self { self } else { other }`, the value not
//! returned dropped inside the call), `sort` and `contains` on a `Vec`
//! whose elements compare with the program's impls, and `sort_by` and
//! `sort_by_key`, whose closure is called where std calls it (sorting up to
//! 20 elements is std's insertion sort; longer ones are declined at run
//! time), and `retain`, the other std method that calls a closure element
//! by element in place.

use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// `std::cmp::max(a, b)` and `min`: std writes them as `a.max(b)`.
    pub(super) fn cmp_function(
        &mut self,
        path: &[&str],
        args: &[&syn::Expr],
        expected: Option<&Ty>,
        call: &syn::ExprCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let imported = match path {
            [alias] => self.items.import(alias),
            _ => None,
        };
        let name = match (path, imported) {
            (["cmp", name] | ["std" | "core", "cmp", name], _) => *name,
            (_, Some([root, cmp, name])) if (root == "std" || root == "core") && cmp == "cmp" => name.as_str(),
            _ => return Ok(None),
        };
        let ([first, second], "max" | "min") = (args, name) else {
            return Ok(None);
        };
        let syn::Expr::Path(func) = &*call.func else {
            return Ok(None);
        };
        let method_span = func
            .path
            .segments
            .last()
            .map_or(call.paren_token.span.join(), |s| s.ident.span());
        let method_call = syn::ExprMethodCall {
            attrs: Vec::new(),
            receiver: Box::new((*first).clone()),
            dot_token: Default::default(),
            method: syn::Ident::new(name, method_span),
            turbofish: None,
            paren_token: call.paren_token,
            args: std::iter::once((*second).clone()).collect(),
        };
        // Kept for the rest of the run: spans are cached by node address.
        let method_call: &'static syn::ExprMethodCall = Box::leak(Box::new(method_call));
        self.method_rvalue(method_call, expected).map(Some)
    }

    /// `a.max(b)`, `a.min(b)`, `a.clamp(lo, hi)` on a type with `Ord`;
    /// `None` for other methods and types.
    pub(super) fn ord_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        method: &str,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        if let Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element) = self_ty {
            return self.own_comparison_slice_method(place, self_ty, element, method, args, call);
        }
        let known = matches!((method, args.len()), ("max" | "min", 1) | ("clamp", 2));
        if !known || !matches!(self_ty, Ty::Adt(..) | Ty::GenericAdt(..)) {
            return Ok(None);
        }
        if !self.items.implements(self_ty, TraitRef::Std(StdTrait::Ord)) {
            let kind = if self.items.variants_of(self_ty).is_some() {
                "enum"
            } else {
                "struct"
            };
            return Err(Diagnostic::rejected(
                "E0599",
                format!("the method `{method}` exists for {kind} `{self_ty}`, but its trait bounds were not satisfied"),
                span_of(call.method.span()),
            )
            .with_primary_label(format!(
                "method cannot be called on `{self_ty}` due to unsatisfied trait bounds"
            )));
        }
        let span = call.node_span();
        let receiver = self.consumed_receiver(place, self_ty, call.receiver.node_span());
        let mut params = vec![receiver];
        for arg in args {
            let (operand, ty) = self.as_operand(arg, Some(self_ty))?;
            let operand = self.coerce(operand, &ty, self_ty, *arg)?;
            let temp = self.new_temp(self_ty.clone(), span);
            self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
            params.push(temp);
        }
        let result = self.new_temp(self_ty.clone(), span);
        match *params.as_slice() {
            [this, other] => {
                // `max` keeps `self` only when `other < self`; `min` then keeps `other`.
                let (if_less, otherwise) = if method == "max" { (this, other) } else { (other, this) };
                let less = self.ordered(BinOp::Lt, other, this, self_ty, span)?;
                let branches = vec![(less, if_less)];
                self.choose(branches, otherwise, &params, result, self_ty, span);
            }
            [this, low, high] => {
                let ordered_bounds = self.ordered(BinOp::Le, low, high, self_ty, span)?;
                let panic = self.new_block();
                self.continue_if(ordered_bounds, panic, span);
                let go_on = self.current;
                self.current = panic;
                self.terminate(Terminator::Panic(
                    Format {
                        pieces: vec![FormatPiece::Literal("assertion failed: min <= max".into())],
                        ..Format::default()
                    },
                    span,
                ));
                self.current = go_on;
                let below = self.ordered(BinOp::Lt, this, low, self_ty, span)?;
                let else_block = self.new_block();
                let mut joins = Vec::new();
                self.continue_if(below, else_block, span);
                self.keep(low, &params, result, self_ty, span);
                joins.push(self.switch_branch(else_block));
                let above = self.ordered(BinOp::Gt, this, high, self_ty, span)?;
                self.choose(vec![(above, high)], this, &params, result, self_ty, span);
                for join in joins {
                    self.join_branches(join);
                }
            }
            _ => return unsupported(format!("`{method}` with these arguments"), &call.method),
        }
        Ok(Some((
            Rvalue::Use(self.consume(Place::local(result), self_ty, span)),
            self_ty.clone(),
        )))
    }

    /// `if cond₁ { kept₁ } else if … else { otherwise }`, each branch keeping
    /// one parameter as the result and dropping the others.
    fn choose(
        &mut self,
        branches: Vec<(Rvalue, LocalId)>,
        otherwise: LocalId,
        params: &[LocalId],
        result: LocalId,
        ty: &Ty,
        span: Span,
    ) {
        let mut joins = Vec::new();
        for (cond, kept) in branches {
            let else_block = self.new_block();
            self.continue_if(cond, else_block, span);
            self.keep(kept, params, result, ty, span);
            joins.push(self.switch_branch(else_block));
        }
        self.keep(otherwise, params, result, ty, span);
        for join in joins.into_iter().rev() {
            self.join_branches(join);
        }
    }

    /// The result is `kept`; the other parameters are dropped, last first,
    /// as a function's parameters are when it returns.
    fn keep(&mut self, kept: LocalId, params: &[LocalId], result: LocalId, ty: &Ty, span: Span) {
        let value = self.consume(Place::local(kept), ty, span);
        self.push(StatementKind::Assign(Place::local(result), Rvalue::Use(value)), span);
        for &param in params.iter().rev().filter(|&&p| p != kept) {
            self.drop_if_needed(Place::local(param), ty, span);
        }
    }

    /// `a < b` (or another ordering operator) of two locals of the same
    /// type, by reference, as `PartialOrd::lt(&a, &b)` is.
    fn ordered(&mut self, op: BinOp, a: LocalId, b: LocalId, ty: &Ty, span: Span) -> Result<Rvalue> {
        let left = self.borrow_temp(Mutability::Not, Place::local(a), ty, span);
        let right = self.borrow_temp(Mutability::Not, Place::local(b), ty, span);
        if let Some(own) = self.items.impl_of(ty, TraitRef::Std(StdTrait::PartialOrd)) {
            return self.own_comparison(op, own, vec![left, right], span);
        }
        if !self.structurally_ordered(ty) || !self.variants_in_discriminant_order(ty) {
            return Err(Diagnostic::unsupported(format!("ordering `{ty}` here"), span));
        }
        Ok(Rvalue::binary(op, ty.clone(), left, right))
    }

    /// `v.sort()` and `v.contains(&x)` of elements with the program's own
    /// `PartialOrd` or `PartialEq`, and the sorts taking a closure, on a
    /// `Vec`, an array or a slice; `None` otherwise.
    fn own_comparison_slice_method(
        &mut self,
        place: Place,
        vec_ty: &Ty,
        element: &Ty,
        method: &str,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let element = self.infer.resolve(element);
        let span = call.node_span();
        match (method, args) {
            ("sort" | "sort_unstable", []) => {
                let own_type = matches!(element, Ty::Adt(..) | Ty::GenericAdt(..));
                if own_type && !self.items.implements(&element, TraitRef::Std(StdTrait::Ord)) {
                    return Err(Diagnostic::rejected(
                        "E0277",
                        format!("the trait bound `{element}: Ord` is not satisfied"),
                        span_of(call.method.span()),
                    )
                    .with_primary_label("unsatisfied trait bound"));
                }
                let Some(own) = self.items.impl_of(&element, TraitRef::Std(StdTrait::PartialOrd)) else {
                    return Ok(None);
                };
                self.insertion_sort(place, vec_ty, &IsLess::Own(own), span)?;
                Ok(Some((Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit())))
            }
            // Up to 20 elements, std's stable and unstable sorts are the same
            // insertion sort.
            ("sort_by" | "sort_by_key" | "sort_unstable_by" | "sort_unstable_by_key", [closure]) => {
                let by = !method.ends_with("_key");
                // A key is compared with `<`: only `sort_by`'s closure returns an `Ordering`.
                let ordering = match self.items.std_ordering() {
                    Some(ordering) => ordering,
                    None if by => {
                        return unsupported(format!("`{method}` without `use std::cmp::Ordering;`"), &call.method);
                    }
                    None => Ty::unit(),
                };
                let element_ref = Ty::Ref(Mutability::Not, Rc::new(element.clone()));
                let (params, ret) = if by {
                    (vec![element_ref.clone(), element_ref], Some(ordering.clone()))
                } else {
                    (vec![element_ref], None)
                };
                // `<[T]>::sort_by(&mut *v, f)`: the receiver is borrowed
                // before the closure is made, and used by the whole sort.
                let receiver = self.slice_receiver(Mutability::Mut, place, vec_ty, call);
                let place = Place::local(receiver).project(PlaceElem::Deref);
                let span = span_of(call.method.span());
                let kind = super::closures::ClosureKind::FnMut;
                let closure = self.closure_argument_of_kind(closure, &params, ret.as_ref(), kind)?;
                let is_less = if by {
                    IsLess::By(&closure, ordering)
                } else {
                    let key = self.infer.resolve(&closure.info.ret);
                    if !matches!(key, Ty::Int(_) | Ty::IntVar(_) | Ty::Char | Ty::Bool) {
                        return unsupported(format!("`sort_by_key` with a `{key}` key"), &call.method);
                    }
                    IsLess::ByKey(&closure, key)
                };
                self.insertion_sort(place, vec_ty, &is_less, span)?;
                self.drop_closure_argument(&closure);
                Ok(Some((Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit())))
            }
            ("retain", [predicate]) if matches!(vec_ty, Ty::Vec(_)) => {
                let element_ref = Ty::Ref(Mutability::Not, Rc::new(element.clone()));
                let kind = super::closures::ClosureKind::FnMut;
                let closure = self.closure_argument_of_kind(predicate, &[element_ref], Some(&Ty::Bool), kind)?;
                self.retain_loop(place, vec_ty, &element, &closure, span);
                self.drop_closure_argument(&closure);
                Ok(Some((Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit())))
            }
            ("contains", [needle]) => {
                let Some(own) = self.items.impl_of(&element, TraitRef::Std(StdTrait::PartialEq)) else {
                    return Ok(None);
                };
                let needle_ty = Ty::Ref(Mutability::Not, Rc::new(element.clone()));
                let (operand, ty) = self.as_operand(needle, Some(&needle_ty))?;
                let operand = self.coerce(operand, &ty, &needle_ty, *needle)?;
                let needle = self.new_temp(needle_ty, span);
                self.push(StatementKind::Assign(Place::local(needle), Rvalue::Use(operand)), span);
                let found = self.contains_loop(place, vec_ty, &element, own, needle, span)?;
                Ok(Some((Rvalue::Use(Operand::Copy(Place::local(found), span)), Ty::Bool)))
            }
            _ => Ok(None),
        }
    }

    /// `x.iter().any(|y| *y == *x)`, as `<[T]>::contains` is written: each
    /// element's `eq` with the needle, in order, until one says `true`.
    fn contains_loop(
        &mut self,
        place: Place,
        vec_ty: &Ty,
        element: &Ty,
        own: (usize, Vec<Ty>),
        needle: LocalId,
        span: Span,
    ) -> Result<LocalId> {
        let found = self.new_temp(Ty::Bool, span);
        self.push(
            StatementKind::Assign(Place::local(found), Rvalue::Use(Operand::Const(Const::Bool(false)))),
            span,
        );
        let (index, head, body, exit) = self.open_counted_loop(place.clone(), vec_ty, 0, span);
        let item = self.new_temp(Ty::Ref(Mutability::Not, Rc::new(element.clone())), span);
        let equal = self.new_temp(Ty::Bool, span);
        self.current = body;
        self.push(
            StatementKind::Assign(
                Place::local(item),
                Rvalue::Ref(Mutability::Not, place.project(PlaceElem::Index(index))),
            ),
            span,
        );
        let temps = self.compare_in_turn(BinOp::Eq, own, (item, needle), equal, span)?;
        let (hit, miss) = (self.new_block(), self.new_block());
        self.branch_ending_temps(equal, (hit, miss), &temps, span);
        self.current = hit;
        self.push(
            StatementKind::Assign(Place::local(found), Rvalue::Use(Operand::Const(Const::Bool(true)))),
            span,
        );
        self.terminate(Terminator::Goto(exit));
        self.current = miss;
        self.close_counted_loop(index, head, span);
        self.current = exit;
        Ok(found)
    }

    /// `v.retain(f)`: `f(&x)` of each element in order; an element it
    /// refuses is taken out and dropped there and then, as std's `retain`
    /// does, and the capacity stays.
    fn retain_loop(
        &mut self,
        place: Place,
        vec_ty: &Ty,
        element: &Ty,
        closure: &super::closures::ClosureArgument,
        span: Span,
    ) {
        let usize_ty = Ty::Int(IntTy::Usize);
        let position = self.new_temp(usize_ty.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(position), Rvalue::Use(Operand::Const(Const::Int(0)))),
            span,
        );
        let item = self.new_temp(Ty::Ref(Mutability::Not, Rc::new(element.clone())), span);
        let keep = self.new_temp(Ty::Bool, span);
        let (index, head, body, exit) = self.open_counted_loop(place.clone(), vec_ty, 0, span);
        self.current = body;
        let at = place.clone().project(PlaceElem::Index(position));
        self.push(
            StatementKind::Assign(Place::local(item), Rvalue::Ref(Mutability::Not, at)),
            span,
        );
        self.temp_frames.push(Vec::new());
        self.call_closure_again(
            closure,
            vec![Operand::Copy(Place::local(item), span)],
            Place::local(keep),
        );
        let temps = self.temp_frames.pop().unwrap_or_default();
        let (kept, refused, next) = (self.new_block(), self.new_block(), self.new_block());
        self.branch_ending_temps(keep, (kept, refused), &temps, span);
        self.current = kept;
        self.counter_step(position, position, BinOp::Add, span);
        self.terminate(Terminator::Goto(next));
        self.current = refused;
        let removed = self.new_local(None, element.clone(), true, span);
        self.push(StatementKind::StorageLive(removed), span);
        self.vec_call_in_turn(place, vec_ty, (Intrinsic::VecRemove, &[position]), removed, span);
        self.end_local(removed, span);
        self.terminate(Terminator::Goto(next));
        self.current = next;
        self.close_counted_loop(index, head, span);
        self.current = exit;
    }

    /// std's `insertion_sort_shift_left(v, 1, is_less)`, what `sort` does
    /// with up to 20 elements: each element from the second on moves left
    /// while it is less than the one before it (`partial_cmp(&moving, &prev)`).
    fn insertion_sort(&mut self, place: Place, vec_ty: &Ty, is_less: &IsLess, span: Span) -> Result<()> {
        let usize_ty = Ty::Int(IntTy::Usize);
        let (Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element)) = vec_ty else {
            return Err(Diagnostic::unsupported("sorting this", span));
        };
        let element_ref = Ty::Ref(Mutability::Not, element.clone());
        let checked = self.borrow_temp(Mutability::Not, place.clone(), vec_ty, span);
        let guard = self.new_temp(Ty::unit(), span);
        self.push(
            StatementKind::Assign(
                Place::local(guard),
                Rvalue::Intrinsic(Intrinsic::InsertionSortOnly, vec![checked]),
            ),
            span,
        );
        let (index, outer_head, outer_body, done) = self.open_counted_loop(place.clone(), vec_ty, 1, span);
        let [moving, before] = [(); 2].map(|()| self.new_temp(usize_ty.clone(), span));
        let [moving_ref, before_ref] = [(); 2].map(|()| self.new_temp(element_ref.clone(), span));
        let [more, less] = [(); 2].map(|()| self.new_temp(Ty::Bool, span));
        self.current = outer_body;
        self.push(
            StatementKind::Assign(
                Place::local(moving),
                Rvalue::Use(Operand::Copy(Place::local(index), span)),
            ),
            span,
        );
        let (inner_head, inner_body, next) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Terminator::Goto(inner_head));
        self.current = inner_head;
        let positive = Rvalue::binary(
            BinOp::Lt,
            usize_ty.clone(),
            Operand::Const(Const::Int(0)),
            Operand::Copy(Place::local(moving), span),
        );
        self.push(StatementKind::Assign(Place::local(more), positive), span);
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(more), span),
            then_block: inner_body,
            else_block: next,
        });
        self.current = inner_body;
        self.counter_step(before, moving, BinOp::Sub, span);
        for (reference, at) in [(moving_ref, moving), (before_ref, before)] {
            let element = place.clone().project(PlaceElem::Index(at));
            self.push(
                StatementKind::Assign(Place::local(reference), Rvalue::Ref(Mutability::Not, element)),
                span,
            );
        }
        let temps = self.is_less_in_turn(is_less, (moving_ref, before_ref), less, span)?;
        let shift = self.new_block();
        self.branch_ending_temps(less, (shift, next), &temps, span);
        self.current = shift;
        let swap = (Intrinsic::SliceSwap, &[moving, before][..]);
        self.vec_call_in_turn(place.clone(), vec_ty, swap, guard, span);
        self.push(
            StatementKind::Assign(
                Place::local(moving),
                Rvalue::Use(Operand::Copy(Place::local(before), span)),
            ),
            span,
        );
        self.terminate(Terminator::Goto(inner_head));
        self.current = next;
        self.close_counted_loop(index, outer_head, span);
        self.current = done;
        Ok(())
    }

    /// `dest = v.remove(i)` or `v.swap(i, j)` inside a loop turn, through
    /// a `&mut v` made for the call and ended after it, so each turn
    /// borrows afresh.
    fn vec_call_in_turn(
        &mut self,
        place: Place,
        vec_ty: &Ty,
        (intrinsic, indices): (Intrinsic, &[LocalId]),
        dest: LocalId,
        span: Span,
    ) {
        let ref_ty = Ty::Ref(Mutability::Mut, Rc::new(vec_ty.clone()));
        let vec_mut = self.new_local(None, ref_ty, true, span);
        self.push(StatementKind::StorageLive(vec_mut), span);
        self.push(
            StatementKind::Assign(Place::local(vec_mut), Rvalue::Ref(Mutability::Mut, place)),
            span,
        );
        let mut operands = vec![Operand::Move(Place::local(vec_mut), span)];
        operands.extend(indices.iter().map(|i| Operand::Copy(Place::local(*i), span)));
        self.push(
            StatementKind::Assign(Place::local(dest), Rvalue::Intrinsic(intrinsic, operands)),
            span,
        );
        self.push(StatementKind::StorageDead(vec_mut), span);
    }

    /// `flag = is_less(a, b)` given the references `a` and `b`, inside a
    /// loop turn: returns the temporaries it made, which the turn ends on
    /// each branch it takes.
    fn is_less_in_turn(
        &mut self,
        is_less: &IsLess,
        (a, b): (LocalId, LocalId),
        flag: LocalId,
        span: Span,
    ) -> Result<Vec<LocalId>> {
        let (closure, result_ty) = match is_less {
            IsLess::Own(own) => return self.compare_in_turn(BinOp::Lt, own.clone(), (a, b), flag, span),
            IsLess::By(closure, ordering) => (closure, ordering),
            IsLess::ByKey(closure, key) => (closure, key),
        };
        self.temp_frames.push(Vec::new());
        let less = match is_less {
            // `compare(a, b) == Less`
            IsLess::By(..) => {
                let order = self.new_temp(result_ty.clone(), span);
                let args = vec![
                    Operand::Copy(Place::local(a), span),
                    Operand::Copy(Place::local(b), span),
                ];
                self.call_closure_again(closure, args, Place::local(order));
                self.variant_test(&Place::local(order), -1, span)
            }
            // `f(a).lt(&f(b))`
            _ => {
                let [key_a, key_b] = [a, b].map(|side| {
                    let key = self.new_temp(result_ty.clone(), span);
                    self.call_closure_again(
                        closure,
                        vec![Operand::Copy(Place::local(side), span)],
                        Place::local(key),
                    );
                    key
                });
                let (key_a, key_b) = (
                    Operand::Copy(Place::local(key_a), span),
                    Operand::Copy(Place::local(key_b), span),
                );
                Rvalue::binary(BinOp::Lt, result_ty.clone(), key_a, key_b)
            }
        };
        let temps = self.temp_frames.pop().unwrap_or_default();
        self.push(StatementKind::Assign(Place::local(flag), less), span);
        Ok(temps)
    }

    /// `flag = op(a, b)` through the program's impl, given the references
    /// `a` and `b`, inside a loop turn: returns the temporaries the call
    /// made, which the turn ends on each branch it takes.
    fn compare_in_turn(
        &mut self,
        op: BinOp,
        own: (usize, Vec<Ty>),
        (a, b): (LocalId, LocalId),
        flag: LocalId,
        span: Span,
    ) -> Result<Vec<LocalId>> {
        let sides = vec![
            Operand::Copy(Place::local(a), span),
            Operand::Copy(Place::local(b), span),
        ];
        self.temp_frames.push(Vec::new());
        let result = self.own_comparison(op, own, sides, span);
        let temps = self.temp_frames.pop().unwrap_or_default();
        self.push(StatementKind::Assign(Place::local(flag), result?), span);
        Ok(temps)
    }

    /// `if flag { then } else { otherwise }`, ending the turn's temporaries
    /// first on both sides.
    fn branch_ending_temps(
        &mut self,
        flag: LocalId,
        (then, otherwise): (BlockId, BlockId),
        temps: &[LocalId],
        span: Span,
    ) {
        let [then_entry, else_entry] = [(); 2].map(|()| self.new_block());
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(flag), span),
            then_block: then_entry,
            else_block: else_entry,
        });
        for (entry, target) in [(then_entry, then), (else_entry, otherwise)] {
            self.current = entry;
            for &temp in temps.iter().rev() {
                self.end_local(temp, span);
            }
            self.terminate(Terminator::Goto(target));
        }
    }

    /// A counter from `start` while it is below the `Vec`'s length (read
    /// once, before the loop): the counter, the head, the body and the exit
    /// block. The body ends with [`Self::close_counted_loop`].
    fn open_counted_loop(
        &mut self,
        place: Place,
        vec_ty: &Ty,
        start: i128,
        span: Span,
    ) -> (LocalId, BlockId, BlockId, BlockId) {
        let usize_ty = Ty::Int(IntTy::Usize);
        let vec_ref = self.borrow_temp(Mutability::Not, place, vec_ty, span);
        let len = self.new_temp(usize_ty.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(len), Rvalue::Intrinsic(Intrinsic::Len, vec![vec_ref])),
            span,
        );
        let index = self.new_temp(usize_ty.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(index), Rvalue::Use(Operand::Const(Const::Int(start)))),
            span,
        );
        let in_range = self.new_temp(Ty::Bool, span);
        let (head, body, exit) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Terminator::Goto(head));
        self.current = head;
        let test = Rvalue::binary(
            BinOp::Lt,
            usize_ty,
            Operand::Copy(Place::local(index), span),
            Operand::Copy(Place::local(len), span),
        );
        self.push(StatementKind::Assign(Place::local(in_range), test), span);
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(in_range), span),
            then_block: body,
            else_block: exit,
        });
        (index, head, body, exit)
    }

    /// The counter's `+= 1` and the jump back to the loop's head.
    fn close_counted_loop(&mut self, index: LocalId, head: BlockId, span: Span) {
        self.counter_step(index, index, BinOp::Add, span);
        self.terminate(Terminator::Goto(head));
    }
}

impl Lowerer<'_> {
    /// `dest = from + 1` (or `- 1`) of `usize` counters.
    fn counter_step(&mut self, dest: LocalId, from: LocalId, op: BinOp, span: Span) {
        let step = Rvalue::binary(
            op,
            Ty::Int(IntTy::Usize),
            Operand::Copy(Place::local(from), span),
            Operand::Const(Const::Int(1)),
        );
        self.push(StatementKind::Assign(Place::local(dest), step), span);
    }
}

/// How `sort` and its variants decide that one element goes before another.
enum IsLess<'c> {
    /// `a < b` through the program's `partial_cmp`.
    Own((usize, Vec<Ty>)),
    /// `sort_by(|a, b| …)`: the closure's `Ordering` is `Less`.
    By(&'c super::closures::ClosureArgument, Ty),
    /// `sort_by_key(|x| …)`: the keys, a number, `char` or `bool`, compare `<`.
    ByKey(&'c super::closures::ClosureArgument, Ty),
}
