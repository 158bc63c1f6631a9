//! Block, `if`, loop and jump expressions.

use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    // ---- expressions ----------------------------------------------------

    /// Evaluates `expr` into `dest`, returning its type.
    pub(super) fn lower_into(&mut self, dest: Place, expr: &syn::Expr, expected: Option<&Ty>) -> Result<Ty> {
        match expr {
            syn::Expr::Paren(paren) => self.lower_into(dest, &paren.expr, expected),
            syn::Expr::Group(group) => self.lower_into(dest, &group.expr, expected),
            syn::Expr::Block(block) => {
                if block.label.is_some() {
                    return unsupported("labelled blocks", block);
                }
                self.lower_block_into(dest, &block.block, expected)
            }
            syn::Expr::If(expr_if) => self.lower_if_into(dest, expr_if, expected),
            syn::Expr::Match(expr_match) => self.lower_match_into(dest, expr_match, expected),
            syn::Expr::Try(expr_try) => self.lower_try_into(dest, expr_try),
            syn::Expr::Loop(expr_loop) => self.lower_loop_into(dest, expr_loop),
            syn::Expr::While(expr_while) => self.lower_while_into(dest, expr_while),
            syn::Expr::ForLoop(expr_for) => self.lower_for_into(dest, expr_for),
            syn::Expr::Break(expr_break) => self.lower_break(expr_break),
            syn::Expr::Continue(expr_continue) => self.lower_continue(expr_continue),
            syn::Expr::Return(expr_return) => self.lower_return(expr_return),
            syn::Expr::Binary(binary) if matches!(binary.op, syn::BinOp::And(_) | syn::BinOp::Or(_)) => {
                self.lower_short_circuit_into(dest, binary)
            }
            // Assignments as values, e.g. a match arm `x => *total += x`.
            syn::Expr::Assign(_) => {
                self.lower_expr_statement(expr)?;
                self.assign_unit(dest, self.expr_span(expr));
                Ok(Ty::unit())
            }
            syn::Expr::Binary(binary) if compound_op(&binary.op).is_some() => {
                self.lower_expr_statement(expr)?;
                self.assign_unit(dest, self.expr_span(expr));
                Ok(Ty::unit())
            }
            syn::Expr::Macro(mac) if !super::macros::is_value_macro(&mac.mac) => {
                self.lower_macro_statement(&mac.mac)?;
                self.assign_unit(dest, mac.node_span());
                // `panic!` and friends never produce a value.
                if self.is_reachable(self.current) {
                    Ok(Ty::unit())
                } else {
                    Ok(Ty::Never)
                }
            }
            _ => {
                let (rvalue, ty) = self.as_rvalue(expr, expected)?;
                let (rvalue, ty) = self.fn_pointer_coercion(rvalue, ty, expected, expr)?;
                self.push(StatementKind::Assign(dest, rvalue), self.expr_span(expr));
                Ok(ty)
            }
        }
    }

    /// Like [`Self::lower_into`] where the value must have type `expected`
    /// (a function's result, a `match` arm with a known type): references
    /// get the deref coercions (`&String` to `&str`, `&Box<T>` to `&T`).
    pub(super) fn lower_coerced_into(&mut self, dest: Place, expr: &syn::Expr, expected: &Ty) -> Result<Ty> {
        let resolved = self.infer.resolve(expected);
        // Branching expressions assign each branch's value themselves, so
        // each assignment keeps its own span.
        let branching = matches!(
            strip_parens(expr),
            syn::Expr::If(_) | syn::Expr::Match(_) | syn::Expr::Block(_) | syn::Expr::Loop(_)
        );
        // `&String` to `&str` and friends, and `Box<T>`/`&T` to `dyn Trait` pointers.
        let dyn_pointer = super::generics::points_to_dyn(&resolved);
        if !dyn_pointer && (!matches!(resolved, Ty::Ref(..)) || resolved.has_var() || branching) {
            let ty = self.lower_into(dest, expr, Some(expected))?;
            return self.expect_type(expected, &ty, expr);
        }
        let (operand, ty) = self.as_operand(expr, Some(expected))?;
        if self.infer.resolve(&ty) == Ty::Never {
            return Ok(Ty::Never);
        }
        let operand = self.coerce(operand, &ty, &resolved, expr)?;
        self.push(StatementKind::Assign(dest, Rvalue::Use(operand)), self.expr_span(expr));
        Ok(resolved)
    }

    pub(super) fn lower_block_into(&mut self, dest: Place, block: &syn::Block, expected: Option<&Ty>) -> Result<Ty> {
        self.push_scope();
        let tail = self.lower_block_statements(&block.stmts)?;
        let ty = match tail {
            Some(expr) if expected.is_some_and(|t| super::generics::points_to_dyn(&self.infer.resolve(t))) => {
                self.lower_coerced_into(dest, expr, expected.unwrap_or(&Ty::Never))?
            }
            // Edition 2024 drops the tail's temporaries before the block's
            // locals; earlier editions at the end of the enclosing statement.
            Some(expr) if self.items.edition >= crate::Edition::E2024 => {
                self.temp_frames.push(Vec::new());
                let ty = self.lower_into(dest, expr, expected)?;
                self.end_statement_temps(span_of(block.brace_token.span.close()));
                ty
            }
            Some(expr) => self.lower_into(dest, expr, expected)?,
            // A block that ends with `return …;` (or `break`, `continue`,
            // `panic!`) never produces its value: it has type `!`.
            None if block.stmts.last().is_some_and(diverges) => Ty::Never,
            None => {
                self.assign_unit(dest, block.node_span());
                // A block whose statements always jump away (`return x;`,
                // `panic!(…);`) has type `!`.
                if self.is_reachable(self.current) {
                    Ty::unit()
                } else {
                    Ty::Never
                }
            }
        };
        // A marker after the tail expression, on a line before the closing
        // brace, is a point inside this block (a closure's or a loop's body
        // runs it each time), while its locals are still alive. A marker on
        // the closing brace's line belongs to the enclosing statement.
        let closing = span_of(block.brace_token.span.close());
        self.emit_markers_through(closing.first_line().saturating_sub(1), closing);
        self.pop_scope(closing);
        Ok(ty)
    }

    pub(super) fn lower_if_into(&mut self, dest: Place, expr_if: &syn::ExprIf, expected: Option<&Ty>) -> Result<Ty> {
        if let syn::Expr::Let(expr_let) = &*expr_if.cond {
            return self.lower_if_let_into(dest, expr_if, expr_let, expected);
        }
        let (cond, cond_ty) = self.as_operand(&expr_if.cond, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &cond_ty, &*expr_if.cond)?;
        let then_block = self.new_block();
        let else_block = self.new_block();
        let join = self.new_block();
        self.terminate(Terminator::If {
            cond,
            then_block,
            else_block,
        });
        self.current = then_block;
        let then_ty = self.lower_block_into(dest.clone(), &expr_if.then_branch, expected)?;
        self.lower_else_into(dest, expr_if, (&then_ty, expected), else_block, join)
    }

    /// The end of an `if` or `if let` whose then-branch has type `then_ty`:
    /// the jump past the else-branch, the else-branch (or `()`), the join.
    pub(super) fn lower_else_into(
        &mut self,
        dest: Place,
        expr_if: &syn::ExprIf,
        (then_ty, expected): (&Ty, Option<&Ty>),
        else_block: BlockId,
        join: BlockId,
    ) -> Result<Ty> {
        self.terminate(Terminator::Goto(join));
        self.current = else_block;
        let ty = match &expr_if.else_branch {
            Some((_, else_expr)) => {
                // Each branch coerces to a `dyn` pointer the context expects.
                let else_expected = match expected {
                    Some(t) if super::generics::points_to_dyn(&self.infer.resolve(t)) => t.clone(),
                    _ => then_ty.clone(),
                };
                let else_ty = self.lower_into(dest, else_expr, Some(&else_expected))?;
                self.expect_type(then_ty, &else_ty, &**else_expr)?
            }
            None => {
                self.assign_unit(dest, expr_if.node_span());
                self.expect_type(&Ty::unit(), then_ty, &expr_if.then_branch)?
            }
        };
        self.join_branches(join);
        Ok(ty)
    }

    pub(super) fn lower_short_circuit_into(&mut self, dest: Place, binary: &syn::ExprBinary) -> Result<Ty> {
        let is_and = matches!(binary.op, syn::BinOp::And(_));
        let (left, left_ty) = self.as_operand(&binary.left, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &left_ty, &*binary.left)?;
        let evaluate_right = self.new_block();
        let short = self.new_block();
        let join = self.new_block();
        let (then_block, else_block) = if is_and {
            (evaluate_right, short)
        } else {
            (short, evaluate_right)
        };
        self.terminate(Terminator::If {
            cond: left,
            then_block,
            else_block,
        });
        self.current = evaluate_right;
        let right_ty = self.lower_into(dest.clone(), &binary.right, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &right_ty, &*binary.right)?;
        self.terminate(Terminator::Goto(join));
        self.current = short;
        self.push(
            StatementKind::Assign(dest, Rvalue::Use(Operand::Const(Const::Bool(!is_and)))),
            binary.node_span(),
        );
        self.join_branches(join);
        Ok(Ty::Bool)
    }

    // ---- loops ----------------------------------------------------------

    pub(super) fn enter_loop(&mut self, label: Option<&syn::Label>, head: BlockId, exit: BlockId, dest: Option<Place>) {
        self.loops.push(LoopContext {
            label: label.map(|l| l.name.ident.to_string()),
            head,
            exit,
            dest,
            break_ty: None,
            scope_depth: self.scopes.len(),
            frame_depth: self.temp_frames.len(),
        });
    }

    /// Lowers a loop body as a block whose value is discarded; the
    /// temporaries of its tail expression end with each iteration.
    pub(super) fn lower_loop_body(&mut self, body: &syn::Block) -> Result<()> {
        let span = body.node_span();
        let temp = self.new_local(None, Ty::unit(), true, span);
        self.push(StatementKind::StorageLive(temp), span);
        self.temp_frames.push(Vec::new());
        let ty = self.lower_block_into(Place::local(temp), body, Some(&Ty::unit()))?;
        self.expect_type(&Ty::unit(), &ty, body)?;
        self.end_statement_temps(span);
        self.push(StatementKind::StorageDead(temp), span);
        Ok(())
    }

    /// `loop { … }`: its value is what `break value` carries.
    pub(super) fn lower_loop_into(&mut self, dest: Place, expr: &syn::ExprLoop) -> Result<Ty> {
        let head = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.enter_loop(expr.label.as_ref(), head, exit, Some(dest));
        self.lower_loop_body(&expr.body)?;
        self.terminate(Terminator::Goto(head));
        let context = self.loops.pop();
        self.current = exit;
        Ok(context.and_then(|c| c.break_ty).unwrap_or(Ty::Never))
    }

    /// `while cond { … }`.
    pub(super) fn lower_while_into(&mut self, dest: Place, expr: &syn::ExprWhile) -> Result<Ty> {
        if let syn::Expr::Let(expr_let) = &*expr.cond {
            return self.lower_while_let_into(dest, expr, expr_let);
        }
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.temp_frames.push(Vec::new());
        let (cond, cond_ty) = self.as_operand(&expr.cond, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &cond_ty, &*expr.cond)?;
        let cond_temps = self.temp_frames.pop().unwrap_or_default();
        if cond_temps
            .iter()
            .any(|t| self.items.needs_drop(&self.infer.resolve(&self.locals[*t].ty)))
        {
            return unsupported("a `while` condition that creates values needing drop", &*expr.cond);
        }
        self.terminate(Terminator::If {
            cond,
            then_block: body,
            else_block: exit,
        });
        self.current = body;
        self.enter_loop(expr.label.as_ref(), head, exit, None);
        self.lower_loop_body(&expr.body)?;
        self.terminate(Terminator::Goto(head));
        self.loops.pop();
        self.current = exit;
        self.assign_unit(dest, span_of(expr.span()));
        Ok(Ty::unit())
    }

    /// `for x in a..b` and `for x in a..=b` over integers, counted with
    /// hidden locals; other iterators are not modelled yet.
    pub(super) fn lower_for_into(&mut self, dest: Place, expr: &syn::ExprForLoop) -> Result<Ty> {
        if let Some(ty) = self.lower_for_over_map(&dest, expr)? {
            return Ok(ty);
        }
        if let Some(ty) = self.lower_for_chain(&dest, expr)? {
            return Ok(ty);
        }
        let range = match strip_parens(&expr.expr) {
            syn::Expr::Range(range) => range,
            other => return self.lower_for_over_elements(dest, expr, other),
        };
        let (Some(start), Some(end)) = (&range.start, &range.end) else {
            return unsupported("open-ended ranges in `for`", range);
        };
        let inclusive = matches!(range.limits, syn::RangeLimits::Closed(_));
        let span = expr.node_span();
        // Hidden state, in a scope around the loop: next value, end, exhausted.
        self.push_scope();
        let (start_op, start_ty) = self.as_operand(start, None)?;
        let (end_op, end_ty) = self.as_operand(end, Some(&start_ty))?;
        let ty = self.expect_type(&start_ty, &end_ty, &**end)?;
        self.require_integer(&ty, "`for` ranges", range)?;
        let next = self.hidden_local(ty.clone(), Rvalue::Use(start_op), span);
        let last = self.hidden_local(ty.clone(), Rvalue::Use(end_op), span);
        let next_op = Operand::Copy(Place::local(next), span);
        let last_op = Operand::Copy(Place::local(last), span);
        let compare = if inclusive { BinOp::Le } else { BinOp::Lt };
        let in_range = Rvalue::binary(compare, ty.clone(), next_op.clone(), last_op.clone());
        let more = self.hidden_local(Ty::Bool, in_range, span);
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(more), self.for_header(expr)),
            then_block: body,
            else_block: exit,
        });
        self.current = body;
        self.enter_loop(expr.label.as_ref(), head, exit, None);
        // The loop variable takes the current value; then the state advances.
        // An inclusive range stops after yielding its end instead of stepping
        // past it, so `0..=u8::MAX` does not overflow.
        self.push_scope();
        let mut bindings = Vec::new();
        self.bind_pattern(&expr.pat, Place::local(next), &ty, &mut bindings)?;
        let stepped = if inclusive {
            Rvalue::binary(BinOp::Lt, ty.clone(), next_op.clone(), last_op.clone())
        } else {
            Rvalue::Use(Operand::Const(Const::Bool(true)))
        };
        self.push(StatementKind::Assign(Place::local(more), stepped), span);
        let advance = self.new_block();
        let check = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(more), span),
            then_block: advance,
            else_block: check,
        });
        self.current = advance;
        self.increment(next, &ty, span);
        if !inclusive {
            let in_range = Rvalue::binary(BinOp::Lt, ty.clone(), Operand::Copy(Place::local(next), span), last_op);
            self.push(StatementKind::Assign(Place::local(more), in_range), span);
        }
        self.terminate(Terminator::Goto(check));
        self.current = check;
        self.declare(bindings);
        self.lower_loop_body(&expr.body)?;
        self.loops.pop();
        self.pop_scope(span);
        self.terminate(Terminator::Goto(head));
        self.current = exit;
        self.pop_scope(span);
        self.assign_unit(dest, span);
        Ok(Ty::unit())
    }

    /// `for x in c` over the elements of a `Vec`, an array or a slice: by
    /// reference (`&v`, `&mut v`, `&v[1..]`, a `&[T]` or `&Vec<T>` value) or
    /// by value (`v`, consuming it). An index loop; the elements a loop
    /// consuming a `Vec` leaves behind are dropped with it.
    pub(super) fn lower_for_over_elements(
        &mut self,
        dest: Place,
        expr: &syn::ExprForLoop,
        iterable: &syn::Expr,
    ) -> Result<Ty> {
        let span = expr.node_span();
        // Hidden state, in a scope around the loop.
        self.scopes.push(Scope::default());
        let (mut container, mut ty, by_ref) = match iterable {
            // `for x in &v[1..]`: through a hidden slice reference.
            syn::Expr::Reference(reference)
                if matches!(strip_parens(&reference.expr), syn::Expr::Index(index)
                    if matches!(strip_parens(&index.index), syn::Expr::Range(_))) =>
            {
                let (slice, slice_ty) = self.as_rvalue(iterable, None)?;
                let Ty::Ref(mutability, inner) = slice_ty.clone() else {
                    return unsupported("`for` over this slice", iterable);
                };
                let local = self.hidden_local(slice_ty, slice, span);
                (
                    Place::local(local).project(PlaceElem::Deref),
                    Rc::unwrap_or_clone(inner),
                    Some(mutability),
                )
            }
            syn::Expr::Reference(reference) if is_place_expr(&reference.expr) => {
                let mutability = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let (place, ty) = self.as_place(&reference.expr)?;
                (place, ty, Some(mutability))
            }
            _ => {
                let (place, ty) = self.place_or_temp(iterable, None)?;
                match self.infer.resolve(&ty) {
                    // A reference iterates by reference, through a copy of it.
                    Ty::Ref(mutability, inner) => {
                        let reference = Ty::Ref(mutability, inner.clone());
                        let operand = self.consume(place, &reference, span);
                        let local = self.hidden_local(reference, Rvalue::Use(operand), span);
                        (
                            Place::local(local).project(PlaceElem::Deref),
                            Rc::unwrap_or_clone(inner),
                            Some(mutability),
                        )
                    }
                    Ty::Vec(_) | Ty::Array(..) => {
                        let resolved = self.infer.resolve(&ty);
                        // Moved by the loop's `into_iter()`, on the iterable as rustc says.
                        let operand = self.consume(place, &resolved, self.expr_span(iterable));
                        let local = self.hidden_local(resolved.clone(), Rvalue::Use(operand), span);
                        (Place::local(local), resolved, None)
                    }
                    other => return unsupported(format!("`for` over `{other}`"), iterable),
                }
            }
        };
        while let Some(inner) = self.infer.resolve(&ty).deref_target() {
            container = container.project(PlaceElem::Deref);
            ty = inner;
        }
        let (Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element)) = self.infer.resolve(&ty) else {
            let found = self.infer.resolve(&ty);
            return unsupported(format!("`for` over `{found}`"), iterable);
        };
        // By reference, the loop holds one borrow of the container, as an
        // iterator would: each element is reached through it, and its length
        // is read through it.
        let (container, len_source) = match by_ref {
            Some(mutability) => {
                let borrow = self.borrow_temp(mutability, container, &ty, self.expr_span(iterable));
                let (Operand::Copy(iterated, _) | Operand::Move(iterated, _)) = borrow else {
                    return unsupported("`for` over this borrow", iterable);
                };
                let len_source = Operand::Copy(iterated.clone(), span);
                (iterated.project(PlaceElem::Deref), len_source)
            }
            None => {
                let len_source = self.borrow_temp(Mutability::Not, container.clone(), &ty, span);
                (container, len_source)
            }
        };
        let (index, head, exit) = self.open_index_loop(len_source, expr.label.as_ref(), self.for_header(expr), span);
        let element_place = container.clone().project(PlaceElem::Index(index));
        let (item_ty, item_value) = match by_ref {
            Some(mutability) => (
                Ty::Ref(mutability, element.clone()),
                Rvalue::Ref(mutability, element_place),
            ),
            None if self.items.is_copy(&self.infer.resolve(&element)) => {
                ((*element).clone(), Rvalue::Use(Operand::Copy(element_place, span)))
            }
            None => {
                let owner = self.borrow_temp(Mutability::Mut, container, &ty, span);
                let take = vec![owner, Operand::Copy(Place::local(index), span)];
                ((*element).clone(), Rvalue::Intrinsic(Intrinsic::TakeElement, take))
            }
        };
        // Each turn reads the next item through the iterable, where rustc
        // points at a later use of its borrow.
        let item = self.hidden_local(item_ty.clone(), item_value, self.expr_span(iterable));
        self.close_index_loop(expr, dest, (index, head, exit), Place::local(item), &item_ty)
    }

    /// Opens a loop over the indices `0..len`, the length read through
    /// `len_source` (hidden locals in the current scope): returns the
    /// counter, the loop's head and its exit (its test carries the `for …
    /// in …` header's span, which move errors in loops point at), with the lowering in a new
    /// scope of the body, where the item is read at the counter.
    pub(super) fn open_index_loop(
        &mut self,
        len_source: Operand,
        label: Option<&syn::Label>,
        header: Span,
        span: Span,
    ) -> (LocalId, BlockId, BlockId) {
        let usize_ty = Ty::Int(IntTy::Usize);
        let len = self.hidden_local(
            usize_ty.clone(),
            Rvalue::Intrinsic(Intrinsic::Len, vec![len_source]),
            span,
        );
        let index = self.hidden_local(usize_ty.clone(), Rvalue::Use(Operand::Const(Const::Int(0))), span);
        let in_range = Rvalue::binary(
            BinOp::Lt,
            usize_ty,
            Operand::Copy(Place::local(index), span),
            Operand::Copy(Place::local(len), span),
        );
        let more = self.hidden_local(Ty::Bool, in_range.clone(), span);
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.push(StatementKind::Assign(Place::local(more), in_range), span);
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(more), header),
            then_block: body,
            else_block: exit,
        });
        self.current = body;
        self.enter_loop(label, head, exit, None);
        self.scopes.push(Scope::default());
        (index, head, exit)
    }

    /// Closes a loop [`Self::open_index_loop`] opened, once its item is read:
    /// steps the counter, binds the pattern to `item`, lowers the body, and
    /// ends the loop's scopes.
    pub(super) fn close_index_loop(
        &mut self,
        expr: &syn::ExprForLoop,
        dest: Place,
        (index, head, exit): (LocalId, BlockId, BlockId),
        item: Place,
        item_ty: &Ty,
    ) -> Result<Ty> {
        let span = expr.node_span();
        self.increment(index, &Ty::Int(IntTy::Usize), span);
        let mut bindings = Vec::new();
        self.bind_pattern(&expr.pat, item, item_ty, &mut bindings)?;
        self.declare(bindings);
        self.lower_loop_body(&expr.body)?;
        self.loops.pop();
        self.pop_scope(span);
        self.terminate(Terminator::Goto(head));
        self.current = exit;
        self.pop_scope(span);
        self.assign_unit(dest, span);
        Ok(Ty::unit())
    }

    /// `for pat in iterable`, the span rustc labels "inside of this loop";
    /// the test at the head of a `for` loop carries it.
    pub(super) fn for_header(&self, expr: &syn::ExprForLoop) -> Span {
        span_of(expr.for_token.span).to(self.expr_span(&expr.expr))
    }

    /// `local += 1` for a loop counter of type `ty`.
    fn increment(&mut self, local: LocalId, ty: &Ty, span: Span) {
        let one = Operand::Const(Const::Int(1));
        let sum = Rvalue::binary(BinOp::Add, ty.clone(), Operand::Copy(Place::local(local), span), one);
        self.push(StatementKind::Assign(Place::local(local), sum), span);
    }

    /// A compiler-made local initialised with `value`, owned by the current scope.
    pub(super) fn hidden_local(&mut self, ty: Ty, value: Rvalue, span: Span) -> LocalId {
        let local = self.new_local(None, ty, true, span);
        self.push(StatementKind::StorageLive(local), span);
        self.push(StatementKind::Assign(Place::local(local), value), span);
        if let Some(scope) = self.scopes.last_mut() {
            scope.owned.push(local);
        }
        local
    }

    pub(super) fn find_loop(&self, label: Option<&syn::Lifetime>, node: &impl Spanned) -> Result<usize> {
        let wanted = label.map(|l| l.ident.to_string());
        let found = self
            .loops
            .iter()
            .rposition(|context| wanted.is_none() || context.label == wanted);
        found.ok_or_else(|| match wanted {
            Some(name) => Diagnostic::rejected(
                "E0426",
                format!("use of undeclared label `'{name}`"),
                span_of(node.span()),
            ),
            None => Diagnostic::rejected(
                "E0268",
                "`break` outside of a loop or labeled block",
                span_of(node.span()),
            ),
        })
    }

    pub(super) fn lower_break(&mut self, expr: &syn::ExprBreak) -> Result<Ty> {
        let index = self.find_loop(expr.label.as_ref(), expr)?;
        let span = span_of(expr.span());
        if let Some(value) = &expr.expr {
            let Some(dest) = self.loops[index].dest.clone() else {
                return Err(Diagnostic::rejected(
                    "E0571",
                    "`break` with value from a `while` or `for` loop",
                    span,
                ));
            };
            let expected = self.loops[index].break_ty.clone();
            let ty = self.lower_into(dest, value, expected.as_ref())?;
            let ty = match expected {
                Some(previous) => self.expect_type(&previous, &ty, &**value)?,
                None => ty,
            };
            self.loops[index].break_ty = Some(ty);
        } else if let Some(dest) = self.loops[index].dest.clone() {
            self.assign_unit(dest, span);
            let previous = self.loops[index].break_ty.clone().unwrap_or_else(Ty::unit);
            self.expect_type(&previous, &Ty::unit(), expr)?;
            self.loops[index].break_ty = Some(Ty::unit());
        }
        self.unwind(self.loops[index].scope_depth, self.loops[index].frame_depth, span);
        self.terminate(Terminator::Goto(self.loops[index].exit));
        self.current = self.new_block();
        Ok(Ty::Never)
    }

    /// `return value`: writes the return place, drops every scope, returns.
    pub(super) fn lower_return(&mut self, expr: &syn::ExprReturn) -> Result<Ty> {
        let span = span_of(expr.span());
        let expected = self.return_ty.clone();
        match &expr.expr {
            Some(value) => {
                self.lower_coerced_into(Place::local(0), value, &expected)?;
            }
            None => {
                self.expect_type(&expected, &Ty::unit(), expr)?;
                self.assign_unit(Place::local(0), span);
            }
        }
        self.unwind(0, 0, span);
        self.terminate(Terminator::Return);
        self.current = self.new_block();
        Ok(Ty::Never)
    }

    pub(super) fn lower_continue(&mut self, expr: &syn::ExprContinue) -> Result<Ty> {
        let index = self.find_loop(expr.label.as_ref(), expr)?;
        let span = span_of(expr.span());
        self.unwind(self.loops[index].scope_depth, self.loops[index].frame_depth, span);
        self.terminate(Terminator::Goto(self.loops[index].head));
        self.current = self.new_block();
        Ok(Ty::Never)
    }
}

/// Whether a statement always leaves its block: `return`, `break`,
/// `continue`, or a panicking macro.
fn diverges(stmt: &syn::Stmt) -> bool {
    let panicking = |mac: &syn::Macro| {
        mac.path.segments.last().is_some_and(|s| {
            matches!(
                s.ident.to_string().as_str(),
                "panic" | "unreachable" | "todo" | "unimplemented"
            )
        })
    };
    match stmt {
        syn::Stmt::Expr(syn::Expr::Return(_) | syn::Expr::Break(_) | syn::Expr::Continue(_), _) => true,
        syn::Stmt::Expr(syn::Expr::Macro(mac), _) => panicking(&mac.mac),
        syn::Stmt::Macro(mac) => panicking(&mac.mac),
        _ => false,
    }
}

impl Lowerer<'_> {
    /// Whether `path` names `std::process::exit`, directly or through a `use`.
    pub(super) fn is_process_exit(&self, path: &[&str]) -> bool {
        match path {
            ["std", "process", "exit"] => true,
            ["process", "exit"] => self
                .items
                .import("process")
                .is_some_and(|full| full == ["std", "process"]),
            ["exit"] => self
                .items
                .import("exit")
                .is_some_and(|full| full == ["std", "process", "exit"]),
            _ => false,
        }
    }

    /// `std::process::exit(code)`: the program ends there without dropping
    /// anything, so the block ends as a panic's does (nothing follows in
    /// the checker); the machine stops at the call before reaching it.
    pub(super) fn process_exit(&mut self, code: &syn::Expr, call: &syn::ExprCall) -> Result<(Rvalue, Ty)> {
        let span = call.node_span();
        let i32_ty = Ty::Int(IntTy::I32);
        let (operand, ty) = self.as_operand(code, Some(&i32_ty))?;
        self.expect_type(&i32_ty, &ty, code)?;
        let never = self.new_temp(Ty::Never, span);
        self.push(
            StatementKind::Assign(
                Place::local(never),
                Rvalue::Intrinsic(Intrinsic::ProcessExit, vec![operand]),
            ),
            span,
        );
        self.terminate(Terminator::Panic(Format::default(), span));
        self.current = self.new_block();
        Ok((Rvalue::Use(Operand::Const(Const::Unit)), Ty::Never))
    }
}
