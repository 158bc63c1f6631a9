//! From type expressions to layouts: primitives, pointers, arrays, tuples,
//! user definitions (with generic arguments substituted) and the modelled
//! std types.

use super::engine::{self, Detail, EnumVariant, Lay, StructKind};
use super::model::FastMap;
use super::model::{AdtDef, AdtKind, Defs, FloatKind, PointerMeta, Repr, Target, TypeExpr};
use super::std_types;
use std::cell::RefCell;

/// Nesting deeper than this is refused (it would be an infinitely sized
/// recursive type, or deeper than any realistic type and than the stack of
/// a 2 MiB thread allows in debug builds).
const MAX_DEPTH: usize = 40;

/// Larger generic arguments are treated as a recursively growing type.
const MAX_ARGUMENT_NODES: usize = 2048;

/// Number of nodes in a type expression, stopping early past the limit.
fn node_count(ty: &TypeExpr) -> usize {
    match ty {
        TypeExpr::Tuple(items) => 1 + items.iter().map(node_count).sum::<usize>(),
        TypeExpr::Path { args, .. } => 1 + args.iter().map(node_count).sum::<usize>(),
        TypeExpr::Array(item, _) | TypeExpr::Slice(item) => 1 + node_count(item),
        TypeExpr::Ref { pointee, .. } | TypeExpr::RawPtr { pointee, .. } => 1 + node_count(pointee),
        _ => 1,
    }
}

/// Generic parameters bound while laying out a definition's fields.
pub(crate) type Bindings<'a> = &'a [(String, TypeExpr)];

pub(crate) struct Resolver<'a> {
    pub defs: &'a Defs,
    pub target: Target,
    /// Layouts of named types with concrete arguments, so that a definition
    /// used many times (or along many paths) is laid out once.
    cache: RefCell<FastMap<TypeExpr, Lay>>,
    /// Named types being laid out: meeting one again means it contains itself.
    in_progress: RefCell<Vec<TypeExpr>>,
}

impl<'a> Resolver<'a> {
    pub fn new(defs: &'a Defs, target: Target) -> Resolver<'a> {
        Resolver {
            defs,
            target,
            cache: RefCell::new(FastMap::default()),
            in_progress: RefCell::new(Vec::new()),
        }
    }

    pub fn lay(&self, ty: &TypeExpr) -> Result<Lay, String> {
        self.lay_in(ty, &[], 0)
    }

    pub(crate) fn lay_in(&self, ty: &TypeExpr, bindings: Bindings<'_>, depth: usize) -> Result<Lay, String> {
        let lay = self.lay_uncapped(ty, bindings, depth)?;
        // rustc rejects values at or above this bound (2^61 bytes on 64-bit, 2^31 on 32-bit).
        let bound = if self.target.pointer_width == 64 {
            1u64 << 61
        } else {
            1u64 << 31
        };
        if lay.size >= bound {
            return Err(format!("`{ty}` is too big for the target"));
        }
        Ok(lay)
    }

    fn lay_uncapped(&self, ty: &TypeExpr, bindings: Bindings<'_>, depth: usize) -> Result<Lay, String> {
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
                // A tuple's last element may be unsized in general, so it keeps its place.
                let kind = if items.is_empty() {
                    StructKind::AlwaysSized
                } else {
                    StructKind::MaybeUnsized
                };
                engine::univariant(&lays, &Repr::default(), kind, detail_at(depth))
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
                // Arguments are only rewritten when generic parameters are bound.
                let substituted: Vec<TypeExpr>;
                let args: &[TypeExpr] = if bindings.is_empty() {
                    args
                } else {
                    substituted = args.iter().map(|arg| substitute(arg, bindings)).collect();
                    // Definitions that instantiate themselves with ever larger
                    // arguments never finish (rustc hits its recursion limit).
                    if substituted.iter().map(node_count).sum::<usize>() > MAX_ARGUMENT_NODES {
                        return Err(format!(
                            "cannot lay out `{name}`: its type arguments grow without bound (recursive type?)"
                        ));
                    }
                    &substituted
                };
                let Some(def) = self.defs.get(name) else {
                    // Std types are cheap to build and are not cached.
                    return match std_types::lay_std(self, name, args, depth)? {
                        Some(lay) => Ok(lay),
                        None => Err(format!("cannot lay out `{ty}`: no definition of `{name}` is known")),
                    };
                };
                let key = TypeExpr::Path {
                    name: name.clone(),
                    args: args.to_vec(),
                };
                // Layouts for the reported type itself carry variant tables;
                // cached ones (nested uses) do not.
                let cacheable = depth > 0;
                if cacheable && let Some(lay) = self.cache.borrow().get(&key) {
                    return Ok(lay.clone());
                }
                if self.in_progress.borrow().contains(&key) {
                    return Err(format!(
                        "cannot lay out `{key}`: the type is recursive without indirection"
                    ));
                }
                self.in_progress.borrow_mut().push(key);
                let lay = self.lay_adt(def, args, depth);
                let key = self.in_progress.borrow_mut().pop();
                let lay = lay?;
                if cacheable && let Some(key) = key {
                    self.cache.borrow_mut().insert(key, lay.clone());
                }
                Ok(lay)
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
        if def.repr.int.is_some() && !matches!(def.kind, AdtKind::Enum(_)) {
            return Err(format!("`{}`: an integer `repr` applies only to enums", def.name));
        }
        match &def.kind {
            AdtKind::Struct(fields) => {
                let lays = lay_fields(fields)?;
                check_transparent(def, &lays)?;
                let maybe_unsized = fields.last().is_some_and(|last| match &last.ty {
                    TypeExpr::Path { name, args } => args.is_empty() && def.maybe_unsized_params.contains(name),
                    _ => false,
                });
                let kind = if maybe_unsized {
                    StructKind::MaybeUnsized
                } else {
                    StructKind::AlwaysSized
                };
                engine::univariant(&lays, &def.repr, kind, detail_at(depth))
            }
            AdtKind::Union(fields) => {
                let lays = lay_fields(fields)?;
                Ok(engine::union_layout(&lays, &def.repr))
            }
            AdtKind::Enum(variants) => {
                let lays = variants
                    .iter()
                    .map(|variant| lay_fields(&variant.fields))
                    .collect::<Result<Vec<_>, _>>()?;
                let enum_variants: Vec<EnumVariant<'_>> = lays.iter().map(|fields| EnumVariant { fields }).collect();
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
                check_discriminants(def, &discriminants, self.target)?;
                if def.repr.transparent {
                    let [only] = lays.as_slice() else {
                        return Err(format!(
                            "`{}`: a `repr(transparent)` enum needs exactly one variant",
                            def.name
                        ));
                    };
                    check_transparent(def, only)?;
                }
                let detail = detail_at(depth);
                engine::enum_layout(
                    self.target,
                    &enum_variants,
                    &discriminants,
                    &def.repr,
                    !explicit,
                    detail,
                )
            }
        }
    }
}

/// `repr(transparent)` allows one field that is not a 1-aligned ZST.
fn check_transparent(def: &AdtDef, fields: &[Lay]) -> Result<(), String> {
    let significant = fields
        .iter()
        .filter(|field| !(field.size == 0 && field.align == 1))
        .count();
    if def.repr.transparent && significant > 1 {
        return Err(format!(
            "`{}`: `repr(transparent)` needs at most one field that is not a zero-sized, 1-aligned type",
            def.name
        ));
    }
    Ok(())
}

/// Discriminants must be distinct and fit the discriminant type (`isize`
/// unless an integer `repr` says otherwise), as rustc requires.
fn check_discriminants(def: &AdtDef, values: &[i128], target: Target) -> Result<(), String> {
    let int = def.repr.int.unwrap_or(super::model::IntKind::Isize);
    let bits = int.size(target) * 8;
    let (min, max) = if int.is_signed() {
        let half = 1i128 << (bits - 1).min(126);
        if bits >= 128 {
            (i128::MIN, i128::MAX)
        } else {
            (-half, half - 1)
        }
    } else if bits >= 128 {
        (0, i128::MAX)
    } else {
        (0, (1i128 << bits) - 1)
    };
    for (index, &value) in values.iter().enumerate() {
        if value < min || value > max {
            return Err(format!(
                "`{}`: discriminant {value} does not fit `{}`",
                def.name,
                int.name()
            ));
        }
        if values[..index].contains(&value) {
            return Err(format!("`{}`: discriminant {value} is used twice", def.name));
        }
    }
    Ok(())
}

/// Offsets and variant tables are kept only for the type being reported.
pub(crate) fn detail_at(depth: usize) -> Detail {
    if depth == 0 { Detail::Full } else { Detail::Summary }
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
