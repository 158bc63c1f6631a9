//! `Box<dyn std::error::Error>`: std's `From` impls that `?`, `.into()` and
//! `Box::from` use to make one. A std error (`ParseIntError`…) is boxed as
//! it is; a `String` or `&str` becomes std's private `StringError(String)`,
//! which prints as the `String` it holds (`{:?}` with quotes) and is drawn
//! as that `String` on the heap. `Box::new(e)` of a std error coerces as
//! any `dyn` does.

use super::items::StdTrait;
use super::*;

/// Whether `ty` is `Box<dyn std::error::Error>`.
pub(super) fn is_box_dyn_error(ty: &Ty) -> bool {
    matches!(ty, Ty::Box(inner) if matches!(&**inner, Ty::Dyn(name) if *name == StdTrait::Error.path()))
}

impl Lowerer<'_> {
    /// `From<E> for Box<dyn Error>` applied to `operand` of type `found`.
    /// The type may still be undecided (`"x".parse()?`'s error follows the
    /// target): it is checked once the body's types are.
    pub(super) fn box_error(&mut self, operand: Operand, found: &Ty, span: Span) -> Rvalue {
        self.error_conversions.push((found.clone(), span));
        Rvalue::Intrinsic(Intrinsic::BoxError, vec![operand])
    }

    /// `e.into()` of the std error, `String` or `&str` at `place` where a
    /// `Box<dyn Error>` is expected.
    pub(super) fn error_into(
        &mut self,
        place: Place,
        self_ty: &Ty,
        expected: Option<&Ty>,
        receiver_span: Span,
        span: Span,
    ) -> Option<(Rvalue, Ty)> {
        let expected = self.infer.resolve(expected?);
        let convertible = matches!(self_ty, Ty::StdError(_) | Ty::String) || is_str_ref(self_ty);
        if !(convertible && is_box_dyn_error(&expected)) {
            return None;
        }
        let operand = self.consume(place, self_ty, receiver_span);
        Some((self.box_error(operand, self_ty, span), expected))
    }

    /// `Box::from(e)` where a `Box<dyn Error>` is expected.
    pub(super) fn error_box_from(
        &mut self,
        arg: &syn::Expr,
        expected: Option<&Ty>,
        span: Span,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let Some(expected) = expected.map(|t| self.infer.resolve(t)).filter(is_box_dyn_error) else {
            return Ok(None);
        };
        let (operand, ty) = self.as_operand(arg, None)?;
        Ok(Some((self.box_error(operand, &ty, span), expected)))
    }

    /// Each conversion into `Box<dyn Error>` once types are decided: from a
    /// std error, a `String` or a `&str` (the impls the model has).
    pub(super) fn check_error_conversions(&self) -> Result<()> {
        for (ty, span) in &self.error_conversions {
            match self.infer.finalize(ty) {
                Ty::StdError(_) | Ty::String => {}
                Ty::Ref(_, inner) if *inner == Ty::Str => {}
                other => {
                    return Err(Diagnostic::unsupported(
                        format!("converting `{other}` into `Box<dyn std::error::Error>`"),
                        *span,
                    ));
                }
            }
        }
        Ok(())
    }
}
