//! `Option` and `Result` methods, the `Vec` methods that return an
//! `Option`, and the `?` operator. Each lowers to tests of the variant and
//! moves of its field, so the checker and the pictures see what std does.

use super::*;
use std::rc::Rc;

/// Methods that take a closure which the model does not have yet.
const CLOSURE_METHODS: &[&str] = &["inspect", "inspect_err", "take_if"];

/// What an argument of a combinator is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// A value evaluated before the call (`map_or`'s default).
    Value,
    /// A closure called with the field of the variant (or nothing, if the
    /// variant has none).
    Closure,
    /// A closure called with a reference to the field (`filter`).
    Predicate,
}

/// A combinator's argument once evaluated.
enum Argument {
    Eager(LocalId),
    Closure(Box<super::closures::ClosureArgument>),
}

/// The type of the field of a variant of `Option`/`Result` (`None` has none).
fn variant_field(ty: &Ty, variant: usize) -> Option<Ty> {
    match (ty, variant) {
        (Ty::Option(inner), 1) | (Ty::Result(inner, _), 0) | (Ty::Result(_, inner), 1) => Some((**inner).clone()),
        _ => None,
    }
}

/// What one arm of a combinator does with the variant it finds.
#[derive(Clone, Copy)]
enum Arm {
    /// The field moved into this variant of the result (`None` stays
    /// `None`, `Err(e)` stays `Err(e)`, `Some(v)` becomes `Ok(v)`).
    Rewrap(usize),
    /// The field itself is the result (`unwrap_or_else`).
    Field,
    /// Calls this closure argument; its result is wrapped in the variant,
    /// or is the result.
    Call(usize, Option<usize>),
    /// This eager argument is the result.
    Eager(usize),
    Bool(bool),
    /// `filter`: the value again if the predicate holds for it.
    Filter(usize),
}

/// The closure-taking methods: their arguments and what the arm of the
/// value (`Some`, `Ok`) and of the other variant (`None`, `Err`) do.
fn combinator(method: &str, is_option: bool) -> Option<(&'static [Slot], Arm, Arm)> {
    use Arm::*;
    use Slot::*;
    Some(match (method, is_option) {
        ("map", true) => (&[Closure], Call(0, Some(1)), Rewrap(0)),
        ("map", false) => (&[Closure], Call(0, Some(0)), Rewrap(1)),
        ("map_err", false) => (&[Closure], Rewrap(0), Call(0, Some(1))),
        ("and_then", true) => (&[Closure], Call(0, None), Rewrap(0)),
        ("and_then", false) => (&[Closure], Call(0, None), Rewrap(1)),
        ("or_else", true) => (&[Closure], Rewrap(1), Call(0, None)),
        ("or_else", false) => (&[Closure], Rewrap(0), Call(0, None)),
        ("unwrap_or_else", _) => (&[Closure], Field, Call(0, None)),
        ("map_or", _) => (&[Value, Closure], Call(1, None), Eager(0)),
        ("map_or_else", _) => (&[Closure, Closure], Call(1, None), Call(0, None)),
        ("filter", true) => (&[Predicate], Filter(0), Rewrap(0)),
        ("ok_or_else", true) => (&[Closure], Rewrap(0), Call(0, Some(1))),
        ("is_some_and", true) | ("is_ok_and", false) => (&[Closure], Call(0, None), Bool(false)),
        ("is_none_or", true) => (&[Closure], Call(0, None), Bool(true)),
        ("is_err_and", false) => (&[Closure], Bool(false), Call(0, None)),
        ("or", true) => (&[Value], Rewrap(1), Eager(0)),
        ("or", false) => (&[Value], Rewrap(0), Eager(0)),
        ("and", true) => (&[Value], Eager(0), Rewrap(0)),
        ("and", false) => (&[Value], Eager(0), Rewrap(1)),
        ("flatten", true) => (&[], Field, Rewrap(0)),
        _ => return None,
    })
}

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
                        let (msg, msg_ty) = self.place_or_temp(arg, Some(&Ty::str_ref()))?;
                        self.expect_type(&Ty::str_ref(), &msg_ty, *arg)?;
                        Some((msg, arg.node_span()))
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
                let result_ty = Ty::Option(Rc::new(field_ty.clone()));
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
                let result_ty = Ty::Result(Rc::new(value_ty.clone()), Rc::new(error_ty.clone()));
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
                let borrowed = |ty: Ty| Ty::Ref(mutability, Rc::new(ty));
                let result_ty = match &err_ty {
                    None => Ty::Option(Rc::new(borrowed(value_ty.clone()))),
                    Some(err) => Ty::Result(Rc::new(borrowed(value_ty.clone())), Rc::new(borrowed(err.clone()))),
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
                let inner = Rc::unwrap_or_clone(inner);
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
                let result_ty = Ty::Option(Rc::new(inner.clone()));
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
            ("insert" | "get_or_insert" | "get_or_insert_with", [arg]) if is_option => {
                self.option_insert(call, place, &self_ty, arg, receiver_span)
            }
            ("zip" | "xor", [other]) if is_option => {
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                self.option_pair(&method, recv, &self_ty, other, span)
            }
            (name, _) if combinator(name, is_option).is_some() => {
                let recv = self.consumed_receiver(place, &self_ty, receiver_span);
                self.combinator(call, recv, &self_ty, &args)
            }
            (name, _) if CLOSURE_METHODS.contains(&name) => {
                unsupported(format!("the method `{type_name}::{name}`"), &call.method)
            }
            _ => unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method),
        }
    }

    /// `a.zip(b)` and `a.xor(b)`, as std's bodies match on `(self, other)`:
    /// the answer moves out the fields it keeps; otherwise both options are
    /// dropped, `self` first, like the tuple's fields.
    fn option_pair(
        &mut self,
        method: &str,
        recv: LocalId,
        self_ty: &Ty,
        other: &syn::Expr,
        span: Span,
    ) -> Result<(Rvalue, Ty)> {
        let Ty::Option(value_ty) = self_ty else {
            return unsupported(format!("the method `{method}` on `{self_ty}`"), other);
        };
        let value_ty = (**value_ty).clone();
        let is_zip = method == "zip";
        let other_ty = if is_zip {
            Ty::Option(Rc::new(self.infer.new_var()))
        } else {
            self_ty.clone()
        };
        let (operand, ty) = self.as_operand(other, Some(&other_ty))?;
        let operand = self.coerce(operand, &ty, &other_ty, other)?;
        let other_ty = self.infer.resolve(&other_ty);
        let second = self.new_temp(other_ty.clone(), span);
        self.push(StatementKind::Assign(Place::local(second), Rvalue::Use(operand)), span);
        let result_ty = match (&other_ty, is_zip) {
            (Ty::Option(other_value), true) => {
                Ty::Option(Rc::new(Ty::Tuple(vec![value_ty.clone(), (**other_value).clone()])))
            }
            _ => self_ty.clone(),
        };
        let result = self.new_temp(result_ty.clone(), span);
        let field = |local: LocalId| Place::local(local).project(PlaceElem::VariantField(1, 0));
        let mut joins = Vec::new();
        if is_zip {
            let neither = self.new_block();
            // `(Some(a), Some(b)) => Some((a, b))`
            let cond = self.variant_test(&Place::local(recv), 1, span);
            self.continue_if(cond, neither, span);
            let cond = self.variant_test(&Place::local(second), 1, span);
            self.continue_if(cond, neither, span);
            let Ty::Option(pair) = &result_ty else {
                return unsupported("`zip` of these options", other);
            };
            let Ty::Tuple(pair_tys) = (**pair).clone() else {
                return unsupported("`zip` of these options", other);
            };
            let first_value = self.consume(field(recv), &pair_tys[0], span);
            let second_value = self.consume(field(second), &pair_tys[1], span);
            let pair = self.new_temp(Ty::Tuple(pair_tys), span);
            self.push(
                StatementKind::Assign(Place::local(pair), Rvalue::Tuple(vec![first_value, second_value])),
                span,
            );
            let pair = Operand::Move(Place::local(pair), span);
            self.push(
                StatementKind::Assign(Place::local(result), Rvalue::Variant(1, vec![pair])),
                span,
            );
            joins.push(self.switch_branch(neither));
        } else {
            // `(a @ Some(_), None) => a, (None, b @ Some(_)) => b`
            for (kept, empty) in [(recv, second), (second, recv)] {
                let next = self.new_block();
                let cond = self.variant_test(&Place::local(kept), 1, span);
                self.continue_if(cond, next, span);
                let cond = self.variant_test(&Place::local(empty), 0, span);
                self.continue_if(cond, next, span);
                let value = self.consume(Place::local(kept), self_ty, span);
                self.push(StatementKind::Assign(Place::local(result), Rvalue::Use(value)), span);
                joins.push(self.switch_branch(next));
            }
        }
        // `_ => None`
        self.drop_if_needed(Place::local(recv), self_ty, span);
        self.drop_if_needed(Place::local(second), &other_ty, span);
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Variant(0, Vec::new())),
            span,
        );
        for join in joins.into_iter().rev() {
            self.join_branches(join);
        }
        Ok((
            Rvalue::Use(self.consume(Place::local(result), &result_ty, span)),
            result_ty,
        ))
    }

    /// `opt.insert(v)`, `opt.get_or_insert(v)` and
    /// `opt.get_or_insert_with(f)`: through a unique borrow of the option,
    /// store `Some` (always, or only over `None`), then borrow its field.
    fn option_insert(
        &mut self,
        call: &syn::ExprMethodCall,
        place: Place,
        self_ty: &Ty,
        arg: &syn::Expr,
        receiver_span: Span,
    ) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let span = span_of(call.method.span());
        let Ty::Option(value_ty) = self_ty else {
            return unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method);
        };
        let value_ty = (**value_ty).clone();
        let reference = self.borrow_temp(Mutability::Mut, place, self_ty, receiver_span);
        let (Operand::Copy(reference, _) | Operand::Move(reference, _)) = reference else {
            return unsupported(format!("the method `{method}` here"), &call.method);
        };
        let option = reference.project(PlaceElem::Deref);
        // The argument is evaluated before the test, as a call's arguments are.
        let argument = if method == "get_or_insert_with" {
            Argument::Closure(Box::new(self.closure_argument(arg, &[], Some(&value_ty))?))
        } else {
            let (operand, ty) = self.as_operand(arg, Some(&value_ty))?;
            let operand = self.coerce(operand, &ty, &value_ty, arg)?;
            let temp = self.new_temp(value_ty.clone(), span);
            self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
            Argument::Eager(temp)
        };
        let filled = self.new_block();
        if method != "insert" {
            let is_none = self.variant_test(&option, 0, span);
            self.continue_if(is_none, filled, span);
        }
        let value = match &argument {
            Argument::Eager(temp) => self.consume(Place::local(*temp), &value_ty, span),
            Argument::Closure(closure) => {
                let returned = self.new_temp(value_ty.clone(), span);
                self.call_closure_once(closure, Vec::new(), Place::local(returned));
                self.consume(Place::local(returned), &value_ty, span)
            }
        };
        self.push(
            StatementKind::Assign(option.clone(), Rvalue::Variant(1, vec![value])),
            span,
        );
        self.join_branches(filled);
        let field = option.project(PlaceElem::VariantField(1, 0));
        Ok((
            Rvalue::Ref(Mutability::Mut, field),
            Ty::Ref(Mutability::Mut, Rc::new(value_ty)),
        ))
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
        let element = Rc::unwrap_or_clone(element);
        let usize_ty = Ty::Int(IntTy::Usize);
        // `get_mut`, `first_mut` and `last_mut` are `get`, `first` and `last`
        // through a unique borrow.
        let (base, mutability) = match method.strip_suffix("_mut") {
            Some(base) => (base, Mutability::Mut),
            None => (method.as_str(), Mutability::Not),
        };
        let element_ref = Ty::Option(Rc::new(Ty::Ref(mutability, Rc::new(element.clone()))));
        match (base, args.as_slice()) {
            ("pop", []) => {
                let reference = self.borrow_temp(Mutability::Mut, place, &self_ty, receiver_span);
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecPop, vec![reference]),
                    Ty::Option(Rc::new(element)),
                ))
            }
            ("get", [index]) => {
                let reference = self.borrow_temp(mutability, place, &self_ty, receiver_span);
                let (operand, ty) = self.as_operand(index, Some(&usize_ty))?;
                self.expect_type(&usize_ty, &ty, *index)?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecGet, vec![reference, operand]),
                    element_ref,
                ))
            }
            ("first", []) => {
                let reference = self.borrow_temp(mutability, place, &self_ty, receiver_span);
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecGet, vec![reference, Operand::Const(Const::Int(0))]),
                    element_ref,
                ))
            }
            ("last", []) => {
                // The length is read through a shared borrow that ends before
                // the element's borrow starts, which may be unique.
                let shared = self.borrow_temp(Mutability::Not, place.clone(), &self_ty, receiver_span);
                let len = self.new_temp(usize_ty.clone(), span);
                self.push(
                    StatementKind::Assign(Place::local(len), Rvalue::Intrinsic(Intrinsic::Len, vec![shared])),
                    span,
                );
                let reference = self.borrow_temp(mutability, place, &self_ty, receiver_span);
                let result = self.new_temp(element_ref.clone(), span);
                let empty = self.new_block();
                let non_empty = Rvalue::binary(
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
                        Rvalue::binary(
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

    /// `opt.map(|v| …)` and the other closure-taking methods of `Option`
    /// and `Result`, inlined like the rest: the arguments, a test of the
    /// variant, then each arm; what an arm does not use is dropped there,
    /// as at the end of the method.
    fn combinator(
        &mut self,
        call: &syn::ExprMethodCall,
        recv: LocalId,
        self_ty: &Ty,
        args: &[&syn::Expr],
    ) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let span = span_of(call.method.span());
        let is_option = matches!(self_ty, Ty::Option(_));
        let Some((slots, value_arm, other_arm)) = combinator(&method, is_option) else {
            return unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method);
        };
        if args.len() != slots.len() {
            return Err(super::macros::argument_count_error(
                "method",
                slots.len(),
                args.len(),
                &call.method,
            ));
        }
        let (value_ty, err_ty) = match self_ty {
            Ty::Option(inner) => ((**inner).clone(), None),
            Ty::Result(ok, err) => ((**ok).clone(), Some((**err).clone())),
            other => return unsupported(format!("the method `{method}` on `{other}`"), &call.method),
        };
        let fresh = self.infer.new_var();
        let result_ty = match (method.as_str(), err_ty) {
            ("map" | "and_then", None) => Ty::Option(Rc::new(fresh)),
            ("map" | "and_then", Some(err)) => Ty::Result(Rc::new(fresh), Rc::new(err)),
            ("map_err" | "ok_or_else", _) | ("or_else", Some(_)) => {
                Ty::Result(Rc::new(value_ty.clone()), Rc::new(fresh))
            }
            ("or_else" | "filter", _) | ("or", None) => self_ty.clone(),
            ("or", Some(_)) => Ty::Result(Rc::new(value_ty.clone()), Rc::new(fresh)),
            ("and", None) => Ty::Option(Rc::new(fresh)),
            ("and", Some(err)) => Ty::Result(Rc::new(fresh), Rc::new(err)),
            ("flatten", _) if matches!(self.infer.resolve(&value_ty), Ty::Option(_)) => value_ty,
            ("flatten", _) => return unsupported(format!("the method `flatten` on `{self_ty}`"), &call.method),
            ("unwrap_or_else", _) => value_ty,
            ("map_or" | "map_or_else", _) => fresh,
            _ => Ty::Bool,
        };
        let (value_variant, other_variant) = if is_option { (1, 0) } else { (0, 1) };
        let arms = [(value_arm, value_variant), (other_arm, other_variant)];
        let mut lowered = Vec::new();
        for (index, (slot, arg)) in slots.iter().zip(args).enumerate() {
            if *slot == Slot::Value {
                let (operand, ty) = self.as_operand(arg, Some(&result_ty))?;
                let operand = self.coerce(operand, &ty, &result_ty, *arg)?;
                let temp = self.new_temp(result_ty.clone(), span);
                self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
                lowered.push(Argument::Eager(temp));
                continue;
            }
            // The arm calling this closure decides its signature.
            let (params, ret) = match arms.iter().find_map(|(arm, variant)| match arm {
                Arm::Call(k, wrap) if *k == index => Some((variant_field(self_ty, *variant), *wrap)),
                Arm::Filter(k) if *k == index => Some((variant_field(self_ty, *variant), None)),
                _ => None,
            }) {
                Some((field, wrap)) if *slot == Slot::Predicate => {
                    let field = field.map(|t| Ty::Ref(Mutability::Not, Rc::new(t)));
                    let _ = wrap;
                    (field.into_iter().collect::<Vec<_>>(), Ty::Bool)
                }
                Some((field, wrap)) => (
                    field.into_iter().collect(),
                    wrap.and_then(|v| variant_field(&result_ty, v))
                        .unwrap_or_else(|| result_ty.clone()),
                ),
                None => return unsupported(format!("the method `{method}` here"), &call.method),
            };
            lowered.push(Argument::Closure(Box::new(self.closure_argument(
                arg,
                &params,
                Some(&ret),
            )?)));
        }
        let result = self.new_temp(result_ty.clone(), span);
        let other = self.new_block();
        let cond = self.variant_test(&Place::local(recv), value_variant as i128, span);
        self.continue_if(cond, other, span);
        self.combinator_arm(value_arm, value_variant, recv, self_ty, result, &lowered, span);
        let join = self.switch_branch(other);
        self.combinator_arm(other_arm, other_variant, recv, self_ty, result, &lowered, span);
        self.join_branches(join);
        Ok((
            Rvalue::Use(self.consume(Place::local(result), &result_ty, span)),
            result_ty,
        ))
    }

    /// One arm of a combinator, for the variant `source` of the receiver.
    #[allow(clippy::too_many_arguments)]
    fn combinator_arm(
        &mut self,
        arm: Arm,
        source: usize,
        recv: LocalId,
        self_ty: &Ty,
        result: LocalId,
        arguments: &[Argument],
        span: Span,
    ) {
        let result_place = Place::local(result);
        let result_ty = self.locals[result].ty.clone();
        let field_ty = variant_field(self_ty, source);
        let field_place = Place::local(recv).project(PlaceElem::VariantField(source, 0));
        let field: Vec<Operand> = field_ty
            .iter()
            .map(|t| self.consume(field_place.clone(), t, span))
            .collect();
        let mut used = None;
        let mut field_moved = true;
        match arm {
            Arm::Rewrap(variant) => {
                self.push(
                    StatementKind::Assign(result_place, Rvalue::Variant(variant, field)),
                    span,
                );
            }
            Arm::Field => {
                let value = field.into_iter().next().unwrap_or(Operand::Const(Const::Unit));
                self.push(StatementKind::Assign(result_place, Rvalue::Use(value)), span);
            }
            Arm::Call(k, wrap) => {
                used = Some(k);
                if let Argument::Closure(closure) = &arguments[k] {
                    match wrap.and_then(|v| variant_field(&result_ty, v).map(|t| (v, t))) {
                        None => self.call_closure_once(closure, field, result_place),
                        Some((variant, returned_ty)) => {
                            let returned = self.new_temp(returned_ty.clone(), span);
                            self.call_closure_once(closure, field, Place::local(returned));
                            let value = self.consume(Place::local(returned), &returned_ty, span);
                            self.push(
                                StatementKind::Assign(result_place, Rvalue::Variant(variant, vec![value])),
                                span,
                            );
                        }
                    }
                }
            }
            Arm::Eager(k) => {
                used = Some(k);
                if let Argument::Eager(temp) = &arguments[k] {
                    let value = self.consume(Place::local(*temp), &result_ty, span);
                    self.push(StatementKind::Assign(result_place, Rvalue::Use(value)), span);
                }
                field_moved = false;
            }
            Arm::Bool(answer) => {
                self.push(
                    StatementKind::Assign(result_place, Rvalue::Use(Operand::Const(Const::Bool(answer)))),
                    span,
                );
                field_moved = false;
            }
            Arm::Filter(k) => {
                used = Some(k);
                if let (Argument::Closure(closure), Some(ty)) = (&arguments[k], field_ty) {
                    let ref_ty = Ty::Ref(Mutability::Not, Rc::new(ty.clone()));
                    let reference = self.new_temp(ref_ty.clone(), span);
                    self.push(
                        StatementKind::Assign(
                            Place::local(reference),
                            Rvalue::Ref(Mutability::Not, field_place.clone()),
                        ),
                        span,
                    );
                    let kept = self.new_temp(Ty::Bool, span);
                    let reference = self.consume(Place::local(reference), &ref_ty, span);
                    self.call_closure_once(closure, vec![reference], Place::local(kept));
                    let rejected = self.new_block();
                    self.continue_if(Rvalue::Use(Operand::Copy(Place::local(kept), span)), rejected, span);
                    self.push(
                        StatementKind::Assign(result_place.clone(), Rvalue::Variant(1, field)),
                        span,
                    );
                    let join = self.switch_branch(rejected);
                    self.drop_if_needed(field_place, &ty, span);
                    self.push(
                        StatementKind::Assign(result_place, Rvalue::Variant(0, Vec::new())),
                        span,
                    );
                    self.join_branches(join);
                }
            }
        }
        for (index, argument) in arguments.iter().enumerate().rev() {
            if used == Some(index) {
                continue;
            }
            match argument {
                Argument::Closure(closure) => self.drop_closure_argument(closure),
                Argument::Eager(temp) => self.drop_if_needed(Place::local(*temp), &result_ty, span),
            }
        }
        if !field_moved {
            self.drop_if_needed(Place::local(recv), self_ty, span);
        }
    }

    /// Moves (or copies) a by-value receiver into a statement temporary,
    /// as the call would.
    pub(super) fn consumed_receiver(&mut self, place: Place, ty: &Ty, span: Span) -> LocalId {
        let recv = self.new_temp(ty.clone(), span);
        let operand = self.consume(place, ty, span);
        self.push(StatementKind::Assign(Place::local(recv), Rvalue::Use(operand)), span);
        recv
    }

    pub(super) fn drop_if_needed(&mut self, place: Place, ty: &Ty, span: Span) {
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
        let (place, ty) = self.place_or_temp(&expr.expr, None)?;
        let ty = self.infer.resolve(&ty);
        let return_ty = self.infer.resolve(&self.return_ty);
        let (value_variant, value_ty) = match (&ty, &return_ty) {
            (Ty::Option(inner), Ty::Option(_)) => (1, (**inner).clone()),
            (Ty::Result(ok, err), Ty::Result(_, return_err))
                if super::boxed_errors::is_box_dyn_error(&self.infer.resolve(return_err))
                    && !super::boxed_errors::is_box_dyn_error(&self.infer.resolve(err)) =>
            {
                (0, (**ok).clone())
            }
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
            // `From::from(e)` into the function's `Box<dyn Error>`.
            Ty::Result(_, err)
                if super::boxed_errors::is_box_dyn_error(&return_ty_err(&return_ty))
                    && !super::boxed_errors::is_box_dyn_error(&self.infer.resolve(err)) =>
            {
                let field = Place::local(recv).project(PlaceElem::VariantField(1, 0));
                let error = self.consume(field, err, span);
                let boxed = self.new_temp(return_ty_err(&return_ty), span);
                let conversion = self.box_error(error, err, span);
                self.push(StatementKind::Assign(Place::local(boxed), conversion), span);
                Rvalue::Variant(1, vec![Operand::Move(Place::local(boxed), span)])
            }
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

/// The error type of a `Result` return type.
fn return_ty_err(return_ty: &Ty) -> Ty {
    match return_ty {
        Ty::Result(_, err) => (**err).clone(),
        other => other.clone(),
    }
}
