//! From type expressions to layouts: primitives, pointers, arrays, tuples,
//! user definitions (with generic arguments substituted) and the modelled
//! std types.

use super::engine::{self, EnumVariant, Lay, StructKind};
use super::model::{AdtDef, AdtKind, Defs, FloatKind, PointerMeta, Repr, Target, TypeExpr};
use super::std_types;

/// Nesting deeper than this is treated as an infinitely sized recursive type.
const MAX_DEPTH: usize = 96;

/// Generic parameters bound while laying out a definition's fields.
pub(crate) type Bindings<'a> = &'a [(String, TypeExpr)];

pub(crate) struct Resolver<'a> {
    pub defs: &'a Defs,
    pub target: Target,
}

impl Resolver<'_> {
    pub fn lay(&self, ty: &TypeExpr) -> Result<Lay, String> {
        self.lay_in(ty, &[], 0)
    }

    pub(crate) fn lay_in(&self, ty: &TypeExpr, bindings: Bindings<'_>, depth: usize) -> Result<Lay, String> {
        if depth > MAX_DEPTH {
            return Err(format!(
                "cannot lay out `{ty}`: the type is recursive without indirection or nested too deeply"
            ));
        }
        let target = self.target;
        let word = target.pointer_bytes();
        match ty {
            TypeExpr::Int(int) => Ok(Lay::plain(target, int.size(target))),
            TypeExpr::Float(FloatKind::F32) => Ok(Lay::plain(target, 4)),
            TypeExpr::Float(FloatKind::F64) => Ok(Lay::plain(target, 8)),
            TypeExpr::Bool => Ok(Lay::scalar(target, 1, 0, 1)),
            TypeExpr::Char => Ok(Lay::scalar(target, 4, 0, 0x10FFFF)),
            TypeExpr::Never => Ok(Lay::never()),
            TypeExpr::Str | TypeExpr::Slice(_) | TypeExpr::Dyn(_) => Err(format!(
                "`{ty}` is unsized: it has no layout of its own, only behind a pointer"
            )),
            TypeExpr::Tuple(items) => {
                let lays = items
                    .iter()
                    .map(|item| self.lay_in(item, bindings, depth + 1))
                    .collect::<Result<Vec<_>, _>>()?;
                let refs: Vec<&Lay> = lays.iter().collect();
                // A tuple's last element may be unsized in general, so it keeps its place.
                let kind = if items.is_empty() {
                    StructKind::AlwaysSized
                } else {
                    StructKind::MaybeUnsized
                };
                engine::univariant(&refs, &Repr::default(), kind)
            }
            TypeExpr::Array(item, count) => Lay::array(&self.lay_in(item, bindings, depth + 1)?, *count),
            TypeExpr::Ref { pointee, .. } => self.pointer(pointee, bindings, depth, true),
            TypeExpr::RawPtr { pointee, .. } => self.pointer(pointee, bindings, depth, false),
            TypeExpr::FnPtr => Ok(Lay::scalar(target, word, 1, all_ones(word))),
            TypeExpr::Path { name, args } => {
                if args.is_empty()
                    && let Some((_, bound)) = bindings.iter().find(|(param, _)| param == name)
                {
                    return self.lay_in(bound, &[], depth + 1);
                }
                let args: Vec<TypeExpr> = args.iter().map(|arg| substitute(arg, bindings)).collect();
                if let Some(def) = self.defs.get(name) {
                    return self.lay_adt(def, &args, depth);
                }
                match std_types::lay_std(self, name, &args, depth)? {
                    Some(lay) => Ok(lay),
                    None => Err(format!("cannot lay out `{ty}`: no definition of `{name}` is known")),
                }
            }
        }
    }

    /// A pointer to `pointee`; `non_null` for references, `Box`, `NonNull`.
    pub(crate) fn pointer(
        &self,
        pointee: &TypeExpr,
        bindings: Bindings<'_>,
        depth: usize,
        non_null: bool,
    ) -> Result<Lay, String> {
        let word = self.target.pointer_bytes();
        let data = if non_null {
            (1, all_ones(word))
        } else {
            (0, all_ones(word))
        };
        Ok(match self.pointer_meta(pointee, bindings, depth)? {
            PointerMeta::Thin => Lay::scalar(self.target, word, data.0, data.1),
            PointerMeta::Length => Lay::pointer_pair(self.target, data, (0, all_ones(word))),
            // Vtable pointers are never null, even in raw pointers.
            PointerMeta::Vtable => Lay::pointer_pair(self.target, data, (1, all_ones(word))),
        })
    }

    /// What metadata a pointer to `ty` carries: decided by its unsized tail.
    pub(crate) fn pointer_meta(
        &self,
        ty: &TypeExpr,
        bindings: Bindings<'_>,
        depth: usize,
    ) -> Result<PointerMeta, String> {
        if depth > MAX_DEPTH {
            return Err(format!("cannot lay out a pointer to `{ty}`: nested too deeply"));
        }
        match ty {
            TypeExpr::Str | TypeExpr::Slice(_) => Ok(PointerMeta::Length),
            TypeExpr::Dyn(_) => Ok(PointerMeta::Vtable),
            TypeExpr::Tuple(items) => match items.last() {
                Some(last) => self.pointer_meta(last, bindings, depth + 1),
                None => Ok(PointerMeta::Thin),
            },
            TypeExpr::Path { name, args } => {
                if args.is_empty()
                    && let Some((_, bound)) = bindings.iter().find(|(param, _)| param == name)
                {
                    return self.pointer_meta(bound, &[], depth + 1);
                }
                if let Some(def) = self.defs.get(name) {
                    let AdtKind::Struct(fields) = &def.kind else {
                        return Ok(PointerMeta::Thin);
                    };
                    let Some(last) = fields.last() else {
                        return Ok(PointerMeta::Thin);
                    };
                    let inner = bind(def, args)?;
                    let last_ty = substitute(&last.ty, &inner);
                    return self.pointer_meta(&last_ty, &[], depth + 1);
                }
                // Std wrappers that may hold an unsized value keep its metadata.
                match (name.as_str(), args.first()) {
                    ("Cell" | "RefCell" | "UnsafeCell" | "Mutex" | "RwLock" | "ManuallyDrop", Some(inner)) => {
                        self.pointer_meta(inner, bindings, depth + 1)
                    }
                    _ => Ok(PointerMeta::Thin),
                }
            }
            _ => Ok(PointerMeta::Thin),
        }
    }

    pub(crate) fn lay_adt(&self, def: &AdtDef, args: &[TypeExpr], depth: usize) -> Result<Lay, String> {
        let bindings = bind(def, args)?;
        let lay_fields = |fields: &[super::model::FieldDef]| -> Result<Vec<Lay>, String> {
            fields
                .iter()
                .map(|field| self.lay_in(&field.ty, &bindings, depth + 1))
                .collect()
        };
        if def.repr.pack.is_some() && def.repr.align.is_some() {
            return Err(format!(
                "`{}` cannot be both `repr(packed)` and `repr(align)`",
                def.name
            ));
        }
        match &def.kind {
            AdtKind::Struct(fields) => {
                let lays = lay_fields(fields)?;
                let refs: Vec<&Lay> = lays.iter().collect();
                let maybe_unsized = fields.last().is_some_and(|last| match &last.ty {
                    TypeExpr::Path { name, args } => args.is_empty() && def.maybe_unsized_params.contains(name),
                    _ => false,
                });
                let kind = if maybe_unsized {
                    StructKind::MaybeUnsized
                } else {
                    StructKind::AlwaysSized
                };
                engine::univariant(&refs, &def.repr, kind)
            }
            AdtKind::Union(fields) => {
                let lays = lay_fields(fields)?;
                let refs: Vec<&Lay> = lays.iter().collect();
                Ok(engine::union_layout(&refs, &def.repr))
            }
            AdtKind::Enum(variants) => {
                let lays = variants
                    .iter()
                    .map(|variant| lay_fields(&variant.fields))
                    .collect::<Result<Vec<_>, _>>()?;
                let enum_variants: Vec<EnumVariant<'_>> = lays
                    .iter()
                    .map(|fields| EnumVariant {
                        fields: fields.iter().collect(),
                    })
                    .collect();
                let mut discriminants = Vec::with_capacity(variants.len());
                let mut next = 0i128;
                let mut explicit = false;
                for variant in variants {
                    if let Some(value) = variant.discriminant {
                        next = value;
                        explicit = true;
                    }
                    discriminants.push(next);
                    next = next.wrapping_add(1);
                }
                engine::enum_layout(self.target, &enum_variants, &discriminants, &def.repr, !explicit)
            }
        }
    }
}

pub(crate) fn all_ones(bytes: u64) -> u128 {
    if bytes >= 16 {
        u128::MAX
    } else {
        (1u128 << (bytes * 8)) - 1
    }
}

/// Pairs a definition's parameters with the given arguments.
pub(crate) fn bind(def: &AdtDef, args: &[TypeExpr]) -> Result<Vec<(String, TypeExpr)>, String> {
    if def.params.len() != args.len() {
        return Err(format!(
            "`{}` takes {} type argument(s) but {} were given",
            def.name,
            def.params.len(),
            args.len()
        ));
    }
    Ok(def.params.iter().cloned().zip(args.iter().cloned()).collect())
}

/// Replaces bound parameter names inside `ty`.
pub(crate) fn substitute(ty: &TypeExpr, bindings: Bindings<'_>) -> TypeExpr {
    if bindings.is_empty() {
        return ty.clone();
    }
    let sub = |inner: &TypeExpr| Box::new(substitute(inner, bindings));
    match ty {
        TypeExpr::Path { name, args } if args.is_empty() => bindings
            .iter()
            .find(|(param, _)| param == name)
            .map_or_else(|| ty.clone(), |(_, bound)| bound.clone()),
        TypeExpr::Path { name, args } => TypeExpr::Path {
            name: name.clone(),
            args: args.iter().map(|arg| substitute(arg, bindings)).collect(),
        },
        TypeExpr::Tuple(items) => TypeExpr::Tuple(items.iter().map(|item| substitute(item, bindings)).collect()),
        TypeExpr::Array(item, count) => TypeExpr::Array(sub(item), *count),
        TypeExpr::Slice(item) => TypeExpr::Slice(sub(item)),
        TypeExpr::Ref { mutable, pointee } => TypeExpr::Ref {
            mutable: *mutable,
            pointee: sub(pointee),
        },
        TypeExpr::RawPtr { mutable, pointee } => TypeExpr::RawPtr {
            mutable: *mutable,
            pointee: sub(pointee),
        },
        other => other.clone(),
    }
}
