//! Associated types: `type Output;` in a program's trait, `type Item = u32;`
//! in an impl of it or of std's `Iterator`, `type Target = T;` in an impl of
//! std's `Deref` (which the type's `impl DerefMut` sees too), and
//! `Self::Item` in the impl's signatures and bodies.
//!
//! An impl's associated types are read before its functions, with the
//! impl's parameters as `Param`s, and `Self::Name` is replaced by its type
//! wherever the impl's code names it. A trait's signatures see `Self::Name`
//! as a parameter after `Self` (see [`TraitInfo::assoc_types`]), so an
//! impl's method is checked against them like against `Self`. Projections
//! on type parameters (`T::Item`, bounds like `T: Iterator`) and `dyn` of
//! such a trait are not modelled: their bounds are declined where read.

use super::items::{Receiver, StdTrait, TraitInfo, TraitMethod, TraitRef, subst};
use super::*;
use std::rc::Rc;

/// Reads an impl block's associated types, in the impl's type context.
pub(super) fn impl_assoc_types(
    types: &mut Lowerer,
    item: &syn::ItemImpl,
    trait_: Option<TraitRef>,
) -> Result<Vec<(String, Ty)>> {
    let mut found = Vec::new();
    for impl_item in &item.items {
        let syn::ImplItem::Type(assoc) = impl_item else {
            continue;
        };
        let name = assoc.ident.to_string();
        let declared = match trait_ {
            Some(TraitRef::Std(std)) if std.has_output() => name == "Output",
            Some(TraitRef::User(_) | TraitRef::Std(StdTrait::Iterator | StdTrait::Deref)) => {
                trait_assoc_types(types.items, trait_).contains(&name)
            }
            _ => return unsupported("`impl` items other than functions and constants", impl_item),
        };
        if !declared {
            let trait_name = trait_.map(|t| types.items.trait_name(t)).unwrap_or_default();
            return Err(Diagnostic::rejected(
                "E0437",
                format!("type `{name}` is not a member of trait `{trait_name}`"),
                span_of(assoc.span()),
            )
            .with_primary_label(format!("not a member of trait `{trait_name}`")));
        }
        if !assoc.generics.params.is_empty() {
            return unsupported("generic associated types", &assoc.generics);
        }
        // A method's lifetimes are read off its signature, where `Self::Item`
        // shows none of the references the type holds.
        if mentions_references(&assoc.ty) {
            return unsupported("an associated type holding a reference", &assoc.ty);
        }
        found.push((name, types.lower_type(&assoc.ty)?));
    }
    if trait_ == Some(TraitRef::Std(StdTrait::DerefMut)) {
        let self_ty = types.self_ty.clone().unwrap_or_else(Ty::unit);
        found.push((
            "Target".into(),
            deref_target_for_deref_mut(types.items, &self_ty, item)?,
        ));
    }
    Ok(found)
}

/// `Self::Target` in an `impl DerefMut`: the `Target` of the same type's
/// `impl Deref`, read earlier in the program.
fn deref_target_for_deref_mut(items: &Items, self_ty: &Ty, item: &syn::ItemImpl) -> Result<Ty> {
    let deref = items
        .impls
        .iter()
        .find(|imp| imp.trait_ == Some(TraitRef::Std(StdTrait::Deref)) && imp.self_ty == *self_ty);
    match deref.and_then(|imp| imp.assoc_types.iter().find(|(name, _)| name == "Target")) {
        Some((_, target)) => Ok(target.clone()),
        None => unsupported(
            "an `impl DerefMut` without an `impl Deref` of the same type, with the same parameters, before it",
            &item.self_ty,
        ),
    }
}

/// The associated types of `trait_`, in its order.
fn trait_assoc_types(items: &Items, trait_: Option<TraitRef>) -> Vec<String> {
    match trait_ {
        Some(TraitRef::User(tr)) => items.traits[tr]
            .assoc_types
            .iter()
            .map(|(name, _)| name.clone())
            .collect(),
        Some(TraitRef::Std(StdTrait::Iterator)) => vec!["Item".into()],
        Some(TraitRef::Std(StdTrait::Deref | StdTrait::DerefMut)) => vec!["Target".into()],
        _ => Vec::new(),
    }
}

/// Whether a type's syntax holds a reference or a lifetime.
fn mentions_references(ty: &syn::Type) -> bool {
    let text = quote::quote!(#ty).to_string();
    text.contains('&') || text.contains('\'')
}

/// What an impl's method named `name` is checked against: the trait's
/// declaration of it, or std's `Iterator::next`.
pub(super) fn declaration(items: &Items, trait_: Option<TraitRef>, name: &syn::Ident) -> Option<TraitMethod> {
    match trait_ {
        Some(TraitRef::User(tr)) => items.traits[tr].methods.iter().find(|m| *name == m.name).cloned(),
        Some(TraitRef::Std(StdTrait::Iterator)) if *name == "next" => Some(iterator_next()),
        Some(TraitRef::Std(StdTrait::Deref)) if *name == "deref" => Some(deref_method("deref", Mutability::Not)),
        Some(TraitRef::Std(StdTrait::DerefMut)) if *name == "deref_mut" => {
            Some(deref_method("deref_mut", Mutability::Mut))
        }
        _ => None,
    }
}

/// `fn deref(&self) -> &Self::Target` and `fn deref_mut(&mut self) -> &mut Self::Target`.
fn deref_method(name: &str, mutability: Mutability) -> TraitMethod {
    let self_ty = Ty::Param(0, "Self".into());
    TraitMethod {
        name: name.into(),
        default: None,
        receiver: Receiver::Ref(mutability),
        params: vec![Ty::Ref(mutability, Rc::new(self_ty))],
        ret: Ty::Ref(mutability, Rc::new(Ty::Param(1, "Self::Target".into()))),
        generic: false,
        sized_only: false,
    }
}

/// `fn next(&mut self) -> Option<Self::Item>`.
fn iterator_next() -> TraitMethod {
    let self_ty = Ty::Param(0, "Self".into());
    TraitMethod {
        name: "next".into(),
        default: None,
        receiver: Receiver::Ref(Mutability::Mut),
        params: vec![Ty::Ref(Mutability::Mut, Rc::new(self_ty))],
        ret: Ty::Option(Rc::new(Ty::Param(1, "Self::Item".into()))),
        generic: false,
        sized_only: false,
    }
}

/// `Self` and the associated types in the order the trait declares them:
/// what its signatures' parameters stand for in one impl.
pub(super) fn trait_args(items: &Items, trait_: Option<TraitRef>, self_ty: &Ty, assoc: &[(String, Ty)]) -> Vec<Ty> {
    let names = trait_assoc_types(items, trait_);
    std::iter::once(self_ty.clone())
        .chain(names.iter().enumerate().map(|(i, name)| {
            assoc.iter().find(|(n, _)| n == name).map_or_else(
                || Ty::Param(1 + i as u32, format!("Self::{name}")),
                |(_, ty)| ty.clone(),
            )
        }))
        .collect()
}

/// Whether a type of a trait's method signature names one of the trait's
/// associated types (a `Param` after `Self`).
pub(super) fn names_assoc_type(ty: &Ty) -> bool {
    matches!(ty, Ty::Param(index, _) if *index > 0) || ty.any_child(names_assoc_type)
}

/// Whether a trait declares associated types, which a bound or `dyn` on it
/// would have to project (`T::Item`, `dyn Iterator<Item = u32>`).
pub(super) fn has_assoc_types(info: &TraitInfo) -> bool {
    !info.assoc_types.is_empty()
}

impl Lowerer<'_> {
    /// The associated types of the impl a template belongs to, for its
    /// instance with `args`.
    pub(super) fn owner_assoc_types(&self, template: usize, args: &[Ty]) -> Vec<(String, Ty)> {
        let items = self.items;
        match items.templates[template].owner {
            items::Owner::Impl(index) => items.impls[index]
                .assoc_types
                .iter()
                .map(|(name, ty)| (name.clone(), subst(ty, args)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// `Self::name` where the impl's associated types are in scope.
    pub(super) fn assoc_type(&self, name: &str) -> Option<Ty> {
        self.assoc_types
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, ty)| ty.clone())
    }

    /// Declines a bound on a trait with associated types.
    pub(super) fn check_bound_projection(&self, trait_: TraitRef, node: &impl Spanned) -> Result<()> {
        let projects = match trait_ {
            TraitRef::User(id) => has_assoc_types(&self.items.traits[id]),
            TraitRef::Std(std) => matches!(std, StdTrait::Iterator | StdTrait::Deref | StdTrait::DerefMut),
            TraitRef::Fn(_) => false,
        };
        if projects {
            return unsupported(
                "bounds and `dyn` on traits with associated types (`T::Item` is not modelled)",
                node,
            );
        }
        Ok(())
    }
}
