//! Lifetimes in signatures and struct fields: which lifetime each reference
//! of a type has, with rustc's elision rules and its errors for lifetimes
//! that are missing (E0106, E0726) or undeclared (E0261). Types inside
//! bodies carry no lifetimes; the checker infers those.

use super::*;

/// A lifetime as written in a type.
#[derive(Debug, Clone)]
pub(super) enum Written {
    Named(String, Span),
    Static,
    /// Left out, or written `'_`.
    Elided(Span),
    /// The `n`th lifetime of `Self`.
    OfSelf(usize),
    /// A trait object's lifetime left out behind a reference: the
    /// reference's (`&'a dyn Trait` is `&'a (dyn Trait + 'a)`).
    OfReference,
    /// A trait object's lifetime left out elsewhere: `'static`
    /// (`Box<dyn Trait>`), which elision does not count as an input's.
    ObjectDefault,
}

/// The lifetimes of `ty`'s regions, in the IR's region order (see
/// [`FnLifetimes`]). `Self` has `self_count` lifetimes.
pub(super) fn written_lifetimes(
    ty: &syn::Type,
    items: &Items,
    self_count: usize,
    out: &mut Vec<Written>,
) -> Result<()> {
    match ty {
        syn::Type::Paren(inner) => written_lifetimes(&inner.elem, items, self_count, out),
        syn::Type::Group(inner) => written_lifetimes(&inner.elem, items, self_count, out),
        syn::Type::Array(array) => written_lifetimes(&array.elem, items, self_count, out),
        syn::Type::Slice(slice) => written_lifetimes(&slice.elem, items, self_count, out),
        syn::Type::Tuple(tuple) => {
            for elem in &tuple.elems {
                written_lifetimes(elem, items, self_count, out)?;
            }
            Ok(())
        }
        syn::Type::Reference(reference) => {
            out.push(match &reference.lifetime {
                Some(lifetime) => written(lifetime),
                None => Written::Elided(span_of(reference.and_token.span)),
            });
            match trait_object(&reference.elem) {
                Some(object) if object_lifetime(object).is_none() => {
                    out.push(Written::OfReference);
                    Ok(())
                }
                _ => written_lifetimes(&reference.elem, items, self_count, out),
            }
        }
        syn::Type::TraitObject(object) => {
            out.push(object_lifetime(object).map_or(Written::ObjectDefault, written));
            Ok(())
        }
        syn::Type::Path(path) if path.qself.is_none() => {
            let Some(last) = path.path.segments.last() else {
                return Ok(());
            };
            let arguments: Vec<&syn::GenericArgument> = match &last.arguments {
                syn::PathArguments::AngleBracketed(args) => args.args.iter().collect(),
                _ => Vec::new(),
            };
            if path.path.segments.len() == 1 && last.ident == "Self" {
                out.extend((0..self_count).map(Written::OfSelf));
            } else if path.path.segments.len() == 1
                && let Some(adt) = items.adts.iter().find(|adt| last.ident == adt.name)
            {
                let given: Vec<Written> = arguments
                    .iter()
                    .filter_map(|arg| match arg {
                        syn::GenericArgument::Lifetime(lifetime) => Some(written(lifetime)),
                        _ => None,
                    })
                    .collect();
                let expected = adt.lifetimes.count;
                if given.is_empty() {
                    let span = span_of(last.ident.span());
                    out.extend((0..expected).map(|_| Written::Elided(span)));
                } else if given.len() == expected {
                    out.extend(given);
                } else {
                    return unsupported("a wrong number of lifetime arguments", last);
                }
            }
            for arg in arguments {
                if let syn::GenericArgument::Type(inner) = arg {
                    written_lifetimes(inner, items, self_count, out)?;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// `ty` as a trait object type, through parentheses.
fn trait_object(ty: &syn::Type) -> Option<&syn::TypeTraitObject> {
    match ty {
        syn::Type::TraitObject(object) => Some(object),
        syn::Type::Paren(inner) => trait_object(&inner.elem),
        syn::Type::Group(inner) => trait_object(&inner.elem),
        _ => None,
    }
}

/// The lifetime bound written on a trait object (`dyn Fn() + 'a`).
fn object_lifetime(object: &syn::TypeTraitObject) -> Option<&syn::Lifetime> {
    object.bounds.iter().find_map(|bound| match bound {
        syn::TypeParamBound::Lifetime(lifetime) => Some(lifetime),
        _ => None,
    })
}

fn written(lifetime: &syn::Lifetime) -> Written {
    let span = span_of(lifetime.span());
    match lifetime.ident.to_string().as_str() {
        "static" => Written::Static,
        "_" => Written::Elided(span),
        name => Written::Named(format!("'{name}"), span),
    }
}

/// The lifetime parameters declared in `generics`.
pub(super) fn declared(generics: &syn::Generics) -> Vec<String> {
    generics
        .params
        .iter()
        .filter_map(|param| match param {
            syn::GenericParam::Lifetime(def) => Some(format!("'{}", def.lifetime.ident)),
            _ => None,
        })
        .collect()
}

/// A named lifetime as one of `names`, or rustc's E0261.
fn resolve_named(name: &str, span: Span, names: &[Option<String>]) -> Result<Region> {
    match names.iter().position(|n| n.as_deref() == Some(name)) {
        Some(index) => Ok(Region::Param(index)),
        None => Err(
            Diagnostic::rejected("E0261", format!("use of undeclared lifetime name `{name}`"), span)
                .with_primary_label("undeclared lifetime")
                .with_suggestion(format!("consider introducing lifetime `{name}` here"), Vec::new()),
        ),
    }
}

fn missing_lifetimes(spans: &[Span]) -> Diagnostic {
    let message = if spans.len() == 1 {
        "missing lifetime specifier"
    } else {
        "missing lifetime specifiers"
    };
    let mut diagnostic =
        Diagnostic::rejected("E0106", message, spans[0]).with_primary_label("expected named lifetime parameter");
    for span in &spans[1..] {
        diagnostic = diagnostic.with_label(*span, "expected named lifetime parameter");
    }
    diagnostic
}

/// The lifetimes of a struct's fields, in terms of its lifetime parameters.
pub(super) fn struct_lifetimes(item: &syn::ItemStruct, items: &Items) -> Result<AdtLifetimes> {
    let names: Vec<Option<String>> = declared(&item.generics).into_iter().map(Some).collect();
    let mut fields = Vec::new();
    for field in &item.fields {
        let mut found = Vec::new();
        written_lifetimes(&field.ty, items, 0, &mut found)?;
        let elided: Vec<Span> = found
            .iter()
            .filter_map(|w| match w {
                Written::Elided(span) => Some(*span),
                _ => None,
            })
            .collect();
        if !elided.is_empty() {
            return Err(missing_lifetimes(&elided)
                .with_suggestion("consider introducing a named lifetime parameter", Vec::new()));
        }
        let mut regions: Vec<Region> = Vec::new();
        for w in found {
            regions.push(match w {
                Written::Named(name, span) => resolve_named(&name, span, &names)?,
                Written::OfReference => regions.last().copied().unwrap_or(Region::Static),
                Written::Static | Written::Elided(_) | Written::OfSelf(_) | Written::ObjectDefault => Region::Static,
            });
        }
        fields.push(regions);
    }
    Ok(AdtLifetimes {
        count: names.len(),
        fields,
    })
}

/// The lifetimes `Self` has inside an `impl` block (`impl<'a> Excerpt<'a>`),
/// or rustc's E0726 when the struct's lifetimes are left out.
pub(super) fn impl_self_lifetimes(item: &syn::ItemImpl, adt: &AdtDef) -> Result<Vec<Written>> {
    let syn::Type::Path(path) = &*item.self_ty else {
        return Ok(Vec::new());
    };
    let Some(last) = path.path.segments.last() else {
        return Ok(Vec::new());
    };
    let given: Vec<Written> = match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|arg| match arg {
                syn::GenericArgument::Lifetime(lifetime) => Some(written(lifetime)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if given.len() == adt.lifetimes.count {
        return Ok(given);
    }
    if given.is_empty() {
        return Err(Diagnostic::rejected(
            "E0726",
            "implicit elided lifetime not allowed here",
            span_of(last.ident.span()),
        )
        .with_primary_label("expected lifetime parameter")
        .with_suggestion(
            "indicate the anonymous lifetime",
            vec![(end_point(span_of(last.ident.span())), "<'_>".to_string())],
        ));
    }
    unsupported("a wrong number of lifetime arguments", last)
}

/// A function's lifetimes: declared ones (the `impl` block's first), one
/// per elided input lifetime, and the output's after rustc's elision rules.
pub(super) fn fn_lifetimes(
    sig: &syn::Signature,
    impl_block: Option<&syn::ItemImpl>,
    self_adt: Option<&AdtDef>,
    items: &Items,
) -> Result<FnLifetimes> {
    let mut names: Vec<Option<String>> = Vec::new();
    let mut self_written = Vec::new();
    if let Some(item) = impl_block {
        names.extend(declared(&item.generics).into_iter().map(Some));
        if let Some(adt) = self_adt {
            self_written = impl_self_lifetimes(item, adt)?;
        }
    }
    names.extend(declared(&sig.generics).into_iter().map(Some));
    let fresh = |names: &mut Vec<Option<String>>| {
        names.push(None);
        Region::Param(names.len() - 1)
    };
    // `Self`'s lifetimes are resolved once, so that every mention agrees.
    let mut self_regions = Vec::new();
    for w in &self_written {
        self_regions.push(match w {
            Written::Named(name, span) => resolve_named(name, *span, &names)?,
            Written::Elided(_) => fresh(&mut names),
            Written::Static | Written::OfSelf(_) | Written::OfReference | Written::ObjectDefault => Region::Static,
        });
    }
    let self_count = self_regions.len();
    let mut inputs = Vec::new();
    // Per parameter: its number of lifetimes, for E0106.
    let mut described: Vec<(&syn::FnArg, usize)> = Vec::new();
    let mut self_borrow = None;
    let mut elided_inputs = Vec::new();
    // The input lifetimes elision counts: not a trait object's default.
    let mut counted: Vec<Region> = Vec::new();
    for input in &sig.inputs {
        let counted_before = counted.len();
        let mut found = Vec::new();
        match input {
            syn::FnArg::Receiver(receiver) => {
                if let syn::ReceiverKind::Reference(and, lifetime, _) = &receiver.kind {
                    found.push(match lifetime {
                        Some(lifetime) => written(lifetime),
                        None => Written::Elided(span_of(and.span)),
                    });
                }
                found.extend((0..self_count).map(Written::OfSelf));
            }
            syn::FnArg::Typed(typed) => written_lifetimes(&typed.ty, items, self_count, &mut found)?,
        }
        let mut regions = Vec::new();
        for w in found {
            let region = match w {
                Written::Named(name, span) => resolve_named(&name, span, &names)?,
                Written::Static => Region::Static,
                Written::Elided(span) => {
                    elided_inputs.push(span);
                    fresh(&mut names)
                }
                Written::OfSelf(n) => self_regions[n],
                Written::OfReference => regions.last().copied().unwrap_or(Region::Static),
                Written::ObjectDefault => {
                    regions.push(Region::Static);
                    continue;
                }
            };
            counted.push(region);
            regions.push(region);
        }
        if let syn::FnArg::Receiver(receiver) = input
            && matches!(receiver.kind, syn::ReceiverKind::Reference(..))
        {
            self_borrow = regions.first().copied();
        }
        described.push((input, counted.len() - counted_before));
        inputs.push(regions);
    }
    let mut output = Vec::new();
    if let syn::ReturnType::Type(_, ty) = &sig.output {
        let mut found = Vec::new();
        written_lifetimes(ty, items, self_count, &mut found)?;
        let mut distinct: Vec<Region> = Vec::new();
        for region in &counted {
            if !distinct.contains(region) {
                distinct.push(*region);
            }
        }
        let elided_to = self_borrow.or(match distinct[..] {
            [only] => Some(only),
            _ => None,
        });
        let mut missing = Vec::new();
        for w in found {
            output.push(match w {
                Written::Named(name, span) => resolve_named(&name, span, &names)?,
                Written::Static | Written::ObjectDefault => Region::Static,
                Written::OfSelf(n) => self_regions[n],
                Written::OfReference => output.last().copied().unwrap_or(Region::Static),
                Written::Elided(span) => match elided_to {
                    Some(region) => region,
                    None => {
                        missing.push(span);
                        Region::Static
                    }
                },
            });
        }
        if !missing.is_empty() {
            let edits = name_the_lifetime(sig, &names, elided_inputs.iter().chain(&missing));
            return Err(missing_in_output(&missing, &described).with_suggestion(
                if described.iter().any(|(_, n)| *n > 0) {
                    "consider introducing a named lifetime parameter"
                } else {
                    "consider using the `'static` lifetime, but this is uncommon unless you're returning a borrowed value from a `const` or a `static`"
                },
                if described.iter().any(|(_, n)| *n > 0) { edits } else { Vec::new() },
            ));
        }
    }
    let mut bounds = Vec::new();
    let generics = impl_block.map(|item| &item.generics).into_iter().chain([&sig.generics]);
    for generics in generics {
        let mut declared_bounds: Vec<(&syn::Lifetime, &syn::Lifetime)> = Vec::new();
        for param in &generics.params {
            if let syn::GenericParam::Lifetime(def) = param {
                declared_bounds.extend(def.bounds.iter().map(|b| (&def.lifetime, b)));
            }
        }
        if let Some(clause) = &generics.where_clause {
            for predicate in &clause.predicates {
                if let syn::WherePredicate::Lifetime(predicate) = predicate {
                    declared_bounds.extend(predicate.bounds.iter().map(|b| (&predicate.lifetime, b)));
                }
            }
        }
        for (longer, shorter) in declared_bounds {
            let region = |lifetime: &syn::Lifetime| match written(lifetime) {
                Written::Named(name, span) => resolve_named(&name, span, &names),
                _ => Ok(Region::Static),
            };
            if let (Region::Param(a), Region::Param(b)) = (region(longer)?, region(shorter)?) {
                bounds.push((a, b));
            }
        }
    }
    Ok(FnLifetimes {
        params: names,
        inputs,
        output,
        bounds,
    })
}

/// E0106 for a return type whose lifetime elision cannot decide, from each
/// parameter and its number of lifetimes.
fn missing_in_output(missing: &[Span], inputs: &[(&syn::FnArg, usize)]) -> Diagnostic {
    let mut diagnostic = missing_lifetimes(missing);
    // Each parameter's name and the span of its type.
    let with_lifetimes: Vec<(String, Span, usize)> = (inputs.iter().filter(|(_, n)| *n > 0))
        .map(|(input, n)| match input {
            syn::FnArg::Receiver(receiver) => ("self".to_string(), span_of(receiver.span()), *n),
            syn::FnArg::Typed(typed) => {
                let name = match &*typed.pat {
                    syn::Pat::Ident(ident) => ident.ident.to_string(),
                    _ => "argument".to_string(),
                };
                (name, span_of(typed.ty.span()), *n)
            }
        })
        .collect();
    for (_, span, _) in &with_lifetimes {
        diagnostic = diagnostic.with_label(*span, "");
    }
    let why = match &with_lifetimes[..] {
        [] => "there is no value for it to be borrowed from".to_string(),
        [(name, _, n)] => {
            format!("the signature does not say which one of `{name}`'s {n} lifetimes it is borrowed from")
        }
        _ => {
            let names: Vec<String> = with_lifetimes.iter().map(|(n, _, _)| format!("`{n}`")).collect();
            let (last, rest) = names.split_last().unwrap_or((&names[0], &[]));
            if rest.len() == 1 {
                format!(
                    "the signature does not say whether it is borrowed from {} or {last}",
                    rest[0]
                )
            } else {
                format!(
                    "the signature does not say whether it is borrowed from {}, or {last}",
                    rest.join(", ")
                )
            }
        }
    };
    diagnostic.with_note(format!(
        "help: this function's return type contains a borrowed value, but {why}"
    ))
}

/// rustc's edits declaring `'a` on the function and writing it after each
/// elided `&`; none when a lifetime hides in a path or `'a` is taken.
fn name_the_lifetime<'s>(
    sig: &syn::Signature,
    names: &[Option<String>],
    elided: impl Iterator<Item = &'s Span>,
) -> Vec<(Span, String)> {
    let elided: Vec<&Span> = elided.collect();
    let all_ampersands = elided.iter().all(|s| s.line == s.end_line && s.end_col == s.col + 1);
    if !all_ampersands || names.iter().any(|n| n.as_deref() == Some("'a")) {
        return Vec::new();
    }
    let declare = match &sig.generics.lt_token {
        Some(lt) => (end_point(span_of(lt.span)), "'a, ".to_string()),
        None => (end_point(span_of(sig.ident.span())), "<'a>".to_string()),
    };
    std::iter::once(declare)
        .chain(elided.into_iter().map(|s| (end_point(*s), "'a ".to_string())))
        .collect()
}

fn end_point(span: Span) -> Span {
    Span::point(span.end_line, span.end_col)
}

/// The lifetimes of an instance of a generic function. Each region inside a
/// type argument is one more lifetime parameter of the instance, shared by
/// every mention of that type parameter (as rustc treats the regions of a
/// type argument).
pub(super) fn instantiate(
    template: &FnLifetimes,
    param_tys: &[Ty],
    ret: &Ty,
    args: &[Ty],
    adts: &[AdtDef],
) -> FnLifetimes {
    let mut params = template.params.clone();
    let arg_regions: Vec<Vec<Region>> = args
        .iter()
        .map(|arg| {
            (0..region_count(arg, adts))
                .map(|_| {
                    params.push(None);
                    Region::Param(params.len() - 1)
                })
                .collect()
        })
        .collect();
    let expand = |ty: &Ty, written: &[Region]| {
        let mut out = Vec::new();
        substitute_regions(ty, &mut written.iter().copied(), &arg_regions, adts, &mut out);
        out
    };
    FnLifetimes {
        inputs: param_tys
            .iter()
            .zip(&template.inputs)
            .map(|(ty, written)| expand(ty, written))
            .collect(),
        output: expand(ret, &template.output),
        params,
        bounds: template.bounds.clone(),
    }
}

/// The lifetimes of an instance of a generic struct (which has none of its
/// own): the regions of its type arguments, in order.
pub(super) fn instance_struct_lifetimes(
    template_fields: &[(String, Ty)],
    args: &[Ty],
    adts: &[AdtDef],
) -> AdtLifetimes {
    let mut count = 0;
    let arg_regions: Vec<Vec<Region>> = args
        .iter()
        .map(|arg| {
            let n = region_count(arg, adts);
            count += n;
            (count - n..count).map(Region::Param).collect()
        })
        .collect();
    let fields = template_fields
        .iter()
        .map(|(_, ty)| {
            let mut out = Vec::new();
            substitute_regions(ty, &mut std::iter::empty(), &arg_regions, adts, &mut out);
            out
        })
        .collect();
    AdtLifetimes { count, fields }
}

/// The regions of a template type with `Param`s, in the IR's region order:
/// the template's own regions where it has references, a type argument's
/// where it names a parameter.
fn substitute_regions(
    ty: &Ty,
    written: &mut impl Iterator<Item = Region>,
    args: &[Vec<Region>],
    adts: &[AdtDef],
    out: &mut Vec<Region>,
) {
    match ty {
        Ty::Param(index, _) => out.extend(args.get(*index as usize).into_iter().flatten().copied()),
        Ty::Ref(_, inner) | Ty::Shared(SharedTy::Ref | SharedTy::RefMut, inner) => {
            out.push(written.next().unwrap_or(Region::Static));
            substitute_regions(inner, written, args, adts, out);
        }
        Ty::Box(inner)
        | Ty::Vec(inner)
        | Ty::Shared(_, inner)
        | Ty::Array(inner, _)
        | Ty::Slice(inner)
        | Ty::Option(inner) => substitute_regions(inner, written, args, adts, out),
        Ty::Tuple(items) | Ty::GenericAdt(_, _, items) => {
            for item in items {
                substitute_regions(item, written, args, adts, out);
            }
        }
        Ty::Result(ok, err) => {
            substitute_regions(ok, written, args, adts, out);
            substitute_regions(err, written, args, adts, out);
        }
        Ty::Adt(id, _) => {
            let count = adts.get(*id).map_or(0, |adt| adt.lifetimes.count);
            out.extend((0..count).map(|_| written.next().unwrap_or(Region::Static)));
        }
        Ty::Dyn(_) => out.push(written.next().unwrap_or(Region::Static)),
        _ => {}
    }
}
