//! The arguments of most formatting macros (and the elements of most
//! `vec![…]` lists), built the way `syn` parses them
//! but without its expression parser, which costs more than parsing the rest
//! of a program: each argument is literals and paths followed by fields,
//! tuple fields, indexes, calls and method calls, under any number of `&`,
//! `&mut`, `*`, `-` and `!`, cast to plain path types, and joined by binary
//! operators grouped by precedence as the parser groups them. Anything else
//! (ranges, assignments, closures, blocks, parentheses, generics, macros,
//! struct literals) makes [`simple_args`] answer `None`, and the caller
//! parses the whole macro with `syn`. Every token keeps its span, so spans
//! of the nodes built here are the parser's (a test compares both over the
//! corpus).

use super::macros::{FormatArg, is_keyword};
use proc_macro2::{Delimiter, Group, Spacing, TokenStream, TokenTree};
use syn::punctuated::Punctuated;

/// The macro's comma-separated arguments (the template first), or `None`
/// when one of them has a shape this module does not build.
pub(super) fn simple_args(tokens: &TokenStream) -> Option<Vec<FormatArg>> {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut args = Vec::new();
    for (piece, _comma) in split_at_commas(&tokens)? {
        let (name, value) = match piece {
            [TokenTree::Ident(name), TokenTree::Punct(eq), value @ ..]
                if eq.as_char() == '=' && eq.spacing() == Spacing::Alone && !is_keyword(&name.to_string()) =>
            {
                (Some(name.to_string()), value)
            }
            value => (None, value),
        };
        args.push(FormatArg {
            name,
            expr: expr(value)?,
        });
    }
    Some(args)
}

/// The pieces between top-level commas, each with the comma after it (the
/// last one's is a trailing comma, if any). `None` for an empty piece, which
/// only the parser reports well. Commas inside brackets belong to their
/// group; commas inside generics or closure parameters split a piece in two,
/// and the pieces then fail to build.
fn split_at_commas(tokens: &[TokenTree]) -> Option<Vec<(&[TokenTree], Option<&proc_macro2::Punct>)>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, token) in tokens.iter().enumerate() {
        if let TokenTree::Punct(comma) = token
            && comma.as_char() == ','
        {
            let piece = &tokens[start..at];
            if piece.is_empty() {
                return None;
            }
            pieces.push((piece, Some(comma)));
            start = at + 1;
        }
    }
    if start < tokens.len() {
        pieces.push((&tokens[start..], None));
    }
    Some(pieces)
}

/// A whole argument: operands joined by arithmetic, comparison and logical
/// operators, grouped by precedence as the parser groups them.
fn expr(tokens: &[TokenTree]) -> Option<syn::Expr> {
    let (expr, rest) = binary(tokens, Precedence::Or)?;
    rest.is_empty().then_some(expr)
}

/// How tightly a binary operator binds, loosest first (the parser's order).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Precedence {
    Or,
    And,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Sum,
    Product,
}

impl Precedence {
    /// The next tighter level; `None` for the tightest, whose operands are
    /// casts.
    fn tighter(self) -> Option<Precedence> {
        use Precedence::*;
        Some(match self {
            Or => And,
            And => Compare,
            Compare => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Sum,
            Sum => Product,
            Product => return None,
        })
    }
}

/// Operands joined by operators binding at least as tightly as `min`, and
/// the tokens after them. Comparisons do not chain: `a < b < c` is left to
/// the parser, which rejects it.
fn binary(tokens: &[TokenTree], min: Precedence) -> Option<(syn::Expr, &[TokenTree])> {
    let (mut left, mut rest) = cast(tokens)?;
    while let Some((op, precedence, after)) = binary_op(rest) {
        if precedence < min {
            break;
        }
        let (right, after_right) = match precedence.tighter() {
            Some(tighter) => binary(after, tighter)?,
            None => cast(after)?,
        };
        if precedence == Precedence::Compare && binary_op(after_right).is_some_and(|(_, next, _)| next == precedence) {
            return None;
        }
        left = syn::Expr::Binary(syn::ExprBinary {
            attrs: Vec::new(),
            left: Box::new(left),
            op,
            right: Box::new(right),
        });
        rest = after_right;
    }
    Some((left, rest))
}

/// The binary operator `tokens` start with (one of those [`binary`] builds),
/// its precedence, and the tokens after it.
fn binary_op(tokens: &[TokenTree]) -> Option<(syn::BinOp, Precedence, &[TokenTree])> {
    use syn::BinOp;
    let (first, rest) = match tokens {
        [TokenTree::Punct(first), rest @ ..] => (first, rest),
        _ => return None,
    };
    if first.spacing() == Spacing::Alone {
        let span = first.span();
        let (op, precedence) = match first.as_char() {
            '*' => (BinOp::Mul(syn::Token![*](span)), Precedence::Product),
            '/' => (BinOp::Div(syn::Token![/](span)), Precedence::Product),
            '%' => (BinOp::Rem(syn::Token![%](span)), Precedence::Product),
            '+' => (BinOp::Add(syn::Token![+](span)), Precedence::Sum),
            '-' => (BinOp::Sub(syn::Token![-](span)), Precedence::Sum),
            '&' => (BinOp::BitAnd(syn::Token![&](span)), Precedence::BitAnd),
            '^' => (BinOp::BitXor(syn::Token![^](span)), Precedence::BitXor),
            '|' => (BinOp::BitOr(syn::Token![|](span)), Precedence::BitOr),
            '<' => (BinOp::Lt(syn::Token![<](span)), Precedence::Compare),
            '>' => (BinOp::Gt(syn::Token![>](span)), Precedence::Compare),
            _ => return None,
        };
        return Some((op, precedence, rest));
    }
    let [TokenTree::Punct(second), rest @ ..] = rest else {
        return None;
    };
    if second.spacing() != Spacing::Alone {
        return None;
    }
    let spans = [first.span(), second.span()];
    let (op, precedence) = match (first.as_char(), second.as_char()) {
        ('=', '=') => (BinOp::Eq(syn::Token![==](spans)), Precedence::Compare),
        ('!', '=') => (BinOp::Ne(syn::Token![!=](spans)), Precedence::Compare),
        ('<', '=') => (BinOp::Le(syn::Token![<=](spans)), Precedence::Compare),
        ('>', '=') => (BinOp::Ge(syn::Token![>=](spans)), Precedence::Compare),
        ('&', '&') => (BinOp::And(syn::Token![&&](spans)), Precedence::And),
        ('|', '|') => (BinOp::Or(syn::Token![||](spans)), Precedence::Or),
        ('<', '<') => (BinOp::Shl(syn::Token![<<](spans)), Precedence::Shift),
        ('>', '>') => (BinOp::Shr(syn::Token![>>](spans)), Precedence::Shift),
        _ => return None,
    };
    Some((op, precedence, rest))
}

/// An operand cast to plain path types (`x as u8 as f64`), and the tokens
/// after it. A `<` after the type is left to the parser, which reads
/// generics there.
fn cast(tokens: &[TokenTree]) -> Option<(syn::Expr, &[TokenTree])> {
    let (mut expr, mut rest) = unary(tokens)?;
    while let [TokenTree::Ident(as_word), after_as @ ..] = rest
        && as_word == "as"
    {
        let (path, after) = path(after_as)?;
        if let [TokenTree::Punct(less), ..] = after
            && less.as_char() == '<'
        {
            return None;
        }
        expr = syn::Expr::Cast(syn::ExprCast {
            attrs: Vec::new(),
            expr: Box::new(expr),
            as_token: syn::Token![as](as_word.span()),
            ty: Box::new(syn::Type::Path(syn::TypePath {
                attrs: Vec::new(),
                qself: None,
                path,
            })),
        });
        rest = after;
    }
    Some((expr, rest))
}

/// Prefix operators (`&`, `&mut`, `*`, `-`, `!`), then a postfix chain; and
/// the tokens after it.
fn unary(tokens: &[TokenTree]) -> Option<(syn::Expr, &[TokenTree])> {
    let [TokenTree::Punct(prefix), rest @ ..] = tokens else {
        return postfix_chain(tokens);
    };
    if prefix.spacing() != Spacing::Alone {
        return None;
    }
    let span = prefix.span();
    let unary = |op, rest| {
        let (operand, after) = unary(rest)?;
        Some((
            syn::Expr::Unary(syn::ExprUnary {
                attrs: Vec::new(),
                op,
                expr: Box::new(operand),
            }),
            after,
        ))
    };
    match prefix.as_char() {
        '&' => {
            let (mutability, operand) = match rest {
                [TokenTree::Ident(word), operand @ ..] if word == "mut" => {
                    (Some(syn::Token![mut](word.span())), operand)
                }
                operand => (None, operand),
            };
            let (operand, after) = self::unary(operand)?;
            Some((
                syn::Expr::Reference(syn::ExprReference {
                    attrs: Vec::new(),
                    and_token: syn::Token![&](span),
                    mutability,
                    expr: Box::new(operand),
                }),
                after,
            ))
        }
        '*' => unary(syn::UnOp::Deref(syn::Token![*](span)), rest),
        '-' => unary(syn::UnOp::Neg(syn::Token![-](span)), rest),
        '!' => unary(syn::UnOp::Not(syn::Token![!](span)), rest),
        _ => None,
    }
}

fn is_alone(punct: &proc_macro2::Punct, char: char) -> bool {
    punct.as_char() == char && punct.spacing() == Spacing::Alone
}

/// A literal, or a path or a call of one, followed by method calls, fields
/// and indexes; and the tokens after it.
fn postfix_chain(tokens: &[TokenTree]) -> Option<(syn::Expr, &[TokenTree])> {
    let (mut expr, mut rest) = match tokens {
        [TokenTree::Literal(literal), rest @ ..] => (literal_expr(syn::Lit::new(literal.clone())), rest),
        [TokenTree::Ident(word), rest @ ..] if word == "true" || word == "false" => {
            let value = syn::LitBool::new(word == "true", word.span());
            (literal_expr(syn::Lit::Bool(value)), rest)
        }
        _ => path_or_call(tokens)?,
    };
    loop {
        match rest {
            [TokenTree::Punct(dot), TokenTree::Ident(name), after @ ..]
                if is_alone(dot, '.') && !is_keyword(&name.to_string()) =>
            {
                let dot_token = syn::Token![.](dot.span());
                if let [TokenTree::Group(args), after @ ..] = after
                    && args.delimiter() == Delimiter::Parenthesis
                {
                    expr = syn::Expr::MethodCall(syn::ExprMethodCall {
                        attrs: Vec::new(),
                        receiver: Box::new(expr),
                        dot_token,
                        method: name.clone(),
                        turbofish: None,
                        paren_token: syn::token::Paren {
                            span: args.delim_span(),
                        },
                        args: call_args(args)?,
                    });
                    rest = after;
                } else {
                    expr = field(expr, dot_token, syn::Member::Named(name.clone()));
                    rest = after;
                }
            }
            // `pair.0`; `pair.0.1` lexes as one float literal and takes the parser.
            [TokenTree::Punct(dot), TokenTree::Literal(index), after @ ..] if is_alone(dot, '.') => {
                let index = syn::Index {
                    index: tuple_index(&index.to_string())?,
                    span: index.span(),
                };
                expr = field(expr, syn::Token![.](dot.span()), syn::Member::Unnamed(index));
                rest = after;
            }
            [TokenTree::Group(index), after @ ..] if index.delimiter() == Delimiter::Bracket => {
                let tokens: Vec<TokenTree> = index.stream().into_iter().collect();
                expr = syn::Expr::Index(syn::ExprIndex {
                    attrs: Vec::new(),
                    expr: Box::new(expr),
                    bracket_token: syn::token::Bracket {
                        span: index.delim_span(),
                    },
                    index: Box::new(self::expr(&tokens)?),
                });
                rest = after;
            }
            _ => return Some((expr, rest)),
        }
    }
}

/// A path, or a call of one, and the tokens after it.
fn path_or_call(tokens: &[TokenTree]) -> Option<(syn::Expr, &[TokenTree])> {
    let (path, mut rest) = path(tokens)?;
    let mut expr = syn::Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path,
    });
    if let [TokenTree::Group(args), after @ ..] = rest
        && args.delimiter() == Delimiter::Parenthesis
    {
        expr = syn::Expr::Call(syn::ExprCall {
            attrs: Vec::new(),
            func: Box::new(expr),
            paren_token: syn::token::Paren {
                span: args.delim_span(),
            },
            args: call_args(args)?,
        });
        rest = after;
    }
    Some((expr, rest))
}

fn literal_expr(lit: syn::Lit) -> syn::Expr {
    syn::Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit })
}

fn field(base: syn::Expr, dot_token: syn::Token![.], member: syn::Member) -> syn::Expr {
    syn::Expr::Field(syn::ExprField {
        attrs: Vec::new(),
        base: Box::new(base),
        dot_token,
        member,
    })
}

/// The digits of an unsuffixed tuple index (`0`, `12`), as the parser reads
/// them; `None` for anything else.
fn tuple_index(text: &str) -> Option<u32> {
    let canonical = text == "0" || (!text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit()));
    if canonical { text.parse().ok() } else { None }
}

/// `a`, `a::b::c` (no generics, no leading `::`), and the tokens after it.
fn path(tokens: &[TokenTree]) -> Option<(syn::Path, &[TokenTree])> {
    let [TokenTree::Ident(first), after_first @ ..] = tokens else {
        return None;
    };
    let mut rest = after_first;
    if is_keyword(&first.to_string()) {
        return None;
    }
    let mut segments: Punctuated<syn::PathSegment, syn::Token![::]> = Punctuated::new();
    segments.push_value(first.clone().into());
    while let [
        TokenTree::Punct(colon),
        TokenTree::Punct(second),
        TokenTree::Ident(segment),
        after @ ..,
    ] = rest
    {
        if colon.as_char() != ':' || colon.spacing() != Spacing::Joint || !is_alone(second, ':') {
            break;
        }
        if is_keyword(&segment.to_string()) {
            return None;
        }
        segments.push_punct(syn::Token![::]([colon.span(), second.span()]));
        segments.push_value(segment.clone().into());
        rest = after;
    }
    let path = syn::Path {
        leading_colon: None,
        segments,
    };
    Some((path, rest))
}

/// The comma-separated arguments inside a call's parentheses.
fn call_args(group: &Group) -> Option<Punctuated<syn::Expr, syn::Token![,]>> {
    let tokens: Vec<TokenTree> = group.stream().into_iter().collect();
    let mut args = Punctuated::new();
    for (piece, comma) in split_at_commas(&tokens)? {
        args.push_value(expr(piece)?);
        if let Some(comma) = comma {
            args.push_punct(syn::Token![,](comma.span()));
        }
    }
    Some(args)
}

#[cfg(test)]
mod tests {
    use super::super::macros::parse_with_syn;
    use super::*;
    use crate::syntax::span_of;
    use quote::ToTokens;
    use syn::visit::Visit;

    /// Every token of `tokens`, groups' delimiters included, with its span.
    fn token_spans(tokens: TokenStream, spans: &mut Vec<(String, crate::diag::Span)>) {
        for token in tokens {
            if let TokenTree::Group(group) = &token {
                spans.push((format!("{:?}", group.delimiter()), span_of(group.span())));
                token_spans(group.stream(), spans);
            } else {
                spans.push((token.to_string(), span_of(token.span())));
            }
        }
    }

    /// Over every macro of the corpus, the arguments built here are the
    /// ones `syn` parses: the same trees, with every token at the same
    /// place.
    #[test]
    fn simple_args_equal_parsed_args() {
        struct Compare {
            built: usize,
            declined: usize,
        }
        impl<'a> Visit<'a> for Compare {
            fn visit_macro(&mut self, mac: &'a syn::Macro) {
                let Some(fast) = simple_args(&mac.tokens) else {
                    self.declined += 1;
                    return;
                };
                let parsed = parse_with_syn(&mac.tokens).expect("the corpus parses");
                assert_eq!(fast.len(), parsed.len(), "{}", mac.tokens);
                for (fast, parsed) in fast.iter().zip(&parsed) {
                    assert_eq!(fast.name, parsed.name);
                    assert_eq!(fast.expr, parsed.expr, "{}", mac.tokens);
                    let (mut fast_spans, mut parsed_spans) = (Vec::new(), Vec::new());
                    token_spans(fast.expr.to_token_stream(), &mut fast_spans);
                    token_spans(parsed.expr.to_token_stream(), &mut parsed_spans);
                    assert_eq!(fast_spans, parsed_spans, "{}", mac.tokens);
                }
                self.built += 1;
            }
        }
        let mut compare = Compare { built: 0, declined: 0 };
        for file in crate::syntax::corpus_files() {
            compare.visit_file(&file);
        }
        // Most macros take the shortcut (operators, casts and struct
        // literals are what the rest have).
        assert!(
            compare.built > 3 * compare.declined,
            "built {}, declined {}",
            compare.built,
            compare.declined
        );
    }

    #[test]
    fn other_shapes_take_the_parser() {
        for tokens in [
            "\"{}\", a < b < c",
            "\"{}\", a == b != c",
            "\"{}\", a*-b",
            "\"{}\", a <<= 2",
            "\"{}\", a..b",
            "\"{}\", x as Vec<u8>",
            "\"{}\", x as usize < y",
            "\"{}\", v.iter().map(|x| x * 2).sum::<i32>()",
            "\"{}\", pair.0.1",
            "\"{}\", Vec::<i32>::new()",
            "\"{}\", format!(\"{}\", 1)",
            "\"{}\", Point { x: 1 }",
            "\"{}\", (a)",
            "\"{}\", return",
            "\"{}\", &&x",
            "\"{}\", x?",
            "\"{}\",, x",
        ] {
            let tokens: TokenStream = tokens.parse().expect("tokens");
            assert!(simple_args(&tokens).is_none(), "{tokens}");
        }
        for tokens in [
            "\"{}\", a + b * -c",
            "\"{}\", !done && a.len() <= 2 || x == -1",
            "\"{}\", -x as u8 as f64 + 1.5f64.max(2.0) * 2 << 1 & 3 ^ 4 | 5",
            "\"{}\", \"a\".len() > 2 && a & b == c",
        ] {
            let tokens: TokenStream = tokens.parse().expect("tokens");
            let fast = simple_args(&tokens).expect("simple arguments");
            let parsed = parse_with_syn(&tokens).expect("arguments");
            assert!(
                fast.iter().map(|a| &a.expr).eq(parsed.iter().map(|a| &a.expr)),
                "{tokens}"
            );
        }
        let tokens: TokenStream = "\"{} {v}\", &mut a.b[0].c(1, x.0,), v = *p,".parse().expect("tokens");
        let args = simple_args(&tokens).expect("simple arguments");
        assert_eq!(args.len(), 3);
        assert_eq!(args[2].name.as_deref(), Some("v"));
    }
}
