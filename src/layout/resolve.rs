//! From type expressions to layouts: primitives, pointers, arrays, tuples,
//! user definitions (with generic arguments substituted) and the modelled
//! std types.

use super::engine::{self, Lay, Placement, StructKind, with_buffer};
use super::model::{AdtDef, AdtKind, Defs, FieldDef, FloatKind, PointerMeta, Repr, Target, TypeExpr};
use super::std_types::{self, Std};
use crate::fast_map::FastMap;
use std::borrow::{Borrow, Cow};
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// Nesting deeper than this is refused (it would be an infinitely sized
/// recursive type, or deeper than any realistic type and than the stack of
/// a 2 MiB thread allows in debug builds).
const MAX_DEPTH: usize = 40;

/// Larger generic arguments are treated as a recursively growing type.
const MAX_ARGUMENT_NODES: usize = 2048;

/// Number of nodes in a type expression.
fn node_count(ty: &TypeExpr) -> usize {
    match ty {
        TypeExpr::Tuple(items) => 1 + items.iter().map(node_count).sum::<usize>(),
        TypeExpr::Path { args, .. } => 1 + args.iter().map(node_count).sum::<usize>(),
        TypeExpr::Array(item, _) | TypeExpr::Slice(item) => 1 + node_count(item),
        TypeExpr::Ref { pointee, .. } | TypeExpr::RawPtr { pointee, .. } => 1 + node_count(pointee),
        _ => 1,
    }
}

/// [`node_count`] of `ty` with the parameters in `bindings` replaced, without replacing them.
fn substituted_node_count(ty: &TypeExpr, bindings: Bindings<'_>) -> usize {
    match ty {
        TypeExpr::Path { name, args } if args.is_empty() => bindings.get(name).map_or(1, node_count),
        TypeExpr::Tuple(items) => {
            1 + items
                .iter()
                .map(|item| substituted_node_count(item, bindings))
                .sum::<usize>()
        }
        TypeExpr::Path { args, .. } => {
            1 + args
                .iter()
                .map(|arg| substituted_node_count(arg, bindings))
                .sum::<usize>()
        }
        TypeExpr::Array(item, _) | TypeExpr::Slice(item) => 1 + substituted_node_count(item, bindings),
        TypeExpr::Ref { pointee, .. } | TypeExpr::RawPtr { pointee, .. } => {
            1 + substituted_node_count(pointee, bindings)
        }
        _ => 1,
    }
}

/// Generic parameters bound while laying out a definition's fields: the
/// definition's parameter names and the arguments given for them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bindings<'b> {
    params: &'b [String],
    args: &'b [TypeExpr],
}

impl<'b> Bindings<'b> {
    pub const NONE: Bindings<'static> = Bindings { params: &[], args: &[] };

    /// `params[i]` bound to `args[i]`; the lengths must agree.
    pub fn new(params: &'b [String], args: &'b [TypeExpr]) -> Bindings<'b> {
        debug_assert_eq!(params.len(), args.len());
        Bindings { params, args }
    }

    pub fn is_empty(self) -> bool {
        self.params.is_empty()
    }

    /// The argument bound to the parameter `name`.
    pub fn get(self, name: &str) -> Option<&'b TypeExpr> {
        let index = self.params.iter().position(|param| param == name)?;
        self.args.get(index)
    }
}

/// A generic definition with concrete arguments, as a cache key: the
/// definition is identified by its index in [`Defs`]. Looked up through
/// [`KeyParts`] so that a lookup needs no allocation.
struct CacheKey {
    def: usize,
    args: Vec<TypeExpr>,
}

trait KeyParts {
    fn parts(&self) -> (usize, &[TypeExpr]);
}

impl KeyParts for CacheKey {
    fn parts(&self) -> (usize, &[TypeExpr]) {
        (self.def, &self.args)
    }
}

impl KeyParts for (usize, &[TypeExpr]) {
    fn parts(&self) -> (usize, &[TypeExpr]) {
        (self.0, self.1)
    }
}

impl Hash for dyn KeyParts + '_ {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.parts().hash(state);
    }
}

impl PartialEq for dyn KeyParts + '_ {
    fn eq(&self, other: &Self) -> bool {
        self.parts() == other.parts()
    }
}

impl Eq for dyn KeyParts + '_ {}

impl Hash for CacheKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self as &dyn KeyParts).hash(state);
    }
}

impl PartialEq for CacheKey {
    fn eq(&self, other: &Self) -> bool {
        self.parts() == other.parts()
    }
}

impl Eq for CacheKey {}

impl<'k> Borrow<dyn KeyParts + 'k> for CacheKey {
    fn borrow(&self) -> &(dyn KeyParts + 'k) {
        self
    }
}

/// What a request has found out about a definition without type parameters.
#[derive(Debug, Clone, Copy)]
enum Known {
    Nothing,
    /// Being laid out: meeting it again means it contains itself.
    InProgress,
    Laid(Lay),
}

/// [`Known`] for one definition, valid only for the request numbered `request`:
/// a new request starts with a new number instead of emptying the table.
#[derive(Debug, Clone, Copy)]
struct Slot {
    request: u32,
    known: Known,
}

const NO_SLOT: Slot = Slot {
    request: 0,
    known: Known::Nothing,
};

/// The working memory of one request. Kept per thread between requests
/// (emptied) so that a request does not grow its buffers from nothing.
#[derive(Default)]
struct Buffers {
    /// By definition index: definitions without type parameters, laid out
    /// once per request however many times (or along however many paths)
    /// they are used.
    slots: Vec<Slot>,
    /// The number of the latest request, in `slots`.
    request: u32,
    /// The same for generic definitions with concrete arguments.
    cache: FastMap<CacheKey, Lay>,
    /// Generic definitions being laid out.
    in_progress: Vec<CacheKey>,
    /// Layouts being combined into the aggregates that hold them, innermost last.
    stack: Vec<Lay>,
}

thread_local! {
    static SPARE_BUFFERS: RefCell<Option<Buffers>> = const { RefCell::new(None) };
}

pub(crate) struct Resolver<'a> {
    pub defs: &'a Defs,
    pub target: Target,
    /// Layouts this size or larger are refused, as rustc refuses them
    /// (2^61 bytes on 64-bit targets, 2^31 on 32-bit ones).
    size_bound: u64,
    request: u32,
    slots: Vec<Slot>,
    cache: FastMap<CacheKey, Lay>,
    in_progress: Vec<CacheKey>,
    /// Layouts of the fields being gathered for the aggregates that hold
    /// them, innermost last: the engine reads them in place.
    fields: Vec<Lay>,
}

impl Drop for Resolver<'_> {
    fn drop(&mut self) {
        let mut buffers = Buffers {
            slots: std::mem::take(&mut self.slots),
            request: self.request,
            cache: std::mem::take(&mut self.cache),
            in_progress: std::mem::take(&mut self.in_progress),
            stack: std::mem::take(&mut self.fields),
        };
        buffers.cache.clear();
        buffers.in_progress.clear();
        buffers.stack.clear();
        let _ = SPARE_BUFFERS.try_with(|spare| spare.replace(Some(buffers)));
    }
}

impl<'a> Resolver<'a> {
    pub fn new(defs: &'a Defs, target: Target) -> Resolver<'a> {
        let buffers = SPARE_BUFFERS
            .try_with(|spare| spare.take())
            .ok()
            .flatten()
            .unwrap_or_default();
        let mut slots = buffers.slots;
        let mut request = buffers.request.wrapping_add(1);
        if request == 0 {
            slots.clear();
            request = 1;
        }
        if slots.len() < defs.len() {
            slots.resize(defs.len(), NO_SLOT);
        }
        Resolver {
            defs,
            target,
            size_bound: if target.pointer_width == 64 { 1 << 61 } else { 1 << 31 },
            request,
            slots,
            cache: buffers.cache,
            in_progress: buffers.in_progress,
            fields: buffers.stack,
        }
    }

    /// The layout of `ty`, without field offsets or variant tables.
    pub fn lay(&mut self, ty: &TypeExpr) -> Result<Lay, String> {
        self.lay_in(ty, Bindings::NONE, 0)
    }

    /// The layout of `ty` and where its fields and variants lie.
    pub fn lay_placed(&mut self, ty: &TypeExpr) -> Result<(Lay, Placement), String> {
        let mut placement = Placement::default();
        let lay = self.lay_at(ty, Bindings::NONE, 0, Some(&mut placement))?;
        Ok((lay, placement))
    }

    /// The layout of `ty` nested `depth` levels deep with `bindings` for
    /// its generic parameters.
    pub(crate) fn lay_in(&mut self, ty: &TypeExpr, bindings: Bindings<'_>, depth: usize) -> Result<Lay, String> {
        self.lay_at(ty, bindings, depth, None)
    }

    /// [`Resolver::lay_in`], with where the parts lie written to `placement`.
    fn lay_at(
        &mut self,
        ty: &TypeExpr,
        bindings: Bindings<'_>,
        depth: usize,
        placement: Option<&mut Placement>,
    ) -> Result<Lay, String> {
        let mut laid = self.lay_uncapped(ty, bindings, depth, placement);
        if let Ok(lay) = &laid
            && lay.size >= self.size_bound
        {
            laid = Err(format!("`{ty}` is too big for the target"));
        }
        laid
    }

    /// Lays out each of `tys` (nested one level deeper) and gathers their
    /// layouts at the end of `self.fields`, from the returned index on.
    pub(crate) fn gather<'t>(
        &mut self,
        tys: impl IntoIterator<Item = &'t TypeExpr>,
        bindings: Bindings<'_>,
        depth: usize,
    ) -> Result<usize, String> {
        let start = self.fields.len();
        for ty in tys {
            match self.lay_at(ty, bindings, depth + 1, None) {
                Ok(lay) => self.fields.push(lay),
                Err(error) => {
                    self.fields.truncate(start);
                    return Err(error);
                }
            }
        }
        Ok(start)
    }

    /// Hands the layouts gathered from `start` on to `combine`, then drops them.
    fn combine<R>(&mut self, start: usize, combine: impl FnOnce(&[Lay]) -> R) -> R {
        let combined = combine(&self.fields[start..]);
        self.fields.truncate(start);
        combined
    }

    #[inline(never)]
    fn lay_uncapped(
        &mut self,
        ty: &TypeExpr,
        bindings: Bindings<'_>,
        depth: usize,
        placement: Option<&mut Placement>,
    ) -> Result<Lay, String> {
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
                // A tuple's last element may be unsized in general, so it keeps its place.
                let kind = if items.is_empty() {
                    StructKind::AlwaysSized
                } else {
                    StructKind::MaybeUnsized
                };
                let start = self.gather(items, bindings, depth)?;
                Ok(self.combine(start, |lays| {
                    engine::univariant(lays, &Repr::default(), kind, placement)
                }))
            }
            TypeExpr::Array(item, count) => {
                let item = self.lay_at(item, bindings, depth + 1, None)?;
                Ok(Lay::array(&item, *count)?)
            }
            TypeExpr::Ref { pointee, .. } => self.pointer(pointee, bindings, depth, true, placement),
            TypeExpr::RawPtr { pointee, .. } => self.pointer(pointee, bindings, depth, false, placement),
            TypeExpr::FnPtr => Ok(Lay::scalar(target, word, 1, all_ones(word))),
            TypeExpr::Path { name, args } => {
                if args.is_empty()
                    && let Some(bound) = bindings.get(name)
                {
                    return self.lay_at(bound, Bindings::NONE, depth + 1, placement);
                }
                // Arguments are only rewritten when they mention a bound parameter.
                if bindings.is_empty() || !args.iter().any(|arg| mentions(arg, bindings)) {
                    return self.lay_named(name, args, depth, placement);
                }
                // Definitions that instantiate themselves with ever larger
                // arguments never finish (rustc hits its recursion limit).
                let grows = || {
                    Err(format!(
                        "cannot lay out `{name}`: its type arguments grow without bound (recursive type?)"
                    ))
                };
                // Markers such as `PhantomData<(T, U)>` (in most generic
                // definitions) do not look at their arguments: they are
                // measured in place instead of copied with `T` and `U` replaced.
                if !self.defs.shadows_std() && Std::from_name(name) == Some(Std::Marker) {
                    let nodes: usize = args.iter().map(|arg| substituted_node_count(arg, bindings)).sum();
                    return if nodes > MAX_ARGUMENT_NODES {
                        grows()
                    } else {
                        Ok(Lay::zst(1))
                    };
                }
                let substituted: Vec<TypeExpr> = args.iter().map(|arg| substitute(arg, bindings)).collect();
                if substituted.iter().map(node_count).sum::<usize>() > MAX_ARGUMENT_NODES {
                    return grows();
                }
                self.lay_named(name, &substituted, depth, placement)
            }
        }
    }

    /// A named type with concrete arguments: a definition or a std type.
    /// Definitions laid out without a placement are cached; the reported type
    /// itself (with a placement) is laid out afresh. Std types are cheap to
    /// build and are not cached.
    fn lay_named(
        &mut self,
        name: &str,
        args: &[TypeExpr],
        depth: usize,
        placement: Option<&mut Placement>,
    ) -> Result<Lay, String> {
        // Std names are only looked up among the definitions when one of
        // these is named like a std type.
        let std = if self.defs.shadows_std() {
            None
        } else {
            Std::from_name(name)
        };
        let index = match std {
            Some(_) => None,
            None => self.defs.index_of(name),
        };
        let Some(index) = index else {
            let std = std.or_else(|| {
                if self.defs.shadows_std() {
                    Std::from_name(name)
                } else {
                    None
                }
            });
            return match std {
                Some(kind) => std_types::lay_std(self, kind, name, args, depth, placement),
                None => {
                    let ty = TypeExpr::path(name, args.to_vec());
                    Err(format!("cannot lay out `{ty}`: no definition of `{name}` is known"))
                }
            };
        };
        let def = self.defs.at(index);
        if args.is_empty() {
            return self.lay_plain_def(def, index, depth, placement);
        }
        let cacheable = placement.is_none();
        if cacheable && let Some(&lay) = self.cache.get(&(index, args) as &dyn KeyParts) {
            return Ok(lay);
        }
        if self.in_progress.iter().any(|key| key.parts() == (index, args)) {
            return Err(recursive(name, args));
        }
        self.in_progress.push(CacheKey {
            def: index,
            args: args.to_vec(),
        });
        let laid = self.lay_adt(def, args, depth, placement);
        let key = self.in_progress.pop();
        let lay = laid?;
        if cacheable && let Some(key) = key {
            self.cache.insert(key, lay);
        }
        Ok(lay)
    }

    /// [`Resolver::lay_named`] for the definition at `index` used without
    /// type arguments: what is known about it lives in its slot.
    #[inline(never)]
    fn lay_plain_def(
        &mut self,
        def: &AdtDef,
        index: usize,
        depth: usize,
        placement: Option<&mut Placement>,
    ) -> Result<Lay, String> {
        let cacheable = placement.is_none();
        let request = self.request;
        let slot = &self.slots[index];
        if slot.request == request {
            match &slot.known {
                Known::Laid(lay) if cacheable => return Ok(*lay),
                Known::InProgress => return Err(recursive(&def.name, &[])),
                _ => {}
            }
        }
        // Only the reported type (laid out with a placement) may have
        // something known about it to keep.
        let previous = if cacheable { NO_SLOT } else { *slot };
        self.slots[index] = Slot {
            request,
            known: Known::InProgress,
        };
        let laid = self.lay_adt(def, &[], depth, placement);
        self.slots[index] = match &laid {
            Ok(lay) if cacheable => Slot {
                request,
                known: Known::Laid(*lay),
            },
            _ => previous,
        };
        laid
    }

    /// A pointer to `pointee`; `non_null` for references, `Box`, `NonNull`.
    pub(crate) fn pointer(
        &self,
        pointee: &TypeExpr,
        bindings: Bindings<'_>,
        depth: usize,
        non_null: bool,
        placement: Option<&mut Placement>,
    ) -> Result<Lay, String> {
        let word = self.target.pointer_bytes();
        let data = if non_null {
            (1, all_ones(word))
        } else {
            (0, all_ones(word))
        };
        let meta = self.pointer_meta(pointee, bindings, depth)?;
        if meta != PointerMeta::Thin
            && let Some(placement) = placement
        {
            placement.offsets = vec![0, word];
        }
        Ok(match meta {
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
                    && let Some(bound) = bindings.get(name)
                {
                    return self.pointer_meta(bound, Bindings::NONE, depth + 1);
                }
                if let Some(def) = self.defs.get(name) {
                    let AdtKind::Struct(fields) = &def.kind else {
                        return Ok(PointerMeta::Thin);
                    };
                    let Some(last) = fields.last() else {
                        return Ok(PointerMeta::Thin);
                    };
                    let args: Cow<'_, [TypeExpr]> = if args.iter().any(|arg| mentions(arg, bindings)) {
                        Cow::Owned(args.iter().map(|arg| substitute(arg, bindings)).collect())
                    } else {
                        Cow::Borrowed(args)
                    };
                    let inner = bind(def, &args)?;
                    return self.pointer_meta(&last.ty, inner, depth + 1);
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

    fn lay_adt(
        &mut self,
        def: &AdtDef,
        args: &[TypeExpr],
        depth: usize,
        placement: Option<&mut Placement>,
    ) -> Result<Lay, String> {
        let bindings = bind(def, args)?;
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
                let start = self.gather(field_types(fields), bindings, depth)?;
                self.combine(start, |lays| {
                    check_transparent(def, lays)?;
                    let maybe_unsized = fields.last().is_some_and(|last| match &last.ty {
                        TypeExpr::Path { name, args } => args.is_empty() && def.maybe_unsized_params.contains(name),
                        _ => false,
                    });
                    let kind = if maybe_unsized {
                        StructKind::MaybeUnsized
                    } else {
                        StructKind::AlwaysSized
                    };
                    Ok(engine::univariant(lays, &def.repr, kind, placement))
                })
            }
            AdtKind::Union(fields) => {
                let start = self.gather(field_types(fields), bindings, depth)?;
                self.combine(start, |lays| Ok(engine::union_layout(lays, &def.repr, placement)))
            }
            AdtKind::Enum(variants) => {
                let all_fields = variants.iter().flat_map(|variant| field_types(&variant.fields));
                let start = self.gather(all_fields, bindings, depth)?;
                let target = self.target;
                self.combine(start, |lays| {
                    with_buffer(variants.len(), 0i128, |discriminants| {
                        let mut next = 0i128;
                        let mut explicit = false;
                        for (slot, variant) in discriminants.iter_mut().zip(variants) {
                            if let Some(value) = variant.discriminant {
                                next = value;
                                explicit = true;
                            }
                            *slot = next;
                            next = next.wrapping_add(1);
                        }
                        check_discriminants(def, discriminants, explicit, target)?;
                        with_buffer(variants.len(), &[][..], |by_variant: &mut [&[Lay]]| {
                            let mut rest = lays;
                            for (slot, variant) in by_variant.iter_mut().zip(variants) {
                                let (fields, after) = rest.split_at(variant.fields.len());
                                *slot = fields;
                                rest = after;
                            }
                            if def.repr.transparent {
                                let [only] = &*by_variant else {
                                    return Err(format!(
                                        "`{}`: a `repr(transparent)` enum needs exactly one variant",
                                        def.name
                                    ));
                                };
                                check_transparent(def, only)?;
                            }
                            if def.repr.pack.is_some() {
                                return Err("an enum cannot be `repr(packed)`".to_string());
                            }
                            Ok(engine::enum_layout(
                                target,
                                by_variant,
                                discriminants,
                                &def.repr,
                                !explicit,
                                placement,
                            ))
                        })
                    })
                })
            }
        }
    }
}

/// The error for a type that contains itself.
#[cold]
fn recursive(name: &str, args: &[TypeExpr]) -> String {
    let ty = TypeExpr::path(name, args.to_vec());
    format!("cannot lay out `{ty}`: the type is recursive without indirection")
}

fn field_types(fields: &[FieldDef]) -> impl Iterator<Item = &TypeExpr> {
    fields.iter().map(|field| &field.ty)
}

/// `repr(transparent)` allows one field that is not a 1-aligned ZST.
fn check_transparent(def: &AdtDef, fields: &[Lay]) -> Result<(), String> {
    if !def.repr.transparent {
        return Ok(());
    }
    let significant = fields
        .iter()
        .filter(|field| !(field.size == 0 && field.align == 1))
        .count();
    if significant > 1 {
        return Err(format!(
            "`{}`: `repr(transparent)` needs at most one field that is not a zero-sized, 1-aligned type",
            def.name
        ));
    }
    Ok(())
}

/// Discriminants must be distinct and fit the discriminant type (`isize`
/// unless an integer `repr` says otherwise), as rustc requires. Without
/// `explicit` values they are 0, 1, 2, …: distinct, and only the last may
/// not fit.
fn check_discriminants(def: &AdtDef, values: &[i128], explicit: bool, target: Target) -> Result<(), String> {
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
    let too_big = |value: i128| {
        Err(format!(
            "`{}`: discriminant {value} does not fit `{}`",
            def.name,
            int.name()
        ))
    };
    if !explicit {
        return match values.last() {
            Some(&last) if last > max => too_big(max + 1),
            _ => Ok(()),
        };
    }
    for (index, &value) in values.iter().enumerate() {
        if value < min || value > max {
            return too_big(value);
        }
        if values[..index].contains(&value) {
            return Err(format!("`{}`: discriminant {value} is used twice", def.name));
        }
    }
    Ok(())
}

pub(crate) fn all_ones(bytes: u64) -> u128 {
    if bytes >= 16 {
        u128::MAX
    } else {
        (1u128 << (bytes * 8)) - 1
    }
}

/// Pairs a definition's parameters with the given arguments.
pub(crate) fn bind<'b>(def: &'b AdtDef, args: &'b [TypeExpr]) -> Result<Bindings<'b>, String> {
    if def.params.len() != args.len() {
        return Err(format!(
            "`{}` takes {} type argument(s) but {} were given",
            def.name,
            def.params.len(),
            args.len()
        ));
    }
    Ok(Bindings::new(&def.params, args))
}

/// `ty` as written in source, with the parameters in `bindings` replaced.
pub(crate) fn type_name(ty: &TypeExpr, bindings: Bindings<'_>) -> String {
    let mut name = String::new();
    let _ = ty.write_substituted(&mut name, bindings.params, bindings.args);
    name
}

/// Whether `ty` names a bound parameter, i.e. whether [`substitute`] would change it.
fn mentions(ty: &TypeExpr, bindings: Bindings<'_>) -> bool {
    if bindings.is_empty() {
        return false;
    }
    match ty {
        TypeExpr::Path { name, args } if args.is_empty() => bindings.get(name).is_some(),
        TypeExpr::Path { args, .. } => args.iter().any(|arg| mentions(arg, bindings)),
        TypeExpr::Tuple(items) => items.iter().any(|item| mentions(item, bindings)),
        TypeExpr::Array(item, _) | TypeExpr::Slice(item) => mentions(item, bindings),
        TypeExpr::Ref { pointee, .. } | TypeExpr::RawPtr { pointee, .. } => mentions(pointee, bindings),
        _ => false,
    }
}

/// Replaces bound parameter names inside `ty`.
pub(crate) fn substitute(ty: &TypeExpr, bindings: Bindings<'_>) -> TypeExpr {
    if bindings.is_empty() {
        return ty.clone();
    }
    let sub = |inner: &TypeExpr| Box::new(substitute(inner, bindings));
    match ty {
        TypeExpr::Path { name, args } if args.is_empty() => bindings.get(name).map_or_else(|| ty.clone(), Clone::clone),
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
