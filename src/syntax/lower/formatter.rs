//! What a hand-written `fmt` uses: `write!`/`writeln!` into the
//! `Formatter`, its methods (`write_str`, `pad`, `alternate`, `width`,
//! `precision`, `fill`, `sign_plus`), std's `Debug` builders
//! (`debug_struct`, `debug_tuple`, `debug_list().entries(…)`), `?` on a
//! `fmt::Result` and `Ok(())`; and `to_string()` of a type with `Display`.
//! Formatting in the model never fails, so a `fmt::Result` is always `Ok(())`.

use super::items::{StdTrait, TraitRef};
use super::macros::parse_macro_args;
use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// `write!(f, …)` and `writeln!(f, …)` with `f: &mut Formatter`.
    pub(super) fn write_macro(&mut self, mac: &syn::Macro, newline: bool) -> Result<(Rvalue, Ty)> {
        let span = mac.node_span();
        let mut args = parse_macro_args(mac)?;
        if args.is_empty() {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                "requires a destination and a format string",
                span,
            ));
        }
        let destination = args.remove(0).expr;
        let (place, ty) = self.place_or_temp(&destination, None)?;
        let formatter = match self.infer.resolve(&ty) {
            Ty::Ref(Mutability::Mut, inner) if *inner == Ty::Formatter => self.formatter_local(place, span),
            Ty::Formatter => self.formatter_local(place.clone(), span),
            other => return unsupported(format!("`write!` into `{other}`"), &destination),
        };
        let mut format = if args.is_empty() {
            Format::default()
        } else {
            self.lower_format(args, span)?
        };
        if newline {
            format.pieces.push(FormatPiece::Literal("\n".into()));
        }
        self.push(
            StatementKind::Print {
                stream: Stream::Formatter(formatter),
                format,
            },
            span,
        );
        Ok((Rvalue::Use(Operand::Const(Const::Unit)), Ty::FmtResult))
    }

    /// A temporary `&mut Formatter` reborrowing the formatter behind `place`
    /// (a `&mut Formatter`) or at it (a `Formatter`).
    fn formatter_local(&mut self, place: Place, span: Span) -> LocalId {
        let target = match self.place_ty_resolved(&place) {
            Some(Ty::Formatter) => place,
            _ => place.project(PlaceElem::Deref),
        };
        let ty = Ty::Ref(Mutability::Mut, Rc::new(Ty::Formatter));
        let temp = self.new_temp(ty, span);
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Ref(Mutability::Mut, target)),
            span,
        );
        temp
    }

    fn place_ty_resolved(&self, place: &Place) -> Option<Ty> {
        let mut ty = self.infer.resolve(&self.locals.get(place.local)?.ty);
        for elem in &place.projection {
            ty = match (elem, ty) {
                (PlaceElem::Deref, other) => self.infer.resolve(&other.deref_target()?),
                _ => return None,
            };
        }
        Some(ty)
    }

    /// Methods of `Formatter` on the auto-dereferenced receiver `place`.
    pub(super) fn formatter_method(&mut self, place: Place, call: &syn::ExprMethodCall) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        let span = call.node_span();
        let receiver_span = call.receiver.node_span();
        match (method.as_str(), args.as_slice()) {
            ("write_str", [text]) => {
                let formatter = self.formatter_local(place, span);
                let (operand, ty) = self.as_operand(text, Some(&Ty::str_ref()))?;
                let operand = self.coerce(operand, &ty, &Ty::str_ref(), *text)?;
                let temp = self.new_temp(Ty::str_ref(), span);
                self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
                let format = Format {
                    pieces: vec![FormatPiece::Argument {
                        index: 0,
                        spec: FormatSpec::default(),
                    }],
                    args: vec![Place::local(temp)],
                    arg_tys: vec![Ty::str_ref()],
                    arg_spans: vec![text.node_span()],
                };
                self.push(
                    StatementKind::Print {
                        stream: Stream::Formatter(formatter),
                        format,
                    },
                    span,
                );
                Ok((Rvalue::Use(Operand::Const(Const::Unit)), Ty::FmtResult))
            }
            ("pad", [text]) => {
                let formatter = self.borrow_temp(Mutability::Mut, place, &Ty::Formatter, receiver_span);
                let (operand, ty) = self.as_operand(text, Some(&Ty::str_ref()))?;
                let operand = self.coerce(operand, &ty, &Ty::str_ref(), *text)?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::FormatterPad, vec![formatter, operand]),
                    Ty::FmtResult,
                ))
            }
            ("alternate" | "width" | "precision" | "fill" | "sign_plus", []) => {
                let count = Ty::Option(Rc::new(Ty::Int(IntTy::Usize)));
                let (intrinsic, ty) = match method.as_str() {
                    "alternate" => (Intrinsic::FormatterAlternate, Ty::Bool),
                    "width" => (Intrinsic::FormatterWidth, count),
                    "precision" => (Intrinsic::FormatterPrecision, count),
                    "fill" => (Intrinsic::FormatterFill, Ty::Char),
                    _ => (Intrinsic::FormatterSignPlus, Ty::Bool),
                };
                let formatter = self.borrow_temp(Mutability::Not, place, &Ty::Formatter, receiver_span);
                Ok((Rvalue::Intrinsic(intrinsic, vec![formatter]), ty))
            }
            _ => unsupported(format!("the method `{method}` on `Formatter`"), &call.method),
        }
    }

    /// `f.debug_struct("P").field("x", &self.x).finish()`, `debug_tuple`
    /// with `field(&v)`s, and `debug_list().entries(&items)`: the chain is
    /// one write of the fields into the formatter. `None` when the call is
    /// not the `finish()` of such a chain.
    pub(super) fn debug_builder_chain(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Rvalue, Ty)>> {
        if call.method != "finish" || !call.args.is_empty() {
            return Ok(None);
        }
        // From `finish()` back to `debug_struct(…)`: the calls in between.
        let mut links = Vec::new();
        let mut receiver = &*call.receiver;
        let (formatter, kind) = loop {
            let syn::Expr::MethodCall(link) = strip_parens(receiver) else {
                return Ok(None);
            };
            let args: Vec<&syn::Expr> = link.args.iter().collect();
            let kind = match (link.method.to_string().as_str(), args.as_slice()) {
                ("debug_struct", [name]) => DebugBuilder::Struct(string_literal(name)?),
                ("debug_tuple", [name]) => DebugBuilder::Tuple(string_literal(name)?),
                ("debug_list", []) => DebugBuilder::List,
                _ => {
                    links.push(link);
                    receiver = &link.receiver;
                    continue;
                }
            };
            break (&*link.receiver, kind);
        };
        if !is_place_expr(formatter) {
            return Ok(None);
        }
        links.reverse();
        let span = call.node_span();
        let (place, ty) = self.as_place(formatter)?;
        let formatter = match self.infer.resolve(&ty) {
            Ty::Ref(Mutability::Mut, inner) if *inner == Ty::Formatter => self.formatter_local(place, span),
            _ => return Ok(None),
        };
        let mut names = Vec::new();
        let mut format = Format::default();
        for link in links {
            let args: Vec<&syn::Expr> = link.args.iter().collect();
            let value = match (&kind, link.method.to_string().as_str(), args.as_slice()) {
                (DebugBuilder::Struct(_), "field", [name, value]) => {
                    names.push(string_literal(name)?);
                    value
                }
                (DebugBuilder::Tuple(_), "field", [value]) => value,
                (DebugBuilder::List, "entries", [value]) if format.args.is_empty() => value,
                _ => return unsupported(format!("`{}` in this `Debug` builder", link.method), &link.method),
            };
            let (operand, value_ty) = self.as_operand(value, None)?;
            let value_ty = self.infer.resolve(&value_ty);
            let Ty::Ref(_, target) = &value_ty else {
                return unsupported("a `Debug` builder argument that is not a reference", *value);
            };
            let target = self.infer.resolve(target);
            if !matches!(target, Ty::Var(_)) && !self.items.implements(&target, TraitRef::Std(StdTrait::Debug)) {
                let span = value.node_span();
                let error = super::generics::unsatisfied(self.items, &target, TraitRef::Std(StdTrait::Debug), span);
                return Err(error
                    .with_note(format!(
                        "note: add `#[derive(Debug)]` to `{target}` or manually `impl Debug for {target}`"
                    ))
                    .with_note(format!("note: required for the cast from `{value_ty}` to `&dyn Debug`")));
            }
            let temp = self.new_temp(value_ty.clone(), span);
            self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
            format.args.push(Place::local(temp));
            format.arg_tys.push(value_ty);
            format.arg_spans.push(value.node_span());
        }
        if kind == DebugBuilder::List && format.args.is_empty() {
            return unsupported("`debug_list()` without `entries(…)`", call);
        }
        format.pieces.push(FormatPiece::DebugBuilder { kind, names });
        self.push(
            StatementKind::Print {
                stream: Stream::Formatter(formatter),
                format,
            },
            span,
        );
        Ok(Some((Rvalue::Use(Operand::Const(Const::Unit)), Ty::FmtResult)))
    }

    /// `Ok(())` where a `fmt::Result` is expected.
    pub(super) fn fmt_ok(&mut self, args: &[&syn::Expr], expected: Option<&Ty>) -> Result<Option<(Rvalue, Ty)>> {
        let (Some(Ty::FmtResult), [arg]) = (expected.map(|t| self.infer.resolve(t)), args) else {
            return Ok(None);
        };
        let (_, ty) = self.as_operand(arg, Some(&Ty::unit()))?;
        self.expect_type(&Ty::unit(), &ty, *arg)?;
        Ok(Some((Rvalue::Use(Operand::Const(Const::Unit)), Ty::FmtResult)))
    }

    /// `value.to_string()` of a type with `Display` (the program's own, or
    /// a `dyn Display`): `Display::fmt` into a new, empty `String`.
    pub(super) fn display_to_string(&mut self, place: Place, self_ty: &Ty, span: Span) -> Result<(Rvalue, Ty)> {
        let temp = self.new_temp(Ty::String, span);
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Intrinsic(Intrinsic::StringFrom, Vec::new())),
            span,
        );
        let format = Format {
            pieces: vec![FormatPiece::Argument {
                index: 0,
                spec: FormatSpec::default(),
            }],
            args: vec![place],
            arg_tys: vec![self_ty.clone()],
            arg_spans: vec![span],
        };
        self.push(
            StatementKind::Print {
                stream: Stream::String(temp),
                format,
            },
            span,
        );
        Ok((Rvalue::Use(Operand::Move(Place::local(temp), span)), Ty::String))
    }

    /// Whether `to_string()` goes through the program's `Display`.
    pub(super) fn has_program_display(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Adt(..) | Ty::GenericAdt(..) | Ty::Dyn(_))
            && self.items.implements(ty, TraitRef::Std(StdTrait::Display))
    }
}

/// The text of a string literal argument (a builder's name or field name).
fn string_literal(expr: &syn::Expr) -> Result<String> {
    match strip_parens(expr) {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) => Ok(super::macros::string_value(text)),
        other => unsupported("a `Debug` builder name that is not a string literal", other),
    }
}
