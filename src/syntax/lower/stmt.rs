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
            return self.lower_let_else(pat, annotation.as_ref(), &init.expr, diverge);
        }
        let simple = matches!(pat, syn::Pat::Ident(ident) if ident.by_ref.is_none() && ident.subpat.is_none());
        let (true, syn::Pat::Ident(ident)) = (simple, pat) else {
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
                    Ty::Ref(mutability, Box::new(inner_ty))
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
                let (rhs, rhs_ty) = self.as_operand(&binary.right, Some(&place_ty))?;
                let (rhs, rhs_ty) = self.deref_int_ref(rhs, rhs_ty);
                let ty = self.expect_type(&place_ty, &rhs_ty, &*binary.right)?;
                self.require_integer(&ty, "compound assignment", binary)?;
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
