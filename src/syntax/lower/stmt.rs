//! Statements: `let`, patterns, expression statements.

use super::*;
use std::rc::Rc;

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
        let span = stmt.node_span();
        self.temp_frames.push(Vec::new());
        match stmt {
            syn::Stmt::Local(local) => self.lower_let(local)?,
            syn::Stmt::Expr(expr, _) => self.lower_expr_statement(expr)?,
            syn::Stmt::Macro(mac) => self.lower_macro_statement(&mac.mac)?,
            // Constants were collected with the items; each use inlines one.
            syn::Stmt::Item(syn::Item::Const(_)) => {}
            syn::Stmt::Item(syn::Item::Static(item)) => return unsupported("`static` items", item),
            syn::Stmt::Item(item) => return unsupported("items inside a function", item),
        }
        self.end_statement_temps(span);
        self.emit_markers_through(span.last_line(), span);
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
            // The initializer's extending temporaries live as long as the
            // bindings: `let (x, y) = (&&a, &&b);`.
            if let Some(branch) = borrowed_temporary_in_branch(&init.expr) {
                return unsupported("a borrowed temporary in an `if` branch of a `let` initializer", branch);
            }
            let outer = self.extend_temporaries_of(&init.expr);
            let lowered = self.place_or_temp(&init.expr, annotation.as_ref());
            self.extended = outer;
            let (source, ty) = lowered?;
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
            if let Some(branch) = borrowed_temporary_in_branch(&init.expr) {
                return unsupported("a borrowed temporary in an `if` branch of a `let` initializer", branch);
            }
            let outer = self.extend_temporaries_of(&init.expr);
            let ty = match &*init.expr {
                // `let r = &temporary;` extends the temporary to the enclosing block.
                syn::Expr::Reference(reference)
                    if !is_place_expr(&reference.expr) && !self.promoted_in_let(reference, annotation.as_ref())? =>
                {
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
                    let ty = Ty::Ref(mutability, Rc::new(inner_ty));
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
                // `let r2: &mut T = r;` reborrows `r` instead of moving it.
                expr if matches!(annotation, Some(Ty::Ref(Mutability::Mut, _))) && is_place_expr(expr) => {
                    let (place, ty) = self.as_place(expr)?;
                    match self.infer.resolve(&ty) {
                        Ty::Ref(Mutability::Mut, inner) => {
                            self.push(
                                StatementKind::Assign(
                                    Place::local(local_id),
                                    Rvalue::Ref(Mutability::Mut, place.project(PlaceElem::Deref)),
                                ),
                                self.expr_span(expr),
                            );
                            Ty::Ref(Mutability::Mut, inner)
                        }
                        _ => {
                            let operand = self.consume(place, &ty, self.expr_span(expr));
                            self.push(
                                StatementKind::Assign(Place::local(local_id), Rvalue::Use(operand)),
                                self.expr_span(expr),
                            );
                            ty
                        }
                    }
                }
                // `let s: &str = &string;` and `let s: &[T] = &v;` coerce.
                expr if annotation.as_ref().is_some_and(is_unsized_ref)
                    || self.may_coerce_through_user_deref(expr, annotation.as_ref()) =>
                {
                    let expected = annotation.clone().unwrap_or_else(Ty::unit);
                    let (operand, found) = self.as_operand(expr, Some(&expected))?;
                    let operand = self.coerce(operand, &found, &expected, expr)?;
                    self.push(
                        StatementKind::Assign(Place::local(local_id), Rvalue::Use(operand)),
                        expr.node_span(),
                    );
                    expected
                }
                expr => self.lower_into(Place::local(local_id), expr, annotation.as_ref())?,
            };
            self.extended = outer;
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
        self.check_binding_not_const(&ident.ident)?;
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
    /// Marks the temporaries of `init` that rustc extends to the enclosing
    /// block; returns the marks to restore once `init` is lowered.
    fn extend_temporaries_of(&mut self, init: &syn::Expr) -> crate::fast_map::FastMap<usize, usize> {
        let mut extended = Vec::new();
        extending_temporaries(init, &mut extended);
        let scope = self.scopes.len().saturating_sub(1);
        let mut inner = self.extended.clone();
        inner.extend(extended.into_iter().map(|e| (e as *const syn::Expr as usize, scope)));
        std::mem::replace(&mut self.extended, inner)
    }

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
        self.check_not_assigning_const(expr)?;
        match expr {
            // The value is evaluated before the place it is assigned to;
            // that order shows when finding the place runs code (a call).
            syn::Expr::Assign(assign)
                if computes_place(&assign.left) || self.writes_through_user_deref(&assign.left) =>
            {
                let (value, ty) = self.as_temp_place(&assign.right, None)?;
                let (place, place_ty) = self.as_written_place(&assign.left, false, assign.node_span())?;
                self.expect_type(&place_ty, &ty, &*assign.right)?;
                let operand = self.consume(value, &ty, assign.right.node_span());
                self.push(StatementKind::Assign(place, Rvalue::Use(operand)), assign.node_span());
                Ok(())
            }
            syn::Expr::Assign(assign) => {
                let (place, place_ty) = self.as_written_place(&assign.left, false, assign.node_span())?;
                let (rvalue, ty) = self.as_rvalue(&assign.right, Some(&place_ty))?;
                let (rvalue, ty) = self.fn_pointer_coercion(rvalue, ty, Some(&place_ty), &*assign.right)?;
                self.expect_type(&place_ty, &ty, &*assign.right)?;
                self.push(StatementKind::Assign(place, rvalue), assign.node_span());
                Ok(())
            }
            syn::Expr::Binary(binary) if compound_op(&binary.op).is_some() => {
                let op = compound_op(&binary.op).unwrap_or(BinOp::Add);
                // As for `=`, the right operand comes first.
                let early = if computes_place(&binary.left) || self.writes_through_user_deref(&binary.left) {
                    let (value, ty) = self.as_temp_place(&binary.right, None)?;
                    Some((Operand::Copy(value, binary.right.node_span()), ty))
                } else {
                    None
                };
                let (place, place_ty) = self.as_written_place(&binary.left, false, binary.node_span())?;
                if matches!(self.infer.resolve(&place_ty), Ty::Adt(..) | Ty::GenericAdt(..)) {
                    if early.is_some() {
                        return unsupported("compound assignment on a struct through a computed place", binary);
                    }
                    return self.overloaded_compound_assignment(op, place, &place_ty, binary);
                }
                if op == BinOp::Add && self.infer.resolve(&place_ty) == Ty::String {
                    // `s += "text"` is `push_str`.
                    let span = binary.node_span();
                    let string = self.borrow_temp(Mutability::Mut, place, &Ty::String, span);
                    let (text, text_ty) = match early {
                        Some(evaluated) => evaluated,
                        None => self.as_operand(&binary.right, Some(&Ty::str_ref()))?,
                    };
                    let text = self.coerce(text, &text_ty, &Ty::str_ref(), &*binary.right)?;
                    let temp = self.new_temp(Ty::unit(), span);
                    let push = Rvalue::Intrinsic(Intrinsic::PushStr, vec![string, text]);
                    self.push(StatementKind::Assign(Place::local(temp), push), span);
                    return Ok(());
                }
                let (rhs, ty) = if matches!(op, BinOp::Shl | BinOp::Shr) {
                    let (rhs, rhs_ty) = match early {
                        Some(evaluated) => evaluated,
                        None => self.as_operand(&binary.right, None)?,
                    };
                    let (rhs, rhs_ty, _) = self.deref_number(rhs, rhs_ty);
                    self.require_shift(&place_ty, &rhs_ty, binary)?;
                    (rhs, place_ty)
                } else {
                    let (rhs, rhs_ty) = match early {
                        Some(evaluated) => evaluated,
                        None => self.as_operand(&binary.right, Some(&place_ty))?,
                    };
                    let (rhs, rhs_ty, _) = self.deref_number(rhs, rhs_ty);
                    let ty = self.expect_type(&place_ty, &rhs_ty, &*binary.right)?;
                    let resolved = self.infer.resolve(&ty);
                    if !super::numbers::binary_op_applies(op, &resolved) {
                        return unsupported(format!("compound assignment on `{resolved}`"), binary);
                    }
                    (rhs, ty)
                };
                let span = binary.node_span();
                let current = Operand::Copy(place.clone(), binary.left.node_span());
                self.push(StatementKind::Assign(place, Rvalue::binary(op, ty, current, rhs)), span);
                Ok(())
            }
            syn::Expr::Macro(mac) => self.lower_macro_statement(&mac.mac),
            _ => {
                let span = expr.node_span();
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

/// The expressions of a `let` initializer whose temporaries rustc keeps
/// alive until the end of the enclosing block ("temporary lifetime
/// extension"): operands of borrows in extending positions — the
/// initializer itself, fields of struct and tuple literals and of tuple
/// struct constructors, elements of array literals, tails of blocks — followed through field accesses,
/// derefs and indexing.
fn extending_temporaries<'e>(expr: &'e syn::Expr, out: &mut Vec<&'e syn::Expr>) {
    match expr {
        syn::Expr::Paren(paren) => extending_temporaries(&paren.expr, out),
        syn::Expr::Group(group) => extending_temporaries(&group.expr, out),
        syn::Expr::Reference(reference) => borrowed_operand(&reference.expr, out),
        syn::Expr::Struct(literal) => literal.fields.iter().for_each(|f| extending_temporaries(&f.expr, out)),
        syn::Expr::Tuple(tuple) => tuple.elems.iter().for_each(|e| extending_temporaries(e, out)),
        syn::Expr::Array(array) => array.elems.iter().for_each(|e| extending_temporaries(e, out)),
        syn::Expr::Call(call) if matches!(&*call.func, syn::Expr::Path(_)) => {
            // Only constructors of tuple structs are extending; calls of
            // functions are not. Both look alike here, so a capitalised
            // last path segment decides, as naming conventions do.
            if let syn::Expr::Path(path) = &*call.func
                && path
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident.to_string().starts_with(char::is_uppercase))
                && path.path.segments.len() == 1
            {
                call.args.iter().for_each(|a| extending_temporaries(a, out));
            }
        }
        syn::Expr::Block(block) => block_tail(&block.block, out),
        // Temporaries extended from one branch of an `if` need drop flags,
        // which the model does not have.
        syn::Expr::If(_) => {}
        _ => {}
    }
}

fn block_tail<'e>(block: &'e syn::Block, out: &mut Vec<&'e syn::Expr>) {
    if let Some(syn::Stmt::Expr(tail, None)) = block.stmts.last() {
        extending_temporaries(tail, out);
    }
}

fn borrowed_operand<'e>(expr: &'e syn::Expr, out: &mut Vec<&'e syn::Expr>) {
    match expr {
        syn::Expr::Paren(paren) => borrowed_operand(&paren.expr, out),
        syn::Expr::Field(field) => borrowed_operand(&field.base, out),
        syn::Expr::Index(index) => borrowed_operand(&index.expr, out),
        syn::Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => borrowed_operand(&unary.expr, out),
        syn::Expr::Path(_) => {}
        other => {
            out.push(other);
            extending_temporaries(other, out);
        }
    }
}

/// A temporary borrowed in the tail of an `if` branch in an extending
/// position, which rustc keeps alive with a drop flag.
fn borrowed_temporary_in_branch(expr: &syn::Expr) -> Option<&syn::Expr> {
    fn tail(block: &syn::Block) -> Option<&syn::Expr> {
        match block.stmts.last() {
            Some(syn::Stmt::Expr(tail, None)) => Some(tail),
            _ => None,
        }
    }
    fn find(expr: &syn::Expr, in_branch: bool) -> Option<&syn::Expr> {
        match expr {
            syn::Expr::Paren(paren) => find(&paren.expr, in_branch),
            syn::Expr::Block(block) => tail(&block.block).and_then(|t| find(t, in_branch)),
            syn::Expr::If(expr_if) => tail(&expr_if.then_branch)
                .and_then(|t| find(t, true))
                .or_else(|| expr_if.else_branch.as_ref().and_then(|(_, e)| find(e, true))),
            other if in_branch => {
                let mut extended = Vec::new();
                extending_temporaries(other, &mut extended);
                extended.into_iter().next()
            }
            _ => None,
        }
    }
    find(expr, false)
}

/// Whether finding the place `expr` denotes runs code (a call, a method
/// call), beyond reading variables and following fields, derefs and indices.
fn computes_place(expr: &syn::Expr) -> bool {
    match expr {
        syn::Expr::Paren(paren) => computes_place(&paren.expr),
        syn::Expr::Path(_) | syn::Expr::Lit(_) => false,
        syn::Expr::Field(field) => computes_place(&field.base),
        syn::Expr::Index(index) => computes_place(&index.expr) || computes_place(&index.index),
        syn::Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => computes_place(&unary.expr),
        syn::Expr::Binary(binary) => computes_place(&binary.left) || computes_place(&binary.right),
        _ => true,
    }
}
