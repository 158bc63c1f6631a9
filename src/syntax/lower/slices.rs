//! Arrays, slices and string slices: `[a, b]`, `[x; N]`, `&c[a..b]`, and the
//! unsizing coercions `&Vec<T>`/`&[T; N]` to `&[T]`.

use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    /// `[a, b, c]`: the elements in order (an array is stored like a tuple).
    pub(super) fn array_literal(&mut self, array: &syn::ExprArray, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let element = match expected.map(|t| self.infer.resolve(t)) {
            Some(Ty::Array(element, _)) => Rc::unwrap_or_clone(element),
            _ => self.infer.new_var(),
        };
        if array.elems.len() > MAX_ARRAY_LEN {
            return unsupported(format!("arrays longer than {MAX_ARRAY_LEN} elements"), array);
        }
        let mut operands = Vec::new();
        for elem in &array.elems {
            let (operand, ty) = self.as_operand(elem, Some(&element))?;
            self.expect_type(&element, &ty, elem)?;
            operands.push(operand);
        }
        let len = operands.len();
        Ok((Rvalue::Tuple(operands), Ty::Array(Rc::new(element), len)))
    }

    /// `b"hi"`: a `&'static [u8; N]` to the bytes, placed in static memory
    /// like a promoted `&[104, 105]`.
    pub(super) fn byte_string_literal(&mut self, literal: &syn::LitByteStr) -> Result<(Operand, Ty)> {
        let bytes = literal.value();
        if bytes.len() > MAX_ARRAY_LEN {
            return unsupported(format!("byte strings longer than {MAX_ARRAY_LEN} bytes"), literal);
        }
        let span = span_of(literal.span());
        let array_ty = Ty::Array(Rc::new(Ty::Int(IntTy::U8)), bytes.len());
        let array = self.new_temp(array_ty.clone(), span);
        let elements = bytes
            .iter()
            .map(|&byte| Operand::Const(Const::Int(byte.into())))
            .collect();
        self.push(
            StatementKind::Assign(Place::local(array), Rvalue::Tuple(elements)),
            span,
        );
        let ref_ty = Ty::Ref(Mutability::Not, Rc::new(array_ty));
        let reference = self.new_temp(ref_ty.clone(), span);
        let promoted = Rvalue::Intrinsic(Intrinsic::Promote, vec![Operand::Move(Place::local(array), span)]);
        self.push(StatementKind::Assign(Place::local(reference), promoted), span);
        Ok((Operand::Copy(Place::local(reference), span), ref_ty))
    }

    /// `[value; N]`: `N` copies of a `Copy` value.
    pub(super) fn array_repeat(&mut self, repeat: &syn::ExprRepeat, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let Some(len) = array_length(&repeat.len) else {
            return unsupported(
                format!("array lengths other than integer literals up to {MAX_ARRAY_LEN}"),
                &repeat.len,
            );
        };
        let hint = match expected.map(|t| self.infer.resolve(t)) {
            Some(Ty::Array(element, _)) => Some(Rc::unwrap_or_clone(element)),
            _ => None,
        };
        let (operand, element) = self.as_operand(&repeat.expr, hint.as_ref())?;
        if !self.items.is_copy(&self.infer.resolve(&element)) {
            return unsupported("`[value; N]` of a type that is not `Copy`", &*repeat.expr);
        }
        let element_place = match operand {
            Operand::Copy(place, _) => Operand::Copy(place, repeat.expr.node_span()),
            other => other,
        };
        Ok((
            Rvalue::Tuple(vec![element_place; len]),
            Ty::Array(Rc::new(element), len),
        ))
    }

    /// `&c[a..b]`, `&c[a..]`, `&c[..b]`, `&c[..]`, `&c[a..=b]` (and `&mut`).
    pub(super) fn slice_rvalue(
        &mut self,
        mutability: Mutability,
        index: &syn::ExprIndex,
        range: &syn::ExprRange,
    ) -> Result<(Rvalue, Ty)> {
        let (place, ty) = self.as_dereferenced_place(&index.expr)?;
        let ty = self.infer.resolve(&ty);
        let sliced = match &ty {
            Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element) => Ty::Slice(element.clone()),
            Ty::String | Ty::Str => Ty::Str,
            other => return unsupported(format!("range indexing into `{other}`"), index),
        };
        // `Index::index(&v, ..)`: rustc spans the borrow at the container.
        let span = self.expr_span(&index.expr);
        let container = self.borrow_temp(mutability, place, &ty, span);
        let usize_ty = Ty::Int(IntTy::Usize);
        let bound = |this: &mut Self, expr: Option<&syn::Expr>, default: i128| -> Result<Operand> {
            let Some(expr) = expr else {
                return Ok(Operand::Const(Const::Int(default)));
            };
            let (operand, found) = this.as_operand(expr, Some(&usize_ty))?;
            this.expect_type(&usize_ty, &found, expr)?;
            Ok(operand)
        };
        let start = bound(self, range.start.as_deref(), 0)?;
        let mut end = bound(self, range.end.as_deref(), -1)?;
        if matches!(range.limits, syn::RangeLimits::Closed(_)) {
            let end_span = span_of(range.end.as_ref().map_or(range.span(), |e| e.span()));
            let temp = self.new_temp(usize_ty.clone(), end_span);
            let one = Operand::Const(Const::Int(1));
            self.push(
                StatementKind::Assign(Place::local(temp), Rvalue::binary(BinOp::Add, usize_ty, end, one)),
                end_span,
            );
            end = Operand::Copy(Place::local(temp), end_span);
        }
        Ok((
            Rvalue::Intrinsic(Intrinsic::Slice, vec![container, start, end]),
            Ty::Ref(mutability, Rc::new(sliced)),
        ))
    }

    /// `&Vec<T>` or `&[T; N]` where `&[T]` is expected: a pointer to all the
    /// elements. `None` when no unsizing applies.
    pub(super) fn unsize(
        &mut self,
        operand: Operand,
        found: &Ty,
        expected: &Ty,
        node: &impl NodeSpan,
    ) -> Result<Option<Operand>> {
        let (Ty::Ref(want, slice), Ty::Ref(have, container)) = (self.infer.resolve(expected), found) else {
            return Ok(None);
        };
        let (Ty::Slice(element), Ty::Vec(inner) | Ty::Array(inner, _)) = (Rc::unwrap_or_clone(slice), &**container)
        else {
            return Ok(None);
        };
        if want == Mutability::Mut && *have == Mutability::Not {
            return Ok(None);
        }
        self.expect_type(&element, inner, node)?;
        let span = node.node_span();
        let slice_ty = Ty::Ref(want, Rc::new(Ty::Slice(element)));
        let temp = self.new_temp(slice_ty, span);
        let whole = vec![operand, Operand::Const(Const::Int(0)), Operand::Const(Const::Int(-1))];
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Intrinsic(Intrinsic::Slice, whole)),
            span,
        );
        Ok(Some(self.consume(
            Place::local(temp),
            &Ty::Ref(want, Rc::new(Ty::Slice(Rc::new(Ty::unit())))),
            span,
        )))
    }
}
