//! `const` items, at the top level and inside function bodies. Like rustc,
//! a constant is inlined: each use evaluates its initialiser afresh where it
//! is used, so a constant of a `Drop` type makes (and drops) a new value
//! each time. Initialisers are limited to what rustc evaluates at compile
//! time without calling functions of the program.

use super::*;
use syn::visit::Visit;

/// A `const NAME: Type = expr;` item.
pub(super) struct ConstItem<'a> {
    pub(super) name: String,
    pub(super) ty: &'a syn::Type,
    pub(super) expr: &'a syn::Expr,
    /// The block that declares it, for one inside a function; `None` at the top level.
    pub(super) scope: Option<Span>,
}

/// Reads a top-level `const` item, declining `static` ones.
pub(super) fn top_level<'a>(item: &'a syn::ItemConst, out: &mut Vec<ConstItem<'a>>) -> Result<()> {
    if !item.generics.params.is_empty() {
        return unsupported("generic constants", &item.generics);
    }
    out.push(ConstItem {
        name: item.ident.to_string(),
        ty: &item.ty,
        expr: &item.expr,
        scope: None,
    });
    Ok(())
}

/// The `const` items declared inside the blocks of a function body, each
/// visible in its whole block as rustc's items are.
pub(super) fn in_body<'a>(body: &'a syn::Block, out: &mut Vec<ConstItem<'a>>) -> Result<()> {
    let mut visitor = BlockItems {
        found: Vec::new(),
        declined: None,
    };
    visitor.visit_block(body);
    if let Some(error) = visitor.declined {
        return Err(error);
    }
    out.extend(visitor.found);
    Ok(())
}

struct BlockItems<'a> {
    found: Vec<ConstItem<'a>>,
    declined: Option<Diagnostic>,
}

impl<'a> Visit<'a> for BlockItems<'a> {
    fn visit_block(&mut self, block: &'a syn::Block) {
        for stmt in &block.stmts {
            if let syn::Stmt::Item(syn::Item::Const(item)) = stmt {
                if !item.generics.params.is_empty() {
                    self.declined
                        .get_or_insert_with(|| Diagnostic::unsupported("generic constants", span_of(item.span())));
                }
                self.found.push(ConstItem {
                    name: item.ident.to_string(),
                    ty: &item.ty,
                    expr: &item.expr,
                    scope: Some(span_of(block.span())),
                });
            }
        }
        syn::visit::visit_block(self, block);
    }

    // A constant's own initialiser declares nothing the body sees.
    fn visit_item_const(&mut self, _: &'a syn::ItemConst) {}
}

/// Type-checks each constant's initialiser once on its own, as rustc does
/// even for a constant nothing uses; the lowered code is thrown away.
pub(super) fn check_all(items: &Items) -> Result<()> {
    for constant in &items.consts {
        let mut lowerer = Lowerer::new(&[], items, false);
        lowerer.push_scope();
        lowerer.temp_frames.push(Vec::new());
        let checked = (|| {
            lowerer.check_const_initializer(constant.expr)?;
            let declared = lowerer.lower_type(constant.ty)?;
            let (_, ty) = lowerer.as_rvalue(constant.expr, Some(&declared))?;
            lowerer.expect_type(&declared, &ty, constant.expr).map(|_| ())
        })();
        match checked {
            // Inside a function, an unknown name may be one of its locals
            // (E0435 rather than E0425); which, only a use could tell.
            Err(error) if constant.scope.is_some() && error.code == Some("E0425") => {
                return Err(Diagnostic::unsupported(
                    "an unused constant naming something it cannot see",
                    error.span,
                ));
            }
            other => other?,
        }
    }
    Ok(())
}

/// Whether `inner` lies within `outer`.
fn contains(outer: Span, inner: Span) -> bool {
    (outer.line, outer.col) <= (inner.line, inner.col)
        && (inner.end_line, inner.end_col) <= (outer.end_line, outer.end_col)
}

impl<'m> Lowerer<'m> {
    /// The constant a name used at `at` stands for: the one of the innermost
    /// block around it that declares one, else the top-level one.
    pub(super) fn const_named(&self, name: &str, at: Span) -> Option<&'m ConstItem<'m>> {
        let items: &'m Items<'m> = self.items;
        items
            .consts
            .iter()
            .filter(|c| c.name == name && c.scope.is_none_or(|scope| contains(scope, at)))
            .max_by_key(|c| c.scope.map(|s| (s.line, s.col)))
    }

    /// Whether a path is a constant item: one identifier that no binding
    /// of that name hides.
    pub(super) fn names_const_item(&self, path: &syn::ExprPath) -> bool {
        !self.items.consts.is_empty()
            && path.qself.is_none()
            && path.path.get_ident().is_some_and(|ident| {
                let name = ident.to_string();
                !self.binding_named(&name) && self.const_named(&name, span_of(ident.span())).is_some()
            })
    }

    /// A use of a constant: its initialiser, lowered here with its declared
    /// type, seeing none of the function's bindings.
    pub(super) fn const_item(&mut self, path: &syn::ExprPath) -> Result<(Rvalue, Ty)> {
        let span = span_of(path.span());
        let Some(constant) = path
            .path
            .get_ident()
            .and_then(|ident| self.const_named(&ident.to_string(), span))
        else {
            return unsupported("this path", path);
        };
        if self.expanding_consts.contains(&constant.name) {
            return unsupported("a constant defined in terms of itself", path);
        }
        self.check_const_initializer(constant.expr)?;
        self.check_no_locals(constant.expr)?;
        let declared = self.lower_type(constant.ty)?;
        self.expanding_consts.push(constant.name.clone());
        let scopes = std::mem::take(&mut self.scopes);
        self.push_scope();
        let lowered = self.as_rvalue(constant.expr, Some(&declared));
        self.pop_scope(span);
        self.scopes = scopes;
        self.expanding_consts.pop();
        let (rvalue, ty) = lowered?;
        self.expect_type(&declared, &ty, constant.expr)?;
        Ok((rvalue, declared))
    }

    /// rustc's E0435: a constant's initialiser naming a local variable of
    /// the function it is declared in.
    fn check_no_locals(&self, expr: &syn::Expr) -> Result<()> {
        struct Names<'e>(Vec<&'e syn::Ident>);
        impl<'e> Visit<'e> for Names<'e> {
            fn visit_expr_path(&mut self, path: &'e syn::ExprPath) {
                if let Some(ident) = path.path.get_ident() {
                    self.0.push(ident);
                }
            }
        }
        let mut names = Names(Vec::new());
        names.visit_expr(expr);
        for ident in names.0 {
            let name = ident.to_string();
            if self.binding_named(&name) && self.const_named(&name, span_of(ident.span())).is_none() {
                return Err(Diagnostic::rejected(
                    "E0435",
                    "attempt to use a non-constant value in a constant",
                    span_of(ident.span()),
                )
                .with_primary_label("non-constant value"));
            }
        }
        Ok(())
    }

    /// Declines initialisers rustc might not evaluate at compile time (calls
    /// of non-`const` functions, E0015) or would promote to static memory
    /// (`&[1, 2]`), which the model does not do.
    pub(super) fn check_const_initializer(&mut self, expr: &syn::Expr) -> Result<()> {
        let subexpressions: Vec<&syn::Expr> = match expr {
            syn::Expr::Lit(lit) if !matches!(lit.lit, syn::Lit::ByteStr(_) | syn::Lit::CStr(_)) => Vec::new(),
            syn::Expr::Paren(paren) => vec![&paren.expr],
            syn::Expr::Unary(unary) if !matches!(unary.op, syn::UnOp::Deref(_)) => vec![&unary.expr],
            syn::Expr::Binary(binary) => vec![&binary.left, &binary.right],
            syn::Expr::Cast(cast) => vec![&cast.expr],
            syn::Expr::Field(field) => vec![&field.base],
            syn::Expr::Tuple(tuple) => tuple.elems.iter().collect(),
            syn::Expr::Array(array) => array.elems.iter().collect(),
            syn::Expr::Repeat(repeat) => vec![&repeat.expr],
            syn::Expr::Struct(literal) if literal.rest.is_none() => literal.fields.iter().map(|f| &f.expr).collect(),
            syn::Expr::Path(path) if path.qself.is_none() => Vec::new(),
            syn::Expr::Call(call) if self.is_const_constructor(&call.func) => call.args.iter().collect(),
            other => return unsupported("this constant initializer", other),
        };
        for sub in subexpressions {
            self.check_const_initializer(sub)?;
        }
        Ok(())
    }

    /// Constructors a constant may call: tuple structs and variants, and the
    /// empty `String` and `Vec`.
    fn is_const_constructor(&mut self, func: &syn::Expr) -> bool {
        let syn::Expr::Path(path) = func else {
            return false;
        };
        let names: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
        if matches!(names.as_slice(), [ty, new] if (ty == "String" || ty == "Vec") && new == "new") {
            return true;
        }
        if self.variant_by_path(&path.path).is_some() {
            return true;
        }
        matches!(names.as_slice(), [name] if self.struct_named(name, StructKind::Tuple).is_some())
    }

    /// Declines `&CONSTANT` the lowering did not promote: for a type that
    /// needs dropping or has interior mutability, whether rustc promotes it
    /// depends on the constant's value (`None` is, `Vec::new()` is not).
    pub(super) fn check_not_promoted(&self, borrowed: &syn::Expr) -> Result<()> {
        match strip_parens(borrowed) {
            syn::Expr::Path(path) if self.names_const_item(path) => unsupported(
                "a reference to a constant of a type that needs dropping or has interior mutability (rustc's promotion depends on its value)",
                path,
            ),
            _ => Ok(()),
        }
    }

    /// rustc's E0070 and E0067: `CONSTANT = …` and `CONSTANT += …` assign
    /// to a value, not a place.
    pub(super) fn check_not_assigning_const(&self, expr: &syn::Expr) -> Result<()> {
        // The operator's span is found only for the error: it is printed to find it.
        let (left, code, operator): (&syn::Expr, &str, &dyn Spanned) = match expr {
            syn::Expr::Assign(assign) => (&*assign.left, "E0070", &assign.eq_token),
            syn::Expr::Binary(binary) if super::compound_op(&binary.op).is_some() => {
                (&*binary.left, "E0067", &binary.op)
            }
            _ => return Ok(()),
        };
        match strip_parens(left) {
            syn::Expr::Path(path) if self.names_const_item(path) => {
                Err(
                    Diagnostic::rejected(code, "invalid left-hand side of assignment", span_of(operator.span()))
                        .with_label(left.node_span(), "cannot assign to this expression"),
                )
            }
            _ => Ok(()),
        }
    }

    /// Declines a binding that names a constant in scope: rustc reads it as
    /// a pattern comparing with the constant.
    pub(super) fn check_binding_not_const(&self, ident: &syn::Ident) -> Result<()> {
        self.check_binding_not_static(ident)?;
        // Most programs have no constants: no name to build, no span to find.
        if !self.items.consts.is_empty() && self.const_named(&ident.to_string(), span_of(ident.span())).is_some() {
            return unsupported("a constant in a pattern", ident);
        }
        Ok(())
    }
}
