//! Enums: definitions, `use Enum::*`, variant paths, constructors and
//! `as` casts of field-less enums.

use super::macros::argument_count_error;
use super::*;
use std::rc::Rc;

/// An enum's name, derives and representation; its variants are read later.
pub(super) fn enum_header(item: &syn::ItemEnum) -> Result<AdtDef> {
    if item.generics.lifetimes().next().is_some() || item.generics.const_params().next().is_some() {
        return unsupported("enums with lifetime or const parameters", &item.generics);
    }
    let derives = derives_of(&item.attrs)?;
    if derives.default {
        return unsupported("`#[derive(Default)]` on enums", item);
    }
    for attr in item.attrs.iter().filter(|attr| attr.path().is_ident("repr")) {
        let mut integer = true;
        attr.parse_nested_meta(|meta| {
            integer &= meta
                .path
                .get_ident()
                .is_some_and(|i| IntTy::from_name(&i.to_string()).is_some());
            Ok(())
        })
        .map_err(|err| super::super::parse_error(&err))?;
        if !integer {
            return unsupported("`#[repr]` other than an integer type on enums", attr);
        }
    }
    if item.variants.is_empty() {
        return unsupported("enums without variants", item);
    }
    Ok(AdtDef {
        name: item.ident.to_string(),
        kind: StructKind::Named,
        fields: Vec::new(),
        derives,
        drop_impl: None,
        lifetimes: AdtLifetimes::default(),
        // Filled in once every type name is known.
        enum_variants: Some(Vec::new()),
    })
}

/// The variants of a generic enum, with its type parameters as `Param`s,
/// and the bounds of those parameters.
pub(super) fn generic_enum_variants(
    item: &syn::ItemEnum,
    items: &Items,
) -> Result<(Vec<VariantDef>, Vec<Vec<super::items::TraitRef>>)> {
    let mut types = Lowerer::new(&[], items, false);
    let bounds = types.enter_generics(&item.generics)?;
    let variants = variants_with(&mut types, item)?;
    Ok((variants, bounds.into_iter().map(|p| p.bounds).collect()))
}

/// The variants of an enum, with field types and discriminants (the
/// previous one plus one when not written, starting at 0).
pub(super) fn enum_variants(item: &syn::ItemEnum, items: &Items) -> Result<Vec<VariantDef>> {
    variants_with(&mut Lowerer::new(&[], items, false), item)
}

fn variants_with(types: &mut Lowerer, item: &syn::ItemEnum) -> Result<Vec<VariantDef>> {
    let mut next = 0i128;
    let mut variants = Vec::new();
    for variant in &item.variants {
        let (kind, fields) = types.lower_fields(&variant.fields)?;
        let discriminant = match &variant.discriminant {
            Some((_, expr)) => discriminant_value(expr)?,
            None => next,
        };
        next = discriminant.wrapping_add(1);
        variants.push(VariantDef {
            name: variant.ident.to_string(),
            kind,
            fields,
            discriminant,
        });
    }
    Ok(variants)
}

/// An explicit discriminant: an integer literal, possibly negated.
fn discriminant_value(expr: &syn::Expr) -> Result<i128> {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => int
            .base10_parse::<i128>()
            .or_else(|_| unsupported("this discriminant", expr)),
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr: inner,
            ..
        }) => Ok(-discriminant_value(inner)?),
        syn::Expr::Paren(paren) => discriminant_value(&paren.expr),
        other => unsupported("discriminants other than integer literals", other),
    }
}

/// `use Shape::*;`, `use Shape::{Circle, Square};`, `use self::Shape::Circle;`.
pub(super) fn import_variants(item: &syn::ItemUse, items: &mut Items) -> Result<()> {
    let mut tree = &item.tree;
    while let syn::UseTree::Path(path) = tree {
        if path.ident != "self" && path.ident != "crate" {
            break;
        }
        tree = &path.tree;
    }
    let decline = || {
        unsupported(
            "`use` of something other than std items and the program's enum variants",
            item,
        )
    };
    let syn::UseTree::Path(path) = tree else {
        return decline();
    };
    let Some(adt) = items
        .adts
        .iter()
        .position(|adt| path.ident == adt.name && adt.enum_variants.is_some())
    else {
        return decline();
    };
    let names: Vec<String> = items.adts[adt]
        .enum_variants
        .iter()
        .flatten()
        .map(|v| v.name.clone())
        .collect();
    let mut wanted = Vec::new();
    let leaves: Vec<&syn::UseTree> = match &*path.tree {
        syn::UseTree::Group(group) => group.items.iter().collect(),
        other => vec![other],
    };
    for leaf in leaves {
        match leaf {
            syn::UseTree::Glob(_) => wanted.extend(names.iter().cloned()),
            syn::UseTree::Name(name) => {
                let name = name.ident.to_string();
                if !names.contains(&name) {
                    return Err(Diagnostic::rejected(
                        "E0432",
                        format!("unresolved import `{}::{name}`", items.adts[adt].name),
                        span_of(leaf.span()),
                    ));
                }
                wanted.push(name);
            }
            other => return unsupported("this kind of `use`", other),
        }
    }
    for name in wanted {
        let index = names.iter().position(|n| *n == name).unwrap_or_default();
        items.imported_variants.push((name, adt, index));
    }
    Ok(())
}

/// An enum variant named by a path, with the enum's type (the type
/// arguments of `Option` and `Result` left to inference).
pub(super) struct VariantRef {
    pub ty: Ty,
    pub index: usize,
    pub def: VariantDef,
}

impl Lowerer<'_> {
    /// The variant a path names: `Some`, `Option::None`, `Shape::Circle`,
    /// `Self::Circle`, or a variant brought in by `use Shape::*`.
    pub(super) fn variant_by_path(&mut self, path: &syn::Path) -> Option<VariantRef> {
        // Most paths called are functions: a single name that is no variant
        // in scope is decided without copying it.
        if path.segments.len() == 1
            && let Some(segment) = path.segments.first()
        {
            let ident = &segment.ident;
            let imported = self.items.imported_variants.iter().any(|(n, ..)| ident == n);
            if !imported && !["Some", "None", "Ok", "Err"].iter().any(|name| ident == name) {
                return None;
            }
        }
        let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let std_enum = |name: &str| matches!(name, "Option" | "Result");
        let (enum_name, variant) = match names.as_slice() {
            [variant] => {
                if let Some(&(_, adt, index)) = self.items.imported_variants.iter().find(|(n, ..)| n == variant) {
                    let def = &self.items.adts[adt];
                    return Some(VariantRef {
                        ty: Ty::Adt(adt, def.name.as_str().into()),
                        index,
                        def: def.enum_variants.as_ref()?.get(index)?.clone(),
                    });
                }
                match *variant {
                    "Some" | "None" => ("Option", *variant),
                    "Ok" | "Err" => ("Result", *variant),
                    _ => return None,
                }
            }
            [enum_name, variant] => (*enum_name, *variant),
            ["std" | "core", "option" | "result", enum_name, variant] if std_enum(enum_name) => (*enum_name, *variant),
            _ => return None,
        };
        // `None::<i32>`, `Option::<i32>::None`, `Ok::<i32, String>`.
        let mut given = Vec::new();
        for segment in path.segments.iter().filter(|_| std_enum(enum_name)) {
            if let syn::PathArguments::AngleBracketed(args) = &segment.arguments {
                for arg in &args.args {
                    if let syn::GenericArgument::Type(ty) = arg {
                        given.push(self.lower_type(ty).ok()?);
                    }
                }
            }
        }
        let mut given = given.into_iter();
        let mut argument = |this: &mut Self| given.next().unwrap_or_else(|| this.infer.new_var());
        let ty = match enum_name {
            "Option" => Ty::Option(Rc::new(argument(self))),
            "Result" => Ty::Result(Rc::new(argument(self)), Rc::new(argument(self))),
            "Self" => match &self.self_ty {
                Some(ty @ (Ty::Adt(..) | Ty::GenericAdt(..))) => ty.clone(),
                _ => return None,
            },
            name => match self
                .items
                .adts
                .iter()
                .position(|adt| adt.name == name && adt.enum_variants.is_some())
            {
                Some(adt) => Ty::Adt(adt, name.into()),
                None => {
                    let id = self
                        .items
                        .structs
                        .iter()
                        .position(|s| s.name == name && s.variants.is_some())?;
                    let count = self.items.structs[id].params.len();
                    let args = (0..count).map(|_| self.infer.new_var()).collect();
                    Ty::GenericAdt(id, name.to_string(), args)
                }
            },
        };
        let (index, def) = self.items.find_variant(&ty, |_, name| name == variant)?;
        Some(VariantRef { ty, index, def })
    }

    /// A unit variant named by a single identifier, unless a variable of
    /// that name is in scope.
    pub(super) fn unit_variant_named(&mut self, ident: &syn::Ident) -> Option<VariantRef> {
        let name = ident.to_string();
        if self.binding_named(&name) {
            return None;
        }
        let path = syn::Path::from(ident.clone());
        self.variant_by_path(&path).filter(|v| v.def.kind == StructKind::Unit)
    }

    /// What `ident` names among the function's scopes, innermost first
    /// (compared without building its name).
    pub(super) fn scoped_name(&self, ident: &syn::Ident) -> Option<ScopedName<'_>> {
        for scope in self.scopes.iter().rev() {
            if let Some((_, place, ty)) = scope.aliases.iter().rev().find(|(alias, ..)| ident == alias) {
                return Some(ScopedName::Alias(place, ty));
            }
            if let Some((_, local)) = scope.bindings.iter().rev().find(|(binding, _)| ident == binding) {
                return Some(ScopedName::Binding(*local));
            }
        }
        None
    }

    /// Whether a variable (or guard alias) of that name is in scope.
    pub(super) fn binding_named(&self, name: &str) -> bool {
        self.scopes
            .iter()
            .any(|scope| scope.bindings.iter().any(|(n, _)| n == name) || scope.aliases.iter().any(|(n, ..)| n == name))
    }

    /// The field types of a variant once the enum's type is `ty`.
    pub(super) fn variant_fields(&self, ty: &Ty, index: usize) -> Vec<(String, Ty)> {
        self.items
            .find_variant(&self.infer.resolved(ty), |i, _| i == index)
            .map(|(_, variant)| variant.fields)
            .unwrap_or_default()
    }

    /// `Some(x)`, `Shape::Circle(r)`, `None` with `args` evaluated in order.
    pub(super) fn variant_value(
        &mut self,
        variant: VariantRef,
        args: &[&syn::Expr],
        expected: Option<&Ty>,
        node: &impl Spanned,
    ) -> Result<(Rvalue, Ty)> {
        if let Some(expected) = expected {
            // A hint for the arguments; a mismatch is reported by the caller.
            let _ = self.infer.unify(&variant.ty, expected);
        }
        let fields = self.variant_fields(&variant.ty, variant.index);
        if fields.len() != args.len() {
            return Err(argument_count_error("enum variant", fields.len(), args.len(), node));
        }
        let mut operands = Vec::new();
        for (arg, (_, field_ty)) in args.iter().zip(&fields) {
            let (operand, ty) = self.as_operand(arg, Some(field_ty))?;
            operands.push(self.coerce(operand, &ty, field_ty, *arg)?);
        }
        Ok((
            Rvalue::Variant(variant.index, operands),
            self.infer.resolve(&variant.ty),
        ))
    }

    /// A path used as a value: a unit variant such as `Color::Red` or `None`.
    pub(super) fn path_value(&mut self, path: &syn::ExprPath, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        match self.variant_by_path(&path.path) {
            Some(variant) if variant.def.kind == StructKind::Unit => self.variant_value(variant, &[], expected, path),
            Some(variant) => unsupported(
                format!("the variant `{}` used as a function value", variant.def.name),
                path,
            ),
            None => unsupported("paths other than local variables and enum variants", path),
        }
    }

    /// `Shape::Rect { w: 1, h: 2 }`: fields evaluated in the order written.
    pub(super) fn variant_literal(&mut self, literal: &syn::ExprStruct, variant: VariantRef) -> Result<(Rvalue, Ty)> {
        let fields = self.variant_fields(&variant.ty, variant.index);
        let name = variant.def.name.clone();
        let mut operands: Vec<Option<Operand>> = vec![None; fields.len()];
        for field in &literal.fields {
            let wanted = member_name(&field.member);
            let Some(index) = fields.iter().position(|(f, _)| *f == wanted) else {
                return Err(Diagnostic::rejected(
                    "E0559",
                    format!(
                        "variant `{}::{name}` has no field named `{wanted}`",
                        self.infer.resolve(&variant.ty)
                    ),
                    span_of(field.member.span()),
                ));
            };
            let field_ty = fields[index].1.clone();
            let (operand, ty) = self.as_operand(&field.expr, Some(&field_ty))?;
            operands[index] = Some(self.coerce(operand, &ty, &field_ty, &field.expr)?);
        }
        let type_name = format!("{}::{name}", self.infer.resolve(&variant.ty));
        let operands = super::expr::all_fields_given(&fields, operands, type_name, &literal.path)?;
        Ok((
            Rvalue::Variant(variant.index, operands),
            self.infer.resolve(&variant.ty),
        ))
    }

    /// `value as i32` of a field-less enum: its discriminant. `None` when the
    /// operand is not an enum (a cast between primitives).
    pub(super) fn enum_cast(
        &mut self,
        cast: &syn::ExprCast,
        operand: &Operand,
        ty: &Ty,
        target: &Ty,
    ) -> Result<Option<(Rvalue, Ty)>> {
        let ty = self.infer.resolve(ty);
        let Ty::Adt(..) = ty else {
            return Ok(None);
        };
        let (Ty::Int(int), Some(variants)) = (target, self.items.variants_of(&ty)) else {
            return unsupported("`as` casts of this type", cast);
        };
        if variants.iter().any(|v| !v.fields.is_empty()) {
            return Err(Diagnostic::rejected(
                "E0605",
                format!("non-primitive cast: `{ty}` as `{}`", int.name()),
                span_of(cast.span()),
            ));
        }
        if variants
            .iter()
            .any(|v| v.discriminant < int.min() || v.discriminant > int.max())
        {
            return unsupported(format!("casts of `{ty}` that truncate its discriminants"), cast);
        }
        let (Operand::Copy(place, _) | Operand::Move(place, _)) = operand else {
            return unsupported("`as` casts of this expression", cast);
        };
        Ok(Some((Rvalue::Discriminant(place.clone()), target.clone())))
    }
}

/// A name in scope: a match arm's binding while its guard runs (a place of
/// the scrutinee) or a local.
pub(super) enum ScopedName<'a> {
    Alias(&'a Place, &'a Ty),
    Binding(LocalId),
}
