//! `Option` and `Result` methods, the `Vec` methods that return an
//! `Option`, and the `?` operator. Each lowers to tests of the variant and
//! moves of its field, so the checker and the pictures see what std does.

use super::*;

/// Methods that take a closure, which the model does not have yet.
const CLOSURE_METHODS: &[&str] = &[
    "map",
    "map_err",
    "map_or",
    "map_or_else",
    "and_then",
    "or_else",
    "unwrap_or_else",
    "ok_or_else",
    "filter",
    "is_some_and",
    "is_none_or",
    "is_ok_and",
    "is_err_and",
    "inspect",
    "inspect_err",
    "get_or_insert_with",
    "take_if",
];

impl Lowerer<'_> {
    /// A method of `Option<T>` or `Result<T, E>` called on the value at `place`.
    pub(super) fn option_method(
        &mut self,
        call: &syn::ExprMethodCall,
        place: Place,
        self_ty: Ty,
        receiver_span: Span,
    ) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let span = span_of(call.method.span());
        let (is_option, value_ty, err_ty) = match &self_ty {
            Ty::Option(inner) => (true, (**inner).clone(), None),
            Ty::Result(ok, err) => (false, (**ok).clone(), Some((**err).clone())),
            other => return unsupported(format!("the method `{method}` on `{other}`"), &call.method),
        };
        let type_name = if is_option { "Option" } else { "Result" };
        // The variant holding the value (`Some`, `Ok`) and the other one.
        let (value_variant, other_variant) = if is_option { (1, 0) } else { (0, 1) };
        match (method.as_str(), args.as_slice()) {
            ("is_some" | "is_none" | "is_ok" | "is_err", [])
                if is_option == matches!(method.as_str(), "is_some" | "is_none") =>
            {
                let wanted = if matches!(method.as_str(), "is_some" | "is_err") {
                    1
                } else {
                    0
                };
                // `&self` methods: the test reads through a shared borrow.
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                let (Operand::Copy(reference, _) | Operand::Move(reference, _)) = reference else {
                    return unsupported(format!("the method `{method}` here"), &call.method);
                };
                Ok((
                    self.variant_test(&reference.project(PlaceElem::Deref), wanted, receiver_span),
                    Ty::Bool,
                ))
            }
            ("unwrap" | "expect" | "unwrap_err" | "expect_err", _) if !(is_option && method.ends_with("_err")) => {
                let expects = method.starts_with("expect");
                if args.len() != usize::from(expects) {
                    return Err(super::macros::argument_count_error(
                        "method",
                        usize::from(expects),
                        args.len(),
                        &call.method,
                    ));
                }
                let wants_err = method.ends_with("err");
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                let message = match args.first() {
                    Some(arg) => {
                        let (msg, msg_ty) = if is_place_expr(arg) {
                            self.as_place(arg)?
                        } else {
                            self.as_temp_place(arg, Some(&Ty::str_ref()))?
                        };
                        self.expect_type(&Ty::str_ref(), &msg_ty, *arg)?;
                        Some((msg, span_of(arg.span())))
                    }
                    None => None,
                };
                let (wanted, result_ty, shown) = if wants_err {
                    (
                        other_variant,
                        err_ty.clone().unwrap_or_else(Ty::unit),
                        (value_variant, value_ty.clone()),
                    )
                } else {
                    (
                        value_variant,
                        value_ty.clone(),
                        (other_variant, err_ty.clone().unwrap_or_else(Ty::unit)),
                    )
                };
                let result = self.new_temp(result_ty.clone(), span);
                let fail = self.new_block();
                let cond = self.variant_test(&Place::local(recv), wanted as i128, span);
                self.continue_if(cond, fail, span);
                let field = Place::local(recv).project(PlaceElem::VariantField(wanted, 0));
                let value = self.consume(field, &result_ty, span);
                self.push(StatementKind::Assign(Place::local(result), Rvalue::Use(value)), span);
                let join = self.switch_branch(fail);
                let mut format = Format::default();
                if let Some((msg, msg_span)) = message {
                    format.pieces.push(FormatPiece::Argument {
                        index: 0,
                        spec: FormatSpec::default(),
                    });
                    format.args.push(msg);
                    format.arg_tys.push(Ty::str_ref());
                    format.arg_spans.push(msg_span);
                } else if is_option {
                    format.pieces.push(FormatPiece::Literal(
                        "called `Option::unwrap()` on a `None` value".into(),
                    ));
                } else {
                    let (name, variant) = if wants_err {
                        ("unwrap_err", "Ok")
                    } else {
                        ("unwrap", "Err")
                    };
                    format.pieces.push(FormatPiece::Literal(format!(
                        "called `Result::{name}()` on an `{variant}` value"
                    )));
                }
                if !is_option {
                    let debug = FormatSpec {
                        trait_: FormatTrait::Debug,
                        ..FormatSpec::default()
                    };
                    self.check_formattable(&shown.1, &debug, span)?;
                    format.pieces.push(FormatPiece::Literal(": ".into()));
                    format.pieces.push(FormatPiece::Argument {
                        index: format.args.len(),
                        spec: debug,
                    });
                    format
                        .args
                        .push(Place::local(recv).project(PlaceElem::VariantField(shown.0, 0)));
                    format.arg_tys.push(shown.1);
                    format.arg_spans.push(span);
                }
                self.terminate(Terminator::Panic(format, span));
                self.current = join;
                Ok((
                    Rvalue::Use(self.consume(Place::local(result), &result_ty, span)),
                    result_ty,
                ))
            }
            ("unwrap_or", [default]) => {
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                let (operand, ty) = self.as_operand(default, Some(&value_ty))?;
                let operand = self.coerce(operand, &ty, &value_ty, *default)?;
                let fallback = self.new_temp(value_ty.clone(), span);
                self.push(
                    StatementKind::Assign(Place::local(fallback), Rvalue::Use(operand)),
                    span,
                );
                self.unwrap_or(recv, &self_ty, value_variant, Place::local(fallback), &value_ty, span)
            }
            ("unwrap_or_default", []) => {
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                let (default, _) = self.default_value(&value_ty, &call.method)?;
                let fallback = self.new_temp(value_ty.clone(), span);
                self.push(StatementKind::Assign(Place::local(fallback), default), span);
                self.unwrap_or(recv, &self_ty, value_variant, Place::local(fallback), &value_ty, span)
            }
            ("ok" | "err", []) if !is_option => {
                let wanted = if method == "ok" { 0 } else { 1 };
                let field_ty = if wanted == 0 {
                    value_ty.clone()
                } else {
                    err_ty.clone().unwrap_or_else(Ty::unit)
                };
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                let result_ty = Ty::Option(Box::new(field_ty.clone()));
                let result = self.new_temp(result_ty.clone(), span);
                let other = self.new_block();
                let cond = self.variant_test(&Place::local(recv), wanted, span);
                self.continue_if(cond, other, span);
                let field = Place::local(recv).project(PlaceElem::VariantField(wanted as usize, 0));
                let value = self.consume(field, &field_ty, span);
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Variant(1, vec![value])),
                    span,
                );
                let join = self.switch_branch(other);
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
                    span,
                );
                self.drop_if_needed(Place::local(recv), &self_ty, span);
                self.join_branches(join);
                Ok((
                    Rvalue::Use(self.consume(Place::local(result), &result_ty, span)),
                    result_ty,
                ))
            }
            ("ok_or", [error]) if is_option => {
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                let (operand, error_ty) = self.as_operand(error, None)?;
                let fallback = self.new_temp(error_ty.clone(), span);
                self.push(
                    StatementKind::Assign(Place::local(fallback), Rvalue::Use(operand)),
                    span,
                );
                let result_ty = Ty::Result(Box::new(value_ty.clone()), Box::new(error_ty.clone()));
                let result = self.new_temp(result_ty.clone(), span);
                let none = self.new_block();
                let cond = self.variant_test(&Place::local(recv), 1, span);
                self.continue_if(cond, none, span);
                let field = Place::local(recv).project(PlaceElem::VariantField(1, 0));
                let value = self.consume(field, &value_ty, span);
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Variant(0, vec![value])),
                    span,
                );
                self.drop_if_needed(Place::local(fallback), &error_ty, span);
                let join = self.switch_branch(none);
                let error = self.consume(Place::local(fallback), &error_ty, span);
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Variant(1, vec![error])),
                    span,
                );
                self.join_branches(join);
                Ok((
                    Rvalue::Use(self.consume(Place::local(result), &result_ty, span)),
                    result_ty,
                ))
            }
            ("as_ref" | "as_mut", []) => {
                let mutability = if method == "as_ref" {
                    Mutability::Not
                } else {
                    Mutability::Mut
                };
                let borrowed = |ty: Ty| Ty::Ref(mutability, Box::new(ty));
                let result_ty = match &err_ty {
                    None => Ty::Option(Box::new(borrowed(value_ty.clone()))),
                    Some(err) => Ty::Result(Box::new(borrowed(value_ty.clone())), Box::new(borrowed(err.clone()))),
                };
                // `&self` or `&mut self`: the whole receiver is borrowed first.
                let receiver = self.borrow_temp(mutability, place, &self_ty, receiver_span);
                let (Operand::Copy(receiver, _) | Operand::Move(receiver, _)) = receiver else {
                    return unsupported(format!("the method `{method}` here"), &call.method);
                };
                let place = receiver.project(PlaceElem::Deref);
                let result = self.new_temp(result_ty.clone(), span);
                let other = self.new_block();
                let join = self.new_block();
                let cond = self.variant_test(&place, value_variant as i128, span);
                self.continue_if(cond, other, span);
                let fields = [
                    (value_variant, value_ty.clone()),
                    (other_variant, err_ty.clone().unwrap_or_else(Ty::unit)),
                ];
                for (index, (variant, field_ty)) in fields.into_iter().enumerate() {
                    if index == 1 {
                        self.current = other;
                    }
                    let operands = if is_option && variant == 0 {
                        Vec::new()
                    } else {
                        let ref_ty = borrowed(field_ty);
                        let reference = self.new_temp(ref_ty.clone(), span);
                        let field = place.project(PlaceElem::VariantField(variant, 0));
                        self.push(
                            StatementKind::Assign(Place::local(reference), Rvalue::Ref(mutability, field)),
                            span,
                        );
                        vec![self.consume(Place::local(reference), &ref_ty, span)]
                    };
                    self.push(
                        StatementKind::Assign(Place::local(result), Rvalue::Variant(variant, operands)),
                        span,
                    );
                    self.terminate(Terminator::Goto(join));
                }
                self.current = join;
                Ok((
                    Rvalue::Use(self.consume(Place::local(result), &result_ty, span)),
                    result_ty,
                ))
            }
            ("take" | "replace", _) if is_option => {
                let expected = usize::from(method == "replace");
                if args.len() != expected {
                    return Err(super::macros::argument_count_error(
                        "method",
                        expected,
                        args.len(),
                        &call.method,
                    ));
                }
                let reference = self.borrow_temp(Mutability::Mut, place, &self_ty, receiver_span);
                let operands = match args.first() {
                    Some(arg) => {
                        let (operand, ty) = self.as_operand(arg, Some(&value_ty))?;
                        vec![self.coerce(operand, &ty, &value_ty, *arg)?]
                    }
                    None => Vec::new(),
                };
                let variant = usize::from(method == "replace");
                let new_value = self.new_temp(self_ty.clone(), span);
                self.push(
                    StatementKind::Assign(Place::local(new_value), Rvalue::Variant(variant, operands)),
                    span,
                );
                let new_value = self.consume(Place::local(new_value), &self_ty, span);
                Ok((
                    Rvalue::Intrinsic(Intrinsic::Replace, vec![reference, new_value]),
                    self_ty,
                ))
            }
            ("copied" | "cloned", []) if is_option && matches!(value_ty, Ty::Ref(..)) => {
                let Ty::Ref(_, inner) = value_ty.clone() else {
                    return unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method);
                };
                let inner = *inner;
                let copy = crate::ir::is_copy(&inner, &self.items.adts);
                let clonable =
                    copy || matches!(
                        inner,
                        Ty::String | Ty::Box(_) | Ty::Vec(_) | Ty::Option(_) | Ty::Result(..)
                    ) || matches!(&inner, Ty::Adt(adt, _) if self.items.adts[*adt].derives.clone);
                if (method == "copied" && !copy) || !clonable {
                    let wanted = if method == "copied" { "Copy" } else { "Clone" };
                    return Err(Diagnostic::rejected(
                        "E0277",
                        format!("the trait bound `{inner}: {wanted}` is not satisfied"),
                        span,
                    ));
                }
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                let result_ty = Ty::Option(Box::new(inner.clone()));
                let result = self.new_temp(result_ty.clone(), span);
                let none = self.new_block();
                let cond = self.variant_test(&Place::local(recv), 1, span);
                self.continue_if(cond, none, span);
                let reference = Place::local(recv).project(PlaceElem::VariantField(1, 0));
                let value = if copy {
                    Operand::Copy(reference.project(PlaceElem::Deref), span)
                } else {
                    let clone = self.new_temp(inner.clone(), span);
                    self.push(
                        StatementKind::Assign(
                            Place::local(clone),
                            Rvalue::Intrinsic(Intrinsic::Clone, vec![Operand::Copy(reference, span)]),
                        ),
                        span,
                    );
                    Operand::Move(Place::local(clone), span)
                };
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Variant(1, vec![value])),
                    span,
                );
                let join = self.switch_branch(none);
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
                    span,
                );
                self.join_branches(join);
                Ok((
                    Rvalue::Use(self.consume(Place::local(result), &result_ty, span)),
                    result_ty,
                ))
            }
            ("clone", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Clone, vec![reference]), self_ty))
            }
            (name, _) if CLOSURE_METHODS.contains(&name) => unsupported(
                format!("`{type_name}::{name}`: it takes a closure, and closures are not modelled yet"),
                &call.method,
            ),
            _ => unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method),
        }
    }

    /// `v.pop()`, `v.get(i)`, `v.first()`, `v.last()` on a `Vec` at `place`.
    pub(super) fn vec_option_method(
        &mut self,
        call: &syn::ExprMethodCall,
        place: Place,
        self_ty: Ty,
        receiver_span: Span,
    ) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let span = span_of(call.method.span());
        let Ty::Vec(element) = self_ty.clone() else {
            return unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method);
        };
        let element = *element;
        let usize_ty = Ty::Int(IntTy::Usize);
        let element_ref = Ty::Option(Box::new(Ty::Ref(Mutability::Not, Box::new(element.clone()))));
        match (method.as_str(), args.as_slice()) {
            ("pop", []) => {
                let reference = self.borrow_temp(Mutability::Mut, place, &self_ty, receiver_span);
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecPop, vec![reference]),
                    Ty::Option(Box::new(element)),
                ))
            }
            ("get", [index]) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                let (operand, ty) = self.as_operand(index, Some(&usize_ty))?;
                self.expect_type(&usize_ty, &ty, *index)?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecGet, vec![reference, operand]),
                    element_ref,
                ))
            }
            ("first", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecGet, vec![reference, Operand::Const(Const::Int(0))]),
                    element_ref,
                ))
            }
            ("last", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                let len = self.new_temp(usize_ty.clone(), span);
                self.push(
                    StatementKind::Assign(
                        Place::local(len),
                        Rvalue::Intrinsic(Intrinsic::Len, vec![reference.clone()]),
                    ),
                    span,
                );
                let result = self.new_temp(element_ref.clone(), span);
                let empty = self.new_block();
                let non_empty = Rvalue::BinaryOp(
                    BinOp::Ne,
                    usize_ty.clone(),
                    Operand::Copy(Place::local(len), span),
                    Operand::Const(Const::Int(0)),
                );
                self.continue_if(non_empty, empty, span);
                let index = self.new_temp(usize_ty.clone(), span);
                self.push(
                    StatementKind::Assign(
                        Place::local(index),
                        Rvalue::BinaryOp(
                            BinOp::Sub,
                            usize_ty,
                            Operand::Copy(Place::local(len), span),
                            Operand::Const(Const::Int(1)),
                        ),
                    ),
                    span,
                );
                self.push(
                    StatementKind::Assign(
                        Place::local(result),
                        Rvalue::Intrinsic(
                            Intrinsic::VecGet,
                            vec![reference, Operand::Copy(Place::local(index), span)],
                        ),
                    ),
                    span,
                );
                let join = self.switch_branch(empty);
                self.push(
                    StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
                    span,
                );
                self.join_branches(join);
                Ok((Rvalue::Use(Operand::Copy(Place::local(result), span)), element_ref))
            }
            _ => unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method),
        }
    }

    /// Moves (or copies) a by-value receiver into a statement temporary,
    /// as the call would.
    fn consumed_receiver(&mut self, place: Place, ty: &Ty, span: Span) -> LocalId {
        let recv = self.new_temp(ty.clone(), span);
        let operand = self.consume(place, ty, span);
        self.push(StatementKind::Assign(Place::local(recv), Rvalue::Use(operand)), span);
        recv
    }

    fn drop_if_needed(&mut self, place: Place, ty: &Ty, span: Span) {
        if crate::ir::needs_drop(&self.infer.resolve(ty), &self.items.adts) {
            self.push(StatementKind::Drop(place), span);
        }
    }

    /// `unwrap_or` with the fallback already in `fallback`: the value, or the
    /// fallback; what is not returned is dropped, as inside the method.
    fn unwrap_or(
        &mut self,
        recv: LocalId,
        self_ty: &Ty,
        value_variant: usize,
        fallback: Place,
        value_ty: &Ty,
        span: Span,
    ) -> Result<(Rvalue, Ty)> {
        let result = self.new_temp(value_ty.clone(), span);
        let other = self.new_block();
        let cond = self.variant_test(&Place::local(recv), value_variant as i128, span);
        self.continue_if(cond, other, span);
        let field = Place::local(recv).project(PlaceElem::VariantField(value_variant, 0));
        let value = self.consume(field, value_ty, span);
        self.push(StatementKind::Assign(Place::local(result), Rvalue::Use(value)), span);
        self.drop_if_needed(fallback.clone(), value_ty, span);
        let join = self.switch_branch(other);
        let value = self.consume(fallback, value_ty, span);
        self.push(StatementKind::Assign(Place::local(result), Rvalue::Use(value)), span);
        self.drop_if_needed(Place::local(recv), self_ty, span);
        self.join_branches(join);
        Ok((
            Rvalue::Use(self.consume(Place::local(result), value_ty, span)),
            value_ty.clone(),
        ))
    }

    /// `expr?`: the value inside `Some`/`Ok`, or an early return of the
    /// `None`/`Err` (the error type must be the function's, unconverted).
    pub(super) fn lower_try_into(&mut self, dest: Place, expr: &syn::ExprTry) -> Result<Ty> {
        let span = span_of(expr.question_token.span);
        let (place, ty) = if is_place_expr(&expr.expr) {
            self.as_place(&expr.expr)?
        } else {
            self.as_temp_place(&expr.expr, None)?
        };
        let ty = self.infer.resolve(&ty);
        let return_ty = self.infer.resolve(&self.return_ty);
        let (value_variant, value_ty) = match (&ty, &return_ty) {
            (Ty::Option(inner), Ty::Option(_)) => (1, (**inner).clone()),
            (Ty::Result(ok, err), Ty::Result(_, return_err)) => {
                if self.infer.unify(err, return_err).is_err() {
                    let (err, return_err) = (self.infer.resolve(err), self.infer.resolve(return_err));
                    return Err(Diagnostic::rejected(
                        "E0277",
                        format!("`?` couldn't convert the error to `{return_err}`"),
                        span,
                    )
                    .with_primary_label(format!("the trait `From<{err}>` is not implemented for `{return_err}`")));
                }
                (0, (**ok).clone())
            }
            // Formatting in the model never fails: `write!(f, …)?` goes on.
            (Ty::FmtResult, Ty::FmtResult) => {
                self.assign_unit(dest, span);
                return Ok(Ty::unit());
            }
            (Ty::Option(_) | Ty::Result(..) | Ty::FmtResult, _) => {
                let function = if self.is_main { "main" } else { "this function" };
                return Err(Diagnostic::rejected(
                    "E0277",
                    "the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)",
                    span,
                )
                .with_primary_label(format!(
                    "cannot use the `?` operator in {function} that returns `{return_ty}`"
                )));
            }
            (other, _) => {
                return Err(Diagnostic::rejected(
                    "E0277",
                    "the `?` operator can only be applied to values that implement `Try`",
                    span_of(expr.span()),
                )
                .with_primary_label(format!("the `?` operator cannot be applied to type `{other}`")));
            }
        };
        let recv = self.consumed_receiver(place, &ty, span);
        let fail = self.new_block();
        let cond = self.variant_test(&Place::local(recv), value_variant as i128, span);
        self.continue_if(cond, fail, span);
        let field = Place::local(recv).project(PlaceElem::VariantField(value_variant, 0));
        let value = self.consume(field, &value_ty, span);
        self.push(StatementKind::Assign(dest, Rvalue::Use(value)), span);
        let join = self.switch_branch(fail);
        let residual = match &ty {
            Ty::Result(_, err) => {
                let field = Place::local(recv).project(PlaceElem::VariantField(1, 0));
                Rvalue::Variant(1, vec![self.consume(field, err, span)])
            }
            _ => Rvalue::Variant(0, Vec::new()),
        };
        self.push(StatementKind::Assign(Place::local(0), residual), span);
        self.unwind(0, 0, span);
        self.terminate(Terminator::Return);
        self.current = join;
        Ok(value_ty)
    }
}
