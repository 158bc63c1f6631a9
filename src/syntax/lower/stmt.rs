//! Statements: `let`, patterns, expression statements.

use super::*;

impl Lowerer<'_> {
    // ---- statements -----------------------------------------------------

    /// Lowers all statements of a block but the tail expression, which is returned.
    pub(super) fn lower_block_statements<'s>(&mut self, stmts: &'s [syn::Stmt]) -> Result<Option<&'s syn::Expr>> {
        for (i, stmt) in stmts.iter().enumerate() {
            if i + 1 == stmts.len()
                && let syn::Stmt::Expr(expr, None) = stmt
            {
                return Ok(Some(expr));
            }
            self.lower_stmt(stmt)?;
        }
        Ok(None)
    }

    pub(super) fn lower_stmt(&mut self, stmt: &syn::Stmt) -> Result<()> {
        let span = span_of(stmt.span());
        self.temp_frames.push(Vec::new());
        match stmt {
            syn::Stmt::Local(local) => self.lower_let(local)?,
            syn::Stmt::Expr(expr, _) => self.lower_expr_statement(expr)?,
            syn::Stmt::Macro(mac) => self.lower_macro_statement(&mac.mac)?,
            syn::Stmt::Item(item) => return unsupported("items inside a function", item),
        }
        self.end_statement_temps(span);
        self.emit_markers_through(span.end_line, span);
        Ok(())
    }

    pub(super) fn lower_let(&mut self, local: &syn::Local) -> Result<()> {
        let (pat, annotation) = match &local.pat {
            syn::Pat::Type(typed) => (&*typed.pat, Some(self.lower_type(&typed.ty)?)),
            other => (other, None),
        };
        if let Some(init) = &local.init
            && let Some((_, diverge)) = &init.diverge
        {
            return unsupported("`let … else`", diverge);
        }
        let syn::Pat::Ident(ident) = pat else {
            // Destructuring: evaluate once, then bind each part from it.
            let Some(init) = &local.init else {
                return unsupported("a destructuring `let` without an initialiser", pat);
            };
            let (source, ty) = if is_place_expr(&init.expr) {
                self.as_place(&init.expr)?
            } else {
                self.as_temp_place(&init.expr, annotation.as_ref())?
            };
            if let Some(expected) = &annotation {
                self.expect_type(expected, &ty, &*init.expr)?;
            }
            let mut bindings = Vec::new();
            self.bind_pattern(pat, source, &ty, &mut bindings)?;
            self.declare(bindings);
            return Ok(());
        };
        let (name, local_id) = self.new_binding(ident, annotation.clone())?;
        if let Some(init) = &local.init {
            let ty = match &*init.expr {
                // `let r = &temporary;` extends the temporary to the enclosing block.
                syn::Expr::Reference(reference) if !is_place_expr(&reference.expr) => {
                    let (inner, inner_ty) = self.as_extended_temp(&reference.expr)?;
                    let mutability = if reference.mutability.is_some() {
                        Mutability::Mut
                    } else {
                        Mutability::Not
                    };
                    self.push(
                        StatementKind::Assign(Place::local(local_id), Rvalue::Ref(mutability, inner)),
                        span_of(reference.span()),
                    );
                    let ty = Ty::Ref(mutability, Box::new(inner_ty));
                    // `let s: &dyn Shape = &Square(1.0);`: the same pointer, fat.
                    match &annotation {
                        Some(expected) if super::generics::points_to_dyn(expected) => {
                            let unit = Operand::Const(Const::Unit);
                            match self.unsize_dyn(&unit, &self.infer.resolve(&ty), expected, reference)? {
                                Some(_) => expected.clone(),
                                None => ty,
                            }
                        }
                        _ => ty,
                    }
                }
                // `let s: &str = &string;` and `let s: &[T] = &v;` coerce.
                expr if annotation.as_ref().is_some_and(is_unsized_ref) => {
                    let expected = annotation.clone().unwrap_or_else(Ty::unit);
                    let (operand, found) = self.as_operand(expr, Some(&expected))?;
                    let operand = self.coerce(operand, &found, &expected, expr)?;
                    self.push(
                        StatementKind::Assign(Place::local(local_id), Rvalue::Use(operand)),
                        span_of(expr.span()),
                    );
                    expected
                }
                expr => self.lower_into(Place::local(local_id), expr, annotation.as_ref())?,
            };
            let ty = match &annotation {
                Some(expected) => self.expect_type(expected, &ty, &*init.expr)?,
                None => ty,
            };
            self.locals[local_id].ty = ty;
        }
        self.declare(vec![(name, local_id)]);
        Ok(())
    }

    /// A new storage-live local for an identifier pattern (not yet in scope).
    pub(super) fn new_binding(&mut self, ident: &syn::PatIdent, ty: Option<Ty>) -> Result<(String, LocalId)> {
        if ident.by_ref.is_some() || ident.subpat.is_some() {
            return unsupported("`ref` bindings and `@` patterns", ident);
        }
        let name = ident.ident.to_string();
        let span = span_of(ident.ident.span());
        let ty = ty.unwrap_or_else(|| self.infer.new_var());
        let local = self.new_local(Some(name.clone()), ty, ident.mutability.is_some(), span);
        self.push(StatementKind::StorageLive(local), span);
        Ok((name, local))
    }

    /// Brings bindings into scope, in order, after their initialiser ran.
    pub(super) fn declare(&mut self, bindings: Vec<(String, LocalId)>) {
        if let Some(scope) = self.scopes.last_mut() {
            for (name, local) in bindings {
                scope.bindings.push((name, local));
                scope.owned.push(local);
            }
        }
    }

    /// Binds the parts of `source` matched by an irrefutable pattern, moving or
    /// copying each bound part (a partial move when `source` is a variable).
    pub(super) fn bind_pattern(
        &mut self,
        pat: &syn::Pat,
        source: Place,
        ty: &Ty,
        bindings: &mut Vec<(String, LocalId)>,
    ) -> Result<()> {
        match pat {
            syn::Pat::Ident(ident) => {
                let (name, local) = self.new_binding(ident, Some(ty.clone()))?;
                let span = span_of(ident.span());
                let operand = self.consume(source, ty, span);
                self.push(StatementKind::Assign(Place::local(local), Rvalue::Use(operand)), span);
                bindings.push((name, local));
                Ok(())
            }
            syn::Pat::Wild(_) => Ok(()),
            syn::Pat::Paren(paren) => self.bind_pattern(&paren.pat, source, ty, bindings),
            // `&x` binds what the reference points to.
            syn::Pat::Reference(reference) => {
                let resolved = self.infer.resolve(ty);
                let wanted = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                match resolved {
                    Ty::Ref(mutability, inner) if mutability == wanted => {
                        self.bind_pattern(&reference.pat, source.project(PlaceElem::Deref), &inner, bindings)
                    }
                    other => Err(
                        Diagnostic::rejected("E0308", "mismatched types", span_of(reference.span()))
                            .with_primary_label(format!("expected `{other}`, found a reference")),
                    ),
                }
            }
            syn::Pat::Tuple(tuple) => {
                let Ty::Tuple(fields) = self.infer.resolve(ty) else {
                    let found = self.infer.resolve(ty);
                    return Err(Diagnostic::rejected("E0308", "mismatched types", span_of(tuple.span()))
                        .with_primary_label(format!("expected `{found}`, found a tuple")));
                };
                if tuple.elems.iter().any(|p| matches!(p, syn::Pat::Rest(_))) {
                    return unsupported("`..` in tuple patterns", tuple);
                }
                if fields.len() != tuple.elems.len() {
                    return Err(Diagnostic::rejected("E0308", "mismatched types", span_of(tuple.span()))
                        .with_primary_label(format!(
                            "expected a tuple with {} elements, found one with {} elements",
                            fields.len(),
                            tuple.elems.len()
                        )));
                }
                for (i, (elem, field_ty)) in tuple.elems.iter().zip(&fields).enumerate() {
                    self.bind_pattern(elem, source.project(PlaceElem::Field(i)), field_ty, bindings)?;
                }
                Ok(())
            }
            other => unsupported("this pattern in `let`", other),
        }
    }

    /// A temporary that lives until the end of the enclosing block.
    pub(super) fn as_extended_temp(&mut self, expr: &syn::Expr) -> Result<(Place, Ty)> {
        let span = self.expr_span(expr);
        let temp = self.new_local(None, Ty::unit(), true, span);
        self.push(StatementKind::StorageLive(temp), span);
        let ty = self.lower_into(Place::local(temp), expr, None)?;
        self.locals[temp].ty = ty.clone();
        if let Some(scope) = self.scopes.last_mut() {
            scope.owned.push(temp);
        }
        Ok((Place::local(temp), ty))
    }

    pub(super) fn lower_expr_statement(&mut self, expr: &syn::Expr) -> Result<()> {
        match expr {
            syn::Expr::Assign(assign) => {
                let (place, place_ty) = self.as_place(&assign.left)?;
                let (rvalue, ty) = self.as_rvalue(&assign.right, Some(&place_ty))?;
                self.expect_type(&place_ty, &ty, &*assign.right)?;
                self.push(StatementKind::Assign(place, rvalue), span_of(assign.span()));
                Ok(())
            }
            syn::Expr::Binary(binary) if compound_op(&binary.op).is_some() => {
                let op = compound_op(&binary.op).unwrap_or(BinOp::Add);
                let (place, place_ty) = self.as_place(&binary.left)?;
                if op == BinOp::Add && self.infer.resolve(&place_ty) == Ty::String {
                    // `s += "text"` is `push_str`.
                    let span = span_of(binary.span());
                    let string = self.borrow_temp(Mutability::Mut, place, &Ty::String, span);
                    let (text, text_ty) = self.as_operand(&binary.right, Some(&Ty::str_ref()))?;
                    let text = self.coerce(text, &text_ty, &Ty::str_ref(), &*binary.right)?;
                    let temp = self.new_temp(Ty::unit(), span);
                    let push = Rvalue::Intrinsic(Intrinsic::PushStr, vec![string, text]);
                    self.push(StatementKind::Assign(Place::local(temp), push), span);
                    return Ok(());
                }
                let (rhs, ty) = if matches!(op, BinOp::Shl | BinOp::Shr) {
                    let (rhs, rhs_ty) = self.as_operand(&binary.right, None)?;
                    let (rhs, rhs_ty, _) = self.deref_number(rhs, rhs_ty);
                    self.require_shift(&place_ty, &rhs_ty, binary)?;
                    (rhs, place_ty)
                } else {
                    let (rhs, rhs_ty) = self.as_operand(&binary.right, Some(&place_ty))?;
                    let (rhs, rhs_ty, _) = self.deref_number(rhs, rhs_ty);
                    let ty = self.expect_type(&place_ty, &rhs_ty, &*binary.right)?;
                    let resolved = self.infer.resolve(&ty);
                    if !super::numbers::binary_op_applies(op, &resolved) {
                        return unsupported(format!("compound assignment on `{resolved}`"), binary);
                    }
                    (rhs, ty)
                };
                let span = span_of(binary.span());
                let current = Operand::Copy(place.clone(), span_of(binary.left.span()));
                self.push(
                    StatementKind::Assign(place, Rvalue::BinaryOp(op, ty, current, rhs)),
                    span,
                );
                Ok(())
            }
            syn::Expr::Macro(mac) => self.lower_macro_statement(&mac.mac),
            _ => {
                let span = span_of(expr.span());
                let temp = self.new_temp(Ty::unit(), span);
                let ty = self.lower_into(Place::local(temp), expr, None)?;
                self.locals[temp].ty = ty;
                Ok(())
            }
        }
    }

    pub(super) fn require_integer(&mut self, ty: &Ty, what: &str, node: &impl Spanned) -> Result<()> {
        match self.infer.resolve(ty) {
            Ty::Int(_) | Ty::IntVar(_) => Ok(()),
            other => unsupported(format!("{what} on `{other}`"), node),
        }
    }
}

/// `&str`, `&[T]`, `&dyn Trait`, their `&mut` forms and `Box<dyn Trait>`:
/// what a `let` annotation can coerce to.
fn is_unsized_ref(ty: &Ty) -> bool {
    matches!(ty, Ty::Ref(_, inner) if matches!(**inner, Ty::Str | Ty::Slice(_) | Ty::Dyn(_)))
        || super::generics::points_to_dyn(ty)
}
