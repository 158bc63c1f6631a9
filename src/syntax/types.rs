//! Type expressions and `struct`/`enum`/`union` definitions, read with `syn`
//! into the layout engine's own datatypes (`crate::layout::model`).

use crate::layout::model::{AdtDef, AdtKind, Defs, FieldDef, FloatKind, IntKind, Repr, TypeExpr, VariantDef};

/// Deeper bracket nesting is refused before parsing: the recursive-descent
/// parser would exhaust a 2 MiB thread stack in debug builds not far above this.
const MAX_NESTING: usize = 24;

fn check_nesting(text: &str) -> Result<(), String> {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '<' | '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err(format!(
                        "cannot parse: brackets are nested more than {MAX_NESTING} deep"
                    ));
                }
            }
            '>' | ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Parses a type expression such as `Option<Vec<u8>>` or `&'a [u32]`.
pub fn parse_type_expr(text: &str) -> Result<TypeExpr, String> {
    check_nesting(text)?;
    super::releasing_spans(|| {
        let ty: syn::Type = syn::parse_str(text).map_err(|err| format!("cannot parse type `{text}`: {err}"))?;
        type_expr(&ty)
    })
}

/// Reads every `struct`, `enum` and `union` item of `source` (other items are
/// skipped; nested modules are searched too).
pub fn parse_defs(source: &str) -> Result<Defs, String> {
    check_nesting(source)?;
    super::releasing_spans(|| {
        let file = syn::parse_file(source).map_err(|err| format!("cannot parse definitions: {err}"))?;
        defs_of_file(&file)
    })
}

/// The type definitions of an already parsed file.
pub fn defs_of_file(file: &syn::File) -> Result<Defs, String> {
    let mut defs = Defs::new();
    collect_items(&file.items, &mut defs)?;
    Ok(defs)
}

/// Adds the layout definitions of `items` (structs, unions and enums).
pub(crate) fn collect_items(items: &[syn::Item], defs: &mut Defs) -> Result<(), String> {
    for item in items {
        match item {
            syn::Item::Struct(item) => {
                let fields = fields(&item.fields)?;
                defs.insert(adt(&item.ident, &item.generics, &item.attrs, AdtKind::Struct(fields))?);
            }
            syn::Item::Union(item) => {
                let fields = fields(&syn::Fields::Named(item.fields.clone()))?;
                defs.insert(adt(&item.ident, &item.generics, &item.attrs, AdtKind::Union(fields))?);
            }
            syn::Item::Enum(item) => {
                let mut variants = Vec::with_capacity(item.variants.len());
                for variant in &item.variants {
                    let discriminant = match &variant.discriminant {
                        Some((_, expr)) => Some(eval_discriminant(expr)?),
                        None => None,
                    };
                    variants.push(VariantDef {
                        name: variant.ident.to_string(),
                        fields: fields(&variant.fields)?,
                        discriminant,
                    });
                }
                defs.insert(adt(&item.ident, &item.generics, &item.attrs, AdtKind::Enum(variants))?);
            }
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &module.content {
                    collect_items(items, defs)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn adt(
    ident: &syn::Ident,
    generics: &syn::Generics,
    attrs: &[syn::Attribute],
    kind: AdtKind,
) -> Result<AdtDef, String> {
    let name = ident.to_string();
    let mut params = Vec::new();
    let mut maybe_unsized_params = Vec::new();
    for param in &generics.params {
        match param {
            syn::GenericParam::Type(param) => {
                let param_name = param.ident.to_string();
                if bounds_relax_sized(&param.bounds) {
                    maybe_unsized_params.push(param_name.clone());
                }
                params.push(param_name);
            }
            syn::GenericParam::Lifetime(_) => {}
            syn::GenericParam::Const(_) => {
                return Err(format!(
                    "cannot lay out `{name}`: const generic parameters are not supported"
                ));
            }
        }
    }
    if let Some(where_clause) = &generics.where_clause {
        for predicate in &where_clause.predicates {
            if let syn::WherePredicate::Type(predicate) = predicate
                && bounds_relax_sized(&predicate.bounds)
                && let Ok(TypeExpr::Path { name: bounded, .. }) = type_expr(&predicate.bounded_ty)
            {
                maybe_unsized_params.push(bounded);
            }
        }
    }
    Ok(AdtDef {
        repr: repr(&name, attrs)?,
        name,
        params,
        maybe_unsized_params,
        kind,
    })
}

fn bounds_relax_sized(bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>) -> bool {
    bounds
        .iter()
        .any(|bound| matches!(bound, syn::TypeParamBound::Trait(trait_bound) if trait_bound.maybe.is_some()))
}

fn repr(name: &str, attrs: &[syn::Attribute]) -> Result<Repr, String> {
    let mut repr = Repr::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("repr")) {
        attr.parse_nested_meta(|meta| {
            let Some(ident) = meta.path.get_ident() else {
                return Err(meta.error("unknown repr"));
            };
            let word = ident.to_string();
            let parenthesised_number = |meta: &syn::meta::ParseNestedMeta<'_>| -> syn::Result<u64> {
                let content;
                syn::parenthesized!(content in meta.input);
                let literal: syn::LitInt = content.parse()?;
                literal.base10_parse::<u64>()
            };
            match word.as_str() {
                "C" => repr.c = true,
                "transparent" => repr.transparent = true,
                "packed" => {
                    let pack = if meta.input.peek(syn::token::Paren) {
                        parenthesised_number(&meta)?
                    } else {
                        1
                    };
                    repr.pack = Some(repr.pack.map_or(pack, |old: u64| old.min(pack)));
                }
                "align" => {
                    let align = parenthesised_number(&meta)?;
                    repr.align = Some(repr.align.map_or(align, |old: u64| old.max(align)));
                }
                other => match IntKind::from_name(other) {
                    Some(int) => repr.int = Some(int),
                    None => return Err(meta.error(format!("unknown repr `{other}`"))),
                },
            }
            Ok(())
        })
        .map_err(|err| format!("cannot read `#[repr]` of `{name}`: {err}"))?;
    }
    for value in [repr.pack, repr.align].into_iter().flatten() {
        if !value.is_power_of_two() {
            return Err(format!("`#[repr]` of `{name}`: {value} is not a power of two"));
        }
        // rustc's limit on alignment.
        if value > 1 << 29 {
            return Err(format!("`#[repr]` of `{name}`: {value} is larger than 2^29"));
        }
    }
    Ok(repr)
}

fn fields(fields: &syn::Fields) -> Result<Vec<FieldDef>, String> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let name = field
                .ident
                .as_ref()
                .map_or_else(|| index.to_string(), ToString::to_string);
            Ok(FieldDef {
                name,
                ty: type_expr(&field.ty)?,
            })
        })
        .collect()
}

/// Discriminants: integer literals combined with `-`, `+`, `*`, `<<`, `|`.
fn eval_discriminant(expr: &syn::Expr) -> Result<i128, String> {
    let unsupported = || format!("cannot evaluate discriminant `{}`", quote::quote!(#expr));
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(literal),
            ..
        }) => literal.base10_parse::<i128>().map_err(|_| unsupported()),
        syn::Expr::Paren(inner) => eval_discriminant(&inner.expr),
        syn::Expr::Group(inner) => eval_discriminant(&inner.expr),
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr,
            ..
        }) => eval_discriminant(expr)?.checked_neg().ok_or_else(unsupported),
        syn::Expr::Binary(binary) => {
            let (left, right) = (eval_discriminant(&binary.left)?, eval_discriminant(&binary.right)?);
            match binary.op {
                syn::BinOp::Add(_) => left.checked_add(right),
                syn::BinOp::Sub(_) => left.checked_sub(right),
                syn::BinOp::Mul(_) => left.checked_mul(right),
                syn::BinOp::BitOr(_) => Some(left | right),
                syn::BinOp::Shl(_) => u32::try_from(right).ok().and_then(|shift| left.checked_shl(shift)),
                _ => None,
            }
            .ok_or_else(unsupported)
        }
        _ => Err(unsupported()),
    }
}

fn type_expr(ty: &syn::Type) -> Result<TypeExpr, String> {
    let unsupported = || {
        format!(
            "cannot lay out type `{}`: this kind of type is not supported",
            quote::quote!(#ty)
        )
    };
    Ok(match ty {
        syn::Type::Paren(inner) => type_expr(&inner.elem)?,
        syn::Type::Group(inner) => type_expr(&inner.elem)?,
        syn::Type::Never(_) => TypeExpr::Never,
        syn::Type::Tuple(tuple) => TypeExpr::Tuple(tuple.elems.iter().map(type_expr).collect::<Result<_, _>>()?),
        syn::Type::Slice(slice) => TypeExpr::Slice(Box::new(type_expr(&slice.elem)?)),
        syn::Type::Array(array) => {
            let len = match &array.len {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(literal),
                    ..
                }) => literal.base10_parse::<u64>().map_err(|err| err.to_string())?,
                other => {
                    return Err(format!(
                        "cannot lay out an array of length `{}`: only literal lengths are supported",
                        quote::quote!(#other)
                    ));
                }
            };
            TypeExpr::Array(Box::new(type_expr(&array.elem)?), len)
        }
        syn::Type::Reference(reference) => TypeExpr::Ref {
            mutable: reference.mutability.is_some(),
            pointee: Box::new(type_expr(&reference.elem)?),
        },
        syn::Type::Ptr(pointer) => TypeExpr::RawPtr {
            mutable: matches!(pointer.mutability, syn::PointerMutability::Mut(_)),
            pointee: Box::new(type_expr(&pointer.elem)?),
        },
        syn::Type::FnPtr(_) => TypeExpr::FnPtr,
        syn::Type::TraitObject(object) => {
            let name = object
                .bounds
                .iter()
                .find_map(|bound| match bound {
                    syn::TypeParamBound::Trait(trait_bound) => trait_bound
                        .path
                        .segments
                        .last()
                        .map(|segment| segment.ident.to_string()),
                    _ => None,
                })
                .unwrap_or_else(|| "Trait".to_string());
            TypeExpr::Dyn(name)
        }
        syn::Type::Path(path) if path.qself.is_none() => {
            let Some(segment) = path.path.segments.last() else {
                return Err(unsupported());
            };
            let name = segment.ident.to_string();
            let mut args = Vec::new();
            if let syn::PathArguments::AngleBracketed(angle) = &segment.arguments {
                for arg in &angle.args {
                    match arg {
                        syn::GenericArgument::Type(arg) => args.push(type_expr(arg)?),
                        syn::GenericArgument::Lifetime(_) => {}
                        _ => return Err(unsupported()),
                    }
                }
            } else if !segment.arguments.is_empty() {
                return Err(unsupported());
            }
            if args.is_empty() && path.path.segments.len() == 1 {
                if let Some(int) = IntKind::from_name(&name) {
                    return Ok(TypeExpr::Int(int));
                }
                match name.as_str() {
                    "bool" => return Ok(TypeExpr::Bool),
                    "char" => return Ok(TypeExpr::Char),
                    "str" => return Ok(TypeExpr::Str),
                    "f32" => return Ok(TypeExpr::Float(FloatKind::F32)),
                    "f64" => return Ok(TypeExpr::Float(FloatKind::F64)),
                    _ => {}
                }
            }
            TypeExpr::Path { name, args }
        }
        _ => return Err(unsupported()),
    })
}
