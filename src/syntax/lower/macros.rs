//! Macro statements (printing, panics) and their format arguments.

use super::*;

impl Lowerer<'_> {
    // ---- macros ---------------------------------------------------------

    pub(super) fn lower_macro_statement(&mut self, mac: &syn::Macro) -> Result<()> {
        self.within_macro(|this| this.lower_macro_statement_of(mac))
    }

    /// Runs `lower` on syntax parsed from a macro's tokens. That syntax is
    /// dropped afterwards and a later macro's may reuse its addresses, so
    /// spans are not cached by address meanwhile (see [`Self::expr_span`]).
    pub(super) fn within_macro<T>(&mut self, lower: impl FnOnce(&mut Self) -> T) -> T {
        self.macro_depth += 1;
        let result = lower(self);
        self.macro_depth -= 1;
        result
    }

    /// `vec!`, `format!`, `matches!`, `write!`/`writeln!` and `offset_of!`,
    /// the macros that make a value.
    pub(super) fn value_macro(&mut self, mac: &syn::Macro, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        if mac.path.is_ident("vec") {
            self.vec_macro(mac, expected)
        } else if mac.path.is_ident("format") {
            self.format_macro(mac)
        } else if mac.path.is_ident("matches") {
            self.matches_macro(mac)
        } else if mac.path.is_ident("write") || mac.path.is_ident("writeln") {
            self.write_macro(mac, mac.path.is_ident("writeln"))
        } else {
            self.offset_of(mac)
        }
    }

    fn lower_macro_statement_of(&mut self, mac: &syn::Macro) -> Result<()> {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let span = mac.node_span();
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" => {
                let newline = name.ends_with("ln");
                let stream = if name.starts_with('e') {
                    Stream::Stderr
                } else {
                    Stream::Stdout
                };
                let mut format = if mac.tokens.is_empty() {
                    Format::default()
                } else {
                    self.lower_format_args(mac, span)?
                };
                if newline {
                    format.pieces.push(FormatPiece::Literal("\n".into()));
                }
                self.push(StatementKind::Print { stream, format }, span);
                Ok(())
            }
            "panic" | "unreachable" | "todo" | "unimplemented" => {
                let fixed = match name.as_str() {
                    "panic" => "explicit panic",
                    "unreachable" => "internal error: entered unreachable code",
                    "todo" => "not yet implemented",
                    _ => "not implemented",
                };
                let format = if mac.tokens.is_empty() {
                    Format {
                        pieces: vec![FormatPiece::Literal(fixed.into())],
                        ..Format::default()
                    }
                } else {
                    if name == "panic" && self.items.edition < crate::Edition::E2021 && !plain_message(mac) {
                        return unsupported(
                            "`panic!` with one argument other than a plain string before edition 2021",
                            mac,
                        );
                    }
                    let mut format = self.lower_format_args(mac, span)?;
                    if name != "panic" {
                        format.pieces.insert(0, FormatPiece::Literal(format!("{fixed}: ")));
                    }
                    format
                };
                self.terminate(Terminator::Panic(format, span));
                // Code after a panic is unreachable; it still gets a block.
                self.current = self.new_block();
                Ok(())
            }
            "assert" | "assert_eq" | "assert_ne" | "debug_assert" | "debug_assert_eq" | "debug_assert_ne" => {
                self.assert_macro(mac, &name)
            }
            "write" | "writeln" => {
                self.write_macro(mac, name == "writeln")?;
                Ok(())
            }
            "format" => {
                let (rvalue, ty) = self.format_macro(mac)?;
                let temp = self.new_temp(ty, span);
                self.push(StatementKind::Assign(Place::local(temp), rvalue), span);
                Ok(())
            }
            _ => unsupported(format!("the macro `{name}!`"), mac),
        }
    }

    /// `mac`'s template and arguments; `mac_span` is the macro's span.
    pub(super) fn lower_format_args(&mut self, mac: &syn::Macro, mac_span: Span) -> Result<Format> {
        let args = parse_macro_args(mac)?;
        self.lower_format(args, mac_span)
    }

    /// Lowers a template and its arguments. Arguments are evaluated in the
    /// order written, then the variables the template names; literal
    /// arguments printed with a plain `{}` are folded into the text, as
    /// rustc does.
    pub(super) fn lower_format(&mut self, args: Vec<FormatArg>, mac_span: Span) -> Result<Format> {
        let mut args = args.into_iter();
        let Some(FormatArg {
            name: None,
            expr:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(template),
                    ..
                }),
        }) = args.next()
        else {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                "format argument must be a string literal",
                mac_span,
            ));
        };
        // Only errors point at the template as a whole.
        let template_span = || span_of(template.span());
        let raw = super::super::format::parse(&string_value(&template)).map_err(|message| {
            let kind = if message.starts_with("unsupported") {
                DiagKind::Unsupported
            } else {
                DiagKind::Rejected
            };
            Diagnostic::new(kind, message, template_span())
        })?;
        let explicit: Vec<FormatArg> = args.collect();
        // Which argument each placeholder, width and precision refers to.
        let mut next_positional = 0;
        let mut resolve = |arg: ArgRef| match arg {
            ArgRef::Next => {
                next_positional += 1;
                Target::Explicit(next_positional - 1)
            }
            ArgRef::Index(i) => Target::Explicit(i),
            ArgRef::Name(name) => match explicit.iter().position(|a| a.name.as_ref() == Some(&name)) {
                Some(i) => Target::Explicit(i),
                None => Target::Captured(name),
            },
        };
        let mut pieces = Vec::with_capacity(raw.len());
        for piece in raw {
            pieces.push(match piece {
                RawPiece::Literal(text) => Resolved::Literal(text),
                RawPiece::Argument {
                    arg,
                    spec,
                    width,
                    precision,
                } => {
                    let width = width.map(&mut resolve);
                    let precision = precision.map(&mut resolve);
                    let value = resolve(arg);
                    Resolved::Argument {
                        value,
                        spec,
                        width,
                        precision,
                    }
                }
            });
        }
        let targets = || {
            pieces
                .iter()
                .flat_map(|piece| match piece {
                    Resolved::Literal(_) => [None; 3],
                    Resolved::Argument {
                        value,
                        width,
                        precision,
                        ..
                    } => [Some(value), width.as_ref(), precision.as_ref()],
                })
                .flatten()
        };
        if let Some(index) = targets().find_map(|t| match t {
            Target::Explicit(i) if *i >= explicit.len() => Some(*i),
            _ => None,
        }) {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                format!(
                    "invalid reference to positional argument {index} ({})",
                    match explicit.len() {
                        0 => "no arguments were given".to_string(),
                        1 => "there is 1 argument".to_string(),
                        n => format!("there are {n} arguments"),
                    }
                ),
                template_span(),
            ));
        }
        if let Some(unused) = (0..explicit.len()).find(|i| !targets().any(|t| *t == Target::Explicit(*i))) {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                "argument never used",
                span_of(explicit[unused].expr.span()),
            ));
        }
        // A literal only ever printed with a plain `{}` becomes text.
        let inlined: Vec<Option<String>> = explicit
            .iter()
            .enumerate()
            .map(|(i, arg)| {
                let plain_only = pieces.iter().all(|piece| match piece {
                    Resolved::Literal(_) => true,
                    Resolved::Argument {
                        value,
                        spec,
                        width,
                        precision,
                    } => {
                        let plain = *spec == FormatSpec::default() && width.is_none() && precision.is_none();
                        let counts = [width, precision].into_iter().flatten();
                        (*value != Target::Explicit(i) || plain)
                            && counts.into_iter().all(|t| *t != Target::Explicit(i))
                    }
                });
                if plain_only { inlined_text(&arg.expr) } else { None }
            })
            .collect();
        // Room for every argument, and for the pieces with the newline `println!` adds.
        let placeholders = pieces
            .iter()
            .filter(|piece| matches!(piece, Resolved::Argument { .. }))
            .count();
        let arguments = explicit.len() + placeholders;
        let mut format = Format {
            pieces: Vec::with_capacity(pieces.len() + 1),
            args: Vec::with_capacity(arguments),
            arg_tys: Vec::with_capacity(arguments),
            arg_spans: Vec::with_capacity(arguments),
        };
        let mut explicit_index = vec![None; explicit.len()];
        for (i, arg) in explicit.iter().enumerate() {
            if inlined[i].is_some() {
                continue;
            }
            let (place, ty) = self.place_or_temp(&arg.expr, None)?;
            explicit_index[i] = Some(format.args.len());
            format.args.push(place);
            format.arg_tys.push(ty);
            format.arg_spans.push(arg.expr.node_span());
        }
        let mut captured: Vec<(String, usize)> = Vec::new();
        let usize_ty = Ty::Int(IntTy::Usize);
        for piece in pieces {
            let (value, mut spec, width, precision) = match piece {
                Resolved::Literal(text) => {
                    format.pieces.push(FormatPiece::Literal(text));
                    continue;
                }
                Resolved::Argument {
                    value,
                    spec,
                    width,
                    precision,
                } => (value, spec, width, precision),
            };
            if let Target::Explicit(i) = value
                && let Some(text) = &inlined[i]
            {
                format.pieces.push(FormatPiece::Literal(text.clone()));
                continue;
            }
            for (count, slot) in [(width, &mut spec.width_arg), (precision, &mut spec.precision_arg)] {
                if let Some(target) = count {
                    let index =
                        self.format_arg_index(target, &explicit_index, &mut captured, &mut format, &template)?;
                    let (ty, span) = (format.arg_tys[index].clone(), format.arg_spans[index]);
                    self.infer.unify(&usize_ty, &ty).map_err(|()| {
                        Diagnostic::rejected("E0308", "mismatched types", span)
                            .with_primary_label(format!("expected `usize`, found `{}`", self.infer.resolve(&ty)))
                    })?;
                    *slot = Some(index);
                }
            }
            let index = self.format_arg_index(value, &explicit_index, &mut captured, &mut format, &template)?;
            self.check_formattable(&format.arg_tys[index], &spec, format.arg_spans[index])?;
            format.pieces.push(FormatPiece::Argument { index, spec });
        }
        Ok(format)
    }

    /// The index in `format.args` of an argument, capturing a variable the
    /// template names the first time it is used.
    fn format_arg_index(
        &mut self,
        target: Target,
        explicit_index: &[Option<usize>],
        captured: &mut Vec<(String, usize)>,
        format: &mut Format,
        template: &syn::LitStr,
    ) -> Result<usize> {
        let name = match target {
            Target::Explicit(i) => return Ok(explicit_index[i].unwrap_or_default()),
            Target::Captured(name) => name,
        };
        if let Some((_, index)) = captured.iter().find(|(n, _)| *n == name) {
            return Ok(*index);
        }
        let template_span = span_of(template.span());
        // An inline `{name}` is an identifier; plain ASCII ones (nearly all)
        // skip the tokenizer.
        let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && name.chars().next().is_some_and(|c| !c.is_ascii_digit());
        let ident = if plain {
            syn::Ident::new(&name, template.span())
        } else {
            syn::parse_str::<syn::Ident>(&name).map_err(|err| super::super::parse_error(&err))?
        };
        let path = syn::Expr::Path(syn::ExprPath {
            attrs: Vec::new(),
            qself: None,
            path: ident.into(),
        });
        let (place, ty) = self.as_place(&path).map_err(|d| Diagnostic {
            span: template_span,
            ..d
        })?;
        format.args.push(place);
        format.arg_tys.push(ty);
        format
            .arg_spans
            .push(inline_argument_span(template, &name, template_span));
        captured.push((name, format.args.len() - 1));
        Ok(format.args.len() - 1)
    }

    /// Rejects printing a value with a trait its type does not implement.
    pub(super) fn check_formattable(&mut self, ty: &Ty, spec: &FormatSpec, span: Span) -> Result<()> {
        let ty = self.infer.resolved(ty);
        if matches!(spec.trait_, FormatTrait::Display | FormatTrait::Debug) && is_scalar_or_text(&ty) {
            return Ok(());
        }
        if spec.trait_ == FormatTrait::Debug && self.reaches_fn_pointer(&ty) {
            return Err(Diagnostic::unsupported(
                "printing a fn pointer (its address differs from run to run)",
                span,
            ));
        }
        // The type behind any references, for the numeric traits.
        let base = || {
            let mut base = Ty::clone(&ty);
            while let Some(inner) = base.deref_target() {
                base = inner;
            }
            base
        };
        let undecided = super::generics::has_var(&ty);
        let (ok, trait_path) = match spec.trait_ {
            FormatTrait::Debug => (
                undecided || self.items.implements(&ty, TraitRef::Std(StdTrait::Debug)),
                "std::fmt::Debug",
            ),
            FormatTrait::Display => (
                undecided || self.items.implements(&ty, TraitRef::Std(StdTrait::Display)),
                "std::fmt::Display",
            ),
            FormatTrait::LowerExp | FormatTrait::UpperExp => (
                matches!(base(), Ty::Int(_) | Ty::IntVar(_) | Ty::Float(_) | Ty::FloatVar(_)),
                if spec.trait_ == FormatTrait::LowerExp {
                    "std::fmt::LowerExp"
                } else {
                    "std::fmt::UpperExp"
                },
            ),
            _ => (matches!(base(), Ty::Int(_) | Ty::IntVar(_)), "the formatting trait"),
        };
        if ok {
            Ok(())
        } else {
            let short = trait_path.rsplit("::").next().unwrap_or(trait_path);
            let in_generic_body = super::items::has_param(&ty);
            // rustc words `Display` and `Debug` each its own way.
            let error = match short {
                "Display" => Diagnostic::rejected("E0277", format!("`{ty}` doesn't implement `{trait_path}`"), span)
                    .with_primary_label(format!("`{ty}` cannot be formatted with the default formatter"))
                    .with_note(
                        "note: in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead",
                    ),
                "Debug" => Diagnostic::rejected("E0277", format!("`{ty}` doesn't implement `Debug`"), span)
                    .with_primary_label(format!(
                        "`{ty}` cannot be formatted using `{{:?}}` because it doesn't implement `Debug`"
                    ))
                    .with_note(format!("help: the trait `Debug` is not implemented for `{ty}`"))
                    .with_note(format!(
                        "note: add `#[derive(Debug)]` to `{ty}` or manually `impl Debug for {ty}`"
                    )),
                _ => Diagnostic::rejected("E0277", format!("`{ty}` doesn't implement `{trait_path}`"), span)
                    .with_primary_label(format!("`{ty}` cannot be formatted with the default formatter"))
                    .with_note(format!("help: the trait `{trait_path}` is not implemented for `{ty}`")),
            };
            Err(if in_generic_body {
                self.generic_error(error)
            } else {
                error
            })
        }
    }
}

/// Where `{name}` names its variable inside a one-line string literal, as
/// rustc points there; the whole literal otherwise.
fn inline_argument_span(template: &syn::LitStr, name: &str, literal: Span) -> Span {
    let raw = template.token().to_string();
    if literal.line != literal.end_line || raw.starts_with('r') {
        return literal;
    }
    match raw.find(&format!("{{{name}")) {
        Some(offset) => {
            let col = literal.col as usize + raw[..offset].chars().count() + 1;
            Span::new(literal.line, col, literal.line, col + name.chars().count())
        }
        None => literal,
    }
}

/// What a placeholder, width or precision refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    /// An argument of the macro, by position.
    Explicit(usize),
    /// A variable named in the template (`{x}`).
    Captured(String),
}

/// A template piece with its references resolved.
enum Resolved {
    Literal(String),
    Argument {
        value: Target,
        spec: FormatSpec,
        width: Option<Target>,
        precision: Option<Target>,
    },
}

/// The text rustc folds into the template for a literal argument printed
/// with `{}`: string literals, and integer literals that fit their type
/// (`i32` when unsuffixed).
fn inlined_text(expr: &syn::Expr) -> Option<String> {
    let syn::Expr::Lit(literal) = expr else {
        return None;
    };
    match &literal.lit {
        syn::Lit::Str(text) => Some(string_value(text)),
        syn::Lit::Int(int) => {
            let value: u128 = int.base10_digits().parse().ok()?;
            let max = match int.suffix() {
                "" => i32::MAX as u128,
                suffix => IntTy::from_name(suffix)?.max_u128(),
            };
            (value <= max).then(|| value.to_string())
        }
        _ => None,
    }
}

/// A formatting macro's comma-separated arguments.
/// A number, `bool`, `char` or text, or a reference to one: what most
/// arguments are, printable with `{}` and `{:?}` alike.
fn is_scalar_or_text(ty: &Ty) -> bool {
    match ty {
        Ty::Int(_) | Ty::IntVar(_) | Ty::Float(_) | Ty::FloatVar(_) | Ty::Bool | Ty::Char | Ty::String | Ty::Str => {
            true
        }
        Ty::Ref(_, inner) => is_scalar_or_text(inner),
        _ => false,
    }
}

/// A string literal's text, as [`syn::LitStr::value`] gives it: a plain
/// `"…"` with no escape or carriage return is its text between the quotes,
/// and only other literals are unescaped.
pub(super) fn string_value(literal: &syn::LitStr) -> String {
    let mut text = literal.token().to_string();
    let plain = text.len() >= 2 && text.starts_with('"') && text.ends_with('"') && !text.contains(['\\', '\r']);
    if !plain {
        return literal.value();
    }
    text.pop();
    text.remove(0);
    text
}

pub(super) fn parse_macro_args(mac: &syn::Macro) -> Result<Vec<FormatArg>> {
    if let Some(args) = super::simple_args::simple_args(&mac.tokens) {
        return Ok(args);
    }
    parse_with_syn(&mac.tokens).map_err(|err| super::super::parse_error(&err))
}

/// The arguments as `syn`'s parser reads them.
pub(super) fn parse_with_syn(tokens: &proc_macro2::TokenStream) -> syn::Result<Vec<FormatArg>> {
    let parser = Punctuated::<FormatArg, syn::Token![,]>::parse_terminated;
    Ok(parser.parse2(tokens.clone())?.into_iter().collect())
}

/// Rust's keywords (strict, reserved and `_`): one of these alone is not a
/// path expression.
pub(super) fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "_" | "as"
            | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

/// One argument of a formatting macro: `expr` or `name = expr`.
pub(super) struct FormatArg {
    pub(super) name: Option<String>,
    pub(super) expr: syn::Expr,
}

impl syn::parse::Parse for FormatArg {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        if input.peek(syn::Ident) && input.peek2(syn::Token![=]) && !input.peek2(syn::Token![==]) {
            let name: syn::Ident = input.parse()?;
            input.parse::<syn::Token![=]>()?;
            return Ok(FormatArg {
                name: Some(name.to_string()),
                expr: input.parse()?,
            });
        }
        Ok(FormatArg {
            name: None,
            expr: input.parse()?,
        })
    }
}

/// rustc's E0061: `this function takes 2 arguments but 1 argument was supplied`.
pub(super) fn argument_count_error(what: &str, expected: usize, found: usize, node: &impl Spanned) -> Diagnostic {
    Diagnostic::rejected(
        "E0061",
        format!(
            "this {what} takes {expected} argument{} but {found} argument{} supplied",
            if expected == 1 { "" } else { "s" },
            if found == 1 { " was" } else { "s were" }
        ),
        span_of(node.span()),
    )
}

/// [`argument_count_error`] unless `found` is `expected`.
pub(super) fn check_argument_count(what: &str, expected: usize, found: usize, node: &impl Spanned) -> Result<()> {
    if expected == found {
        Ok(())
    } else {
        Err(argument_count_error(what, expected, found, node))
    }
}

/// Whether a macro makes a value (see [`Lowerer::value_macro`]).
pub(super) fn is_value_macro(mac: &syn::Macro) -> bool {
    let path = &mac.path;
    path.is_ident("vec")
        || path.is_ident("format")
        || path.is_ident("matches")
        || path.is_ident("write")
        || path.is_ident("writeln")
        || path.segments.last().is_some_and(|s| s.ident == "offset_of")
}

/// Whether a macro's arguments are several, or one string literal without
/// braces: what reads the same as a format string and as a panic payload
/// (editions before 2021 take a single argument as the payload).
fn plain_message(mac: &syn::Macro) -> bool {
    let Ok(args) = mac.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated) else {
        return false;
    };
    match args.first() {
        Some(syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        })) if args.len() == 1 => !text.value().contains(['{', '}']),
        _ => args.len() > 1,
    }
}

#[cfg(test)]
mod tests {
    use super::string_value;
    use syn::visit::Visit;

    /// Every string literal of the corpora (and a few written here) reads
    /// as `syn` reads it.
    #[test]
    fn string_values_equal_syn_values() {
        struct Compare(usize);
        impl<'a> Visit<'a> for Compare {
            fn visit_lit_str(&mut self, literal: &'a syn::LitStr) {
                assert_eq!(string_value(literal), literal.value(), "{}", literal.token());
                self.0 += 1;
            }
            fn visit_macro(&mut self, mac: &'a syn::Macro) {
                if let Ok(args) = super::parse_with_syn(&mac.tokens) {
                    for arg in &args {
                        self.visit_expr(&arg.expr);
                    }
                }
            }
        }
        let mut compare = Compare(0);
        for file in crate::syntax::corpus_files() {
            compare.visit_file(&file);
        }
        let written: syn::File = syn::parse_str(
            r###"const A: [&str; 7] = ["", "a\"b", "tab\there", r"raw\n", r#"x"y"#, "suffixed"x, "two
lines"];"###,
        )
        .expect("literals");
        compare.visit_file(&written);
        assert!(compare.0 > 1000, "{} literals", compare.0);
    }
}
