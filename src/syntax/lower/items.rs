//! The program's items as templates — structs, traits, `impl` blocks and
//! functions, generic or not — and the registry of the instances
//! monomorphisation makes of them.
//!
//! A generic item is lowered once per distinct list of type arguments it is
//! used with: `largest::<i32>` and `largest::<char>` are two bodies, `Point<i32>`
//! and `Point<f64>` two structs. Templates hold their types with
//! [`Ty::Param`] placeholders; an instance substitutes concrete types.

use super::*;
use std::cell::RefCell;
use std::rc::Rc;

/// Most instances of generic functions, and of generic structs, a program may
/// need; beyond it the lowering declines (polymorphic recursion never ends).
pub(super) const MAX_INSTANCES: usize = 256;

/// A trait a bound, an `impl` or a `dyn` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TraitRef {
    /// One of the program's traits, by index in [`Items::traits`].
    User(usize),
    Std(StdTrait),
    /// `Fn(A) -> R`, `FnMut(…)`, `FnOnce(…)`, by index in [`Registry::fn_bounds`].
    Fn(usize),
}

/// The std traits the model knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StdTrait {
    Display,
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Default,
    Hash,
    Drop,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    AddAssign,
    SubAssign,
    MulAssign,
    DivAssign,
    RemAssign,
    /// `std::iter::Iterator`: its required items are `Item` and `next`.
    Iterator,
    /// `std::error::Error`: std's errors, and the trait of `Box<dyn Error>`.
    Error,
    /// `std::ops::Deref`: its required items are `Target` and `deref`.
    Deref,
    /// `std::ops::DerefMut`: `deref_mut`, to the `Target` of the type's `Deref`.
    DerefMut,
}

impl StdTrait {
    const ALL: [StdTrait; 25] = [
        StdTrait::Display,
        StdTrait::Debug,
        StdTrait::Clone,
        StdTrait::Copy,
        StdTrait::PartialEq,
        StdTrait::Eq,
        StdTrait::PartialOrd,
        StdTrait::Ord,
        StdTrait::Default,
        StdTrait::Hash,
        StdTrait::Drop,
        StdTrait::Add,
        StdTrait::Sub,
        StdTrait::Mul,
        StdTrait::Div,
        StdTrait::Rem,
        StdTrait::AddAssign,
        StdTrait::SubAssign,
        StdTrait::MulAssign,
        StdTrait::DivAssign,
        StdTrait::RemAssign,
        StdTrait::Iterator,
        StdTrait::Error,
        StdTrait::Deref,
        StdTrait::DerefMut,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            StdTrait::Display => "Display",
            StdTrait::Debug => "Debug",
            StdTrait::Clone => "Clone",
            StdTrait::Copy => "Copy",
            StdTrait::PartialEq => "PartialEq",
            StdTrait::Eq => "Eq",
            StdTrait::PartialOrd => "PartialOrd",
            StdTrait::Ord => "Ord",
            StdTrait::Default => "Default",
            StdTrait::Hash => "Hash",
            StdTrait::Drop => "Drop",
            StdTrait::Add => "Add",
            StdTrait::Sub => "Sub",
            StdTrait::Mul => "Mul",
            StdTrait::Div => "Div",
            StdTrait::Rem => "Rem",
            StdTrait::AddAssign => "AddAssign",
            StdTrait::SubAssign => "SubAssign",
            StdTrait::MulAssign => "MulAssign",
            StdTrait::DivAssign => "DivAssign",
            StdTrait::RemAssign => "RemAssign",
            StdTrait::Iterator => "Iterator",
            StdTrait::Error => "Error",
            StdTrait::Deref => "Deref",
            StdTrait::DerefMut => "DerefMut",
        }
    }

    /// `+` and the other arithmetic operators whose impl names an `Output`.
    pub(super) fn has_output(self) -> bool {
        matches!(
            self,
            StdTrait::Add | StdTrait::Sub | StdTrait::Mul | StdTrait::Div | StdTrait::Rem
        )
    }

    /// `+`, `+=` and the other overloadable arithmetic operators.
    fn is_operator(self) -> bool {
        self.has_output()
            || matches!(
                self,
                StdTrait::AddAssign
                    | StdTrait::SubAssign
                    | StdTrait::MulAssign
                    | StdTrait::DivAssign
                    | StdTrait::RemAssign
            )
    }

    /// The module std defines it in, for paths like `std::fmt::Display`.
    fn module(self) -> &'static str {
        match self {
            StdTrait::Display | StdTrait::Debug => "fmt",
            StdTrait::Clone => "clone",
            StdTrait::Copy => "marker",
            StdTrait::PartialEq | StdTrait::Eq | StdTrait::PartialOrd | StdTrait::Ord => "cmp",
            StdTrait::Default => "default",
            StdTrait::Hash => "hash",
            StdTrait::Iterator => "iter",
            StdTrait::Error => "error",
            _ => "ops",
        }
    }

    /// The path rustc writes in messages (`std::fmt::Display`, `Clone`).
    pub(super) fn path(self) -> String {
        match self {
            StdTrait::Display => "std::fmt::Display".into(),
            StdTrait::Error => "std::error::Error".into(),
            other => other.name().into(),
        }
    }

    /// The trait a path names: `Display`, `fmt::Display`, `std::fmt::Display`.
    fn from_path(segments: &[String]) -> Option<StdTrait> {
        let (last, prefix) = segments.split_last()?;
        let found = StdTrait::ALL.into_iter().find(|t| t.name() == last)?;
        let prefix: Vec<&str> = prefix.iter().map(String::as_str).collect();
        match prefix.as_slice() {
            [] => Some(found),
            [module] | ["std" | "core", module] if *module == found.module() => Some(found),
            _ => None,
        }
    }
}

/// A type parameter and the traits it is bound by.
#[derive(Debug, Clone)]
pub(super) struct GenericParam {
    pub(super) name: String,
    pub(super) bounds: Vec<TraitRef>,
}

/// A generic struct: its fields hold `Param` placeholders.
#[derive(Debug, Clone)]
pub(super) struct GenericStruct {
    pub(super) name: String,
    pub(super) kind: StructKind,
    pub(super) params: Vec<String>,
    /// The traits each parameter is bound by.
    pub(super) bounds: Vec<Vec<TraitRef>>,
    pub(super) fields: Vec<(String, Ty)>,
    pub(super) derives: Derives,
    /// For a generic enum, its variants (fields in terms of `Param`s).
    pub(super) variants: Option<Vec<VariantDef>>,
}

pub(super) struct TraitInfo<'a> {
    pub(super) name: String,
    pub(super) supertraits: Vec<TraitRef>,
    pub(super) methods: Vec<TraitMethod>,
    pub(super) consts: Vec<TraitConst<'a>>,
    /// The names of its associated types (`type Output;`) and where they
    /// are declared, in order; in its method signatures `Self::Output` is
    /// `Param(1 + index)`.
    pub(super) assoc_types: Vec<(String, Span)>,
    /// Every item's name and declaration, in the trait's order.
    pub(super) declared: Vec<(String, Span)>,
}

#[derive(Clone)]
pub(super) struct TraitMethod {
    pub(super) name: String,
    /// The template of the default body, if the trait gives one.
    pub(super) default: Option<usize>,
    pub(super) receiver: Receiver,
    /// Parameter and return types with `Self` as `Param(0)`.
    pub(super) params: Vec<Ty>,
    pub(super) ret: Ty,
    /// Whether it has type parameters of its own.
    pub(super) generic: bool,
    /// `where Self: Sized`: not callable through `dyn`.
    pub(super) sized_only: bool,
}

pub(super) struct TraitConst<'a> {
    pub(super) name: String,
    pub(super) ty: &'a syn::Type,
    pub(super) default: Option<&'a syn::Expr>,
}

pub(super) struct ImplInfo<'a> {
    pub(super) params: Vec<GenericParam>,
    /// The type implemented for, with the impl's parameters as `Param`s.
    pub(super) self_ty: Ty,
    pub(super) trait_: Option<TraitRef>,
    /// Method names and their templates.
    pub(super) methods: Vec<(String, usize)>,
    pub(super) consts: Vec<(String, &'a syn::Type, &'a syn::Expr)>,
    /// Its associated types (`type Item = u32;`), with the impl's
    /// parameters as `Param`s.
    pub(super) assoc_types: Vec<(String, Ty)>,
}

/// How a method takes `self`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Receiver {
    /// An associated function without `self`.
    None,
    Value,
    Ref(Mutability),
}

/// Where a function template comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Owner {
    Free,
    Impl(usize),
    /// A trait's default method; its first parameter is `Self`.
    TraitDefault(usize),
}

/// A function as written, with its generic parameters and its signature in
/// terms of them.
pub(super) struct FnTemplate<'a> {
    pub(super) sig: &'a syn::Signature,
    pub(super) block: &'a syn::Block,
    pub(super) span: Span,
    pub(super) name: String,
    pub(super) owner: Owner,
    /// The owner's parameters (the impl's, or `Self`) then the function's own,
    /// then one per `impl Trait` argument.
    pub(super) params: Vec<GenericParam>,
    /// Index of the first of the function's own parameters.
    pub(super) own_start: usize,
    pub(super) receiver: Receiver,
    pub(super) param_tys: Vec<Ty>,
    pub(super) ret: Ty,
    /// `Self`, with the owner's parameters as `Param`s.
    pub(super) self_ty: Option<Ty>,
    /// The lifetimes of its signature; a type argument's regions are added
    /// per instance.
    pub(super) lifetimes: FnLifetimes,
}

/// A function's `impl Trait` return type: its bounds, where it is written,
/// and the type the body returns once the lowering has seen it.
#[derive(Debug, Clone)]
pub(super) struct OpaqueReturn {
    pub(super) bounds: Vec<TraitRef>,
    pub(super) span: Span,
    pub(super) revealed: Option<Ty>,
}

/// What monomorphisation made so far; shared by the lowering of every body.
#[derive(Default)]
pub(super) struct Registry {
    /// The `impl Trait` return types, by the index in their `Ty::Opaque`.
    pub(super) opaque_returns: Vec<OpaqueReturn>,
    /// Function instances by `FnId`: template and type arguments.
    pub(super) functions: Vec<(usize, Vec<Ty>)>,
    /// Generic struct instances by `AdtId - adts.len()`: template and arguments.
    pub(super) adts: Vec<(usize, Vec<Ty>)>,
    /// Their definitions, filled in once their fields are built.
    pub(super) adt_defs: Vec<Option<AdtDef>>,
    /// Their layout definitions, named like the instance.
    pub(super) layout_defs: Vec<crate::layout::AdtDef>,
    pub(super) traits: Traits,
    /// Lowering-level types of [`Traits::vtables`], for finding them again.
    pub(super) vtable_keys: Vec<(String, Ty)>,
    /// Instances with type arguments made so far (functions and structs).
    pub(super) generic_count: usize,
    /// The program's closures, by the order they were written in.
    pub(super) closures: Vec<super::closures::ClosureInfo>,
    /// Closure bodies by `FnId`, until `lower_file` takes them.
    pub(super) closure_bodies: Vec<(FnId, Body)>,
    /// The `Fn(…) -> …` bounds of the program's generics.
    pub(super) fn_bounds: Vec<super::closures::FnBound>,
    /// The `dyn Fn…` types the program writes.
    pub(super) dyn_fns: Vec<super::dyn_fn::DynFn>,
}

impl Registry {
    pub(super) fn take_closure_body(&mut self, id: FnId) -> Option<Body> {
        let position = self.closure_bodies.iter().position(|(f, _)| *f == id)?;
        Some(self.closure_bodies.swap_remove(position).1)
    }

    /// A closure's struct, which only the registry holds.
    fn closure_def(&self, id: AdtId, base: usize) -> Option<&AdtDef> {
        let position = id.checked_sub(base)?;
        match self.adts.get(position) {
            Some((super::closures::CLOSURE_TEMPLATE, _)) => self.adt_defs.get(position)?.as_ref(),
            _ => None,
        }
    }
}

/// What the program defines, shared by the lowering of every body.
#[derive(Default)]
pub(super) struct Items<'a> {
    /// The non-generic structs, by `AdtId`.
    pub(super) adts: Vec<AdtDef>,
    /// Generic structs and enums, by template id; std's iterator structs,
    /// the same in every program, are shared.
    pub(super) structs: Vec<Rc<GenericStruct>>,
    pub(super) traits: Vec<TraitInfo<'a>>,
    pub(super) impls: Vec<ImplInfo<'a>>,
    pub(super) templates: Vec<FnTemplate<'a>>,
    /// The program's structs for the layout engine (`size_of` and friends).
    pub(super) layout_defs: crate::layout::Defs,
    /// Names brought in by `use std::…`, with the path they stand for.
    pub(super) imports: Vec<(String, Vec<String>)>,
    /// Variants brought into scope by `use Enum::…`: name, enum, variant index.
    pub(super) imported_variants: Vec<(String, AdtId, usize)>,
    pub(super) main: usize,
    pub(super) registry: RefCell<Registry>,
    /// While a generic body is checked on its own: the bounds of its type
    /// parameters, which is all a `Param` implements.
    pub(super) param_bounds: RefCell<Option<Vec<Vec<TraitRef>>>>,
    /// Method calls on type parameters, by the span of their method name, and
    /// the trait whose method the generic body calls (what rustc resolves
    /// before any instance, even where a type has an inherent method of
    /// that name).
    pub(super) generic_calls: RefCell<Vec<(Span, usize)>>,
    /// The edition the program is read under.
    pub(super) edition: crate::Edition,
    /// `const` items, top-level and inside function bodies.
    pub(super) consts: Vec<super::consts::ConstItem<'a>>,
    /// Top-level `static` items, in declaration order (a `StaticId` each).
    pub(super) statics: Vec<super::statics::StaticItem<'a>>,
}

impl Items<'_> {
    /// The full path an imported name stands for.
    pub(super) fn import(&self, name: &str) -> Option<&[String]> {
        self.imports
            .iter()
            .find(|(alias, _)| alias == name)
            .map(|(_, path)| path.as_slice())
    }

    pub(super) fn trait_named(&self, name: &str) -> Option<usize> {
        self.traits.iter().position(|t| t.name == name)
    }

    pub(super) fn trait_name(&self, trait_: TraitRef) -> String {
        match trait_ {
            TraitRef::User(id) => self.traits[id].name.clone(),
            TraitRef::Std(std) => std.name().to_string(),
            TraitRef::Fn(id) => self.registry.borrow().fn_bounds[id].text.clone(),
        }
    }

    /// The function instance for a template and arguments, made (and queued
    /// for lowering) the first time it is asked for.
    pub(super) fn instance(&self, template: usize, args: Vec<Ty>, span: Span) -> Result<FnId> {
        if args.iter().any(has_param) {
            return Err(Diagnostic::unsupported("an instance for a type parameter", span));
        }
        let mut registry = self.registry.borrow_mut();
        if let Some(id) = registry
            .functions
            .iter()
            .position(|(t, a)| *t == template && *a == args)
        {
            return Ok(id);
        }
        if !args.is_empty() {
            registry.generic_count += 1;
            if registry.generic_count > MAX_INSTANCES {
                return Err(too_many_instances(span));
            }
        }
        registry.functions.push((template, args));
        Ok(registry.functions.len() - 1)
    }

    /// The name frames show for an instance: `largest::<i32>`,
    /// `Point<f64>::distance`, `<Circle as Shape>::area`.
    pub(super) fn instance_name(&self, template: usize, args: &[Ty]) -> String {
        let t = &self.templates[template];
        let own: Vec<String> = args[t.own_start.min(args.len())..]
            .iter()
            .zip(&t.params[t.own_start..])
            .filter(|(_, p)| !p.name.starts_with("impl "))
            .map(|(a, _)| a.to_string())
            .collect();
        let turbofish = if own.is_empty() {
            String::new()
        } else {
            format!("::<{}>", own.join(", "))
        };
        let self_ty = t.self_ty.as_ref().map(|s| subst(s, args).to_string());
        let trait_name = match t.owner {
            Owner::Impl(i) => self.impls[i].trait_.map(|tr| self.trait_name(tr)),
            Owner::TraitDefault(tr) => Some(self.traits[tr].name.clone()),
            Owner::Free => None,
        };
        match (self_ty, trait_name) {
            (Some(ty), Some(tr)) => format!("<{ty} as {tr}>::{}{turbofish}", t.name),
            (Some(ty), None) => format!("{ty}::{}{turbofish}", t.name),
            _ => format!("{}{turbofish}", t.name),
        }
    }

    /// The fields of a struct type (its own or a generic instance's, with the
    /// arguments substituted); `None` for other types.
    pub(super) fn fields_of(&self, ty: &Ty) -> Option<(StructKind, Vec<(String, Ty)>)> {
        match ty {
            Ty::Adt(id, _) => self
                .adts
                .get(*id)
                .map(|adt| (adt.kind, adt.fields.clone()))
                .or_else(|| {
                    let registry = self.registry.borrow();
                    registry
                        .closure_def(*id, self.adts.len())
                        .map(|adt| (adt.kind, adt.fields.clone()))
                }),
            Ty::GenericAdt(id, _, args) => {
                let template = self.structs.get(*id)?;
                let fields = template
                    .fields
                    .iter()
                    .map(|(name, ty)| (name.clone(), subst(ty, args)))
                    .collect();
                Some((template.kind, fields))
            }
            _ => None,
        }
    }

    /// The variants of an enum type, the program's generic ones included
    /// (their fields with the type's arguments).
    pub(super) fn variants_of(&self, ty: &Ty) -> Option<Vec<VariantDef>> {
        match ty {
            Ty::GenericAdt(id, _, args) => {
                let variants = self.structs.get(*id)?.variants.as_ref()?;
                Some(variants.iter().map(|v| instantiate_variant(v, args)).collect())
            }
            _ => crate::ir::variants_of(ty, &self.adts),
        }
    }

    /// The first of [`Items::variants_of`]'s variants that `pick` accepts
    /// (by index and name), with its index; the others are not built
    /// (debug builds check the answer against the whole list).
    pub(super) fn find_variant(&self, ty: &Ty, pick: impl Fn(usize, &str) -> bool) -> Option<(usize, VariantDef)> {
        let found = |variants: &[VariantDef]| {
            variants
                .iter()
                .enumerate()
                .find(|(i, v)| pick(*i, &v.name))
                .map(|(i, _)| i)
        };
        let variant = (|| match ty {
            Ty::GenericAdt(id, _, args) => {
                let variants = self.structs.get(*id)?.variants.as_ref()?;
                let index = found(variants)?;
                Some((index, instantiate_variant(&variants[index], args)))
            }
            Ty::Adt(id, _) => {
                let variants = self.adts.get(*id)?.enum_variants.as_ref()?;
                let index = found(variants)?;
                Some((index, variants[index].clone()))
            }
            _ => {
                let mut variants = crate::ir::variants_of(ty, &self.adts)?;
                let index = found(&variants)?;
                Some((index, variants.swap_remove(index)))
            }
        })();
        debug_assert_eq!(
            variant,
            self.variants_of(ty)
                .and_then(|variants| variants.into_iter().enumerate().find(|(i, v)| pick(*i, &v.name)))
        );
        variant
    }

    /// The derives of a struct type; for a generic instance only those its
    /// arguments allow (`#[derive(Clone)]` on `Wrapper<T>` needs `T: Clone`).
    pub(super) fn derives_of(&self, ty: &Ty) -> Option<Derives> {
        match ty {
            Ty::Adt(id, _) => self.adts.get(*id).map(|adt| adt.derives).or_else(|| {
                let registry = self.registry.borrow();
                registry.closure_def(*id, self.adts.len()).map(|adt| adt.derives)
            }),
            Ty::GenericAdt(id, _, args) => {
                let mut derives = self.structs.get(*id)?.derives;
                // Arguments not decided yet are checked once they are; but a
                // value is only copied once its type is known to be `Copy`.
                let all = |t: StdTrait| {
                    args.iter().all(|a| {
                        (matches!(a, Ty::Var(_)) && t != StdTrait::Copy) || self.implements(a, TraitRef::Std(t))
                    })
                };
                derives.copy &= all(StdTrait::Copy);
                derives.clone &= all(StdTrait::Clone);
                derives.debug &= all(StdTrait::Debug);
                derives.partial_eq &= all(StdTrait::PartialEq);
                derives.eq &= all(StdTrait::Eq);
                derives.partial_ord &= all(StdTrait::PartialOrd);
                derives.ord &= all(StdTrait::Ord);
                derives.default &= all(StdTrait::Default);
                derives.hash &= all(StdTrait::Hash);
                Some(derives)
            }
            _ => None,
        }
    }

    /// Whether values of `ty` are copied rather than moved (undecided
    /// integers and floats are; other undecided types are not).
    pub(super) fn is_copy(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Param(index, _) => self.param_implements(*index as usize, TraitRef::Std(StdTrait::Copy)),
            Ty::Opaque(..) => self.implements(ty, TraitRef::Std(StdTrait::Copy)),
            Ty::Adt(..) | Ty::GenericAdt(..) => self.derives_of(ty).is_some_and(|d| d.copy),
            Ty::Tuple(fields) => fields.iter().all(|f| self.is_copy(f)),
            Ty::Array(element, _) | Ty::Option(element) => self.is_copy(element),
            Ty::Result(ok, err) => self.is_copy(ok) && self.is_copy(err),
            other => other.is_copy(),
        }
    }

    /// Whether dropping a value of `ty` does anything.
    pub(super) fn needs_drop(&self, ty: &Ty) -> bool {
        self.needs_drop_inner(ty, &mut Vec::new())
    }

    fn needs_drop_inner(&self, ty: &Ty, visiting: &mut Vec<Ty>) -> bool {
        match ty {
            Ty::Opaque(..) => self.reveal(ty).is_some_and(|t| self.needs_drop_inner(&t, visiting)),
            Ty::Adt(..) | Ty::GenericAdt(..) => {
                if visiting.contains(ty) {
                    return false;
                }
                if self.drop_impl_of(ty).is_some() {
                    return true;
                }
                visiting.push(ty.clone());
                let result = match ty {
                    // A struct or enum of the program: its fields read in place.
                    Ty::Adt(id, _) if let Some(adt) = self.adts.get(*id) => {
                        let variant_fields = adt.enum_variants.iter().flatten().flat_map(|v| &v.fields);
                        (adt.fields.iter().chain(variant_fields)).any(|(_, f)| self.needs_drop_inner(f, visiting))
                    }
                    _ => {
                        let fields = self.fields_of(ty).map(|(_, f)| f).unwrap_or_default();
                        fields.iter().any(|(_, f)| self.needs_drop_inner(f, visiting))
                    }
                };
                visiting.pop();
                result
            }
            Ty::Tuple(fields) => fields.iter().any(|f| self.needs_drop_inner(f, visiting)),
            Ty::Shared(SharedTy::RefCell | SharedTy::Cell, inner) | Ty::Array(inner, _) | Ty::Option(inner) => {
                self.needs_drop_inner(inner, visiting)
            }
            Ty::Result(ok, err) => self.needs_drop_inner(ok, visiting) || self.needs_drop_inner(err, visiting),
            Ty::Box(_) | Ty::Vec(_) | Ty::HashMap(..) | Ty::String | Ty::Shared(..) => true,
            _ => false,
        }
    }

    /// The type an `impl Trait` return stands for, once its function's body
    /// has been lowered (through nested ones); `None` before.
    pub(super) fn reveal(&self, ty: &Ty) -> Option<Ty> {
        match ty {
            Ty::Opaque(id, _) => {
                let revealed = self.registry.borrow().opaque_returns[*id].revealed.clone()?;
                self.reveal(&revealed)
            }
            other => Some(other.clone()),
        }
    }

    /// The `impl Drop` of a struct type: the impl and its arguments.
    pub(super) fn drop_impl_of(&self, ty: &Ty) -> Option<(usize, Vec<Ty>)> {
        self.impl_of(ty, TraitRef::Std(StdTrait::Drop))
    }

    /// The `impl` of `trait_` for `ty`, with the impl's arguments bound by
    /// matching its self type (`None` if there is none, or its bounds fail).
    pub(super) fn impl_of(&self, ty: &Ty, trait_: TraitRef) -> Option<(usize, Vec<Ty>)> {
        self.impls.iter().enumerate().find_map(|(i, imp)| {
            if imp.trait_ != Some(trait_) {
                return None;
            }
            let args = self.match_impl(i, ty)?;
            Some((i, args))
        })
    }

    /// The arguments that make impl `index`'s self type `ty`, if it applies
    /// (its parameters' bounds hold). Parameters the self type does not
    /// mention stay `Var`-free placeholders (`Never`).
    pub(super) fn match_impl(&self, index: usize, ty: &Ty) -> Option<Vec<Ty>> {
        let imp = &self.impls[index];
        let mut bound = vec![None; imp.params.len()];
        if !match_ty(&imp.self_ty, ty, &mut bound) {
            return None;
        }
        let args: Vec<Ty> = bound.into_iter().map(|b| b.unwrap_or(Ty::Never)).collect();
        // Bounds on types not decided yet are checked once they are.
        let holds =
            imp.params.iter().zip(&args).all(|(param, arg)| {
                super::generics::has_var(arg) || param.bounds.iter().all(|b| self.implements(arg, *b))
            });
        holds.then_some(args)
    }

    /// The template of method `name` of impl `imp` (an impl of a std
    /// trait, checked to have it when the impl was read).
    pub(super) fn impl_method(&self, imp: usize, name: &str) -> usize {
        self.impls[imp]
            .methods
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| *t)
            .unwrap_or_default()
    }

    /// Whether `ty` implements `trait_`, as far as the model knows the std
    /// types. Undecided integers and floats count as every integer or float
    /// type; other undecided types implement nothing.
    pub(super) fn implements(&self, ty: &Ty, trait_: TraitRef) -> bool {
        if let Ty::Dyn(name) = ty {
            return self.dyn_implements(name, trait_);
        }
        if let (Ty::Opaque(..), TraitRef::Fn(wanted)) = (ty, trait_) {
            return self.opaque_implements_fn(ty, wanted);
        }
        if let Ty::Opaque(id, _) = ty {
            let bounds = self.registry.borrow().opaque_returns[*id].bounds.clone();
            return bounds.into_iter().any(|b| self.supertraits_of(b).contains(&trait_));
        }
        if let Ty::Param(index, _) = ty {
            return self.param_implements(*index as usize, trait_);
        }
        if let TraitRef::User(_) = trait_ {
            return self.impl_of(ty, trait_).is_some();
        }
        if let TraitRef::Fn(bound) = trait_ {
            return self.closure_implements(ty, bound);
        }
        let TraitRef::Std(std) = trait_ else {
            return false;
        };
        if matches!(ty, Ty::Adt(..) | Ty::GenericAdt(..)) {
            let derives = self.derives_of(ty).unwrap_or_default();
            let derived = match std {
                StdTrait::Display => false,
                StdTrait::Debug => derives.debug,
                StdTrait::Clone => derives.clone,
                StdTrait::Copy => derives.copy,
                StdTrait::PartialEq => derives.partial_eq,
                StdTrait::Eq => derives.eq,
                StdTrait::PartialOrd => derives.partial_ord,
                StdTrait::Ord => derives.ord,
                StdTrait::Default => derives.default,
                StdTrait::Hash => derives.hash,
                // `Drop` and the operators are never derived.
                _ => false,
            };
            return derived || self.impl_of(ty, trait_).is_some();
        }
        let all = |tys: &[Ty]| tys.iter().all(|t| self.implements(t, trait_));
        let integer = matches!(ty, Ty::Int(_) | Ty::IntVar(_));
        let float = matches!(ty, Ty::Float(_) | Ty::FloatVar(_));
        let scalar = integer || float || matches!(ty, Ty::Bool | Ty::Char);
        match (std, ty) {
            (StdTrait::Drop | StdTrait::Iterator | StdTrait::Deref | StdTrait::DerefMut, _) => false,
            (StdTrait::Error, _) => matches!(ty, Ty::StdError(_)),
            (operator, _) if operator.is_operator() => integer || float,
            (_, Ty::Var(_) | Ty::Param(..) | Ty::Never | Ty::Formatter) => false,
            (StdTrait::Display, Ty::Str | Ty::String) => true,
            (StdTrait::Display, Ty::Ref(_, inner) | Ty::Box(inner)) => self.implements(inner, trait_),
            (StdTrait::Display, Ty::Shared(SharedTy::Rc | SharedTy::Ref | SharedTy::RefMut, inner)) => {
                self.implements(inner, trait_)
            }
            (StdTrait::Copy, _) => self.is_copy(ty),
            (
                StdTrait::Display | StdTrait::Debug | StdTrait::Clone | StdTrait::PartialEq | StdTrait::Eq,
                Ty::StdError(_),
            ) => true,
            (_, Ty::StdError(_)) => false,
            // The model prints and clones maps; it does not compare them.
            (StdTrait::Debug | StdTrait::Clone, Ty::HashMap(key, value)) => {
                self.implements(key, trait_) && self.implements(value, trait_)
            }
            (_, Ty::HashMap(..)) => false,
            (StdTrait::Display, _) => scalar,
            (StdTrait::Hash, Ty::Float(_) | Ty::FloatVar(_)) => false,
            (StdTrait::Eq | StdTrait::Ord, _) if float => false,
            (_, _) if scalar => true,
            (StdTrait::Debug | StdTrait::PartialEq | StdTrait::Eq, Ty::FmtResult) => true,
            (_, Ty::FmtResult) => std == StdTrait::Clone,
            (StdTrait::Default, Ty::Str | Ty::Slice(_) | Ty::Ref(..)) => {
                matches!(ty, Ty::Ref(Mutability::Not, inner) if **inner == Ty::Str)
            }
            (StdTrait::Default, Ty::String | Ty::Vec(_)) => true,
            (_, Ty::Str | Ty::String) => true,
            (StdTrait::Clone, Ty::Ref(Mutability::Not, _)) => true,
            (StdTrait::Clone, Ty::Ref(Mutability::Mut, _)) => false,
            (_, Ty::Ref(_, inner) | Ty::Box(inner) | Ty::Vec(inner) | Ty::Slice(inner)) => {
                self.implements(inner, trait_)
            }
            (_, Ty::Array(inner, _)) => self.implements(inner, trait_),
            (_, Ty::Tuple(fields)) => all(fields),
            (StdTrait::Default, Ty::Option(_)) => true,
            (StdTrait::Default, Ty::Result(..)) => false,
            (_, Ty::Option(inner)) => self.implements(inner, trait_),
            (_, Ty::Result(ok, err)) => self.implements(ok, trait_) && self.implements(err, trait_),
            (StdTrait::Clone | StdTrait::Debug, Ty::Shared(SharedTy::Rc | SharedTy::Weak, _)) => true,
            (StdTrait::Debug, Ty::Shared(_, inner)) => self.implements(inner, trait_),
            (StdTrait::Clone, Ty::Shared(SharedTy::RefCell, inner)) => self.implements(inner, trait_),
            (StdTrait::Clone, Ty::Shared(SharedTy::Cell, inner)) => self.is_copy(inner),
            (StdTrait::Default, Ty::Shared(SharedTy::Rc | SharedTy::RefCell | SharedTy::Cell, inner)) => {
                self.implements(inner, trait_)
            }
            _ => false,
        }
    }

    /// Whether a type parameter's bounds give it a trait (with what they
    /// imply: supertraits, `Copy: Clone`, `Ord: PartialOrd + Eq`…).
    pub(super) fn param_implements(&self, index: usize, trait_: TraitRef) -> bool {
        let bounds = self.param_bounds.borrow();
        let Some(bounds) = bounds.as_ref().and_then(|b| b.get(index)) else {
            return false;
        };
        bounds.iter().any(|bound| {
            self.supertraits_of(*bound).iter().any(|implied| {
                *implied == trait_
                    || match (implied, trait_) {
                        (TraitRef::Std(StdTrait::Copy), TraitRef::Std(StdTrait::Clone)) => true,
                        (TraitRef::Std(StdTrait::Eq), TraitRef::Std(StdTrait::PartialEq)) => true,
                        (TraitRef::Std(StdTrait::PartialOrd), TraitRef::Std(StdTrait::PartialEq)) => true,
                        (TraitRef::Std(StdTrait::Ord), TraitRef::Std(other)) => {
                            matches!(other, StdTrait::PartialOrd | StdTrait::Eq | StdTrait::PartialEq)
                        }
                        _ => false,
                    }
            })
        })
    }

    /// Whether `dyn name` implements a trait: the trait itself and its supertraits.
    fn dyn_implements(&self, name: &str, trait_: TraitRef) -> bool {
        let Some(id) = self.trait_named(name) else {
            return match trait_ {
                // `Error: Debug + Display`.
                TraitRef::Std(StdTrait::Display | StdTrait::Debug) if name == StdTrait::Error.path() => true,
                TraitRef::Std(std) => std.name() == name || std.path() == name,
                TraitRef::User(_) | TraitRef::Fn(_) => false,
            };
        };
        self.supertraits_of(TraitRef::User(id)).contains(&trait_)
    }

    /// A trait and all its supertraits, the trait first.
    pub(super) fn supertraits_of(&self, trait_: TraitRef) -> Vec<TraitRef> {
        let mut all = vec![trait_];
        let mut index = 0;
        while index < all.len() {
            if let TraitRef::User(id) = all[index] {
                for sup in &self.traits[id].supertraits {
                    if !all.contains(sup) {
                        all.push(*sup);
                    }
                }
            }
            index += 1;
        }
        all
    }

    /// The function implementing method `name` of trait `trait_` for `ty`:
    /// the impl's method, or the trait's default one; with the template
    /// arguments (the impl's, or `Self`).
    pub(super) fn trait_method_for(&self, ty: &Ty, trait_: usize, name: &str) -> Option<(usize, Vec<Ty>)> {
        let (imp, args) = self.impl_of(ty, TraitRef::User(trait_))?;
        if let Some((_, template)) = self.impls[imp].methods.iter().find(|(n, _)| n == name) {
            return Some((*template, args));
        }
        let method = self.traits[trait_].methods.iter().find(|m| m.name == name)?;
        Some((method.default?, vec![ty.clone()]))
    }
}

/// rustc has no such limit; the model declines rather than run forever.
pub(super) fn too_many_instances(span: Span) -> Diagnostic {
    Diagnostic::unsupported(
        format!(
            "more than {MAX_INSTANCES} instances of generic items (does a generic function call itself with ever larger types?)"
        ),
        span,
    )
}

/// `ty` with each `Param(i)` replaced by `args[i]`.
pub(super) fn subst(ty: &Ty, args: &[Ty]) -> Ty {
    match ty {
        Ty::Param(index, _) => args.get(*index as usize).cloned().unwrap_or_else(|| ty.clone()),
        other => other.map_children(|t| subst(t, args)),
    }
}

/// A generic enum's variant with the enum's type arguments.
fn instantiate_variant(variant: &VariantDef, args: &[Ty]) -> VariantDef {
    VariantDef {
        name: variant.name.clone(),
        kind: variant.kind,
        fields: (variant.fields.iter())
            .map(|(n, t)| (n.clone(), subst(t, args)))
            .collect(),
        discriminant: variant.discriminant,
    }
}

/// Whether `ty` names no generic struct, `impl Trait` or type parameter:
/// nothing for [`Items::concretize`] to replace.
pub(super) fn is_concrete(ty: &Ty) -> bool {
    !ty.contains(&|t| matches!(t, Ty::GenericAdt(..) | Ty::Opaque(..) | Ty::Param(..)))
}

/// Whether `ty` contains a `Param`.
pub(super) fn has_param(ty: &Ty) -> bool {
    matches!(ty, Ty::Param(..)) || ty.any_child(has_param)
}

/// Matches a pattern with `Param`s against a type, binding the parameters.
/// Undecided integers match integer types, undecided floats float types,
/// and other undecided types anything.
pub(super) fn match_ty(pattern: &Ty, ty: &Ty, bound: &mut [Option<Ty>]) -> bool {
    match (pattern, ty) {
        (Ty::Param(index, _), _) => {
            let Some(slot) = bound.get_mut(*index as usize) else {
                return false;
            };
            match slot {
                Some(previous) => previous == ty,
                None => {
                    *slot = Some(ty.clone());
                    true
                }
            }
        }
        (_, Ty::Var(_)) => true,
        (Ty::Int(_), Ty::IntVar(_)) | (Ty::Float(_), Ty::FloatVar(_)) => true,
        (Ty::Tuple(xs), Ty::Tuple(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| match_ty(x, y, bound)),
        (Ty::Ref(m1, x), Ty::Ref(m2, y)) => m1 == m2 && match_ty(x, y, bound),
        (Ty::Box(x), Ty::Box(y))
        | (Ty::Vec(x), Ty::Vec(y))
        | (Ty::Slice(x), Ty::Slice(y))
        | (Ty::Option(x), Ty::Option(y)) => match_ty(x, y, bound),
        (Ty::Result(x1, x2), Ty::Result(y1, y2)) => match_ty(x1, y1, bound) && match_ty(x2, y2, bound),
        (Ty::Shared(k1, x), Ty::Shared(k2, y)) => k1 == k2 && match_ty(x, y, bound),
        (Ty::Array(x, n), Ty::Array(y, m)) => n == m && match_ty(x, y, bound),
        (Ty::GenericAdt(a, _, xs), Ty::GenericAdt(b, _, ys)) => {
            a == b && xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| match_ty(x, y, bound))
        }
        _ => pattern == ty,
    }
}

// ---- collection ---------------------------------------------------------

/// The bodies of the file's functions, methods and default methods.
fn function_bodies(file: &syn::File) -> impl Iterator<Item = &syn::Block> {
    file.items.iter().flat_map(|item| -> Vec<&syn::Block> {
        match item {
            syn::Item::Fn(func) => vec![&func.block],
            syn::Item::Impl(imp) => imp
                .items
                .iter()
                .filter_map(|i| match i {
                    syn::ImplItem::Fn(func) => Some(&func.block),
                    _ => None,
                })
                .collect(),
            syn::Item::Trait(tr) => tr
                .items
                .iter()
                .filter_map(|i| match i {
                    syn::TraitItem::Fn(func) => func.default.as_ref(),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    })
}

/// The items of a file, sorted by kind, before anything is resolved.
struct Sorted<'a> {
    functions: Vec<&'a syn::ItemFn>,
    structs: Vec<&'a syn::ItemStruct>,
    enums: Vec<&'a syn::ItemEnum>,
    traits: Vec<&'a syn::ItemTrait>,
    impls: Vec<&'a syn::ItemImpl>,
    /// `use Shape::*;` and `use Shape::{Circle, Square};` of the program's own enums.
    variant_imports: Vec<&'a syn::ItemUse>,
}

/// Reads every item of the file into templates, checking what rustc checks
/// about them (missing trait items, impls for foreign types).
pub(super) fn collect<'a>(file: &'a syn::File, edition: crate::Edition) -> Result<Items<'a>> {
    let mut sorted = Sorted {
        functions: Vec::new(),
        structs: Vec::new(),
        enums: Vec::new(),
        traits: Vec::new(),
        impls: Vec::new(),
        variant_imports: Vec::new(),
    };
    let mut items = Items {
        edition,
        ..Items::default()
    };
    for item in &file.items {
        match item {
            syn::Item::Fn(func) => sorted.functions.push(func),
            syn::Item::Struct(item) => sorted.structs.push(item),
            syn::Item::Enum(item) => sorted.enums.push(item),
            syn::Item::Trait(item) => sorted.traits.push(item),
            syn::Item::Impl(item) => sorted.impls.push(item),
            // Imports from std only shorten names the model resolves anyway.
            syn::Item::Use(item) if use_is_from_std(&item.tree) => std_imports(&item.tree, &[], &mut items.imports),
            syn::Item::Use(item) => sorted.variant_imports.push(item),
            syn::Item::Const(item) => super::consts::top_level(item, &mut items.consts)?,
            syn::Item::Static(item) => super::statics::top_level(item, &mut items.statics)?,
            other => {
                return unsupported(
                    "items other than functions, structs, enums, traits and `impl` blocks",
                    other,
                );
            }
        }
    }
    let own_names: Vec<String> = (sorted.structs.iter().map(|s| s.ident.to_string()))
        .chain(sorted.enums.iter().map(|e| e.ident.to_string()))
        .collect();
    let std_ordering = super::ordering::std_ordering_items(&items, &own_names);
    if let Some(ordering) = &std_ordering {
        sorted.enums.push(ordering.item);
        sorted.impls.push(ordering.methods);
    }
    for body in function_bodies(file) {
        super::consts::in_body(body, &mut items.consts)?;
    }
    let Some(main) = sorted.functions.iter().position(|f| f.sig.ident == "main") else {
        return Err(Diagnostic::rejected(
            "E0601",
            "`main` function not found in crate",
            Span::point(1, 1),
        ));
    };
    let sig = &sorted.functions[main].sig;
    // `main` may return a `Result`; `main_return_error` checks its type once lowered.
    if !sig.inputs.is_empty() || !sig.generics.params.is_empty() {
        return unsupported("`main` with parameters or generics", sig);
    }
    // Names first: field and signature types may name any struct or trait.
    for item in &sorted.structs {
        let (derives, kind) = struct_header(item)?;
        let params = type_params_of(&item.generics)?;
        let lifetime_count = lifetimes::declared(&item.generics).len();
        if params.is_empty() {
            items.adts.push(AdtDef {
                name: item.ident.to_string(),
                kind,
                fields: Vec::new(),
                derives,
                drop_impl: None,
                lifetimes: AdtLifetimes {
                    count: lifetime_count,
                    fields: Vec::new(),
                },
                enum_variants: None,
            });
        } else if lifetime_count > 0 {
            return unsupported("generic structs with lifetime parameters", &item.generics);
        } else {
            items.structs.push(Rc::new(GenericStruct {
                name: item.ident.to_string(),
                kind,
                bounds: vec![Vec::new(); params.len()],
                params,
                fields: Vec::new(),
                derives,
                variants: None,
            }));
        }
    }
    for item in &sorted.traits {
        if !item.generics.params.is_empty() || item.generics.where_clause.is_some() {
            return unsupported("generic traits", &item.generics);
        }
        if item.unsafety.is_some() || item.modifiers.auto_token.is_some() {
            return unsupported("`unsafe` and `auto` traits", item);
        }
        items.traits.push(TraitInfo {
            name: item.ident.to_string(),
            supertraits: Vec::new(),
            methods: Vec::new(),
            consts: Vec::new(),
            assoc_types: item
                .items
                .iter()
                .filter_map(|i| match i {
                    syn::TraitItem::Type(t) => Some((t.ident.to_string(), span_of(t.span()))),
                    _ => None,
                })
                .collect(),
            declared: item
                .items
                .iter()
                .filter_map(|i| {
                    let name = match i {
                        syn::TraitItem::Fn(f) => &f.sig.ident,
                        syn::TraitItem::Type(t) => &t.ident,
                        syn::TraitItem::Const(c) => &c.ident,
                        _ => return None,
                    };
                    Some((name.to_string(), span_of(i.span())))
                })
                .collect(),
        });
    }
    let (generic_enums, plain_enums): (Vec<&syn::ItemEnum>, Vec<&syn::ItemEnum>) = sorted
        .enums
        .iter()
        .partition(|e| e.generics.type_params().next().is_some());
    for item in &plain_enums {
        items.adts.push(enums::enum_header(item)?);
    }
    for item in &generic_enums {
        let header = enums::enum_header(item)?;
        items.structs.push(Rc::new(GenericStruct {
            name: header.name,
            kind: header.kind,
            bounds: Vec::new(),
            params: type_params_of(&item.generics)?,
            fields: Vec::new(),
            derives: header.derives,
            variants: Some(Vec::new()),
        }));
    }
    struct_fields(&mut items, &sorted.structs)?;
    let first_enum = items.adts.len() - plain_enums.len();
    for (index, item) in plain_enums.iter().enumerate() {
        let variants = enums::enum_variants(item, &items)?;
        items.adts[first_enum + index].enum_variants = Some(variants);
    }
    let first_generic_enum = items.structs.len() - generic_enums.len();
    for (index, item) in generic_enums.iter().enumerate() {
        let (variants, bounds) = enums::generic_enum_variants(item, &items)?;
        let template = Rc::make_mut(&mut items.structs[first_generic_enum + index]);
        template.variants = Some(variants);
        template.bounds = bounds;
    }
    for item in &sorted.variant_imports {
        enums::import_variants(item, &mut items)?;
    }
    let mut plain = 0;
    for item in &sorted.structs {
        // Generic structs have no lifetimes of their own; this finds their
        // elided ones (E0106).
        let lifetimes = lifetimes::struct_lifetimes(item, &items)?;
        if item.generics.type_params().next().is_none() {
            items.adts[plain].lifetimes = lifetimes;
            plain += 1;
        }
    }
    check_recursive_types(&items, &sorted)?;
    // std's iterator structs come after the program's generic types, whose
    // positions are their template ids, and before any signature names one.
    items.structs.extend(super::iterators::std_iterator_templates());
    if !sorted.structs.is_empty() || !sorted.enums.is_empty() {
        let declined = |message: String| Diagnostic::unsupported(message, Span::point(1, 1));
        let mut defs = super::super::types::defs_of_file(file).map_err(declined)?;
        if let Some(ordering) = &std_ordering {
            super::super::types::collect_items(&[syn::Item::Enum(ordering.item.clone())], &mut defs)
                .map_err(declined)?;
        }
        items.layout_defs = defs;
    }
    trait_items(&mut items, &sorted.traits)?;
    // Free functions first, so that their instances keep source order.
    for (index, func) in sorted.functions.iter().enumerate() {
        if index == main {
            items.main = items.templates.len();
        }
        let template = FnParts {
            sig: &func.sig,
            block: &func.block,
            span: crate::syntax::spans::fn_span(&func.attrs, &func.vis, &func.sig, &func.block),
            owner: Owner::Free,
            owner_params: Vec::new(),
            self_ty: None,
            impl_block: None,
            assoc_types: Vec::new(),
        };
        add_template(&mut items, template)?;
    }
    for item in &sorted.impls {
        impl_items(&mut items, item)?;
    }
    for item in &sorted.impls {
        check_comparison_supertraits(&items, item)?;
    }
    // Every template without parameters is lowered, used or not, as rustc
    // checks every function.
    for (id, template) in items.templates.iter().enumerate() {
        if template.params.is_empty() {
            items.registry.get_mut().functions.push((id, Vec::new()));
        }
    }
    // `Drop` and `fmt` of the non-generic structs.
    for adt in 0..items.adts.len() {
        let ty = Ty::Adt(adt, items.adts[adt].name.as_str().into());
        if let Some((imp, args)) = items.drop_impl_of(&ty)
            && let Some((_, template)) = items.impls[imp].methods.iter().find(|(n, _)| n == "drop")
        {
            let function = items.instance(*template, args, Span::point(1, 1))?;
            items.adts[adt].drop_impl = Some(function);
        }
        for (trait_, std) in [
            (FormatTrait::Display, StdTrait::Display),
            (FormatTrait::Debug, StdTrait::Debug),
        ] {
            if let Some((imp, args)) = items.impl_of(&ty, TraitRef::Std(std))
                && let Some((_, template)) = items.impls[imp].methods.iter().find(|(n, _)| n == "fmt")
            {
                let function = items.instance(*template, args, Span::point(1, 1))?;
                items
                    .registry
                    .get_mut()
                    .traits
                    .fmt_impls
                    .push(FmtImpl { adt, trait_, function });
            }
        }
    }
    Ok(items)
}

/// A struct's derives and kind.
fn struct_header(item: &syn::ItemStruct) -> Result<(Derives, StructKind)> {
    let derives = derives_of(&item.attrs)?;
    if let Some(attr) = item.attrs.iter().find(|attr| attr.path().is_ident("repr")) {
        return unsupported("`#[repr]` on structs in programs the model runs", attr);
    }
    let kind = match &item.fields {
        syn::Fields::Named(_) => StructKind::Named,
        syn::Fields::Unnamed(_) => StructKind::Tuple,
        syn::Fields::Unit => StructKind::Unit,
    };
    Ok((derives, kind))
}

/// The names of a struct's type parameters (lifetimes are ignored; their
/// bounds are read with the fields).
fn type_params_of(generics: &syn::Generics) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for param in &generics.params {
        match param {
            syn::GenericParam::Lifetime(_) => {}
            syn::GenericParam::Type(param) if param.default.is_none() => names.push(param.ident.to_string()),
            other => return unsupported("defaults and const parameters on a struct", other),
        }
    }
    Ok(names)
}

fn struct_fields(items: &mut Items, structs: &[&syn::ItemStruct]) -> Result<()> {
    let mut all_fields = Vec::new();
    let mut all_bounds = Vec::new();
    for item in structs {
        let params = type_params_of(&item.generics)?;
        let mut types = Lowerer::new(&[], items, false);
        all_bounds.push(types.own_generics(&item.generics, 0)?);
        types.type_params = params
            .iter()
            .enumerate()
            .map(|(i, name)| (name.clone(), Ty::Param(i as u32, name.clone())))
            .collect();
        let (_, fields) = types.lower_fields(&item.fields)?;
        all_fields.push((params.is_empty(), fields));
    }
    let (mut plain, mut generic) = (0, 0);
    for ((is_plain, fields), bounds) in all_fields.into_iter().zip(all_bounds) {
        if is_plain {
            items.adts[plain].fields = fields;
            plain += 1;
        } else {
            let template = Rc::make_mut(&mut items.structs[generic]);
            template.fields = fields;
            template.bounds = bounds.into_iter().map(|p| p.bounds).collect();
            generic += 1;
        }
    }
    Ok(())
}

/// Where the fields of the type named `name` mention it directly, not
/// behind a pointer: the spans rustc labels `recursive without indirection`.
fn inline_self_mentions(sorted: &Sorted, name: &str) -> Vec<Span> {
    let struct_fields = sorted
        .structs
        .iter()
        .filter(|s| s.ident == name)
        .flat_map(|s| s.fields.iter());
    let variant_fields = sorted
        .enums
        .iter()
        .filter(|e| e.ident == name)
        .flat_map(|e| e.variants.iter().flat_map(|v| v.fields.iter()));
    let mut found = Vec::new();
    for field in struct_fields.chain(variant_fields) {
        find_inline_mentions(&field.ty, name, &mut found);
    }
    found
}

fn find_inline_mentions(ty: &syn::Type, name: &str, found: &mut Vec<Span>) {
    match ty {
        syn::Type::Path(path) => {
            let Some(last) = path.path.segments.last() else {
                return;
            };
            if last.ident == name {
                found.push(span_of(ty.span()));
                return;
            }
            // Behind these the value is on the heap or borrowed: finite size.
            if ["Box", "Rc", "Arc", "Vec", "Weak"].iter().any(|p| last.ident == p) {
                return;
            }
            if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
                for arg in &args.args {
                    if let syn::GenericArgument::Type(inner) = arg {
                        find_inline_mentions(inner, name, found);
                    }
                }
            }
        }
        syn::Type::Tuple(tuple) => tuple.elems.iter().for_each(|t| find_inline_mentions(t, name, found)),
        syn::Type::Array(array) => find_inline_mentions(&array.elem, name, found),
        syn::Type::Paren(paren) => find_inline_mentions(&paren.elem, name, found),
        _ => {}
    }
}

/// rustc's E0072: a struct or enum that holds itself inline (not behind a
/// pointer) would be infinitely large. Plain types first, then generic ones.
fn check_recursive_types(items: &Items, sorted: &Sorted) -> Result<()> {
    let header = |keyword: Span, ident: &syn::Ident| keyword.to(span_of(ident.span()));
    let plain_structs = sorted
        .structs
        .iter()
        .filter(|s| s.generics.type_params().next().is_none());
    let generic_structs = sorted
        .structs
        .iter()
        .filter(|s| s.generics.type_params().next().is_some());
    let plain = plain_structs
        .map(|s| header(span_of(s.struct_token.span), &s.ident))
        .chain(
            sorted
                .enums
                .iter()
                .filter(|e| e.generics.type_params().next().is_none())
                .map(|e| header(span_of(e.enum_token.span), &e.ident)),
        )
        .enumerate()
        .map(|(id, span)| (Ty::Adt(id, "".into()), span));
    let generic_enums = sorted
        .enums
        .iter()
        .filter(|e| e.generics.type_params().next().is_some())
        .map(|e| header(span_of(e.enum_token.span), &e.ident).to(span_of(e.generics.span())));
    // rustc's span takes the generic parameters in: `struct Node<T>`.
    let generic = generic_structs
        .map(|s| header(span_of(s.struct_token.span), &s.ident).to(span_of(s.generics.span())))
        .chain(generic_enums)
        .enumerate()
        .map(|(id, span)| (Ty::GenericAdt(id, String::new(), Vec::new()), span));
    for (target, span) in plain.chain(generic) {
        if items.holds_inline(&target, &target, &mut Vec::new(), true) {
            let name = match &target {
                Ty::Adt(id, _) => &items.adts[*id].name,
                Ty::GenericAdt(id, ..) => &items.structs[*id].name,
                _ => unreachable!("only structs and enums are checked"),
            };
            let inline = inline_self_mentions(sorted, name);
            let mut diagnostic =
                Diagnostic::rejected("E0072", format!("recursive type `{name}` has infinite size"), span);
            for mention in &inline {
                diagnostic = diagnostic.with_label(*mention, "recursive without indirection");
            }
            let boxed = inline
                .iter()
                .flat_map(|m| {
                    [
                        (Span::point(m.line, m.col), "Box<".to_string()),
                        (Span::point(m.end_line, m.end_col), ">".to_string()),
                    ]
                })
                .collect();
            return Err(diagnostic.with_suggestion(
                "insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle",
                boxed,
            ));
        }
    }
    Ok(())
}

impl Items<'_> {
    /// Whether a value of `ty` holds a value of the struct or enum `target`
    /// inline. Types are compared by identity, whatever their arguments.
    fn holds_inline(&self, target: &Ty, ty: &Ty, visiting: &mut Vec<(bool, usize)>, start: bool) -> bool {
        let key = match ty {
            Ty::Adt(id, _) => Some((false, *id)),
            Ty::GenericAdt(id, ..) => Some((true, *id)),
            _ => None,
        };
        let same = |a: &Ty, b: &Ty| match (a, b) {
            (Ty::Adt(x, _), Ty::Adt(y, _)) | (Ty::GenericAdt(x, ..), Ty::GenericAdt(y, ..)) => x == y,
            _ => false,
        };
        match ty {
            Ty::Adt(..) | Ty::GenericAdt(..) => {
                if same(ty, target) && !start {
                    return true;
                }
                let key = key.unwrap_or_default();
                if visiting.contains(&key) {
                    return false;
                }
                visiting.push(key);
                let fields: Vec<Ty> = match ty {
                    Ty::Adt(id, _) => self.adts.get(*id).map_or_else(Vec::new, |adt| {
                        let variant_fields = adt.enum_variants.iter().flatten().flat_map(|v| v.fields.iter());
                        adt.fields
                            .iter()
                            .chain(variant_fields)
                            .map(|(_, f)| f.clone())
                            .collect()
                    }),
                    Ty::GenericAdt(id, ..) => self.structs.get(*id).map_or_else(Vec::new, |s| {
                        let variant_fields = s.variants.iter().flatten().flat_map(|v| v.fields.iter());
                        s.fields.iter().chain(variant_fields).map(|(_, f)| f.clone()).collect()
                    }),
                    _ => Vec::new(),
                };
                fields.iter().any(|f| self.holds_inline(target, f, visiting, false))
            }
            Ty::Tuple(items) => items.iter().any(|t| self.holds_inline(target, t, visiting, false)),
            Ty::Array(inner, _) | Ty::Option(inner) | Ty::Shared(SharedTy::RefCell | SharedTy::Cell, inner) => {
                self.holds_inline(target, inner, visiting, false)
            }
            Ty::Result(ok, err) => {
                self.holds_inline(target, ok, visiting, false) || self.holds_inline(target, err, visiting, false)
            }
            _ => false,
        }
    }
}

/// Supertraits, method signatures and default methods of each trait.
fn trait_items<'a>(items: &mut Items<'a>, traits: &[&'a syn::ItemTrait]) -> Result<()> {
    for (id, item) in traits.iter().enumerate() {
        let supertraits = {
            let types = Lowerer::new(&[], items, false);
            types.trait_bounds(&item.supertraits)?
        };
        items.traits[id].supertraits = supertraits;
        for trait_item in &item.items {
            match trait_item {
                syn::TraitItem::Fn(func) => {
                    let self_param = GenericParam {
                        name: "Self".into(),
                        bounds: vec![TraitRef::User(id)],
                    };
                    let self_ty = Ty::Param(0, "Self".into());
                    let (receiver, params, ret, generic) = {
                        let mut types = Lowerer::new(&[], items, false);
                        types.type_params = vec![("Self".into(), self_ty.clone())];
                        types.self_ty = Some(self_ty.clone());
                        types.assoc_types = declared_assoc_types(&items.traits[id].assoc_types);
                        let own = types.own_params(&func.sig, 1)?;
                        let generic = !own.is_empty();
                        if generic {
                            (receiver_of(&func.sig), Vec::new(), Ty::unit(), true)
                        } else {
                            let (params, ret) = types.signature_types(&func.sig)?;
                            (receiver_of(&func.sig), params, ret, false)
                        }
                    };
                    let default = match &func.default {
                        Some(block) => Some(add_template(
                            items,
                            FnParts {
                                sig: &func.sig,
                                block,
                                span: crate::syntax::spans::fn_span(
                                    &func.attrs,
                                    &syn::Visibility::Inherited,
                                    &func.sig,
                                    block,
                                ),
                                owner: Owner::TraitDefault(id),
                                owner_params: vec![self_param],
                                self_ty: Some(self_ty),
                                impl_block: None,
                                assoc_types: Vec::new(),
                            },
                        )?),
                        None => None,
                    };
                    items.traits[id].methods.push(TraitMethod {
                        name: func.sig.ident.to_string(),
                        default,
                        receiver,
                        params,
                        ret,
                        generic,
                        sized_only: sized_only(&func.sig),
                    });
                }
                syn::TraitItem::Const(constant) => {
                    if !constant.generics.params.is_empty() {
                        return unsupported("generic associated constants", constant);
                    }
                    items.traits[id].consts.push(TraitConst {
                        name: constant.ident.to_string(),
                        ty: &constant.ty,
                        default: constant.default.as_ref().map(|(_, expr)| expr),
                    });
                }
                syn::TraitItem::Type(assoc) => {
                    if !assoc.generics.params.is_empty() || assoc.generics.where_clause.is_some() {
                        return unsupported("generic associated types", assoc);
                    }
                    if !assoc.bounds.is_empty() || assoc.default.is_some() {
                        return unsupported("bounds or defaults on associated types", assoc);
                    }
                }
                other => return unsupported("trait items other than methods, constants and types", other),
            }
        }
    }
    Ok(())
}

/// A trait's associated types as its method signatures see them: `Self::Output`
/// is a parameter after `Self`, decided by each impl.
fn declared_assoc_types(declared: &[(String, Span)]) -> Vec<(String, Ty)> {
    declared
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.clone(), Ty::Param(1 + i as u32, format!("Self::{name}"))))
        .collect()
}

/// `Self: Sized`.
fn is_self_sized(predicate: &syn::PredicateType) -> bool {
    let self_type = matches!(&predicate.bounded_ty, syn::Type::Path(p) if p.path.is_ident("Self"));
    let sized = predicate.bounds.len() == 1
        && matches!(predicate.bounds.first(), Some(syn::TypeParamBound::Trait(b)) if b.path.is_ident("Sized"));
    self_type && sized
}

/// Whether a method has `where Self: Sized` (it is not part of `dyn`).
fn sized_only(sig: &syn::Signature) -> bool {
    sig.generics.where_clause.as_ref().is_some_and(|w| {
        w.predicates
            .iter()
            .any(|p| matches!(p, syn::WherePredicate::Type(t) if is_self_sized(t)))
    })
}

/// How a signature takes `self`.
fn receiver_of(sig: &syn::Signature) -> Receiver {
    match sig.inputs.first() {
        Some(syn::FnArg::Receiver(receiver)) => match &receiver.kind {
            syn::ReceiverKind::Reference(_, _, None) => Receiver::Ref(Mutability::Not),
            syn::ReceiverKind::Reference(_, _, Some(_)) => Receiver::Ref(Mutability::Mut),
            _ => Receiver::Value,
        },
        _ => Receiver::None,
    }
}

/// A function's syntax and the context of its owner.
struct FnParts<'a> {
    sig: &'a syn::Signature,
    block: &'a syn::Block,
    span: Span,
    owner: Owner,
    owner_params: Vec<GenericParam>,
    self_ty: Option<Ty>,
    /// The `impl` block it belongs to, whose lifetimes it may use.
    impl_block: Option<&'a syn::ItemImpl>,
    /// The associated types `Self::Name` stands for.
    assoc_types: Vec<(String, Ty)>,
}

/// Makes a template: its parameters (the owner's, its own, one per `impl
/// Trait` argument) and its signature in terms of them.
fn add_template<'a>(items: &mut Items<'a>, parts: FnParts<'a>) -> Result<usize> {
    let sig = parts.sig;
    if sig.asyncness.is_some()
        || !matches!(sig.safety, syn::Safety::Default)
        || sig.constness.is_some()
        || sig.abi.is_some()
    {
        return unsupported("`async`, `unsafe`, `const` or `extern` functions", sig);
    }
    if sig.variadic.is_some() {
        return unsupported("variadic functions", sig);
    }
    let own_start = parts.owner_params.len();
    let (params, param_tys, ret) = {
        let mut types = Lowerer::new(&[], items, false);
        types.self_ty = parts.self_ty.clone();
        types.assoc_types = parts.assoc_types.clone();
        types.type_params = parts
            .owner_params
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.clone(), Ty::Param(i as u32, p.name.clone())))
            .collect();
        let own = types.own_params(sig, own_start)?;
        let mut params = parts.owner_params.clone();
        params.extend(own);
        for (i, param) in params.iter().enumerate().skip(own_start) {
            types
                .type_params
                .push((param.name.clone(), Ty::Param(i as u32, param.name.clone())));
        }
        // One parameter per `impl Trait` argument type, in order.
        for input in &sig.inputs {
            if let syn::FnArg::Typed(typed) = input {
                for (node, bounds) in impl_traits_in(&typed.ty) {
                    let index = params.len() as u32;
                    let name = format!("impl {}", quote::quote!(#bounds).to_string().replace(" :: ", "::"));
                    let bounds = types.trait_bounds(bounds)?;
                    types.impl_traits.push((node, Ty::Param(index, name.clone())));
                    params.push(GenericParam { name, bounds });
                }
            }
        }
        let (param_tys, ret) = types.signature_types(sig)?;
        (params, param_tys, ret)
    };
    let self_adt = match &parts.self_ty {
        Some(Ty::Adt(id, _)) => items.adts.get(*id),
        _ => None,
    };
    let lifetimes = lifetimes::fn_lifetimes(sig, parts.impl_block, self_adt, items)?;
    let name = sig.ident.to_string();
    items.templates.push(FnTemplate {
        sig,
        block: parts.block,
        span: parts.span,
        name,
        owner: parts.owner,
        params,
        own_start,
        receiver: receiver_of(sig),
        param_tys,
        ret,
        self_ty: parts.self_ty,
        lifetimes,
    });
    Ok(items.templates.len() - 1)
}

/// The `impl Trait` types inside an argument type, with their bounds, keyed
/// by the address of their syntax node.
fn impl_traits_in(ty: &syn::Type) -> Vec<(usize, &Punctuated<syn::TypeParamBound, syn::Token![+]>)> {
    let mut found = Vec::new();
    let mut stack = vec![ty];
    while let Some(ty) = stack.pop() {
        match ty {
            syn::Type::ImplTrait(imp) => found.push((imp as *const syn::TypeImplTrait as usize, &imp.bounds)),
            syn::Type::Reference(r) => stack.push(&r.elem),
            syn::Type::Paren(p) => stack.push(&p.elem),
            syn::Type::Slice(s) => stack.push(&s.elem),
            syn::Type::Array(a) => stack.push(&a.elem),
            syn::Type::Tuple(t) => stack.extend(t.elems.iter().rev()),
            syn::Type::Path(path) => {
                for segment in path.path.segments.iter().rev() {
                    if let syn::PathArguments::AngleBracketed(args) = &segment.arguments {
                        for arg in args.args.iter().rev() {
                            if let syn::GenericArgument::Type(t) = arg {
                                stack.push(t);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// An `impl` block: its parameters, self type and trait, checked against the
/// trait's items; its functions become templates.
fn impl_items<'a>(items: &mut Items<'a>, item: &'a syn::ItemImpl) -> Result<()> {
    if item.unsafety.is_some() || item.modifiers.defaultness.is_some() {
        return unsupported("`unsafe` and `default` impls", item);
    }
    if let Some(bang) = &item.modifiers.polarity {
        return unsupported("negative impls", bang);
    }
    let impl_span = span_of(item.impl_token.span);
    let (params, self_ty, trait_, assoc_types) = {
        let mut types = Lowerer::new(&[], items, false);
        let params = types.enter_generics(&item.generics)?;
        let self_ty = types.lower_type(&item.self_ty)?;
        let trait_ = match &item.trait_ {
            None => None,
            Some((path, _)) => Some(impl_trait_ref(&types, path)?),
        };
        types.self_ty = Some(self_ty.clone());
        check_missing_items(types.items, trait_, item)?;
        let assoc_types = super::assoc_types::impl_assoc_types(&mut types, item, trait_)?;
        (params, self_ty, trait_, assoc_types)
    };
    if let Some(TraitRef::Std(std)) = trait_
        && std.is_operator()
        && items
            .impls
            .iter()
            .any(|imp| imp.trait_ == trait_ && imp.self_ty == self_ty)
    {
        return unsupported(format!("a second `impl {}` for one type", std.name()), item);
    }
    if let Ty::Adt(id, _) = &self_ty {
        lifetimes::impl_self_lifetimes(item, &items.adts[*id])?;
    }
    let local = matches!(self_ty, Ty::Adt(..) | Ty::GenericAdt(..));
    match trait_ {
        None if !local => {
            return unsupported(
                "inherent `impl` blocks for types other than the program's structs and enums",
                &item.self_ty,
            );
        }
        Some(TraitRef::Std(_)) if !local => {
            return Err(Diagnostic::rejected(
                "E0117",
                "only traits defined in the current crate can be implemented for types defined outside of the crate",
                impl_span,
            ));
        }
        Some(TraitRef::Std(std)) => match std {
            StdTrait::Display | StdTrait::Debug | StdTrait::Drop | StdTrait::Clone | StdTrait::Default => {}
            StdTrait::PartialEq | StdTrait::PartialOrd | StdTrait::Ord => {}
            operator if operator.is_operator() => {}
            StdTrait::Eq | StdTrait::Copy if item.items.is_empty() => {}
            StdTrait::Iterator | StdTrait::Deref | StdTrait::DerefMut => {}
            other => return unsupported(format!("implementing `{}` by hand", other.name()), item),
        },
        _ => {}
    }
    let index = items.impls.len();
    items.impls.push(ImplInfo {
        params: params.clone(),
        self_ty: self_ty.clone(),
        trait_,
        methods: Vec::new(),
        consts: Vec::new(),
        assoc_types: assoc_types.clone(),
    });
    let mut methods = Vec::new();
    let mut consts = Vec::new();
    let mut has_output = false;
    for impl_item in &item.items {
        match impl_item {
            syn::ImplItem::Fn(func) => {
                if let Some(TraitRef::User(tr)) = trait_
                    && !items.traits[tr].methods.iter().any(|m| func.sig.ident == m.name)
                {
                    return Err(Diagnostic::rejected(
                        "E0407",
                        format!(
                            "method `{}` is not a member of trait `{}`",
                            func.sig.ident, items.traits[tr].name
                        ),
                        span_of(func.sig.ident.span()),
                    )
                    .with_primary_label(format!("not a member of trait `{}`", items.traits[tr].name)));
                }
                let template = add_template(
                    items,
                    FnParts {
                        sig: &func.sig,
                        block: &func.block,
                        span: crate::syntax::spans::fn_span(&func.attrs, &func.vis, &func.sig, &func.block),
                        owner: Owner::Impl(index),
                        owner_params: params.clone(),
                        self_ty: Some(self_ty.clone()),
                        impl_block: Some(item),
                        assoc_types: assoc_types.clone(),
                    },
                )?;
                if let Some(declared) = super::assoc_types::declaration(items, trait_, &func.sig.ident) {
                    let args = super::assoc_types::trait_args(items, trait_, &self_ty, &assoc_types);
                    check_against_trait(items, &declared, trait_, &args, template, func)?;
                }
                methods.push((func.sig.ident.to_string(), template));
            }
            syn::ImplItem::Const(constant) => {
                if let Some(TraitRef::User(tr)) = trait_
                    && !items.traits[tr].consts.iter().any(|c| constant.ident == c.name)
                {
                    return Err(Diagnostic::rejected(
                        "E0438",
                        format!(
                            "const `{}` is not a member of trait `{}`",
                            constant.ident, items.traits[tr].name
                        ),
                        span_of(constant.ident.span()),
                    ));
                }
                consts.push((constant.ident.to_string(), &constant.ty, &constant.expr));
            }
            // Read before the functions; an operator's `Output` is its
            // method's return type, which must be the same.
            syn::ImplItem::Type(output) => has_output |= output.ident == "Output",
            other => return unsupported("`impl` items other than functions and constants", other),
        }
    }
    if let Some(TraitRef::Std(std)) = trait_
        && std.has_output()
        && !has_output
    {
        return Err(Diagnostic::rejected(
            "E0046",
            "not all trait items implemented, missing: `Output`",
            impl_span,
        ));
    }
    if let Some(TraitRef::Std(std)) = trait_ {
        let required = match std {
            StdTrait::Display | StdTrait::Debug => Some("fmt"),
            StdTrait::Drop => Some("drop"),
            StdTrait::Clone => Some("clone"),
            StdTrait::Default => Some("default"),
            StdTrait::PartialEq => Some("eq"),
            StdTrait::PartialOrd => Some("partial_cmp"),
            StdTrait::Ord => Some("cmp"),
            StdTrait::Add => Some("add"),
            StdTrait::Sub => Some("sub"),
            StdTrait::Mul => Some("mul"),
            StdTrait::Div => Some("div"),
            StdTrait::Rem => Some("rem"),
            StdTrait::AddAssign => Some("add_assign"),
            StdTrait::SubAssign => Some("sub_assign"),
            StdTrait::MulAssign => Some("mul_assign"),
            StdTrait::DivAssign => Some("div_assign"),
            StdTrait::RemAssign => Some("rem_assign"),
            StdTrait::Iterator => Some("next"),
            StdTrait::Deref => Some("deref"),
            StdTrait::DerefMut => Some("deref_mut"),
            _ => None,
        };
        if let Some(name) = required
            && !methods.iter().any(|(n, _)| n == name)
        {
            return Err(Diagnostic::rejected(
                "E0046",
                format!("not all trait items implemented, missing: `{name}`"),
                impl_span,
            )
            .with_primary_label(format!("missing `{name}` in implementation")));
        }
        if let Some((name, _)) = methods.iter().find(|(n, _)| Some(n.as_str()) != required) {
            return unsupported(format!("`{name}` in an `impl {}`", std.name()), item);
        }
    }
    items.impls[index].methods = methods;
    items.impls[index].consts = consts;
    Ok(())
}

/// rustc's E0046: the items of the trait without a default that the impl
/// does not define, in the trait's order, each labelled where declared.
fn check_missing_items(items: &Items, trait_: Option<TraitRef>, item: &syn::ItemImpl) -> Result<()> {
    let defined: Vec<String> = item
        .items
        .iter()
        .filter_map(|i| match i {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            syn::ImplItem::Const(c) => Some(c.ident.to_string()),
            syn::ImplItem::Type(t) => Some(t.ident.to_string()),
            _ => None,
        })
        .collect();
    let required: Vec<(String, Option<Span>)> = match trait_ {
        Some(TraitRef::User(tr)) => {
            let info = &items.traits[tr];
            let without_default = |name: &str| {
                info.methods.iter().any(|m| m.name == name && m.default.is_none())
                    || info.consts.iter().any(|c| c.name == name && c.default.is_none())
                    || info.assoc_types.iter().any(|(n, _)| n == name)
            };
            info.declared
                .iter()
                .filter(|(name, _)| without_default(name))
                .map(|(name, span)| (name.clone(), Some(*span)))
                .collect()
        }
        Some(TraitRef::Std(StdTrait::Iterator)) => vec![("Item".into(), None), ("next".into(), None)],
        Some(TraitRef::Std(StdTrait::Deref)) => vec![("Target".into(), None), ("deref".into(), None)],
        _ => return Ok(()),
    };
    let missing: Vec<(String, Option<Span>)> = required.into_iter().filter(|(n, _)| !defined.contains(n)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = missing.iter().map(|(name, _)| format!("`{name}`")).collect();
    let mut diagnostic = Diagnostic::rejected(
        "E0046",
        format!("not all trait items implemented, missing: {}", names.join(", ")),
        span_of(item.impl_token.span),
    )
    .with_primary_label(format!("missing {} in implementation", names.join(", ")));
    for (name, declared) in missing {
        if let Some(span) = declared {
            diagnostic = diagnostic.with_label(span, format!("`{name}` from trait"));
        }
    }
    Err(diagnostic)
}

/// `impl Eq`, `impl PartialOrd` and `impl Ord` need the comparison traits
/// std declares as their supertraits (`Ord: Eq + PartialOrd`), checked once
/// every impl is known; rustc's E0277 points at the self type.
fn check_comparison_supertraits(items: &Items, item: &syn::ItemImpl) -> Result<()> {
    let Some((path, _)) = &item.trait_ else {
        return Ok(());
    };
    let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let required: &[StdTrait] = match StdTrait::from_path(&names) {
        Some(StdTrait::Eq | StdTrait::PartialOrd) => &[StdTrait::PartialEq],
        Some(StdTrait::Ord) => &[StdTrait::Eq, StdTrait::PartialOrd],
        _ => return Ok(()),
    };
    if !item.generics.params.is_empty() {
        return Ok(());
    }
    let self_ty = Lowerer::new(&[], items, false).lower_type(&item.self_ty)?;
    let span = span_of(item.self_ty.span());
    let error = match required
        .iter()
        .find(|&&sup| !items.implements(&self_ty, TraitRef::Std(sup)))
    {
        None => return Ok(()),
        Some(StdTrait::PartialEq) => {
            Diagnostic::rejected("E0277", format!("can't compare `{self_ty}` with `{self_ty}`"), span)
                .with_primary_label(format!("no implementation for `{self_ty} == {self_ty}`"))
                .with_note(format!(
                    "help: the trait `PartialEq` is not implemented for `{self_ty}`"
                ))
        }
        Some(&missing) => super::generics::unsatisfied(items, &self_ty, TraitRef::Std(missing), span),
    };
    Err(error)
}

/// An impl's method against the trait's declaration: `self` (E0185,
/// E0186), the number of parameters (E0050) and their types (E0053).
/// `trait_args` are `Self` and the impl's associated types.
fn check_against_trait(
    items: &Items,
    declared: &TraitMethod,
    trait_: Option<TraitRef>,
    trait_args: &[Ty],
    template: usize,
    func: &syn::ImplItemFn,
) -> Result<()> {
    let trait_name = trait_.map(|t| items.trait_name(t)).unwrap_or_default();
    let t = &items.templates[template];
    // Found only for an error: the signature is printed to find it.
    let span = || span_of(func.sig.span());
    let name = &declared.name;
    match (declared.receiver == Receiver::None, t.receiver == Receiver::None) {
        (true, false) => {
            return Err(Diagnostic::rejected(
                "E0185",
                format!("method `{name}` has a `self` declaration in the impl, but not in the trait"),
                span(),
            ));
        }
        (false, true) => {
            return Err(Diagnostic::rejected(
                "E0186",
                format!("method `{name}` has a `self` declaration in the trait, but not in the impl"),
                span(),
            ));
        }
        _ => {}
    }
    if declared.generic || t.params.len() > t.own_start {
        return Ok(());
    }
    if declared.params.len() != t.param_tys.len() {
        return Err(Diagnostic::rejected(
            "E0050",
            format!(
                "method `{name}` has {} parameter{} but the declaration in trait `{}::{name}` has {}",
                t.param_tys.len(),
                if t.param_tys.len() == 1 { "" } else { "s" },
                trait_name,
                declared.params.len()
            ),
            span(),
        ));
    }
    let expected: Vec<Ty> = declared
        .params
        .iter()
        .chain([&declared.ret])
        .map(|p| subst(p, trait_args))
        .collect();
    let found: Vec<Ty> = t.param_tys.iter().chain([&t.ret]).cloned().collect();
    let Some(index) = expected.iter().zip(&found).position(|(want, have)| want != have) else {
        return Ok(());
    };
    // rustc points at the type that differs, and names its innermost part.
    let type_span = match func.sig.inputs.iter().nth(index) {
        Some(syn::FnArg::Receiver(receiver)) => span_of(receiver.span()),
        Some(syn::FnArg::Typed(typed)) => span_of(typed.ty.span()),
        None => match &func.sig.output {
            syn::ReturnType::Type(_, ty) => span_of(ty.span()),
            syn::ReturnType::Default => span(),
        },
    };
    let label = match innermost_difference(&expected[index], &found[index]) {
        (Ty::Ref(a, x), Ty::Ref(b, y)) if a != b && x == y => "types differ in mutability".to_string(),
        (want, have) => format!("expected `{want}`, found `{have}`"),
    };
    Err(Diagnostic::rejected(
        "E0053",
        format!("method `{name}` has an incompatible type for trait"),
        type_span,
    )
    .with_primary_label(label)
    .with_note(format!(
        "note: expected signature `{}`\n   found signature `{}`",
        fn_pointer_text(&expected),
        fn_pointer_text(&found)
    )))
}

/// The parts of two types that differ, below the constructors they share.
fn innermost_difference<'t>(want: &'t Ty, have: &'t Ty) -> (&'t Ty, &'t Ty) {
    match (want, have) {
        (Ty::Option(a), Ty::Option(b)) | (Ty::Vec(a), Ty::Vec(b)) | (Ty::Box(a), Ty::Box(b)) => {
            innermost_difference(a, b)
        }
        (Ty::Ref(m, a), Ty::Ref(n, b)) if m == n => innermost_difference(a, b),
        _ => (want, have),
    }
}

/// `fn(&Square) -> f64`: parameter types, then the return type.
fn fn_pointer_text(types: &[Ty]) -> String {
    let Some((ret, params)) = types.split_last() else {
        return String::new();
    };
    let params: Vec<String> = params.iter().map(Ty::to_string).collect();
    let ret = if *ret == Ty::unit() {
        String::new()
    } else {
        format!(" -> {ret}")
    };
    format!("fn({}){ret}", params.join(", "))
}

/// Collects `alias → path` for each name a `use` tree imports.
fn std_imports(tree: &syn::UseTree, prefix: &[String], out: &mut Vec<(String, Vec<String>)>) {
    let with = |name: &syn::Ident| {
        let mut path = prefix.to_vec();
        path.push(name.to_string());
        path
    };
    match tree {
        syn::UseTree::Path(path) => std_imports(&path.tree, &with(&path.ident), out),
        syn::UseTree::Name(name) if name.ident == "self" => {
            if let Some(last) = prefix.last() {
                out.push((last.clone(), prefix.to_vec()));
            }
        }
        syn::UseTree::Name(name) => out.push((name.ident.to_string(), with(&name.ident))),
        syn::UseTree::Rename(rename) => out.push((rename.rename.to_string(), with(&rename.ident))),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                std_imports(tree, prefix, out);
            }
        }
        syn::UseTree::Glob(_) => {}
    }
}

fn use_is_from_std(tree: &syn::UseTree) -> bool {
    match tree {
        syn::UseTree::Path(path) => ["std", "core", "alloc"].iter().any(|root| path.ident == root),
        _ => false,
    }
}

impl Lowerer<'_> {
    /// A function's own type parameters (numbered from `start`), with the
    /// bounds of its generics and `where` clause.
    pub(super) fn own_params(&self, sig: &syn::Signature, start: usize) -> Result<Vec<GenericParam>> {
        self.own_generics(&sig.generics, start)
    }

    /// Reads `generics` and brings its type parameters into scope as
    /// `Param`s numbered from 0.
    pub(super) fn enter_generics(&mut self, generics: &syn::Generics) -> Result<Vec<GenericParam>> {
        let params = self.own_generics(generics, 0)?;
        self.type_params = params
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.clone(), Ty::Param(i as u32, p.name.clone())))
            .collect();
        Ok(params)
    }

    pub(super) fn own_generics(&self, generics: &syn::Generics, start: usize) -> Result<Vec<GenericParam>> {
        let mut params = Vec::new();
        for param in &generics.params {
            match param {
                syn::GenericParam::Lifetime(_) => {}
                syn::GenericParam::Type(param) => {
                    if param.default.is_some() {
                        return unsupported("default type parameters", param);
                    }
                    params.push(GenericParam {
                        name: param.ident.to_string(),
                        bounds: self.trait_bounds(&param.bounds)?,
                    });
                }
                syn::GenericParam::Const(param) => return unsupported("const generics", param),
            }
        }
        if let Some(where_clause) = &generics.where_clause {
            for predicate in &where_clause.predicates {
                let syn::WherePredicate::Type(predicate) = predicate else {
                    continue;
                };
                // `where Self: Sized` only keeps a method out of `dyn` calls.
                if is_self_sized(predicate) {
                    continue;
                }
                let bounded = match &predicate.bounded_ty {
                    syn::Type::Path(path) if path.qself.is_none() => path.path.get_ident().map(|i| i.to_string()),
                    _ => None,
                };
                let Some(param) = bounded.and_then(|name| params.iter().position(|p: &GenericParam| p.name == name))
                else {
                    return unsupported("`where` bounds on types other than the item's parameters", predicate);
                };
                if predicate.lifetimes.is_some() {
                    return unsupported("higher-ranked bounds", predicate);
                }
                let bounds = self.trait_bounds(&predicate.bounds)?;
                params[param].bounds.extend(bounds);
            }
        }
        let _ = start;
        Ok(params)
    }

    /// The traits of a bound list (`Display + Clone + 'a`).
    pub(super) fn trait_bounds(
        &self,
        bounds: &Punctuated<syn::TypeParamBound, syn::Token![+]>,
    ) -> Result<Vec<TraitRef>> {
        let mut traits = Vec::new();
        for bound in bounds {
            match bound {
                syn::TypeParamBound::Lifetime(_) => {}
                syn::TypeParamBound::Trait(bound) => {
                    if bound.maybe.is_some() || bound.lifetimes.is_some() {
                        return unsupported("`?Sized` and higher-ranked bounds", bound);
                    }
                    match self.fn_bound(&bound.path)? {
                        Some(fn_bound) => traits.push(fn_bound),
                        None => {
                            let trait_ = self.trait_ref(&bound.path)?;
                            self.check_bound_projection(trait_, bound)?;
                            traits.push(trait_);
                        }
                    }
                }
                other => return unsupported("this bound", other),
            }
        }
        Ok(traits)
    }

    /// The trait a path names: one of the program's, or a std trait the model knows.
    pub(super) fn trait_ref(&self, path: &syn::Path) -> Result<TraitRef> {
        let segments_list: Vec<&syn::PathSegment> = path.segments.iter().collect();
        let Some((last, init)) = segments_list.split_last() else {
            return unsupported("this trait", path);
        };
        // `Add<Output = T>`: for the numbers the model has, the output is the
        // operands' type, which a bound on `T` makes `T`.
        let output_only = match &last.arguments {
            syn::PathArguments::AngleBracketed(args) => args
                .args
                .iter()
                .all(|arg| matches!(arg, syn::GenericArgument::AssocType(assoc) if assoc.ident == "Output")),
            _ => false,
        };
        if init.iter().any(|s| !matches!(s.arguments, syn::PathArguments::None))
            || !(matches!(last.arguments, syn::PathArguments::None) || output_only)
        {
            return unsupported("traits with generic arguments", path);
        }
        let mut segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() == 1
            && let Some(id) = self.items.trait_named(&segments[0])
        {
            return Ok(TraitRef::User(id));
        }
        if let Some(full) = self.items.import(&segments[0]) {
            let rest = segments.split_off(1);
            segments = full.to_vec();
            segments.extend(rest);
        }
        match StdTrait::from_path(&segments) {
            Some(std) if output_only && !std.has_output() => unsupported("traits with generic arguments", path),
            Some(std) => Ok(TraitRef::Std(std)),
            None => unsupported(format!("the trait `{}`", segments.join("::")), path),
        }
    }

    /// Parameter and return types of a signature in the current type context.
    pub(super) fn signature_types(&mut self, sig: &syn::Signature) -> Result<(Vec<Ty>, Ty)> {
        let mut params = Vec::new();
        for input in &sig.inputs {
            match input {
                syn::FnArg::Typed(typed) => params.push(self.lower_type(&typed.ty)?),
                syn::FnArg::Receiver(receiver) => {
                    let Some(self_ty) = self.self_ty.clone() else {
                        return unsupported("`self` outside an `impl` block", receiver);
                    };
                    params.push(match &receiver.kind {
                        syn::ReceiverKind::Reference(_, _, None) => Ty::Ref(Mutability::Not, Rc::new(self_ty)),
                        syn::ReceiverKind::Reference(_, _, Some(_)) => Ty::Ref(Mutability::Mut, Rc::new(self_ty)),
                        syn::ReceiverKind::Value => self_ty,
                        _ => return unsupported("`self` with an explicit type", receiver),
                    });
                }
            }
        }
        let ret = match &sig.output {
            syn::ReturnType::Default => Ty::unit(),
            syn::ReturnType::Type(_, ty) => {
                if let syn::Type::ImplTrait(imp) = &**ty {
                    if self.type_params.iter().any(|(_, t)| matches!(t, Ty::Param(..))) {
                        return unsupported("`impl Trait` returned from a generic function", imp);
                    }
                    let bounds = self.trait_bounds(&imp.bounds)?;
                    if bounds.len() > 1 && bounds.iter().any(|b| matches!(b, TraitRef::Fn(_))) {
                        return unsupported("`impl Fn…` with further bounds", imp);
                    }
                    let name = match self.returned_fn_bound(&bounds) {
                        Some(bound) => format!("impl {}", self.items.registry.borrow().fn_bounds[bound].text),
                        None => format!(
                            "impl {}",
                            quote::quote!(#imp)
                                .to_string()
                                .trim_start_matches("impl ")
                                .replace(" :: ", "::")
                        ),
                    };
                    let mut registry = self.items.registry.borrow_mut();
                    registry.opaque_returns.push(OpaqueReturn {
                        bounds,
                        span: span_of(imp.span()),
                        revealed: None,
                    });
                    return Ok((params, Ty::Opaque(registry.opaque_returns.len() - 1, name)));
                }
                self.lower_type(ty)?
            }
        };
        Ok((params, ret))
    }
}

/// The trait of an `impl` header. An operator trait may name its right-hand
/// type (`impl AddAssign<Label> for Title`): the method's parameter says the
/// same, so the trait is the operator's; one such impl per type is modelled.
fn impl_trait_ref(types: &Lowerer, path: &syn::Path) -> Result<TraitRef> {
    let Some(last) = path.segments.last() else {
        return types.trait_ref(path);
    };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return types.trait_ref(path);
    };
    if args.args.len() != 1 || !matches!(args.args[0], syn::GenericArgument::Type(_)) {
        return types.trait_ref(path);
    }
    let mut bare = path.clone();
    if let Some(segment) = bare.segments.last_mut() {
        segment.arguments = syn::PathArguments::None;
    }
    match types.trait_ref(&bare) {
        Ok(TraitRef::Std(std)) if std.is_operator() => Ok(TraitRef::Std(std)),
        _ => types.trait_ref(path),
    }
}
