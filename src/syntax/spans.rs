//! Spans of whole expressions and functions, found from their first and last
//! tokens.
//!
//! `syn`'s `Spanned::span` prints a node back into a token stream to find
//! them, which costs as much as the node is big, and lowering asks for the
//! span of nearly every expression. Walking down to the two ends is
//! cheap; shapes not handled here fall back to `Spanned`, so the result is
//! always the same span.

use super::span_of;
use crate::diag::Span;
use syn::spanned::Spanned;

/// The span of `expr`, from its first token to its last.
pub(crate) fn expr_span(expr: &syn::Expr) -> Span {
    ends(expr).unwrap_or_else(|| span_of(expr.span()))
}

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
    span_of(first).to(span_of(body.brace_token.span.close()))
}

fn signature_start(sig: &syn::Signature) -> proc_macro2::Span {
    if let Some(token) = &sig.constness {
        token.span
    } else if let Some(token) = &sig.asyncness {
        token.span
    } else if let Some(token) = &sig.unsafety {
        token.span
    } else if let Some(abi) = &sig.abi {
        abi.extern_token.span
    } else {
        sig.fn_token.span
    }
}

/// First and last token of the shapes lowering meets most; `None` for the
/// rest (and for anything with attributes, which come first).
fn ends(expr: &syn::Expr) -> Option<Span> {
    use syn::Expr as E;
    let token = |span: proc_macro2::Span| span_of(span);
    Some(match expr {
        E::Lit(e) if e.attrs.is_empty() => token(e.lit.span()),
        E::Path(e) if e.attrs.is_empty() && e.qself.is_none() => path_span(&e.path)?,
        E::Call(e) if e.attrs.is_empty() => expr_span(&e.func).to(token(e.paren_token.span.close())),
        E::MethodCall(e) if e.attrs.is_empty() => expr_span(&e.receiver).to(token(e.paren_token.span.close())),
        E::Binary(e) if e.attrs.is_empty() => expr_span(&e.left).to(expr_span(&e.right)),
        E::Reference(e) if e.attrs.is_empty() => token(e.and_token.span).to(expr_span(&e.expr)),
        E::Field(e) if e.attrs.is_empty() => {
            let member = match &e.member {
                syn::Member::Named(ident) => ident.span(),
                syn::Member::Unnamed(index) => index.span,
            };
            expr_span(&e.base).to(token(member))
        }
        E::Index(e) if e.attrs.is_empty() => expr_span(&e.expr).to(token(e.bracket_token.span.close())),
        E::Paren(e) if e.attrs.is_empty() => token(e.paren_token.span.join()),
        E::Tuple(e) if e.attrs.is_empty() => token(e.paren_token.span.join()),
        E::Array(e) if e.attrs.is_empty() => token(e.bracket_token.span.join()),
        E::Block(e) if e.attrs.is_empty() && e.label.is_none() => token(e.block.brace_token.span.join()),
        E::Macro(e) if e.attrs.is_empty() => {
            let close = match &e.mac.delimiter {
                syn::MacroDelimiter::Paren(p) => p.span.close(),
                syn::MacroDelimiter::Brace(b) => b.span.close(),
                syn::MacroDelimiter::Bracket(b) => b.span.close(),
            };
            path_span(&e.mac.path)?.to(token(close))
        }
        E::Struct(e) if e.attrs.is_empty() && e.qself.is_none() => {
            path_span(&e.path)?.to(token(e.brace_token.span.close()))
        }
        _ => return None,
    })
}

/// A path without generic arguments on its last segment (those end in a
/// `>` this walk does not look for).
fn path_span(path: &syn::Path) -> Option<Span> {
    let last = path.segments.last()?;
    if !matches!(last.arguments, syn::PathArguments::None) {
        return None;
    }
    let first = match &path.leading_colon {
        Some(colons) => colons.spans[0],
        None => path.segments.first()?.ident.span(),
    };
    Some(span_of(first).to(span_of(last.ident.span())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::visit::Visit;

    /// Every expression and function of the differential corpus gets the span
    /// `syn` would give it.
    #[test]
    fn spans_equal_syn_spans_over_the_corpus() {
        struct Compare(usize);
        impl<'a> Visit<'a> for Compare {
            fn visit_expr(&mut self, expr: &'a syn::Expr) {
                assert_eq!(expr_span(expr), span_of(expr.span()), "{}", quote::quote!(#expr));
                self.0 += 1;
                syn::visit::visit_expr(self, expr);
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
        let mut compare = Compare(0);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
        for kind in ["run", "fail", "unsupported"] {
            for entry in std::fs::read_dir(dir.join(kind)).expect("corpus") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).expect("program");
                    if let Ok(file) = syn::parse_file(&source) {
                        compare.visit_file(&file);
                    }
                }
            }
        }
        assert!(compare.0 > 10_000, "only {} expressions", compare.0);
    }
}
