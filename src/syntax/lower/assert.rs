//! `format!` and the `assert!` family.

use super::compare_refs::{SequenceEq, sequence_eq};
use super::expr::{is_text, no_partial_eq, text_eq_allowed};
use super::macros::{FormatArg, parse_macro_args};
use super::numbers::binary_op_applies;
use super::*;

impl Lowerer<'_> {
    /// `format!(…)`: a `String` with the capacity std estimates from the
    /// template, written through the formatter like `print!` writes stdout.
    pub(super) fn format_macro(&mut self, mac: &syn::Macro) -> Result<(Rvalue, Ty)> {
        let span = mac.node_span();
        let format = self.lower_format_args(mac, span)?;
        let capacity = estimated_capacity(&format.pieces);
        let temp = self.new_temp(Ty::String, span);
        self.push(
            StatementKind::Assign(
                Place::local(temp),
                Rvalue::Intrinsic(
                    Intrinsic::StringWithCapacity,
                    vec![Operand::Const(Const::Int(capacity as i128))],
                ),
            ),
            span,
        );
        self.push(
            StatementKind::Print {
                stream: Stream::String(temp),
                format,
            },
            span,
        );
        Ok((Rvalue::Use(Operand::Move(Place::local(temp), span)), Ty::String))
    }

    /// `assert!`, `assert_eq!`, `assert_ne!` and their `debug_` forms (a
    /// debug build checks those too): a branch to a panic with std's message.
    pub(super) fn assert_macro(&mut self, mac: &syn::Macro, name: &str) -> Result<()> {
        let span = mac.node_span();
        let mut args = parse_macro_args(mac)?.into_iter();
        let kind = name.trim_start_matches("debug_");
        if kind == "assert" {
            let Some(cond) = args.next() else {
                return Err(Diagnostic::new(
                    DiagKind::Rejected,
                    "macro requires a boolean expression as an argument",
                    span,
                ));
            };
            let (operand, ty) = self.as_operand(&cond.expr, Some(&Ty::Bool))?;
            self.expect_type(&Ty::Bool, &ty, &cond.expr)?;
            let rest: Vec<FormatArg> = args.collect();
            let expr = &cond.expr;
            let default = format!("assertion failed: {}", quote::quote!(#expr));
            return self.branch_to_panic(operand, rest, span, |custom| match custom {
                Some(format) => format,
                None => Format {
                    pieces: vec![FormatPiece::Literal(default)],
                    ..Format::default()
                },
            });
        }
        let (Some(left), Some(right)) = (args.next(), args.next()) else {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                format!("unexpected end of macro invocation in `{name}!`"),
                span,
            ));
        };
        let (left_place, left_ty) = self.place_or_temp(&left.expr, None)?;
        let left_resolved = self.infer.resolve(&left_ty);
        if !self.assert_comparable(&left_resolved) {
            return unsupported(format!("`{name}!` on `{left_resolved}`"), mac);
        }
        let debug = TraitRef::Std(StdTrait::Debug);
        if !matches!(left_resolved, Ty::Var(_)) && !self.items.implements(&left_resolved, debug) {
            return Err(super::generics::unsatisfied(
                self.items,
                &left_resolved,
                debug,
                left.expr.node_span(),
            ));
        }
        let (right_place, right_ty) = self.place_or_temp(&right.expr, Some(&left_ty))?;
        let (left_ty, right_ty) = (self.infer.resolve(&left_ty), self.infer.resolve(&right_ty));
        let op = if kind == "assert_eq" { BinOp::Eq } else { BinOp::Ne };
        let (left_span, right_span) = (left.expr.node_span(), right.expr.node_span());
        let side_tys = [left_ty.clone(), right_ty.clone()];
        let (holds_rvalue, side_tys) = match sequence_eq(&left_ty, &right_ty) {
            Some(SequenceEq::Missing) => return Err(no_partial_eq(&left_ty, &right_ty, span)),
            _ if self.references_unequal(&side_tys) => return Err(no_partial_eq(&left_ty, &right_ty, span)),
            // Arrays, slices and `Vec`s of different kinds compare as slices,
            // each side printed as its own type.
            Some(SequenceEq::Slices) => {
                let places = [(left_place.clone(), &left_ty), (right_place.clone(), &right_ty)];
                let (slice_ty, [left, right]) = self.as_slices(places, [&left.expr, &right.expr])?;
                (Rvalue::binary(op, slice_ty, left, right), side_tys)
            }
            _ => {
                // `String == &str` and the like compare text, each side printed as its own type.
                let (ty, side_tys) = if is_text(&left_ty) && is_text(&right_ty) && text_eq_allowed(&left_ty, &right_ty)
                {
                    (Ty::String, side_tys)
                } else if let Ok(ty) = self.infer.unify(&left_ty, &right_ty) {
                    (ty.clone(), [ty.clone(), ty])
                } else if self.same_behind_references(&left_ty, &right_ty) {
                    // `&mut A == &B` compares what they point at.
                    (left_ty.clone(), side_tys)
                } else if side_tys.iter().any(|t| matches!(t, Ty::Ref(..))) {
                    return unsupported(format!("`{name}!` between `{left_ty}` and `{right_ty}`"), mac);
                } else {
                    let ty = self.expect_type(&left_ty, &right_ty, &right.expr)?;
                    (ty.clone(), [ty.clone(), ty])
                };
                let sides = [left_place.clone(), right_place.clone()];
                let [left, right] = [(sides[0].clone(), left_span), (sides[1].clone(), right_span)]
                    .map(|(place, span)| Operand::Copy(place, span));
                (Rvalue::binary(op, ty, left, right), side_tys)
            }
        };
        let holds = self.new_temp(Ty::Bool, span);
        self.push(StatementKind::Assign(Place::local(holds), holds_rvalue), span);
        let symbol = if op == BinOp::Eq { "==" } else { "!=" };
        let rest: Vec<FormatArg> = args.collect();
        self.branch_to_panic(Operand::Copy(Place::local(holds), span), rest, span, |custom| {
            let head = format!("assertion `left {symbol} right` failed");
            let mut format = match custom {
                Some(mut format) => {
                    format.pieces.insert(0, FormatPiece::Literal(format!("{head}: ")));
                    format
                }
                None => Format {
                    pieces: vec![FormatPiece::Literal(head)],
                    ..Format::default()
                },
            };
            let debug = FormatSpec {
                trait_: FormatTrait::Debug,
                ..FormatSpec::default()
            };
            for ((label, place, span), ty) in [
                ("\n  left: ", left_place, left_span),
                ("\n right: ", right_place, right_span),
            ]
            .into_iter()
            .zip(side_tys)
            {
                format.pieces.push(FormatPiece::Literal(label.into()));
                format.pieces.push(FormatPiece::Argument {
                    index: format.args.len(),
                    spec: debug.clone(),
                });
                format.args.push(place);
                format.arg_tys.push(ty);
                format.arg_spans.push(span);
            }
            format
        })
    }

    /// Continues when `holds` is true; otherwise panics with the message
    /// `message` builds from the custom message's format, if any (whose
    /// arguments are only evaluated on that path).
    fn branch_to_panic(
        &mut self,
        holds: Operand,
        custom: Vec<FormatArg>,
        span: Span,
        message: impl FnOnce(Option<Format>) -> Format,
    ) -> Result<()> {
        let ok = self.new_block();
        let fail = self.new_block();
        self.terminate(Terminator::If {
            cond: holds,
            then_block: ok,
            else_block: fail,
        });
        self.current = fail;
        let custom = if custom.is_empty() {
            None
        } else {
            // The message's temporaries live on the panicking path only.
            self.temp_frames.push(Vec::new());
            let format = self.lower_format(custom, span);
            self.temp_frames.pop();
            Some(format?)
        };
        self.terminate(Terminator::Panic(message(custom), span));
        self.current = ok;
        Ok(())
    }
}

impl Lowerer<'_> {
    /// Whether the machine compares values of `ty` the way their
    /// `PartialEq` does: numbers, text, and std's or derived impls made of them.
    fn assert_comparable(&self, ty: &Ty) -> bool {
        if binary_op_applies(BinOp::Eq, ty) || is_text(ty) || matches!(ty, Ty::Var(_)) {
            return true;
        }
        let comparable = matches!(
            ty,
            Ty::Adt(..)
                | Ty::GenericAdt(..)
                | Ty::Vec(_)
                | Ty::Array(..)
                | Ty::Tuple(_)
                | Ty::Option(_)
                | Ty::Result(..)
                | Ty::Ref(..)
                | Ty::Box(_)
        );
        comparable && self.items.implements(ty, TraitRef::Std(StdTrait::PartialEq)) && self.structurally_comparable(ty)
    }
}

/// std's `Arguments::estimated_capacity`: the template's text, doubled when
/// arguments follow it, or nothing for a short template that starts with one.
fn estimated_capacity(pieces: &[FormatPiece]) -> usize {
    let text: usize = pieces
        .iter()
        .map(|piece| match piece {
            FormatPiece::Literal(text) => text.len(),
            FormatPiece::Argument { .. } | FormatPiece::DebugBuilder { .. } => 0,
        })
        .sum();
    let has_arguments = pieces.iter().any(|p| matches!(p, FormatPiece::Argument { .. }));
    if !has_arguments {
        text
    } else if matches!(pieces.first(), Some(FormatPiece::Argument { .. })) && text < 16 {
        0
    } else {
        text.checked_mul(2).unwrap_or(0)
    }
}
