//! Macro statements (printing, panics) and their format arguments.

use super::*;

impl Lowerer<'_> {
    // ---- macros ---------------------------------------------------------

    pub(super) fn lower_macro_statement(&mut self, mac: &syn::Macro) -> Result<()> {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        let span = span_of(mac.span());
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
                    self.lower_format_args(mac)?
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
                    let mut format = self.lower_format_args(mac)?;
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
            _ => unsupported(format!("the macro `{name}!`"), mac),
        }
    }

    pub(super) fn lower_format_args(&mut self, mac: &syn::Macro) -> Result<Format> {
        let parser = Punctuated::<FormatArg, syn::Token![,]>::parse_terminated;
        let parsed = parser
            .parse2(mac.tokens.clone())
            .map_err(|err| super::super::parse_error(&err))?;
        let mut parsed = parsed.into_iter();
        let Some(FormatArg {
            name: None,
            expr:
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(template),
                    ..
                }),
        }) = parsed.next()
        else {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                "format argument must be a string literal",
                span_of(mac.span()),
            ));
        };
        let template_span = span_of(template.span());
        let raw = super::super::format::parse(&template.value()).map_err(|message| {
            let kind = if message.starts_with("unsupported") {
                DiagKind::Unsupported
            } else {
                DiagKind::Rejected
            };
            Diagnostic::new(kind, message, template_span)
        })?;
        let explicit: Vec<FormatArg> = parsed.collect();
        let mut format = Format::default();
        // Explicit arguments first, in order; captured variables appended.
        for arg in &explicit {
            let (place, ty) = if is_place_expr(&arg.expr) {
                self.as_place(&arg.expr)?
            } else {
                self.as_temp_place(&arg.expr, None)?
            };
            format.args.push(place);
            format.arg_tys.push(ty);
            format.arg_spans.push(span_of(arg.expr.span()));
        }
        let mut used = vec![false; explicit.len()];
        let mut next_positional = 0;
        for piece in raw {
            match piece {
                RawPiece::Literal(text) => format.pieces.push(FormatPiece::Literal(text)),
                RawPiece::Argument { arg, spec } => {
                    let index = match arg {
                        ArgRef::Next => {
                            next_positional += 1;
                            next_positional - 1
                        }
                        ArgRef::Index(i) => i,
                        ArgRef::Name(name) => {
                            match explicit
                                .iter()
                                .position(|a| a.name.as_ref().is_some_and(|n| *n == name))
                            {
                                Some(i) => i,
                                None => {
                                    let path: syn::Expr =
                                        syn::parse_str(&name).map_err(|err| super::super::parse_error(&err))?;
                                    let (place, ty) = self.as_place(&path).map_err(|d| Diagnostic {
                                        span: template_span,
                                        ..d
                                    })?;
                                    format.args.push(place);
                                    format.arg_tys.push(ty);
                                    format
                                        .arg_spans
                                        .push(inline_argument_span(&template, &name, template_span));
                                    used.push(true);
                                    format.args.len() - 1
                                }
                            }
                        }
                    };
                    if index >= format.args.len() {
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
                            template_span,
                        ));
                    }
                    used[index] = true;
                    self.check_formattable(&format.arg_tys[index], &spec, format.arg_spans[index])?;
                    format.pieces.push(FormatPiece::Argument { index, spec });
                }
            }
        }
        if let Some(unused) = used.iter().position(|u| !u) {
            return Err(Diagnostic::new(
                DiagKind::Rejected,
                "argument never used",
                format.arg_spans[unused],
            ));
        }
        Ok(format)
    }

    /// Whether every struct inside `ty` derives `Debug`.
    pub(super) fn derives_debug(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Adt(adt, _) => self.items.adts[*adt].derives.debug,
            Ty::Tuple(fields) => fields.iter().all(|f| self.derives_debug(f)),
            Ty::Ref(_, inner) | Ty::Box(inner) | Ty::Vec(inner) | Ty::Option(inner) => self.derives_debug(inner),
            Ty::Result(ok, err) => self.derives_debug(ok) && self.derives_debug(err),
            _ => true,
        }
    }

    /// Rejects printing a value with a trait its type does not implement.
    pub(super) fn check_formattable(&mut self, ty: &Ty, spec: &FormatSpec, span: Span) -> Result<()> {
        let ty = self.infer.resolve(ty);
        let mut base = &ty;
        while let Ty::Ref(_, inner) | Ty::Box(inner) = base {
            base = inner;
        }
        let (ok, trait_path) = match spec.trait_ {
            FormatTrait::Debug => (self.derives_debug(&ty), "std::fmt::Debug"),
            FormatTrait::Display => (
                matches!(
                    base,
                    Ty::Int(_) | Ty::IntVar(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::String
                ),
                "std::fmt::Display",
            ),
            FormatTrait::LowerExp => (false, "std::fmt::LowerExp"),
            _ => (matches!(base, Ty::Int(_) | Ty::IntVar(_)), "the formatting trait"),
        };
        if ok {
            Ok(())
        } else {
            let short = trait_path.rsplit("::").next().unwrap_or(trait_path);
            Err(
                Diagnostic::rejected("E0277", format!("`{ty}` doesn't implement `{trait_path}`"), span)
                    .with_primary_label(format!("`{ty}` cannot be formatted with the default formatter"))
                    .with_note(format!("help: the trait `{trait_path}` is not implemented for `{ty}`"))
                    .with_note(if short == "Display" {
                        "note: in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead"
                            .to_string()
                    } else {
                        format!("note: `{ty}` does not implement `{short}`")
                    }),
            )
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
            let col = literal.col + raw[..offset].chars().count() + 1;
            Span::new(literal.line, col, literal.line, col + name.chars().count())
        }
        None => literal,
    }
}

/// One argument of a formatting macro: `expr` or `name = expr`.
pub(super) struct FormatArg {
    name: Option<String>,
    expr: syn::Expr,
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
