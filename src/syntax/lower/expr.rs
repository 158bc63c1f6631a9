//! Rvalues, calls, literals and method calls.

use super::compare_refs::comparison_symbol;
use super::macros::{argument_count_error, is_value_macro};
use super::numbers::binary_op_applies;
use super::*;
use std::rc::Rc;

impl Lowerer<'_> {
    pub(super) fn as_rvalue(&mut self, expr: &syn::Expr, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        match expr {
            syn::Expr::Paren(paren) => self.as_rvalue(&paren.expr, expected),
            syn::Expr::Lit(_) => {
                let (operand, ty) = self.as_operand(expr, expected)?;
                Ok((Rvalue::Use(operand), ty))
            }
            syn::Expr::Path(path) if self.constant_path(path).is_some() => {
                let (constant, ty) = self.constant_path(path).unwrap_or((Const::Unit, Ty::unit()));
                Ok((Rvalue::Use(Operand::Const(constant)), ty))
            }
            syn::Expr::Path(path) if self.names_const_item(path) => self.const_item(path),
            syn::Expr::Path(path) if self.names_assoc_const(path) => self.assoc_const(path),
            syn::Expr::Path(path)
                if path
                    .path
                    .get_ident()
                    .is_some_and(|i| !self.binding_named(&i.to_string()))
                    && self.variant_by_path(&path.path).is_some() =>
            {
                self.path_value(path, expected)
            }
            syn::Expr::Path(path) if path.path.get_ident().is_none() => self.path_value(path, expected),
            e if is_place_expr(e) => {
                let (place, ty) = self.as_place(e)?;
                Ok((Rvalue::Use(self.consume(place, &ty, expr.node_span())), ty))
            }
            syn::Expr::Reference(reference) => {
                let mutability = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                if let syn::Expr::Index(index) = strip_parens(&reference.expr)
                    && let syn::Expr::Range(range) = strip_parens(&index.index)
                {
                    return self.slice_rvalue(mutability, index, range);
                }
                let inner_expected = match expected.map(|t| self.infer.resolve(t)) {
                    Some(Ty::Ref(_, inner)) => Some(Rc::unwrap_or_clone(inner)),
                    _ => None,
                };
                super::promotion::check_not_mut_empty_array(reference)?;
                let to_dyn = matches!(inner_expected, Some(Ty::Dyn(..)));
                if mutability == Mutability::Not && !to_dyn && self.promotable(&reference.expr)? {
                    return self.promoted_ref(&reference.expr, inner_expected.as_ref());
                }
                self.check_not_promoted(&reference.expr)?;
                let (place, ty) = if mutability == Mutability::Mut && is_place_expr(&reference.expr) {
                    self.as_written_place(&reference.expr, true, expr.node_span())?
                } else {
                    self.place_or_temp(&reference.expr, inner_expected.as_ref())?
                };
                Ok((Rvalue::Ref(mutability, place), Ty::Ref(mutability, Rc::new(ty))))
            }
            syn::Expr::Tuple(tuple) => {
                let hints = match expected.map(|t| self.infer.resolve(t)) {
                    Some(Ty::Tuple(fields)) if fields.len() == tuple.elems.len() => fields,
                    _ => Vec::new(),
                };
                let mut operands = Vec::new();
                let mut types = Vec::new();
                for (i, elem) in tuple.elems.iter().enumerate() {
                    let (operand, ty) = self.as_operand(elem, hints.get(i))?;
                    operands.push(operand);
                    types.push(ty);
                }
                Ok((Rvalue::Tuple(operands), Ty::Tuple(types)))
            }
            syn::Expr::Binary(binary) => self.binary_rvalue(binary, expected),
            syn::Expr::Unary(unary) => self.unary_rvalue(unary, expected),
            syn::Expr::Cast(cast) => self.cast_rvalue(cast),
            syn::Expr::Array(array) => self.array_literal(array, expected),
            syn::Expr::Repeat(repeat) => self.array_repeat(repeat, expected),
            syn::Expr::Call(call) => self.call_rvalue(call, expected),
            syn::Expr::Struct(literal) => self.struct_literal(literal),
            syn::Expr::Macro(mac) if is_value_macro(&mac.mac) => {
                self.within_macro(|this| this.value_macro(&mac.mac, expected))
            }
            syn::Expr::MethodCall(call) => match self.iterator_method(expr, call, expected)? {
                Some(result) => Ok(result),
                None => self.method_rvalue(call, expected),
            },
            syn::Expr::Closure(closure) => self.closure_value_for(closure, expected),
            syn::Expr::Range(range) => self.range_value(range, expected),
            syn::Expr::Block(_)
            | syn::Expr::If(_)
            | syn::Expr::Match(_)
            | syn::Expr::Try(_)
            | syn::Expr::Macro(_)
            | syn::Expr::Group(_)
            | syn::Expr::Loop(_)
            | syn::Expr::While(_)
            | syn::Expr::ForLoop(_)
            | syn::Expr::Break(_)
            | syn::Expr::Return(_)
            | syn::Expr::Continue(_) => {
                let (place, ty) = self.as_temp_place(expr, expected)?;
                Ok((Rvalue::Use(self.consume(place, &ty, expr.node_span())), ty))
            }
            other => unsupported(describe_expr(other), other),
        }
    }

    pub(super) fn binary_rvalue(&mut self, binary: &syn::ExprBinary, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        use syn::BinOp as B;
        let (op, comparison) = match binary.op {
            B::Add(_) => (BinOp::Add, false),
            B::Sub(_) => (BinOp::Sub, false),
            B::Mul(_) => (BinOp::Mul, false),
            B::Div(_) => (BinOp::Div, false),
            B::Rem(_) => (BinOp::Rem, false),
            B::BitAnd(_) => (BinOp::BitAnd, false),
            B::BitOr(_) => (BinOp::BitOr, false),
            B::BitXor(_) => (BinOp::BitXor, false),
            B::Shl(_) => (BinOp::Shl, false),
            B::Shr(_) => (BinOp::Shr, false),
            B::Eq(_) => (BinOp::Eq, true),
            B::Ne(_) => (BinOp::Ne, true),
            B::Lt(_) => (BinOp::Lt, true),
            B::Le(_) => (BinOp::Le, true),
            B::Gt(_) => (BinOp::Gt, true),
            B::Ge(_) => (BinOp::Ge, true),
            B::And(_) | B::Or(_) => {
                let (place, ty) = self.as_temp_place(&syn::Expr::Binary(binary.clone()), Some(&Ty::Bool))?;
                let span = binary.node_span();
                return Ok((Rvalue::Use(self.consume(place, &ty, span)), ty));
            }
            _ => return unsupported("this operator", binary),
        };
        if comparison {
            return self.comparison(op, binary);
        }
        let (left, left_ty) = self.as_operand(&binary.left, expected)?;
        if op == BinOp::Add && self.infer.resolve(&left_ty) == Ty::String {
            return self.string_add(left, binary);
        }
        let resolved_left = self.infer.resolve(&left_ty);
        if matches!(resolved_left, Ty::Adt(..) | Ty::GenericAdt(..)) {
            return self.overloaded_operator(op, left, &resolved_left, binary);
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            // The shift amount has its own integer type.
            let (left, left_ty, _) = self.deref_number(left, left_ty);
            let (right, right_ty) = self.as_operand(&binary.right, None)?;
            let (right, right_ty, _) = self.deref_number(right, right_ty);
            self.require_shift(&left_ty, &right_ty, binary)?;
            return Ok((Rvalue::binary(op, left_ty.clone(), left, right), left_ty));
        }
        // `&a + b` and `a + &b` use std's impls for references to numbers.
        let (left, left_ty, _) = self.deref_number(left, left_ty);
        let (right, right_ty) = self.as_operand(&binary.right, Some(&left_ty))?;
        let (right, right_ty, _) = self.deref_number(right, right_ty);
        let ty = match self.infer.unify(&left_ty, &right_ty) {
            Ok(ty) => ty,
            Err(()) => return Err(self.arithmetic_mismatch(op, &left_ty, &right_ty, binary)),
        };
        let resolved = self.infer.resolve(&ty);
        if let Some(result) = self.param_operator(op, &resolved, binary) {
            return result.map(|()| (Rvalue::binary(op, ty.clone(), left, right), ty));
        }
        if !binary_op_applies(op, &resolved) {
            return unsupported(format!("this operator on `{resolved}`"), binary);
        }
        Ok((Rvalue::binary(op, ty.clone(), left, right), ty))
    }

    /// An operator on a type parameter (or a reference to one), in the
    /// check of a generic body: allowed by its bound (`T: PartialOrd` for
    /// `<`, `T: Add` for `+`), else rustc's E0369. `None` for other types.
    pub(super) fn param_operator(&mut self, op: BinOp, ty: &Ty, node: &impl Spanned) -> Option<Result<()>> {
        let mut base = ty;
        while let Ty::Ref(_, inner) = base {
            base = inner;
        }
        if !matches!(base, Ty::Param(..)) {
            return None;
        }
        let needed = match op {
            BinOp::Eq | BinOp::Ne => Some(StdTrait::PartialEq),
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => Some(StdTrait::PartialOrd),
            // `T: Add` gives `T + T`, not `&T + &T`.
            BinOp::Add if base == ty => Some(StdTrait::Add),
            BinOp::Sub if base == ty => Some(StdTrait::Sub),
            BinOp::Mul if base == ty => Some(StdTrait::Mul),
            BinOp::Div if base == ty => Some(StdTrait::Div),
            BinOp::Rem if base == ty => Some(StdTrait::Rem),
            _ => None,
        };
        if needed.is_some_and(|t| self.items.implements(base, TraitRef::Std(t))) {
            return Some(Ok(()));
        }
        let symbol = match op {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
        };
        let message = match op {
            BinOp::Add => format!("cannot add `{ty}` to `{ty}`"),
            BinOp::Sub => format!("cannot subtract `{ty}` from `{ty}`"),
            BinOp::Mul => format!("cannot multiply `{ty}` by `{ty}`"),
            BinOp::Div => format!("cannot divide `{ty}` by `{ty}`"),
            BinOp::Rem => format!("cannot calculate the remainder of `{ty}` divided by `{ty}`"),
            _ => format!("binary operation `{symbol}` cannot be applied to type `{ty}`"),
        };
        let error = Diagnostic::rejected("E0369", message, span_of(node.span()));
        Some(Err(self.generic_error(error)))
    }

    /// `a + b`… of the program's structs: their `impl Add` (and the other
    /// operators), `Add::add(a, b)` taking both by value.
    fn overloaded_operator(
        &mut self,
        op: BinOp,
        left: Operand,
        ty: &Ty,
        binary: &syn::ExprBinary,
    ) -> Result<(Rvalue, Ty)> {
        let (trait_, name) = match op {
            BinOp::Add => (StdTrait::Add, "add"),
            BinOp::Sub => (StdTrait::Sub, "sub"),
            BinOp::Mul => (StdTrait::Mul, "mul"),
            BinOp::Div => (StdTrait::Div, "div"),
            BinOp::Rem => (StdTrait::Rem, "rem"),
            _ => return unsupported(format!("this operator on `{ty}`"), binary),
        };
        let Some((imp, impl_args)) = self.items.impl_of(ty, TraitRef::Std(trait_)) else {
            let symbol = match op {
                BinOp::Add => "add",
                BinOp::Sub => "subtract",
                BinOp::Mul => "multiply",
                BinOp::Div => "divide",
                _ => "calculate the remainder of",
            };
            return Err(Diagnostic::rejected(
                "E0369",
                format!("cannot {symbol} `{ty}` to `{ty}`"),
                binary.node_span(),
            ));
        };
        let template = self.items.impl_method(imp, name);
        let known: Vec<Option<Ty>> = impl_args.into_iter().map(Some).collect();
        let (targs, params, ret) = self.instantiate(template, &known);
        self.expect_type(&params[0], ty, &*binary.left)?;
        let operands = self.call_operands(vec![left], &params[1..], &[&*binary.right], "method", binary)?;
        let span = binary.node_span();
        Ok((self.template_call(template, targs, operands, span)?, ret))
    }

    /// `a += b`… on the program's structs: their `impl AddAssign` (and the
    /// other operators), `AddAssign::add_assign(&mut a, b)`.
    pub(super) fn overloaded_compound_assignment(
        &mut self,
        op: BinOp,
        place: Place,
        ty: &Ty,
        binary: &syn::ExprBinary,
    ) -> Result<()> {
        let (trait_, name, symbol) = match op {
            BinOp::Add => (StdTrait::AddAssign, "add_assign", "+="),
            BinOp::Sub => (StdTrait::SubAssign, "sub_assign", "-="),
            BinOp::Mul => (StdTrait::MulAssign, "mul_assign", "*="),
            BinOp::Div => (StdTrait::DivAssign, "div_assign", "/="),
            BinOp::Rem => (StdTrait::RemAssign, "rem_assign", "%="),
            _ => return unsupported(format!("this operator on `{ty}`"), binary),
        };
        let span = binary.node_span();
        let Some((imp, impl_args)) = self.items.impl_of(ty, TraitRef::Std(trait_)) else {
            return Err(Diagnostic::rejected(
                "E0368",
                format!("binary assignment operation `{symbol}` cannot be applied to type `{ty}`"),
                span,
            )
            .with_label(
                self.expr_span(&binary.left),
                format!("cannot use `{symbol}` on type `{ty}`"),
            ));
        };
        let template = self.items.impl_method(imp, name);
        let known: Vec<Option<Ty>> = impl_args.into_iter().map(Some).collect();
        let (targs, params, ret) = self.instantiate(template, &known);
        let target = self.borrow_temp(Mutability::Mut, place, ty, binary.left.node_span());
        let operands = self.call_operands(vec![target], &params[1..], &[&*binary.right], "method", binary)?;
        let call = self.template_call(template, targs, operands, span)?;
        let temp = self.new_temp(ret, span);
        self.push(StatementKind::Assign(Place::local(temp), call), span);
        Ok(())
    }

    /// `==`, `!=`, `<`… Numbers, `bool` and `char` are compared by value;
    /// strings (`String`, `&str` and references to them) through references,
    /// as `PartialEq::eq(&a, &b)` does, so nothing is moved.
    fn comparison(&mut self, op: BinOp, binary: &syn::ExprBinary) -> Result<(Rvalue, Ty)> {
        let (left, left_ty) = self.comparison_side(&binary.left, None)?;
        // `&a < &b` compares the numbers; `&a < b` does not exist.
        let (left_deref, left_deref_ty, left_ref) = self.deref_number(left.clone(), left_ty.clone());
        let hint = if left_ref {
            left_deref_ty.clone()
        } else {
            left_ty.clone()
        };
        let (right, right_ty) = self.comparison_side(&binary.right, Some(&hint))?;
        let (right_deref, right_deref_ty, right_ref) = self.deref_number(right.clone(), right_ty.clone());
        let (left, left_ty, right, right_ty) = if left_ref && right_ref {
            (left_deref, left_deref_ty, right_deref, right_deref_ty)
        } else {
            (left, left_ty, right, right_ty)
        };
        // References compare what they point at; arrays, slices and `Vec`s
        // each other, as slices.
        let sides = [(left, left_ty), (right, right_ty)];
        let nodes = [&*binary.left, &*binary.right];
        let [(left, left_ty), (right, right_ty)] =
            match self.compare_through_references(op, sides, nodes, span_of(binary.op.span()))? {
                Ok(sides) => sides,
                Err(slices) => return Ok((slices, Ty::Bool)),
            };
        let (left_ty, right_ty) = (self.infer.resolve(&left_ty), self.infer.resolve(&right_ty));
        if is_text(&left_ty) && is_text(&right_ty) {
            let allowed = if matches!(op, BinOp::Eq | BinOp::Ne) {
                text_eq_allowed(&left_ty, &right_ty)
            } else {
                left_ty == right_ty
            };
            if !allowed {
                return Err(Diagnostic::rejected(
                    "E0277",
                    format!("can't compare `{left_ty}` with `{right_ty}`"),
                    span_of(binary.op.span()),
                )
                .with_primary_label(format!("no implementation for `{left_ty} == {right_ty}`")));
            }
            return Ok((Rvalue::binary(op, Ty::String, left, right), Ty::Bool));
        }
        let ty = self.expect_type(&left_ty, &right_ty, &*binary.right)?;
        let resolved = self.infer.resolve(&ty);
        if self.reaches_fn_pointer(&resolved) || self.is_function_value(&resolved) {
            return unsupported(
                "comparing fn pointers (the addresses of functions are not unique)",
                binary,
            );
        }
        if let Some(result) = self.param_operator(op, &resolved, binary) {
            return result.map(|()| (Rvalue::binary(op, ty, left, right), Ty::Bool));
        }
        if matches!(resolved, Ty::Adt(..) | Ty::GenericAdt(..)) {
            return self.struct_comparison(op, left, right, &resolved, binary);
        }
        // Vectors, arrays and tuples compare element by element.
        if matches!(resolved, Ty::Vec(_) | Ty::Array(..) | Ty::Tuple(_)) && resolved != Ty::unit() {
            let needed = if matches!(op, BinOp::Eq | BinOp::Ne) {
                StdTrait::PartialEq
            } else {
                StdTrait::PartialOrd
            };
            if !self.items.implements(&resolved, TraitRef::Std(needed)) {
                return Err(super::generics::unsatisfied(
                    self.items,
                    &resolved,
                    TraitRef::Std(needed),
                    binary.node_span(),
                ));
            }
            let structural = if needed == StdTrait::PartialEq {
                self.structurally_comparable(&resolved)
            } else {
                self.structurally_ordered(&resolved)
            };
            if !structural {
                return unsupported(format!("comparing values of type `{resolved}`"), binary);
            }
            return Ok((Rvalue::binary(op, ty, left, right), Ty::Bool));
        }
        if matches!(op, BinOp::Eq | BinOp::Ne) && !binary_op_applies(op, &resolved) {
            // Derived (and std's) `PartialEq`, compared field by field.
            if !self.comparable(&resolved) {
                return Err(Diagnostic::rejected(
                    "E0369",
                    format!(
                        "binary operation `{}` cannot be applied to type `{resolved}`",
                        if op == BinOp::Eq { "==" } else { "!=" }
                    ),
                    binary.node_span(),
                ));
            }
            return Ok((Rvalue::binary(op, ty, left, right), Ty::Bool));
        }
        if !binary_op_applies(op, &resolved) {
            return unsupported(format!("comparing values of type `{resolved}`"), binary);
        }
        Ok((Rvalue::binary(op, ty, left, right), Ty::Bool))
    }

    /// `a == b`, `a < b`… of the program's structs: the program's `eq`
    /// (`!=` negates it), or the derived comparison field by field.
    fn struct_comparison(
        &mut self,
        op: BinOp,
        left: Operand,
        right: Operand,
        ty: &Ty,
        binary: &syn::ExprBinary,
    ) -> Result<(Rvalue, Ty)> {
        let span = binary.node_span();
        let equality = matches!(op, BinOp::Eq | BinOp::Ne);
        let own_impl = if equality {
            (StdTrait::PartialEq, "eq")
        } else {
            (StdTrait::PartialOrd, "partial_cmp")
        };
        if let Some((imp, impl_args)) = self.items.impl_of(ty, TraitRef::Std(own_impl.0)) {
            // The impl takes `&self, &other`: copied sides are borrowed instead.
            let mut sides = Vec::new();
            for operand in [left, right] {
                sides.push(match operand {
                    Operand::Copy(place, span) if self.items.is_copy(ty) => {
                        self.borrow_temp(Mutability::Not, place, ty, span)
                    }
                    other => other,
                });
            }
            return Ok((self.own_comparison(op, (imp, impl_args), sides, span)?, Ty::Bool));
        }
        let derived = self.items.derives_of(ty).unwrap_or_default();
        let allowed = if equality {
            derived.partial_eq
        } else {
            derived.partial_ord
        };
        if !allowed {
            let symbol = comparison_symbol(op);
            // rustc points at the operator and names each side's type.
            return Err(Diagnostic::rejected(
                "E0369",
                format!("binary operation `{symbol}` cannot be applied to type `{ty}`"),
                span_of(binary.op.span()),
            )
            .with_label(self.expr_span(&binary.left), ty.to_string())
            .with_label(self.expr_span(&binary.right), ty.to_string()));
        }
        let structural = if equality {
            self.structurally_comparable(ty)
        } else {
            self.structurally_ordered(ty)
        };
        if !structural {
            return unsupported(
                format!("comparing `{ty}`, whose fields compare with the program's own impls"),
                binary,
            );
        }
        if !equality && !self.variants_in_discriminant_order(ty) {
            return unsupported(format!("ordering `{ty}`, whose discriminants are out of order"), binary);
        }
        Ok((Rvalue::binary(op, ty.clone(), left, right), Ty::Bool))
    }

    /// `a == b`, `a < b`… through the program's `eq` or `partial_cmp` (impl
    /// `imp`), given `&a` and `&b`: `!=` negates `eq`, the orderings read
    /// what `partial_cmp` returned, as `PartialOrd::lt` and the others do.
    pub(super) fn own_comparison(
        &mut self,
        op: BinOp,
        (imp, impl_args): (usize, Vec<Ty>),
        sides: Vec<Operand>,
        span: Span,
    ) -> Result<Rvalue> {
        let method = if matches!(op, BinOp::Eq | BinOp::Ne) {
            "eq"
        } else {
            "partial_cmp"
        };
        let template = self.items.impl_method(imp, method);
        let known: Vec<Option<Ty>> = impl_args.into_iter().map(Some).collect();
        let (targs, _, ret) = self.instantiate(template, &known);
        let call = self.template_call(template, targs, sides, span)?;
        if op == BinOp::Eq {
            return Ok(call);
        }
        let temp = self.new_temp(ret, span);
        self.push(StatementKind::Assign(Place::local(temp), call), span);
        let result = Operand::Copy(Place::local(temp), span);
        Ok(match op {
            BinOp::Ne => Rvalue::unary(UnOp::Not, Ty::Bool, result),
            _ => Rvalue::Intrinsic(Intrinsic::OrderingIs(op), vec![result]),
        })
    }

    /// Whether an enum's variants (if it is one) have increasing
    /// discriminants, so that derived `PartialOrd` orders them by position.
    pub(super) fn variants_in_discriminant_order(&self, ty: &Ty) -> bool {
        let variants = self.items.variants_of(ty).unwrap_or_default();
        variants
            .windows(2)
            .all(|pair| pair[0].discriminant < pair[1].discriminant)
    }

    /// Whether values of `ty` compare field by field, with no `eq` of the
    /// program's inside.
    pub(super) fn structurally_comparable(&self, ty: &Ty) -> bool {
        self.compares_structurally(ty, false)
    }

    /// Whether values of `ty` order field by field, with no `eq`,
    /// `partial_cmp` or `cmp` of the program's inside.
    pub(super) fn structurally_ordered(&self, ty: &Ty) -> bool {
        self.compares_structurally(ty, true)
    }

    fn compares_structurally(&self, ty: &Ty, ordering: bool) -> bool {
        let own_impls: &[StdTrait] = if ordering {
            &[StdTrait::PartialEq, StdTrait::PartialOrd, StdTrait::Ord]
        } else {
            &[StdTrait::PartialEq]
        };
        match ty {
            Ty::Adt(..) | Ty::GenericAdt(..) => {
                let variant_fields = self
                    .items
                    .variants_of(ty)
                    .into_iter()
                    .flatten()
                    .flat_map(|v| v.fields)
                    .map(|(_, f)| f);
                own_impls
                    .iter()
                    .all(|own| self.items.impl_of(ty, TraitRef::Std(*own)).is_none())
                    && self.items.fields_of(ty).is_some_and(|(_, fields)| {
                        fields
                            .into_iter()
                            .map(|(_, f)| f)
                            .chain(variant_fields)
                            .all(|f| self.compares_structurally(&f, ordering))
                    })
            }
            Ty::Tuple(items) => items.iter().all(|t| self.compares_structurally(t, ordering)),
            Ty::Ref(_, inner)
            | Ty::Box(inner)
            | Ty::Vec(inner)
            | Ty::Array(inner, _)
            | Ty::Slice(inner)
            | Ty::Option(inner) => self.compares_structurally(inner, ordering),
            Ty::Result(ok, err) => {
                self.compares_structurally(ok, ordering) && self.compares_structurally(err, ordering)
            }
            Ty::Int(_)
            | Ty::IntVar(_)
            | Ty::Float(_)
            | Ty::FloatVar(_)
            | Ty::Bool
            | Ty::Char
            | Ty::Str
            | Ty::String
            | Ty::StdError(_) => true,
            _ => false,
        }
    }

    /// One side of a comparison: its value if it is `Copy`, else a reference
    /// to it; with the side's own type.
    fn comparison_side(&mut self, expr: &syn::Expr, hint: Option<&Ty>) -> Result<(Operand, Ty)> {
        if matches!(strip_parens(expr), syn::Expr::Lit(_)) {
            return self.as_operand(expr, hint);
        }
        let (place, ty) = self.place_or_temp(expr, hint)?;
        let resolved = self.infer.resolve(&ty);
        let span = expr.node_span();
        if self.items.is_copy(&resolved) || matches!(resolved, Ty::IntVar(_) | Ty::Var(_)) {
            Ok((self.consume(place, &resolved, span), ty))
        } else {
            Ok((self.borrow_temp(Mutability::Not, place, &resolved, span), ty))
        }
    }

    /// Both operands of `<<`/`>>` must be integers (of any two types).
    pub(super) fn require_shift(&mut self, left: &Ty, right: &Ty, node: &impl Spanned) -> Result<()> {
        let integer = |ty: Ty| matches!(ty, Ty::Int(_) | Ty::IntVar(_));
        let (left, right) = (self.infer.resolve(left), self.infer.resolve(right));
        if integer(left.clone()) && integer(right.clone()) {
            Ok(())
        } else {
            Err(Diagnostic::rejected(
                "E0277",
                format!("no implementation for `{left} << {right}`"),
                span_of(node.span()),
            ))
        }
    }

    pub(super) fn call_rvalue(&mut self, call: &syn::ExprCall, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let syn::Expr::Path(func) = &*call.func else {
            if let Some(result) = self.fn_pointer_call(call)? {
                return Ok(result);
            }
            return unsupported("calling this expression", &*call.func);
        };
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        if let Some(result) = self.closure_call(func, call)? {
            return Ok(result);
        }
        if let Some(result) = self.program_call(func, &args, expected, call)? {
            return Ok(result);
        }
        // The path as text, for std's functions (the program's were tried above).
        let path: Vec<String> = func.path.segments.iter().map(|s| s.ident.to_string()).collect();
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        if path == ["Ok"]
            && let Some(result) = self.fmt_ok(&args, expected)?
        {
            return Ok(result);
        }
        if let Some(result) = self.number_associated_call(&path, &args, call) {
            return result;
        }
        if let Some(result) = self.char_associated_call(&path, &args, call) {
            return result;
        }
        if let Some(result) = self.shared_call(&path, &args, expected, call)? {
            return Ok(result);
        }
        if let Some(result) = self.map_call(&path, &args, expected, call)? {
            return Ok(result);
        }
        if let Some(result) = self.cmp_function(&path, &args, expected, call)? {
            return Ok(result);
        }
        // The program's functions were tried first.
        if let Some(variant) = self.variant_by_path(&func.path) {
            if variant.def.kind != StructKind::Tuple {
                return Err(Diagnostic::rejected(
                    "E0618",
                    format!("expected function, found enum variant `{}`", path.join("::")),
                    span_of(func.span()),
                ));
            }
            return self.variant_value(variant, &args, expected, &*call.func);
        }
        match (path.as_slice(), args.as_slice()) {
            (["String", "from"] | ["std", "string", "String", "from"], [arg]) => {
                let (operand, ty) = self.as_operand(arg, Some(&Ty::str_ref()))?;
                let operand = self.coerce(operand, &ty, &Ty::str_ref(), *arg)?;
                Ok((Rvalue::Intrinsic(Intrinsic::StringFrom, vec![operand]), Ty::String))
            }
            (["String", "with_capacity"] | ["std", "string", "String", "with_capacity"], [arg]) => {
                let usize_ty = Ty::Int(IntTy::Usize);
                let (operand, ty) = self.as_operand(arg, Some(&usize_ty))?;
                self.expect_type(&usize_ty, &ty, *arg)?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::StringWithCapacity, vec![operand]),
                    Ty::String,
                ))
            }
            (["String" | "str", "from_utf8"] | ["std", "string", "String", "from_utf8"], _)
            | (["std" | "core", "str", "from_utf8"], _) => unsupported(
                "`from_utf8` whose `Result` is not unwrapped at once (`.unwrap()`, `.expect(…)`)",
                call,
            ),
            (["String", "new"] | ["std", "string", "String", "new"], []) => {
                Ok((Rvalue::Intrinsic(Intrinsic::StringFrom, vec![]), Ty::String))
            }
            (["Box", "from"], [arg]) if let Some(boxed) = self.error_box_from(arg, expected, call.node_span())? => {
                Ok(boxed)
            }
            (["Box", "new"] | ["std", "boxed", "Box", "new"], [arg]) => {
                let hint = match expected.map(|t| self.infer.resolve(t)) {
                    Some(Ty::Box(inner)) => Some(Rc::unwrap_or_clone(inner)),
                    _ => None,
                };
                let (operand, ty) = self.as_operand(arg, hint.as_ref())?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::BoxNew, vec![operand]),
                    Ty::Box(Rc::new(ty)),
                ))
            }
            (
                ["size_of" | "align_of"] | ["mem", "size_of" | "align_of"] | ["std", "mem", "size_of" | "align_of"],
                [],
            ) => {
                let Some(syn::PathArguments::AngleBracketed(generics)) =
                    func.path.segments.last().map(|s| &s.arguments)
                else {
                    return unsupported("`size_of` without a type argument", call);
                };
                let [syn::GenericArgument::Type(ty)] = generics.args.iter().collect::<Vec<_>>()[..] else {
                    return unsupported("this `size_of` type argument", generics);
                };
                let ty = self.lower_type(ty)?;
                let layout = self.layout_of(&ty, call)?;
                let value = if path.last() == Some(&"size_of") {
                    layout.size
                } else {
                    layout.align
                };
                Ok((
                    Rvalue::Use(Operand::Const(Const::Int(value as i128))),
                    Ty::Int(IntTy::Usize),
                ))
            }
            (["size_of_val"] | ["mem", "size_of_val"] | ["std", "mem", "size_of_val"], [arg]) => {
                let (operand, ty) = self.as_operand(arg, None)?;
                match self.infer.resolve(&ty) {
                    Ty::Ref(_, inner) if *inner == Ty::Str => {
                        Ok((Rvalue::Intrinsic(Intrinsic::Len, vec![operand]), Ty::Int(IntTy::Usize)))
                    }
                    Ty::Ref(_, inner) => {
                        let layout = self.layout_of(&inner, *arg)?;
                        Ok((
                            Rvalue::Use(Operand::Const(Const::Int(layout.size as i128))),
                            Ty::Int(IntTy::Usize),
                        ))
                    }
                    other => Err(Diagnostic::rejected("E0308", "mismatched types", arg.node_span())
                        .with_primary_label(format!("expected `&_`, found `{other}`"))),
                }
            }
            (["Vec", "new"] | ["std", "vec", "Vec", "new"], []) => {
                let ty = self.vec_type(expected);
                Ok((Rvalue::Intrinsic(Intrinsic::VecNew, vec![]), ty))
            }
            (["Vec", "with_capacity"] | ["std", "vec", "Vec", "with_capacity"], [arg]) => {
                let usize_ty = Ty::Int(IntTy::Usize);
                let (operand, ty) = self.as_operand(arg, Some(&usize_ty))?;
                self.expect_type(&usize_ty, &ty, *arg)?;
                let ty = self.vec_type(expected);
                Ok((Rvalue::Intrinsic(Intrinsic::VecWithCapacity, vec![operand]), ty))
            }
            (["replace"] | ["mem", "replace"] | ["std", "mem", "replace"], [dest, value]) => {
                self.mem_replace(dest, Some(value), call)
            }
            (["take"] | ["mem", "take"] | ["std", "mem", "take"], [dest]) => self.mem_replace(dest, None, call),
            (["std", "process", "exit"] | ["process", "exit"] | ["exit"], [code]) if self.is_process_exit(&path) => {
                self.process_exit(code, call)
            }
            (["drop"] | ["std", "mem", "drop"] | ["mem", "drop"], [arg]) => {
                // `drop(x)` moves its argument into the call, which drops it.
                let span = call.node_span();
                let (operand, ty) = self.as_operand(arg, None)?;
                let temp = self.new_local(None, ty.clone(), false, span);
                self.push(StatementKind::StorageLive(temp), span);
                self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
                self.end_local(temp, span);
                Ok((Rvalue::Use(Operand::Const(Const::Unit)), Ty::unit()))
            }
            ([single], _) if self.struct_named(single, StructKind::Tuple).is_some() => {
                let ty = self.struct_named(single, StructKind::Tuple).unwrap_or_else(Ty::unit);
                let fields = self.items.fields_of(&ty).map(|(_, f)| f).unwrap_or_default();
                if fields.len() != args.len() {
                    return Err(argument_count_error("struct", fields.len(), args.len(), &*call.func));
                }
                let mut operands = Vec::new();
                for (arg, (_, field_ty)) in args.iter().zip(&fields) {
                    let (operand, ty) = self.as_operand(arg, Some(field_ty))?;
                    operands.push(self.coerce(operand, &ty, field_ty, *arg)?);
                }
                Ok((Rvalue::Tuple(operands), ty))
            }
            _ => unsupported(
                format!("the function `{}` with {} argument(s)", path.join("::"), args.len()),
                call,
            ),
        }
    }

    /// `Name { field: value, … }`: fields evaluated in the order written,
    /// stored in declaration order.
    pub(super) fn struct_literal(&mut self, literal: &syn::ExprStruct) -> Result<(Rvalue, Ty)> {
        if literal.rest.is_none() && literal.dot2_token.is_some() {
            return unsupported("`..` without a base in a struct literal", literal);
        }
        if let Some(variant) = self.variant_by_path(&literal.path) {
            return self.variant_literal(literal, variant);
        }
        let name = literal
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let Some(struct_ty) = self.struct_named(&name, StructKind::Named) else {
            self.check_std_struct_path(&literal.path)?;
            return Err(Diagnostic::rejected(
                "E0422",
                format!("cannot find struct, variant or union type `{name}` in this scope"),
                span_of(literal.path.span()),
            ));
        };
        let fields = self.items.fields_of(&struct_ty).map(|(_, f)| f).unwrap_or_default();
        let mut operands: Vec<Option<Operand>> = vec![None; fields.len()];
        for field in &literal.fields {
            let syn::Member::Named(ident) = &field.member else {
                return unsupported("numbered fields in a struct literal", &field.member);
            };
            let Some(index) = fields.iter().position(|(f, _)| ident == f) else {
                return Err(Diagnostic::rejected(
                    "E0560",
                    format!("struct `{name}` has no field named `{ident}`"),
                    span_of(ident.span()),
                ));
            };
            let field_ty = fields[index].1.clone();
            let (operand, ty) = self.as_operand(&field.expr, Some(&field_ty))?;
            operands[index] = Some(self.coerce(operand, &ty, &field_ty, &field.expr)?);
        }
        // `..base`: evaluated after the fields written, the others move (or
        // copy) out of it; what is left of a temporary base drops with it.
        if let Some(base) = &literal.rest {
            let (base_place, base_ty) = self.place_or_temp(base, Some(&struct_ty))?;
            self.expect_type(&struct_ty, &base_ty, &**base)?;
            let span = base.node_span();
            for (index, (_, field_ty)) in fields.iter().enumerate() {
                if operands[index].is_none() {
                    let place = base_place.project(PlaceElem::Field(index));
                    operands[index] = Some(self.consume(place, field_ty, span));
                }
            }
        }
        let operands = all_fields_given(&fields, operands, name, &literal.path)?;
        Ok((Rvalue::Tuple(operands), struct_ty))
    }

    /// The place of an expression, followed through references and boxes
    /// (auto-deref, as for field access and indexing).
    pub(super) fn as_dereferenced_place(&mut self, expr: &syn::Expr) -> Result<(Place, Ty)> {
        let (mut place, mut ty) = self.place_or_temp(expr, None)?;
        while let Some(inner) = self.infer.resolve(&ty).deref_target() {
            place = place.project(PlaceElem::Deref);
            ty = inner;
        }
        Ok((place, ty))
    }

    /// The struct called `name` (or `Self`) of this kind, as a type: a
    /// generic struct gets fresh variables for its arguments.
    pub(super) fn struct_named(&mut self, name: &str, kind: StructKind) -> Option<Ty> {
        if name == "Self" {
            let self_ty = self.self_ty.clone()?;
            return match self.items.fields_of(&self_ty) {
                Some((k, _)) if k == kind => Some(self_ty),
                _ => None,
            };
        }
        if let Some(adt) = self
            .items
            .adts
            .iter()
            .position(|adt| adt.name == name && adt.kind == kind && adt.enum_variants.is_none())
        {
            return Some(Ty::Adt(adt, name.into()));
        }
        let id = self
            .items
            .structs
            .iter()
            .position(|s| s.name == name && s.kind == kind && s.variants.is_none())?;
        let count = self.items.structs[id].params.len();
        let args = (0..count).map(|_| self.infer.new_var()).collect();
        Some(Ty::GenericAdt(id, name.to_string(), args))
    }

    /// The layout engine's answer for a type of this program.
    pub(super) fn layout_of(&mut self, ty: &Ty, node: &impl NodeSpan) -> Result<crate::layout::Layout> {
        let span = node.node_span();
        let ty = self.concrete(ty, span)?;
        crate::layout::layout_of_in(&ty, &self.layout_defs())
            .ok_or_else(|| Diagnostic::unsupported(format!("the layout of `{ty}`"), span))
    }

    /// `offset_of!(Type, field)`: the engine's offset of the field.
    pub(super) fn offset_of(&mut self, mac: &syn::Macro) -> Result<(Rvalue, Ty)> {
        let parser = |input: syn::parse::ParseStream| -> syn::Result<(syn::Type, syn::Member)> {
            let ty: syn::Type = input.parse()?;
            input.parse::<syn::Token![,]>()?;
            let member: syn::Member = input.parse()?;
            Ok((ty, member))
        };
        let (ty, member) = parser
            .parse2(mac.tokens.clone())
            .map_err(|err| super::super::parse_error(&err))?;
        let ty = self.lower_type(&ty)?;
        let expr = crate::layout::type_expr_of_ir(&self.concrete(&ty, mac.node_span())?)
            .ok_or_else(|| Diagnostic::unsupported("`offset_of!` of this type", mac.node_span()))?;
        let table = crate::layout::layout_of_type(&expr, &self.layout_defs(), crate::layout::Target::X86_64)
            .map_err(|message| Diagnostic::unsupported(message, mac.node_span()))?;
        let wanted = member_name(&member);
        let field = table.fields.iter().find(|f| f.name == wanted).ok_or_else(|| {
            Diagnostic::rejected(
                "E0609",
                format!("no field `{wanted}` on type `{ty}`"),
                span_of(member.span()),
            )
        })?;
        Ok((
            Rvalue::Use(Operand::Const(Const::Int(field.offset as i128))),
            Ty::Int(IntTy::Usize),
        ))
    }

    /// `Vec<T>` with `T` taken from the expected type, or left to inference.
    pub(super) fn vec_type(&mut self, expected: Option<&Ty>) -> Ty {
        match expected.map(|t| self.infer.resolve(t)) {
            Some(Ty::Vec(inner)) => Ty::Vec(inner),
            _ => Ty::Vec(Rc::new(self.infer.new_var())),
        }
    }

    /// `vec![a, b, c]` and `vec![value; n]`.
    pub(super) fn vec_macro(&mut self, mac: &syn::Macro, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let ty = self.vec_type(expected);
        let Ty::Vec(element) = ty.clone() else {
            return unsupported("this `vec!`", mac);
        };
        let repeat = |input: syn::parse::ParseStream| -> syn::Result<(syn::Expr, syn::Expr)> {
            let value: syn::Expr = input.parse()?;
            input.parse::<syn::Token![;]>()?;
            let count: syn::Expr = input.parse()?;
            Ok((value, count))
        };
        // Without a `;` only the list form parses: its elements are parsed once.
        if may_repeat(&mac.tokens)
            && let Ok((value, count)) = repeat.parse2(mac.tokens.clone())
        {
            let (value_op, value_ty) = self.as_operand(&value, Some(&element))?;
            self.expect_type(&element, &value_ty, &value)?;
            let usize_ty = Ty::Int(IntTy::Usize);
            let (count_op, count_ty) = self.as_operand(&count, Some(&usize_ty))?;
            self.expect_type(&usize_ty, &count_ty, &count)?;
            return Ok((Rvalue::Intrinsic(Intrinsic::VecRepeat, vec![value_op, count_op]), ty));
        }
        // Literals and paths, as most lists hold, are built without the parser.
        let items: Vec<syn::Expr> = match super::simple_args::simple_args(&mac.tokens) {
            Some(args) if args.iter().all(|arg| arg.name.is_none()) => args.into_iter().map(|arg| arg.expr).collect(),
            _ => Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated
                .parse2(mac.tokens.clone())
                .map_err(|err| super::super::parse_error(&err))?
                .into_iter()
                .collect(),
        };
        let mut operands = Vec::new();
        for item in &items {
            let (operand, item_ty) = self.as_operand(item, Some(&element))?;
            operands.push(self.coerce(operand, &item_ty, &element, item)?);
        }
        Ok((Rvalue::Intrinsic(Intrinsic::VecFrom, operands), ty))
    }

    /// `(a..b).contains(&x)` and the other range forms, written where the
    /// range is made: the bounds, then the argument, then std's comparisons
    /// (`a <= x && x < b`).
    fn range_contains(&mut self, range: &syn::ExprRange, value: &syn::Expr) -> Result<(Rvalue, Ty)> {
        let span = span_of(range.span());
        let element = self.infer.new_var();
        let mut bounds = Vec::new();
        for bound in [&range.start, &range.end].into_iter().flatten() {
            let (operand, ty) = self.as_operand(bound, Some(&element))?;
            self.expect_type(&element, &ty, &**bound)?;
            let temp = self.new_temp(element.clone(), span);
            self.push(StatementKind::Assign(Place::local(temp), Rvalue::Use(operand)), span);
            bounds.push(temp);
        }
        let expected = Ty::Ref(Mutability::Not, Rc::new(element.clone()));
        let (operand, ty) = self.as_operand(value, Some(&expected))?;
        self.expect_type(&expected, &ty, value)?;
        let reference = self.new_temp(expected, span);
        self.push(
            StatementKind::Assign(Place::local(reference), Rvalue::Use(operand)),
            span,
        );
        let resolved = self.infer.resolve(&element);
        if !matches!(
            resolved,
            Ty::Int(_) | Ty::IntVar(_) | Ty::Float(_) | Ty::FloatVar(_) | Ty::Char
        ) {
            return unsupported(format!("`contains` on a range of `{resolved}`"), range);
        }
        let item = Operand::Copy(Place::local(reference).project(PlaceElem::Deref), span);
        let mut tests = Vec::new();
        let mut next = bounds.into_iter();
        if range.start.is_some() {
            let start = next.next().map(|t| Operand::Copy(Place::local(t), span));
            tests.extend(start.map(|start| (BinOp::Le, start, item.clone())));
        }
        if range.end.is_some() {
            let op = match range.limits {
                syn::RangeLimits::HalfOpen(_) => BinOp::Lt,
                syn::RangeLimits::Closed(_) => BinOp::Le,
            };
            let end = next.next().map(|t| Operand::Copy(Place::local(t), span));
            tests.extend(end.map(|end| (op, item.clone(), end)));
        }
        let result = self.new_temp(Ty::Bool, span);
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Use(Operand::Const(Const::Bool(true)))),
            span,
        );
        for (op, a, b) in tests {
            let test = self.new_temp(Ty::Bool, span);
            self.push(
                StatementKind::Assign(Place::local(test), Rvalue::binary(op, element.clone(), a, b)),
                span,
            );
            // `&&`: both tests are plain reads, so computing both is the same.
            self.push(
                StatementKind::Assign(
                    Place::local(result),
                    Rvalue::binary(
                        BinOp::BitAnd,
                        Ty::Bool,
                        Operand::Copy(Place::local(result), span),
                        Operand::Copy(Place::local(test), span),
                    ),
                ),
                span,
            );
        }
        Ok((Rvalue::Use(Operand::Copy(Place::local(result), span)), Ty::Bool))
    }

    pub(super) fn method_rvalue(&mut self, call: &syn::ExprMethodCall, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        // A receiver reached through the program's `deref` is fixed up to
        // `deref_mut` once the method is known to borrow it `&mut`.
        let since = self.shared_derefs.len();
        let lowered = self.method_call_rvalue(call, expected);
        match lowered {
            Ok(lowered) => {
                self.fix_up_mutable_derefs(since, Some(&lowered.0))?;
                Ok(lowered)
            }
            Err(error) => {
                self.shared_derefs.truncate(since);
                Err(error)
            }
        }
    }

    fn method_call_rvalue(&mut self, call: &syn::ExprMethodCall, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        if let Some(result) = self.map_entry_chain(call)? {
            return Ok(result);
        }
        if let Some(result) = self.debug_builder_chain(call)? {
            return Ok(result);
        }
        if let Some(result) = self.unwrapped_from_utf8(call)? {
            return Ok(result);
        }
        if let (syn::Expr::Range(range), "contains", [value]) =
            (strip_parens(&call.receiver), method.as_str(), &args[..])
        {
            return self.range_contains(range, value);
        }
        let (receiver, receiver_ty) = match self.range_receiver(call)? {
            Some(sliced) => sliced,
            None => self.place_or_temp(&call.receiver, None)?,
        };
        let receiver_ty = self.infer.resolve(&receiver_ty);
        // Auto-deref to find the type the method is on: through references,
        // and through boxes for every method but `clone` (which `Box` has).
        let mut place = receiver.clone();
        let mut self_ty = receiver_ty.clone();
        loop {
            match &self_ty {
                Ty::Ref(_, inner) if !matches!(**inner, Ty::Str) => {}
                Ty::Box(_) | Ty::Shared(..) if method != "clone" => {}
                _ if self.method_is_behind_user_deref(&self_ty, &method) => {
                    let span = call.receiver.node_span();
                    if let Some((target, ty)) =
                        self.user_deref(place.clone(), &self_ty, Mutability::Not, (span, span))?
                    {
                        place = target;
                        self_ty = self.infer.resolve(&ty);
                        continue;
                    }
                    break;
                }
                _ => break,
            }
            let Some(inner) = self_ty.deref_target() else {
                break;
            };
            place = place.project(PlaceElem::Deref);
            self_ty = inner;
        }
        if self_ty == Ty::Formatter {
            return self.formatter_method(place, call);
        }
        if let Ty::Opaque(..) = self_ty {
            return self.opaque_method(place, &self_ty, call);
        }
        if let Some(result) = self.ordering_method(place.clone(), &self_ty, &method, &args, call)? {
            return Ok(result);
        }
        if let Some(result) = self.shared_method(place.clone(), &self_ty, &method, &args, call)? {
            return Ok(result);
        }
        if let Some(result) = self.slice_method(place.clone(), &self_ty, &method, &args, call)? {
            return Ok(result);
        }
        if let Some(result) = self.collection_method(place.clone(), &self_ty, &method, &args, call)? {
            return Ok(result);
        }
        if let Some(result) = self.map_method(place.clone(), &self_ty, &method, &args, call)? {
            return Ok(result);
        }
        if let Ty::Param(..) = self_ty {
            return self.param_method(place, &self_ty, call);
        }
        // The program's structs have no inherent std methods: their impls
        // come first. For std types the model's methods are std's inherent
        // ones, which win over the program's traits (below).
        let generic_call = self
            .items
            .generic_calls
            .borrow()
            .iter()
            .any(|(k, _)| *k == span_of(call.method.span()));
        if (generic_call || matches!(self_ty, Ty::Adt(..) | Ty::GenericAdt(..) | Ty::Dyn(_)))
            && let Some(result) = self.program_method(place.clone(), &self_ty, call)?
        {
            return Ok(result);
        }
        if let Some(result) = self.ord_method(place.clone(), &self_ty, &method, &args, call)? {
            return Ok(result);
        }
        let span = call.node_span();
        let receiver_span = call.receiver.node_span();
        match (&self_ty, method.as_str(), args.as_slice()) {
            (_, "into", [])
                if let Some(boxed) = self.error_into(place.clone(), &self_ty, expected, receiver_span, span) =>
            {
                Ok(boxed)
            }
            (Ty::Ref(_, inner), "to_string" | "to_owned" | "into", []) if **inner == Ty::Str => {
                let operand = Operand::Copy(place, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::StringFrom, vec![operand]), Ty::String))
            }
            (Ty::Ref(_, inner), "parse", []) if **inner == Ty::Str => {
                let receiver = Operand::Copy(place, receiver_span);
                self.str_parse(receiver, call)
            }
            (Ty::String, "parse", []) => {
                let receiver = self.str_operand(place, &self_ty, receiver_span);
                self.str_parse(receiver, call)
            }
            (Ty::Int(_) | Ty::Float(_) | Ty::IntVar(_) | Ty::FloatVar(_), "into", []) => {
                let receiver = Operand::Copy(place, receiver_span);
                self.number_into(receiver, &self_ty, expected, &call.method)
            }
            (Ty::Ref(_, inner), "len", []) if **inner == Ty::Str => {
                let operand = Operand::Copy(place, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Len, vec![operand]), Ty::Int(IntTy::Usize)))
            }
            (Ty::Vec(element), "push", [arg]) => {
                let element = (**element).clone();
                let reference = self.borrow_temp(Mutability::Mut, place, &self_ty, receiver_span);
                let (operand, ty) = self.as_operand(arg, Some(&element))?;
                let operand = self.coerce(operand, &ty, &element, *arg)?;
                Ok((
                    Rvalue::Intrinsic(Intrinsic::VecPush, vec![reference, operand]),
                    Ty::unit(),
                ))
            }
            (Ty::String | Ty::Vec(_), "is_empty", []) => {
                let usize_ty = Ty::Int(IntTy::Usize);
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                let len = self.new_temp(usize_ty.clone(), span);
                self.push(
                    StatementKind::Assign(Place::local(len), Rvalue::Intrinsic(Intrinsic::Len, vec![reference])),
                    span,
                );
                let len = Operand::Copy(Place::local(len), span);
                Ok((
                    Rvalue::binary(BinOp::Eq, usize_ty, len, Operand::Const(Const::Int(0))),
                    Ty::Bool,
                ))
            }
            (Ty::String | Ty::Vec(_), "len" | "capacity", []) => {
                let intrinsic = if method == "len" {
                    Intrinsic::Len
                } else {
                    Intrinsic::Capacity
                };
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(intrinsic, vec![reference]), Ty::Int(IntTy::Usize)))
            }
            (Ty::String, "to_string" | "clone" | "to_owned", []) | (Ty::Box(_) | Ty::Vec(_), "clone", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Clone, vec![reference]), self_ty.clone()))
            }
            (ty, "clone", []) if self.items.is_copy(ty) => {
                Ok((Rvalue::Use(Operand::Copy(place, span)), self_ty.clone()))
            }
            (Ty::Adt(..) | Ty::GenericAdt(..), "clone", [])
                if self.items.derives_of(&self_ty).is_some_and(|d| d.clone) =>
            {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Clone, vec![reference]), self_ty.clone()))
            }
            (Ty::Option(_) | Ty::Result(..), _, _) => self.option_method(call, place, self_ty.clone(), receiver_span),
            (Ty::Vec(_), "pop" | "get" | "first" | "last" | "get_mut" | "first_mut" | "last_mut", _) => {
                self.vec_option_method(call, place, self_ty.clone(), receiver_span)
            }
            (Ty::String, "as_str", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::AsStr, vec![reference]), Ty::str_ref()))
            }
            (Ty::String, "push_str" | "push", [arg]) => {
                let (intrinsic, arg_ty) = if method == "push_str" {
                    (Intrinsic::PushStr, Ty::str_ref())
                } else {
                    (Intrinsic::Push, Ty::Char)
                };
                let reference = self.borrow_temp(Mutability::Mut, place, &self_ty, receiver_span);
                let (operand, ty) = self.as_operand(arg, Some(&arg_ty))?;
                let operand = self.coerce(operand, &ty, &arg_ty, *arg)?;
                Ok((Rvalue::Intrinsic(intrinsic, vec![reference, operand]), Ty::unit()))
            }
            // std's errors: `Display` into a new `String`, and a derived `Clone`.
            (Ty::StdError(_), "to_string", []) => self.display_to_string(place, &self_ty, receiver_span),
            (Ty::StdError(_), "clone", []) => {
                let reference = self.borrow_temp(Mutability::Not, place, &self_ty, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::Clone, vec![reference]), self_ty.clone()))
            }
            (Ty::Bool | Ty::Char, "to_string", []) => {
                let operand = Operand::Copy(place, receiver_span);
                Ok((Rvalue::Intrinsic(Intrinsic::ToString, vec![operand]), Ty::String))
            }
            (Ty::Char | Ty::Int(IntTy::U8), _, _)
                if let Some(result) = self.char_method_call(
                    Operand::Copy(place.clone(), receiver_span),
                    &self_ty,
                    &call.method,
                    &args,
                ) =>
            {
                result
            }
            (Ty::Int(_) | Ty::Float(_) | Ty::IntVar(_) | Ty::FloatVar(_), _, _)
                if self.find_method(&self_ty, &method).is_none() =>
            {
                let receiver = Operand::Copy(place, receiver_span);
                match self.number_method(&self_ty, receiver, &call.method, &args) {
                    Some(result) => result,
                    None => unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method),
                }
            }
            (ty, "to_string", []) if self.has_program_display(ty) => {
                let ty = ty.clone();
                self.display_to_string(place, &ty, span)
            }
            // std's iterators kept as values, reached where the chain lowering cannot see them.
            (ty, _, _) if self.std_iterator(ty).is_some() => {
                let ty = ty.clone();
                self.std_iterator_call(place, &ty, call, receiver_span)
            }
            // Std's `Iterator` methods where the chain lowering cannot read the receiver.
            (Ty::Adt(..) | Ty::GenericAdt(..), _, _)
                if self.find_method(&self_ty, &method).is_none()
                    && self.items.implements(&self_ty, TraitRef::Std(StdTrait::Iterator)) =>
            {
                unsupported(
                    format!("`{method}` on this iterator (chains start at a local, a literal or a constructor call)"),
                    &call.method,
                )
            }
            // The program's structs have the methods of their impls and of the
            // std traits they implement; other names do not exist.
            (Ty::Adt(..) | Ty::GenericAdt(..) | Ty::Dyn(_), _, _)
                if !STD_TRAIT_METHODS.contains(&method.as_str())
                    || (method == "clone" && !self.items.implements(&self_ty, TraitRef::Std(StdTrait::Clone)))
                    || (method == "to_string"
                        && !self.items.implements(&self_ty, TraitRef::Std(StdTrait::Display))) =>
            {
                let kind = if matches!(self_ty, Ty::Dyn(_)) {
                    "trait object"
                } else {
                    "struct"
                };
                Err(Diagnostic::rejected(
                    "E0599",
                    format!("no method named `{method}` found for {kind} `{self_ty}` in the current scope"),
                    span_of(call.method.span()),
                )
                .with_primary_label(format!("method not found in `{self_ty}`")))
            }
            _ if !matches!(self_ty, Ty::Var(_)) && self.find_method(&self_ty, &method).is_some() => {
                match self.program_method(place, &self_ty, call)? {
                    Some(result) => Ok(result),
                    None => unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method),
                }
            }
            _ => unsupported(format!("the method `{method}` on `{self_ty}`"), &call.method),
        }
    }

    /// Checks that an operand of type `found` fits `expected`, applying the
    /// one deref coercion the subset has: `&String` (or `&mut String`) to `&str`.
    pub(super) fn coerce(
        &mut self,
        operand: Operand,
        found: &Ty,
        expected: &Ty,
        node: &impl NodeSpan,
    ) -> Result<Operand> {
        // Each coercion below is to a pointer or a fn pointer: a value of
        // any other expected type is only checked against it.
        if !matches!(
            *self.infer.resolved(expected),
            Ty::Ref(..) | Ty::Box(_) | Ty::Shared(..) | Ty::FnPtr(..)
        ) {
            self.expect_type(expected, found, node)?;
            return Ok(operand);
        }
        let found = self.infer.resolve(found);
        if let Some(pointer) = self.coerce_to_fn_pointer(&found, expected, node)? {
            return Ok(pointer);
        }
        if let Some(slice) = self.unsize(operand.clone(), &found, expected, node)? {
            return Ok(slice);
        }
        if let Some(fat) = self.unsize_dyn(&operand, &found, expected, node)? {
            return Ok(fat);
        }
        if is_str_ref(expected)
            && let Ty::Ref(_, inner) = &found
            && **inner == Ty::String
        {
            let span = node.node_span();
            let temp = self.new_temp(Ty::str_ref(), span);
            self.push(
                StatementKind::Assign(Place::local(temp), Rvalue::Intrinsic(Intrinsic::AsStr, vec![operand])),
                span,
            );
            return Ok(Operand::Copy(Place::local(temp), span));
        }
        // `&&str` to `&str`: the inner `&str` itself.
        if is_str_ref(expected)
            && let (Ty::Ref(_, pointee), Operand::Copy(place, span) | Operand::Move(place, span)) =
                (found.clone(), operand.clone())
            && matches!(*pointee, Ty::Ref(..) | Ty::Box(_))
        {
            let mut place = place.project(PlaceElem::Deref);
            let mut ty = Rc::unwrap_or_clone(pointee);
            while let Ty::Ref(_, inner) | Ty::Box(inner) = ty.clone()
                && *inner != Ty::Str
            {
                place = place.project(PlaceElem::Deref);
                ty = Rc::unwrap_or_clone(inner);
            }
            if is_str_ref(&ty) {
                return Ok(Operand::Copy(place, span));
            }
        }
        if let Some((operand, found)) = self.coerce_through_user_deref(&operand, &found, expected)? {
            return self.coerce(operand, &found, expected, node);
        }
        if let Some(peeled) = self.peel_to_text_or_elements(&operand, &found, expected) {
            let (operand, found) = peeled;
            return self.coerce(operand, &found, expected, node);
        }
        // Deref coercion through boxes and references: `&Box<T>` and `&&T` to `&T`.
        if let (
            Ty::Ref(wanted, target),
            Ty::Ref(have, mut pointee),
            Operand::Copy(place, span) | Operand::Move(place, span),
        ) = (self.infer.resolve(expected), found.clone(), operand.clone())
            && !(wanted == Mutability::Mut && have == Mutability::Not)
            && !matches!(*target, Ty::Var(_) | Ty::IntVar(_))
        {
            let mut place = place.project(PlaceElem::Deref);
            let mut steps = 0;
            // rustc stops at the first step whose type unifies with the
            // target (`&&{integer}` to `&i32` takes one step).
            while let Some(inner) = pointee.deref_target()
                && !self.infer.would_unify(&pointee, &target)
                && inner != Ty::Str
                // `Rc` and `Ref` give no `&mut`.
                && (wanted == Mutability::Not
                    || matches!(*pointee, Ty::Box(_) | Ty::Ref(Mutability::Mut, _) | Ty::Shared(SharedTy::RefMut, _)))
            {
                place = place.project(PlaceElem::Deref);
                pointee = Rc::new(inner);
                steps += 1;
            }
            // `&mut rc` where a `&mut T` is expected: the chain would reach
            // `T` but for `DerefMut`, which rustc reports as a borrow error.
            if wanted == Mutability::Mut
                && let Ty::Shared(kind @ (SharedTy::Rc | SharedTy::Ref), _) = &*pointee
                && pointee
                    .deref_target()
                    .is_some_and(|inner| self.infer.would_unify(&inner, &target))
            {
                let pointer = self.infer.finalize(&pointee).rustc_name();
                let data = match kind {
                    SharedTy::Rc => "an `Rc`".to_string(),
                    _ => format!("dereference of `{pointer}`"),
                };
                return Err(Diagnostic::rejected(
                    "E0596",
                    format!("cannot borrow data in {data} as mutable"),
                    node.node_span(),
                )
                .with_primary_label("cannot borrow as mutable")
                .with_note(format!(
                    "help: trait `DerefMut` is required to modify through a dereference, but it is not implemented for `{pointer}`"
                )));
            }
            // A `&mut` argument is reborrowed rather than moved (`steps == 0`).
            let reborrow = steps == 0 && wanted == Mutability::Mut && matches!(operand, Operand::Move(..));
            if (steps > 0 || reborrow) && self.infer.unify(&pointee, &target).is_ok() {
                let temp = self.new_temp(expected.clone(), span);
                // Like a method receiver's, a `&mut` argument's reborrow is
                // two-phase: `f(r, r.len())`.
                if wanted == Mutability::Mut {
                    self.two_phase.push(temp);
                }
                self.push(
                    StatementKind::Assign(Place::local(temp), Rvalue::Ref(wanted, place)),
                    span,
                );
                return Ok(self.consume(Place::local(temp), expected, span));
            }
        }
        self.expect_type(expected, &found, node)?;
        Ok(operand)
    }

    /// `&&String`, `&Box<String>`, `&Rc<Vec<T>>`… where a `&str` or a
    /// `&[T]` is expected: one step of rustc's deref chain, reborrowing the
    /// pointee's target (`&**r`), so that the `String` or the `Vec` is
    /// reached by a reference the coercions above take.
    fn peel_to_text_or_elements(&mut self, operand: &Operand, found: &Ty, expected: &Ty) -> Option<(Operand, Ty)> {
        let (
            Ty::Ref(Mutability::Not, wanted),
            Ty::Ref(_, pointee),
            Operand::Copy(place, span) | Operand::Move(place, span),
        ) = (self.infer.resolve(expected), found, operand)
        else {
            return None;
        };
        if !matches!(*wanted, Ty::Str | Ty::Slice(_)) {
            return None;
        }
        let inner = self.infer.resolve(&pointee.deref_target()?);
        // Only a chain that ends at what `&str` or `&[T]` is made from.
        let mut end = inner.clone();
        while let Some(next) = end.deref_target() {
            end = self.infer.resolve(&next);
        }
        let reaches = match (&*wanted, &end) {
            (Ty::Str, Ty::String) => true,
            (Ty::Slice(element), Ty::Vec(item) | Ty::Array(item, _)) => self.infer.would_unify(element, item),
            _ => false,
        };
        if !reaches || matches!(inner, Ty::Str | Ty::Slice(_)) {
            return None;
        }
        let reference = Ty::Ref(Mutability::Not, Rc::new(inner));
        let temp = self.new_temp(reference.clone(), *span);
        let target = place.clone().project(PlaceElem::Deref).project(PlaceElem::Deref);
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Ref(Mutability::Not, target)),
            *span,
        );
        Some((Operand::Copy(Place::local(temp), *span), reference))
    }

    /// A `&mut` variable passed where a `&mut` parameter is expected (or
    /// bound to a `let` annotated `&mut`) is reborrowed (`&mut *r`), not
    /// moved, so it stays usable afterwards.
    pub(super) fn reborrow_argument(&mut self, operand: Operand, found: &Ty, param: &Ty, arg: &syn::Expr) -> Operand {
        let Operand::Move(place, span) = &operand else {
            return operand;
        };
        let (Ty::Ref(Mutability::Mut, _), Ty::Ref(Mutability::Mut, inner)) = (param, self.infer.resolve(found)) else {
            return operand;
        };
        if !is_place_expr(arg) {
            return operand;
        }
        let ref_ty = Ty::Ref(Mutability::Mut, inner);
        let temp = self.new_temp(ref_ty, *span);
        // Like a method receiver's, this reborrow is two-phase: `f(r, r.len())`.
        self.two_phase.push(temp);
        self.push(
            StatementKind::Assign(
                Place::local(temp),
                Rvalue::Ref(Mutability::Mut, place.project(PlaceElem::Deref)),
            ),
            *span,
        );
        Operand::Move(Place::local(temp), *span)
    }

    /// An argument as the parameter takes it: a `&mut` place reborrowed
    /// (two-phase), anything else coerced.
    pub(super) fn pass_argument(&mut self, operand: Operand, ty: &Ty, param: &Ty, arg: &syn::Expr) -> Result<Operand> {
        let reborrowed = self.reborrow_argument(operand.clone(), ty, param, arg);
        if reborrowed == operand {
            self.coerce(operand, ty, param, arg)
        } else {
            self.expect_type(param, ty, arg)?;
            Ok(reborrowed)
        }
    }

    /// `&place` or `&mut place` in a fresh temporary, as an auto-ref receiver
    /// (a `&mut` one is a two-phase borrow).
    pub(super) fn borrow_temp(&mut self, mutability: Mutability, place: Place, ty: &Ty, span: Span) -> Operand {
        let ref_ty = Ty::Ref(mutability, Rc::new(ty.clone()));
        let temp = self.new_temp(ref_ty.clone(), span);
        if mutability == Mutability::Mut {
            self.two_phase.push(temp);
        }
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Ref(mutability, place)),
            span,
        );
        self.consume(Place::local(temp), &ref_ty, span)
    }

    pub(super) fn consume(&self, place: Place, ty: &Ty, span: Span) -> Operand {
        let ty = self.infer.resolved(ty);
        if self.items.is_copy(&ty) && !self.moves_as_parameter(&ty) {
            Operand::Copy(place, span)
        } else {
            Operand::Move(place, span)
        }
    }

    pub(super) fn as_operand(&mut self, expr: &syn::Expr, expected: Option<&Ty>) -> Result<(Operand, Ty)> {
        let span = self.expr_span(expr);
        match expr {
            syn::Expr::Paren(paren) => self.as_operand(&paren.expr, expected),
            syn::Expr::Lit(lit) => self.literal(&lit.lit, expected),
            syn::Expr::Unary(unary) if self.negated_literal_ahead(unary) => self
                .negated_literal(unary, expected)
                .unwrap_or_else(|| unsupported("this unary operator", unary)),
            syn::Expr::Path(path) if self.constant_path(path).is_some() => Ok(self
                .constant_path(path)
                .map_or((Operand::Const(Const::Unit), Ty::unit()), |(c, ty)| {
                    (Operand::Const(c), ty)
                })),
            e if is_place_expr(e) => {
                let (place, ty) = self.as_place(e)?;
                if let Some(expected) = expected
                    && let Some(pointer) = self.coerce_to_fn_pointer(&ty, expected, e)?
                {
                    return Ok((pointer, self.infer.resolve(expected)));
                }
                Ok((self.consume(place, &ty, span), ty))
            }
            _ => {
                let (place, ty) = self.as_temp_place(expr, expected)?;
                Ok((self.consume(place, &ty, span), ty))
            }
        }
    }

    pub(super) fn literal(&mut self, lit: &syn::Lit, expected: Option<&Ty>) -> Result<(Operand, Ty)> {
        match lit {
            syn::Lit::Int(_) | syn::Lit::Float(_) => self.number_literal(lit, expected, false),
            syn::Lit::Byte(b) => Ok((Operand::Const(Const::Int(b.value() as i128)), Ty::Int(IntTy::U8))),
            syn::Lit::Bool(b) => Ok((Operand::Const(Const::Bool(b.value)), Ty::Bool)),
            syn::Lit::Char(c) => Ok((Operand::Const(Const::Char(c.value())), Ty::Char)),
            syn::Lit::Str(s) => Ok((Operand::Const(Const::Str(macros::string_value(s))), Ty::str_ref())),
            syn::Lit::ByteStr(bytes) => self.byte_string_literal(bytes),
            other => unsupported("this kind of literal", other),
        }
    }

    /// Whether `==` is defined on values of the type (derived or std `PartialEq`).
    pub(super) fn comparable(&self, ty: &Ty) -> bool {
        match self.infer.resolve(ty) {
            Ty::Int(_) | Ty::IntVar(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::String | Ty::StdError(_) => true,
            Ty::Ref(_, inner) | Ty::Box(inner) | Ty::Vec(inner) | Ty::Slice(inner) | Ty::Option(inner) => {
                self.comparable(&inner)
            }
            Ty::Result(ok, err) => self.comparable(&ok) && self.comparable(&err),
            Ty::Tuple(items) => items.iter().all(|t| self.comparable(t)),
            ty @ (Ty::Adt(..) | Ty::GenericAdt(..)) => {
                self.items.implements(&ty, TraitRef::Std(StdTrait::PartialEq)) && self.structurally_comparable(&ty)
            }
            _ => false,
        }
    }

    /// `std::mem::replace(&mut place, value)` and `std::mem::take(&mut place)`.
    fn mem_replace(
        &mut self,
        dest: &syn::Expr,
        value: Option<&syn::Expr>,
        call: &syn::ExprCall,
    ) -> Result<(Rvalue, Ty)> {
        let (reference, ref_ty) = self.as_operand(dest, None)?;
        let Ty::Ref(Mutability::Mut, target) = self.infer.resolve(&ref_ty) else {
            let found = self.infer.resolve(&ref_ty);
            return Err(Diagnostic::rejected("E0308", "mismatched types", dest.node_span())
                .with_primary_label(format!("expected `&mut _`, found `{found}`")));
        };
        let target = Rc::unwrap_or_clone(target);
        let span = call.node_span();
        let new_value = match value {
            Some(value) => {
                let (operand, ty) = self.as_operand(value, Some(&target))?;
                self.coerce(operand, &ty, &target, value)?
            }
            None => {
                let (default, _) = self.default_value(&target, call)?;
                let temp = self.new_temp(target.clone(), span);
                self.push(StatementKind::Assign(Place::local(temp), default), span);
                self.consume(Place::local(temp), &target, span)
            }
        };
        Ok((
            Rvalue::Intrinsic(Intrinsic::Replace, vec![reference, new_value]),
            target,
        ))
    }

    /// Evaluates a non-place expression into a statement temporary.
    /// The place an expression denotes, or a temporary holding its value.
    pub(super) fn place_or_temp(&mut self, expr: &syn::Expr, expected: Option<&Ty>) -> Result<(Place, Ty)> {
        if is_place_expr(expr) {
            self.as_place(expr)
        } else {
            self.as_temp_place(expr, expected)
        }
    }

    pub(super) fn as_temp_place(&mut self, expr: &syn::Expr, expected: Option<&Ty>) -> Result<(Place, Ty)> {
        let span = self.expr_span(expr);
        let temp = self.new_local(None, Ty::unit(), true, span);
        self.push(StatementKind::StorageLive(temp), span);
        let ty = self.lower_into(Place::local(temp), expr, expected)?;
        self.locals[temp].ty = ty.clone();
        // As rustc schedules a temporary's drop once its value is computed,
        // the temporaries made while computing it are dropped after it
        // (`make().wrap()` drops `wrap`'s result first).
        match self.extended.get(&(expr as *const syn::Expr as usize)).copied() {
            Some(scope) => {
                if let Some(scope) = self.scopes.get_mut(scope) {
                    scope.owned.push(temp);
                }
            }
            None => {
                if let Some(frame) = self.temp_frames.last_mut() {
                    frame.push(temp);
                }
            }
        }
        Ok((Place::local(temp), ty))
    }
}

/// Methods of std traits a struct may implement (derived or written) that
/// the model does not call: asking for one is declined, not rejected.
pub(super) const STD_TRAIT_METHODS: &[&str] = &[
    "clone",
    "clone_from",
    "to_string",
    "to_owned",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "partial_cmp",
    "cmp",
    "max",
    "min",
    "clamp",
    "hash",
    "fmt",
    "into",
    "try_into",
    "borrow",
    "borrow_mut",
    "as_ref",
    "as_mut",
    "type_id",
    "default",
    "add",
    "sub",
    "mul",
    "div",
    "rem",
];

/// `String`, `str` and references to them.
pub(super) fn is_text(ty: &Ty) -> bool {
    match ty {
        Ty::String | Ty::Str => true,
        Ty::Ref(_, inner) => is_text(inner),
        _ => false,
    }
}

/// Whether std has `PartialEq` between the two text types: `String` and
/// `str` with each other and with `&str`, and `&A == &B` when `A == B` is.
pub(super) fn text_eq_allowed(a: &Ty, b: &Ty) -> bool {
    match (a, b) {
        (Ty::String | Ty::Str, Ty::String | Ty::Str) => true,
        (Ty::String, Ty::Ref(_, inner)) | (Ty::Ref(_, inner), Ty::String) => **inner == Ty::Str,
        (Ty::Ref(_, x), Ty::Ref(_, y)) => text_eq_allowed(x, y),
        _ => false,
    }
}

/// The operands of a struct or variant literal in field order, or rustc's
/// E0063 naming the fields it leaves out.
pub(super) fn all_fields_given(
    fields: &[(String, Ty)],
    operands: Vec<Option<Operand>>,
    type_name: impl std::fmt::Display,
    path: &syn::Path,
) -> Result<Vec<Operand>> {
    let missing: Vec<String> = fields
        .iter()
        .zip(&operands)
        .filter(|(_, op)| op.is_none())
        .map(|((f, _), _)| format!("`{f}`"))
        .collect();
    if !missing.is_empty() {
        return Err(Diagnostic::rejected(
            "E0063",
            format!(
                "missing field{} {} in initializer of `{type_name}`",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ),
            span_of(path.span()),
        ));
    }
    Ok(operands.into_iter().flatten().collect())
}

/// Whether `vec!`'s tokens may be its repeat form `vec![v; n]`, which needs
/// a `;` outside any group.
fn may_repeat(tokens: &proc_macro2::TokenStream) -> bool {
    (tokens.clone().into_iter())
        .any(|token| matches!(token, proc_macro2::TokenTree::Punct(punct) if punct.as_char() == ';'))
}

/// rustc's E0277 for `left == right` (or `!=`) with no impl of `PartialEq`;
/// with a reference on both sides, rustc names the types behind them and
/// the impl for references that needs theirs.
pub(super) fn no_partial_eq(left: &Ty, right: &Ty, op_span: crate::diag::Span) -> Diagnostic {
    let (inner_left, inner_right, through_refs) = match (left, right) {
        (Ty::Ref(_, l), Ty::Ref(_, r)) => (&**l, &**r, true),
        _ => (left, right, false),
    };
    let diagnostic = Diagnostic::rejected(
        "E0277",
        format!("can't compare `{inner_left}` with `{inner_right}`"),
        op_span,
    )
    .with_primary_label(format!("no implementation for `{inner_left} == {inner_right}`"))
    .with_note(format!(
        "help: the trait `PartialEq<{inner_right}>` is not implemented for `{inner_left}`"
    ));
    if through_refs {
        diagnostic.with_note(format!("note: required for `{left}` to implement `PartialEq<{right}>`"))
    } else {
        diagnostic
    }
}

#[cfg(test)]
mod tests {
    use syn::parse::Parser;
    use syn::visit::Visit;

    /// Over every macro of the corpus, the repeat form parses only where
    /// [`super::may_repeat`] says it may.
    #[test]
    fn repeat_form_needs_a_semicolon() {
        struct Check {
            repeats: usize,
        }
        impl<'a> Visit<'a> for Check {
            fn visit_macro(&mut self, mac: &'a syn::Macro) {
                let repeat = |input: syn::parse::ParseStream| -> syn::Result<()> {
                    input.parse::<syn::Expr>()?;
                    input.parse::<syn::Token![;]>()?;
                    input.parse::<syn::Expr>()?;
                    Ok(())
                };
                if repeat.parse2(mac.tokens.clone()).is_ok() {
                    assert!(super::may_repeat(&mac.tokens), "{}", mac.tokens);
                    self.repeats += 1;
                }
            }
        }
        let mut check = Check { repeats: 0 };
        for file in crate::syntax::corpus_files() {
            check.visit_file(&file);
        }
        assert!(check.repeats > 0);
        let list: proc_macro2::TokenStream = "{ let a = 1; a }, [0; 3].len()".parse().expect("tokens");
        assert!(!super::may_repeat(&list));
    }
}
