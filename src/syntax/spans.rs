//! Spans of whole expressions and functions, found from their first and last
//! tokens.
//!
//! `syn`'s `Spanned::span` prints a node back into a token stream to find
//! them, which costs as much as the node is big, and lowering asks for the
//! span of nearly every expression. Walking down to the two ends is
//! cheap; shapes not handled here fall back to `Spanned`, so the result is
//! always the same span.

use super::span_between;
use crate::diag::Span;
use syn::spanned::Spanned;

/// The span of a function (free, in an impl or a trait's default), from its
/// first token to its body's `}`.
pub(crate) fn fn_span(
    attrs: &[syn::Attribute],
    vis: &syn::Visibility,
    sig: &syn::Signature,
    body: &syn::Block,
) -> Span {
    let first = match (attrs.first(), vis) {
        (Some(attr), _) => attr.pound_token.span,
        (None, syn::Visibility::Public(token)) => token.span,
        (None, syn::Visibility::Restricted(restricted)) => restricted.pub_token.span,
        (None, syn::Visibility::Inherited) => signature_start(sig),
    };
    token(first).to(token(body.brace_token.span.close())).span()
}

fn signature_start(sig: &syn::Signature) -> proc_macro2::Span {
    if let Some(token) = &sig.constness {
        token.span
    } else if let Some(token) = &sig.asyncness {
        token.span
    } else if let syn::Safety::Unsafe(token) = &sig.safety {
        token.span
    } else if let syn::Safety::Safe(token) = &sig.safety {
        token.span
    } else if let Some(abi) = &sig.abi {
        abi.extern_token.span
    } else {
        sig.fn_token.span
    }
}

/// A syntax node whose span can be found from its first and last tokens.
pub(crate) trait NodeSpan: Spanned {
    /// The node's first and last tokens' span; `None` for shapes not walked
    /// here (and for anything with attributes, which come first).
    fn ends(&self) -> Option<Ends>;

    /// [`NodeSpan::ends`], or `Spanned`'s answer for the shapes not walked.
    fn ends_or_spanned(&self) -> Ends {
        self.ends().unwrap_or_else(|| token(self.span()))
    }

    /// The span `syn`'s `Spanned` gives, without printing the node.
    fn node_span(&self) -> Span {
        self.ends_or_spanned().span()
    }
}

/// A node's first and last tokens. They become a [`Span`] once, for the
/// whole node: each conversion looks the position up in proc-macro2's
/// table of sources, which costs more than the walk down to the tokens.
#[derive(Clone, Copy)]
pub(crate) struct Ends(proc_macro2::Span, proc_macro2::Span);

impl Ends {
    /// From this node's first token to `other`'s last.
    fn to(self, other: Ends) -> Ends {
        Ends(self.0, other.1)
    }

    fn span(self) -> Span {
        span_between(self.0, self.1)
    }
}

fn token(span: proc_macro2::Span) -> Ends {
    Ends(span, span)
}

/// `a .. b` from the optional span-giving ends of a range.
fn range_ends<T: NodeSpan>(start: &Option<Box<T>>, limits: &syn::RangeLimits, end: &Option<Box<T>>) -> Option<Ends> {
    let limits = match limits {
        syn::RangeLimits::HalfOpen(dots) => token(dots.spans[0]).to(token(dots.spans[1])),
        syn::RangeLimits::Closed(dots) => token(dots.spans[0]).to(token(dots.spans[2])),
    };
    let first = match start {
        Some(start) => start.ends_or_spanned(),
        None => limits,
    };
    let last = match end {
        Some(end) => end.ends_or_spanned(),
        None => limits,
    };
    Some(first.to(last))
}

fn block_end(block: &syn::Block) -> Ends {
    token(block.brace_token.span.close())
}

impl NodeSpan for syn::Expr {
    fn ends(&self) -> Option<Ends> {
        use syn::Expr as E;
        match self {
            E::Lit(e) if e.attrs.is_empty() => Some(token(e.lit.span())),
            E::Path(e) if e.attrs.is_empty() && e.qself.is_none() => path_span(&e.path),
            E::Call(e) => e.ends(),
            E::MethodCall(e) => e.ends(),
            E::Binary(e) => e.ends(),
            E::Assign(e) => e.ends(),
            E::Reference(e) if e.attrs.is_empty() => Some(token(e.and_token.span).to(e.expr.ends_or_spanned())),
            E::Field(e) if e.attrs.is_empty() => {
                let member = match &e.member {
                    syn::Member::Named(ident) => ident.span(),
                    syn::Member::Unnamed(index) => index.span,
                };
                Some(e.base.ends_or_spanned().to(token(member)))
            }
            E::Index(e) if e.attrs.is_empty() => Some(e.expr.ends_or_spanned().to(token(e.bracket_token.span.close()))),
            E::Paren(e) if e.attrs.is_empty() => Some(token(e.paren_token.span.join())),
            E::Tuple(e) if e.attrs.is_empty() => Some(token(e.paren_token.span.join())),
            E::Array(e) if e.attrs.is_empty() => Some(token(e.bracket_token.span.join())),
            E::Repeat(e) if e.attrs.is_empty() => Some(token(e.bracket_token.span.join())),
            E::Block(e) if e.attrs.is_empty() && e.label.is_none() => e.block.ends(),
            E::Macro(e) => e.ends(),
            E::Struct(e) if e.attrs.is_empty() && e.qself.is_none() => {
                Some(path_span(&e.path)?.to(token(e.brace_token.span.close())))
            }
            E::Unary(e) => e.ends(),
            E::Cast(e) => e.ends(),
            E::Range(e) if e.attrs.is_empty() => range_ends(&e.start, &e.limits, &e.end),
            E::If(e) => e.ends(),
            E::Match(e) if e.attrs.is_empty() => Some(token(e.match_token.span).to(token(e.brace_token.span.close()))),
            E::While(e) if e.attrs.is_empty() && e.label.is_none() => {
                Some(token(e.while_token.span).to(block_end(&e.body)))
            }
            E::ForLoop(e) => e.ends(),
            E::Loop(e) if e.attrs.is_empty() && e.label.is_none() => {
                Some(token(e.loop_token.span).to(block_end(&e.body)))
            }
            E::Unsafe(e) if e.attrs.is_empty() => Some(token(e.unsafe_token.span).to(block_end(&e.block))),
            E::Let(e) if e.attrs.is_empty() => Some(token(e.let_token.span).to(e.expr.ends_or_spanned())),
            E::Try(e) if e.attrs.is_empty() => Some(e.expr.ends_or_spanned().to(token(e.question_token.spans[0]))),
            E::Return(e) if e.attrs.is_empty() => {
                let first = token(e.return_token.span);
                Some(match &e.expr {
                    Some(value) => first.to(value.ends_or_spanned()),
                    None => first,
                })
            }
            E::Break(e) if e.attrs.is_empty() && e.label.is_none() => {
                let first = token(e.break_token.span);
                Some(match &e.expr {
                    Some(value) => first.to(value.ends_or_spanned()),
                    None => first,
                })
            }
            E::Continue(e) if e.attrs.is_empty() && e.label.is_none() => Some(token(e.continue_token.span)),
            E::Closure(e) => e.ends(),
            _ => None,
        }
    }
}

impl NodeSpan for syn::ExprCall {
    fn ends(&self) -> Option<Ends> {
        self.attrs
            .is_empty()
            .then(|| self.func.ends_or_spanned().to(token(self.paren_token.span.close())))
    }
}

impl NodeSpan for syn::Block {
    fn ends(&self) -> Option<Ends> {
        Some(token(self.brace_token.span.join()))
    }
}

impl NodeSpan for syn::ExprMacro {
    fn ends(&self) -> Option<Ends> {
        if self.attrs.is_empty() { self.mac.ends() } else { None }
    }
}

impl NodeSpan for syn::ExprUnary {
    fn ends(&self) -> Option<Ends> {
        let op = match &self.op {
            syn::UnOp::Deref(star) => star.spans[0],
            syn::UnOp::Not(not) => not.spans[0],
            syn::UnOp::Neg(minus) => minus.spans[0],
            _ => return None,
        };
        self.attrs.is_empty().then(|| token(op).to(self.expr.ends_or_spanned()))
    }
}

impl NodeSpan for syn::ExprCast {
    fn ends(&self) -> Option<Ends> {
        if self.attrs.is_empty() {
            Some(self.expr.ends_or_spanned().to(type_end(&self.ty)?))
        } else {
            None
        }
    }
}

impl NodeSpan for syn::ExprIf {
    fn ends(&self) -> Option<Ends> {
        let last = match &self.else_branch {
            Some((_, other)) => other.ends_or_spanned(),
            None => block_end(&self.then_branch),
        };
        self.attrs.is_empty().then(|| token(self.if_token.span).to(last))
    }
}

impl NodeSpan for syn::ExprForLoop {
    fn ends(&self) -> Option<Ends> {
        (self.attrs.is_empty() && self.label.is_none()).then(|| token(self.for_token.span).to(block_end(&self.body)))
    }
}

impl NodeSpan for syn::ExprClosure {
    fn ends(&self) -> Option<Ends> {
        let plain =
            self.attrs.is_empty() && self.lifetimes.is_none() && self.constness.is_none() && self.asyncness.is_none();
        let first = match &self.capture {
            Some(token_move) => token_move.span,
            None => self.inputs_begin.spans[0],
        };
        plain.then(|| token(first).to(self.body.ends_or_spanned()))
    }
}

impl NodeSpan for syn::ExprMethodCall {
    fn ends(&self) -> Option<Ends> {
        self.attrs
            .is_empty()
            .then(|| self.receiver.ends_or_spanned().to(token(self.paren_token.span.close())))
    }
}

impl NodeSpan for syn::ExprBinary {
    fn ends(&self) -> Option<Ends> {
        self.attrs
            .is_empty()
            .then(|| self.left.ends_or_spanned().to(self.right.ends_or_spanned()))
    }
}

impl NodeSpan for syn::ExprAssign {
    fn ends(&self) -> Option<Ends> {
        self.attrs
            .is_empty()
            .then(|| self.left.ends_or_spanned().to(self.right.ends_or_spanned()))
    }
}

impl NodeSpan for syn::Macro {
    fn ends(&self) -> Option<Ends> {
        let close = match &self.delimiter {
            syn::MacroDelimiter::Paren(p) => p.span.close(),
            syn::MacroDelimiter::Brace(b) => b.span.close(),
            syn::MacroDelimiter::Bracket(b) => b.span.close(),
        };
        Some(path_span(&self.path)?.to(token(close)))
    }
}

impl NodeSpan for syn::Stmt {
    fn ends(&self) -> Option<Ends> {
        match self {
            syn::Stmt::Local(local) => local.ends(),
            syn::Stmt::Expr(expr, semi) => {
                let first = expr.ends_or_spanned();
                Some(match semi {
                    Some(semi) => first.to(token(semi.spans[0])),
                    None => first,
                })
            }
            syn::Stmt::Macro(stmt) if stmt.attrs.is_empty() => {
                let whole = stmt.mac.ends()?;
                Some(match &stmt.semi_token {
                    Some(semi) => whole.to(token(semi.spans[0])),
                    None => whole,
                })
            }
            _ => None,
        }
    }
}

impl NodeSpan for syn::Local {
    fn ends(&self) -> Option<Ends> {
        self.attrs
            .is_empty()
            .then(|| token(self.let_token.span).to(token(self.semi_token.spans[0])))
    }
}

impl NodeSpan for syn::Pat {
    fn ends(&self) -> Option<Ends> {
        use syn::Pat as P;
        match self {
            P::Ident(p) if p.attrs.is_empty() => {
                let first = match (&p.by_ref, &p.mutability) {
                    (Some(by_ref), _) => by_ref.span,
                    (None, Some(mutability)) => mutability.span,
                    (None, None) => p.ident.span(),
                };
                let last = match &p.subpat {
                    Some((_, sub)) => sub.ends_or_spanned(),
                    None => token(p.ident.span()),
                };
                Some(token(first).to(last))
            }
            P::Wild(p) if p.attrs.is_empty() => Some(token(p.underscore_token.span)),
            P::Tuple(p) if p.attrs.is_empty() => Some(token(p.paren_token.span.join())),
            P::Slice(p) if p.attrs.is_empty() => Some(token(p.bracket_token.span.join())),
            P::TupleStruct(p) if p.attrs.is_empty() && p.qself.is_none() => {
                Some(path_span(&p.path)?.to(token(p.paren_token.span.close())))
            }
            P::Struct(p) if p.attrs.is_empty() && p.qself.is_none() => {
                Some(path_span(&p.path)?.to(token(p.brace_token.span.close())))
            }
            P::Path(p) if p.attrs.is_empty() && p.qself.is_none() => path_span(&p.path),
            P::Lit(p) if p.attrs.is_empty() => Some(token(p.lit.span())),
            P::Reference(p) if p.attrs.is_empty() => Some(token(p.and_token.span).to(p.pat.ends_or_spanned())),
            P::Range(p) if p.attrs.is_empty() => range_ends(&p.start, &p.limits, &p.end),
            P::Type(p) if p.attrs.is_empty() => Some(p.pat.ends_or_spanned().to(type_end(&p.ty)?)),
            P::Or(p) if p.attrs.is_empty() && p.leading_vert.is_none() => {
                Some(p.cases.first()?.ends_or_spanned().to(p.cases.last()?.ends_or_spanned()))
            }
            _ => None,
        }
    }
}

/// The last token of a type written as a plain path (`u8`, `String`).
fn type_end(ty: &syn::Type) -> Option<Ends> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => path_span(&path.path),
        _ => None,
    }
}

/// A path without generic arguments on its last segment (those end in a
/// `>` this walk does not look for).
fn path_span(path: &syn::Path) -> Option<Ends> {
    let last = path.segments.last()?;
    if !matches!(last.arguments, syn::PathArguments::None) {
        return None;
    }
    let first = match &path.leading_colon {
        Some(colons) => colons.spans[0],
        None => path.segments.first()?.ident.span(),
    };
    Some(token(first).to(token(last.ident.span())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::span_of;
    use syn::visit::Visit;

    /// Every expression, statement, pattern and function of the differential corpus gets the span
    /// `syn` would give it.
    #[test]
    fn spans_equal_syn_spans_over_the_corpus() {
        struct Compare(usize, usize);
        impl<'a> Visit<'a> for Compare {
            fn visit_expr(&mut self, expr: &'a syn::Expr) {
                assert_eq!(expr.node_span(), span_of(expr.span()), "{}", quote::quote!(#expr));
                self.0 += 1;
                syn::visit::visit_expr(self, expr);
            }
            fn visit_stmt(&mut self, stmt: &'a syn::Stmt) {
                assert_eq!(stmt.node_span(), span_of(stmt.span()), "{}", quote::quote!(#stmt));
                syn::visit::visit_stmt(self, stmt);
            }
            fn visit_block(&mut self, block: &'a syn::Block) {
                assert_eq!(block.node_span(), span_of(block.span()));
                syn::visit::visit_block(self, block);
            }
            fn visit_pat(&mut self, pat: &'a syn::Pat) {
                assert_eq!(pat.node_span(), span_of(pat.span()), "{}", quote::quote!(#pat));
                self.1 += 1;
                syn::visit::visit_pat(self, pat);
            }
            fn visit_item_fn(&mut self, func: &'a syn::ItemFn) {
                let span = fn_span(&func.attrs, &func.vis, &func.sig, &func.block);
                assert_eq!(span, span_of(func.span()), "fn {}", func.sig.ident);
                syn::visit::visit_item_fn(self, func);
            }
            fn visit_impl_item_fn(&mut self, func: &'a syn::ImplItemFn) {
                let span = fn_span(&func.attrs, &func.vis, &func.sig, &func.block);
                assert_eq!(span, span_of(func.span()), "fn {}", func.sig.ident);
                syn::visit::visit_impl_item_fn(self, func);
            }
            fn visit_trait_item_fn(&mut self, func: &'a syn::TraitItemFn) {
                if let Some(block) = &func.default {
                    let span = fn_span(&func.attrs, &syn::Visibility::Inherited, &func.sig, block);
                    assert_eq!(span, span_of(func.span()), "fn {}", func.sig.ident);
                }
                syn::visit::visit_trait_item_fn(self, func);
            }
        }
        let mut compare = Compare(0, 0);
        for file in crate::syntax::corpus_files() {
            compare.visit_file(&file);
        }
        assert!(compare.0 > 10_000, "only {} expressions", compare.0);
        assert!(compare.1 > 1_000, "only {} patterns", compare.1);
    }
}
