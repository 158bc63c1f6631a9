//! The layout algorithms: scalars and their valid ranges, niches, single-variant
//! aggregates (with default-repr field reordering), and multi-variant enums
//! (direct tags versus niche encodings).

use super::model::{IntKind, Repr, Target};

/// A range of invalid bit patterns in one primitive of a value: values outside
/// `valid_start..=valid_end` (wrapping) may encode other enum variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Niche {
    pub offset: u64,
    /// Size in bytes of the primitive holding the niche.
    pub size: u64,
    /// The valid range, as `u128`s split in halves: this keeps `Niche` and
    /// `Lay` 8-byte aligned, smaller and cheaper to move around.
    valid_start: [u64; 2],
    valid_end: [u64; 2],
    /// How many bit patterns are invalid, worked out once: it is asked
    /// for every time a niche is compared with another.
    available: [u64; 2],
}

fn split(value: u128) -> [u64; 2] {
    [value as u64, (value >> 64) as u64]
}

fn join([low, high]: [u64; 2]) -> u128 {
    u128::from(low) | (u128::from(high) << 64)
}

fn all_ones(size: u64) -> u128 {
    match size {
        0 => 0,
        1..=8 => u128::from(u64::MAX >> (64 - size * 8)),
        9..16 => u128::MAX >> (128 - size * 8),
        _ => u128::MAX,
    }
}

impl Niche {
    /// A niche from a scalar's valid range, if it leaves any value invalid.
    pub fn from_scalar(offset: u64, size: u64, valid_start: u128, valid_end: u128) -> Option<Niche> {
        let mask = all_ones(size);
        let available = valid_start.wrapping_sub(valid_end.wrapping_add(1)) & mask;
        let niche = Niche {
            offset,
            size,
            valid_start: split(valid_start),
            valid_end: split(valid_end),
            available: split(available),
        };
        (available > 0).then_some(niche)
    }

    /// The first valid value.
    pub fn valid_start(&self) -> u128 {
        join(self.valid_start)
    }

    /// The last valid value (the range may wrap around).
    pub fn valid_end(&self) -> u128 {
        join(self.valid_end)
    }

    /// How many bit patterns are invalid.
    pub fn available(&self) -> u128 {
        join(self.available)
    }

    /// Claims `count` invalid values for other variants. Returns the first
    /// claimed value and the widened valid range `(start, end)`.
    ///
    /// The range grows on the side that keeps zero free for as long as
    /// possible, so that a two-variant enum's extra variant lands on zero when
    /// zero is invalid (`Option<&T>`'s `None` is the null pointer).
    pub fn reserve(&self, count: u128) -> Option<(u128, (u128, u128))> {
        if count == 0 || count > self.available() {
            return None;
        }
        let mask = all_ones(self.size);
        let (start, end) = (self.valid_start(), self.valid_end());
        let grow_downwards = || {
            let new_start = start.wrapping_sub(count) & mask;
            (new_start, (new_start, end))
        };
        let grow_upwards = || {
            let first = end.wrapping_add(1) & mask;
            let new_end = end.wrapping_add(count) & mask;
            (first, (start, new_end))
        };
        let distance_from_end_to_zero = mask - end;
        Some(if start > end {
            // The valid range wraps around, so zero is already valid.
            grow_upwards()
        } else if start <= distance_from_end_to_zero {
            if count <= start {
                grow_downwards()
            } else {
                grow_upwards()
            }
        } else {
            let new_end = end.wrapping_add(count) & mask;
            let passes_zero = new_end >= 1 && new_end <= end;
            if passes_zero { grow_downwards() } else { grow_upwards() }
        })
    }
}

/// How the variant of an enum value is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagEncoding {
    /// A tag field at `offset` holds each variant's discriminant.
    Direct {
        offset: u64,
        size: u64,
        signed: bool,
        values: Vec<i128>,
    },
    /// The variant `untagged` stores data in the niche; the variants in
    /// `first_niche_variant..=last_niche_variant` are encoded as
    /// `niche_start + (index - first_niche_variant)` (wrapping) in the niche.
    Niche {
        offset: u64,
        size: u64,
        untagged: usize,
        first_niche_variant: usize,
        last_niche_variant: usize,
        niche_start: u128,
    },
}

/// The layout of one enum variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VariantLayout {
    /// Field offsets from the start of the enum, in declaration order.
    pub offsets: Vec<u64>,
    /// End of the variant's data (including the tag for tagged enums).
    pub size: u64,
    pub uninhabited: bool,
}

/// The computed layout of a sized type: what an enclosing type needs to know.
/// Small and `Copy`, as nested layouts are computed and combined many times;
/// where the parts of the reported type lie is kept apart, in [`Placement`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lay {
    pub size: u64,
    pub align: u64,
    pub niche: Option<Niche>,
    pub uninhabited: bool,
    /// Alignment of the first field in memory that is not a 1-aligned ZST
    /// (0 if none): a tag before it may grow up to this size.
    pub first_field_align: u64,
}

/// Where the fields and variants of one type lie: only computed for the type
/// being reported, never for the types nested in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Placement {
    /// Field offsets in declaration order (empty for primitives and arrays).
    pub offsets: Vec<u64>,
    /// Present for enums laid out with a tag or a niche.
    pub enum_shape: Option<(TagEncoding, Vec<VariantLayout>)>,
    /// For enums laid out like a struct: the index of the only present variant.
    pub single_variant: Option<usize>,
    /// The layouts of the fields, in declaration order (an enum's variants
    /// one after the other), when the type was laid out from them.
    pub field_lays: Vec<Lay>,
}

/// Runs `f` on a buffer of `len` copies of `init`, on the stack when short.
pub(crate) fn with_buffer<T: Copy, R>(len: usize, init: T, f: impl FnOnce(&mut [T]) -> R) -> R {
    with_buffer_of::<8, T, R>(len, init, f)
}

/// [`with_buffer`] with room for `N` values on the stack.
#[inline(always)]
fn with_buffer_of<const N: usize, T: Copy, R>(len: usize, init: T, f: impl FnOnce(&mut [T]) -> R) -> R {
    if len <= N {
        let mut buffer = [init; N];
        f(&mut buffer[..len])
    } else {
        f(&mut vec![init; len])
    }
}

impl Lay {
    /// A primitive value of `size` bytes whose valid values are `start..=end`.
    pub fn scalar(target: Target, size: u64, start: u128, end: u128) -> Lay {
        Lay {
            size,
            align: target.primitive_align(size),
            niche: Niche::from_scalar(0, size, start, end),
            uninhabited: false,
            first_field_align: 0,
        }
    }

    /// A primitive of `size` bytes where every bit pattern is valid.
    pub fn plain(target: Target, size: u64) -> Lay {
        // Every bit pattern is valid: no niche.
        Lay {
            size,
            align: target.primitive_align(size),
            niche: None,
            uninhabited: false,
            first_field_align: 0,
        }
    }

    pub fn zst(align: u64) -> Lay {
        Lay {
            size: 0,
            align,
            niche: None,
            uninhabited: false,
            first_field_align: 0,
        }
    }

    pub fn never() -> Lay {
        Lay {
            uninhabited: true,
            ..Lay::zst(1)
        }
    }

    fn is_one_byte_aligned_zst(&self) -> bool {
        self.size == 0 && self.align == 1
    }

    pub fn array(element: &Lay, count: u64) -> Result<Lay, String> {
        let size = element
            .size
            .checked_mul(count)
            .ok_or("the array is too big for the target")?;
        Ok(Lay {
            size,
            align: element.align,
            niche: if count == 0 { None } else { element.niche },
            uninhabited: element.uninhabited && count != 0,
            first_field_align: 0,
        })
    }

    /// A two-word pointer: address then metadata; both may restrict values.
    pub fn pointer_pair(target: Target, data: (u128, u128), meta: (u128, u128)) -> Lay {
        let word = target.pointer_bytes();
        let data_niche = Niche::from_scalar(0, word, data.0, data.1);
        let meta_niche = Niche::from_scalar(word, word, meta.0, meta.1);
        // On equal niches the one at the lower offset wins.
        let niche = match (data_niche, meta_niche) {
            (Some(a), Some(b)) => Some(if b.available() > a.available() { b } else { a }),
            (a, b) => a.or(b),
        };
        Lay {
            size: 2 * word,
            align: target.primitive_align(word),
            niche,
            uninhabited: false,
            first_field_align: 0,
        }
    }

    /// `UnsafeCell` and friends: same size, but no value is known to be invalid.
    pub fn without_niche(mut self) -> Lay {
        self.niche = None;
        self
    }
}

/// Rounds up to a multiple of `align`; saturates so that oversized types
/// are reported by the size check instead of overflowing.
fn align_to(offset: u64, align: u64) -> u64 {
    if align.is_power_of_two() {
        offset.checked_add(align - 1).map_or(u64::MAX, |end| end & !(align - 1))
    } else {
        offset.div_ceil(align).saturating_mul(align)
    }
}

/// How a single-variant aggregate is being laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructKind {
    /// Every field is sized and all may be reordered.
    AlwaysSized,
    /// The last field may be unsized in some instantiation, so it stays last.
    MaybeUnsized,
    /// An enum variant after a tag of the given size and alignment.
    Prefixed { size: u64, align: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NicheBias {
    Start,
    End,
}

/// Lays out one variant's fields. Default-repr fields are reordered to
/// remove padding and to push the largest niche towards an edge; if the
/// start-biased order leaves the niche in the middle, an end-biased order is
/// tried and kept when its niche is closer to an edge.
pub fn univariant(fields: &[Lay], repr: &Repr, kind: StructKind, placement: Option<&mut Placement>) -> Lay {
    match placement {
        // Offsets are only computed when they are asked for.
        None => match univariant_of_one(fields, repr, kind) {
            Some(lay) => lay,
            None => univariant_into(fields, repr, kind, &mut []),
        },
        Some(placement) => {
            let mut offsets = vec![0u64; fields.len()];
            let lay = univariant_into(fields, repr, kind, &mut offsets);
            placement.offsets = offsets;
            placement.field_lays = fields.to_vec();
            lay
        }
    }
}

/// [`univariant`] for no field or one field (most enum variants), which
/// need no reordering; `None` for more fields.
#[inline(always)]
fn univariant_of_one(fields: &[Lay], repr: &Repr, kind: StructKind) -> Option<Lay> {
    let field = match fields {
        [] => None,
        [field] => Some(field),
        _ => return None,
    };
    let pack = repr.pack;
    let mut align = 1;
    let mut offset = 0u64;
    if let StructKind::Prefixed {
        size,
        align: prefix_align,
    } = kind
    {
        let prefix_align = pack.map_or(prefix_align, |pack| prefix_align.min(pack));
        align = prefix_align.max(1);
        offset = align_to(size, prefix_align);
    }
    let mut lay = Lay {
        size: 0,
        align,
        niche: None,
        uninhabited: false,
        first_field_align: 0,
    };
    if let Some(field) = field {
        let field_align = pack.map_or(field.align, |pack| field.align.min(pack));
        offset = align_to(offset, field_align);
        lay.align = lay.align.max(field_align);
        if !field.is_one_byte_aligned_zst() {
            lay.first_field_align = field.align;
        }
        lay.niche = field.niche.filter(|niche| niche.available() > 0).map(|mut niche| {
            niche.offset = niche.offset.saturating_add(offset);
            niche
        });
        lay.uninhabited = field.uninhabited;
        offset = offset.saturating_add(field.size);
    }
    if let Some(repr_align) = repr.align {
        lay.align = lay.align.max(repr_align);
    }
    lay.size = align_to(offset, lay.align);
    Some(lay)
}

/// [`univariant`], writing the field offsets (in declaration order) to
/// `offsets` unless it is empty.
#[inline(always)]
fn univariant_into(fields: &[Lay], repr: &Repr, kind: StructKind, offsets: &mut [u64]) -> Lay {
    let start_biased = univariant_biased(fields, repr, kind, NicheBias::Start, offsets);
    if kind == StructKind::MaybeUnsized || fields.len() <= 1 {
        return start_biased;
    }
    let Some(niche) = start_biased.niche else {
        return start_biased;
    };
    let head_space = niche.offset;
    let tail_space = start_biased.size.saturating_sub(head_space).saturating_sub(niche.size);
    if head_space == 0 || tail_space == 0 {
        return start_biased;
    }
    with_buffer(offsets.len(), 0u64, |end_offsets| {
        let end_biased = univariant_biased(fields, repr, kind, NicheBias::End, end_offsets);
        let Some(end_niche) = end_biased.niche else {
            return start_biased;
        };
        let end_head_space = end_niche.offset;
        if end_head_space > head_space && end_head_space > tail_space {
            offsets.copy_from_slice(end_offsets);
            end_biased
        } else {
            start_biased
        }
    })
}

/// Lays out `fields` in one order and writes their offsets (in declaration
/// order) to `offsets` unless it is empty.
#[inline(always)]
fn univariant_biased(fields: &[Lay], repr: &Repr, kind: StructKind, bias: NicheBias, offsets: &mut [u64]) -> Lay {
    if repr.keeps_field_order() || fields.len() <= 1 {
        return place_fields(fields, 0..fields.len(), repr, kind, bias, offsets);
    }
    with_buffer(fields.len(), 0usize, |memory_order| {
        sort_fields(memory_order, fields, repr.pack, kind, bias);
        place_fields(fields, memory_order.iter().copied(), repr, kind, bias, offsets)
    })
}

/// Places `fields` one after the other in `memory_order` (indices into `fields`).
#[inline(always)]
fn place_fields(
    fields: &[Lay],
    memory_order: impl Iterator<Item = usize>,
    repr: &Repr,
    kind: StructKind,
    bias: NicheBias,
    offsets: &mut [u64],
) -> Lay {
    let pack = repr.pack;
    let mut align = 1;
    let mut offset = 0u64;
    if let StructKind::Prefixed {
        size,
        align: prefix_align,
    } = kind
    {
        let prefix_align = pack.map_or(prefix_align, |pack| prefix_align.min(pack));
        align = align.max(prefix_align);
        offset = align_to(size, prefix_align);
    }
    let mut first_field_align = 0;
    let mut niche: Option<Niche> = None;
    let mut niche_available = 0;
    let mut uninhabited = false;
    for index in memory_order {
        let field = &fields[index];
        let field_align = pack.map_or(field.align, |pack| field.align.min(pack));
        offset = align_to(offset, field_align);
        align = align.max(field_align);
        if let Some(slot) = offsets.get_mut(index) {
            *slot = offset;
        }
        if first_field_align == 0 && !field.is_one_byte_aligned_zst() {
            first_field_align = field.align;
        }
        if let Some(mut field_niche) = field.niche {
            let available = field_niche.available();
            // Among equal niches, the start bias keeps the first, the end bias the last.
            let better = match bias {
                NicheBias::Start => available > niche_available,
                NicheBias::End => available >= niche_available,
            };
            if better {
                niche_available = available;
                field_niche.offset = field_niche.offset.saturating_add(offset);
                niche = Some(field_niche);
            }
        }
        uninhabited |= field.uninhabited;
        // Sizes saturate: the resolver rejects a type this big.
        offset = offset.saturating_add(field.size);
    }
    if let Some(repr_align) = repr.align {
        align = align.max(repr_align);
    }
    Lay {
        size: align_to(offset, align),
        align,
        niche,
        uninhabited,
        first_field_align,
    }
}

/// Writes to `order` (one slot per field) the order in which the fields
/// are placed in memory; with [`StructKind::MaybeUnsized`] the last field
/// stays last.
fn sort_fields(order: &mut [usize], fields: &[Lay], pack: Option<u64>, kind: StructKind, bias: NicheBias) {
    let niche_of = |field: &Lay| field.niche.map_or(0, |niche| niche.available());
    let reorderable = match kind {
        StructKind::MaybeUnsized => fields.len().saturating_sub(1),
        _ => fields.len(),
    };
    let mut max_field_align = 1;
    let mut largest_niche = 0;
    for field in &fields[..reorderable] {
        max_field_align = max_field_align.max(field.align);
        largest_niche = largest_niche.max(niche_of(field));
    }

    // Fields are grouped by alignment; without packing, a field whose size is
    // a larger power of two than its alignment (`[u8; 4]`) may join the group
    // of that size, unless niche placement matters.
    let alignment_group = |field: &Lay, field_niche: u128| -> u64 {
        if let Some(pack) = pack {
            return field.align.min(pack);
        }
        let size_as_align = field.align.max(field.size).trailing_zeros();
        let group = if largest_niche == 0 {
            size_as_align
        } else {
            match bias {
                NicheBias::Start => max_field_align.trailing_zeros().min(size_as_align),
                NicheBias::End if field_niche == largest_niche => field.align.trailing_zeros(),
                NicheBias::End => size_as_align,
            }
        };
        u64::from(group)
    };

    // Each field's sort key is computed once; ties keep declaration order.
    // The niche's position fits 64 bits in both biases: an offset, or the
    // complement of the (small) room after the niche.
    let sort_key = |index: usize| -> (u64, u128, u64, usize) {
        let field = &fields[index];
        let niche = niche_of(field);
        let group = alignment_group(field, niche);
        match kind {
            // Largest alignment group first; inside a group, the biggest niche
            // goes first (start bias) or last (end bias), nearest the edge.
            StructKind::AlwaysSized | StructKind::MaybeUnsized => {
                let niche_key = match bias {
                    NicheBias::Start => !niche,
                    NicheBias::End => niche,
                };
                let niche_position_key = match (bias, field.niche) {
                    (_, None) => 0,
                    (NicheBias::Start, Some(niche)) => niche.offset,
                    (NicheBias::End, Some(niche)) => !(field.size - niche.size - niche.offset),
                };
                (!group, niche_key, niche_position_key, index)
            }
            // Variants after a tag: smallest alignment first so the tag needs
            // no padding, largest niche last within its group.
            StructKind::Prefixed { .. } => (group, niche, 0, index),
        }
    };
    for (position, slot) in order.iter_mut().enumerate().skip(reorderable) {
        *slot = position;
    }
    with_buffer_of::<6, _, _>(reorderable, (0, 0, 0, 0), |keys| {
        for (index, (key, slot)) in keys.iter_mut().zip(order.iter_mut()).enumerate() {
            *key = sort_key(index);
            *slot = index;
        }
        // Insertion sort of the indices: structs are small, and most are
        // nearly sorted.
        for sorted in 1..keys.len() {
            let moving = order[sorted];
            let mut position = sorted;
            while position > 0 && keys[order[position - 1]] > keys[moving] {
                order[position] = order[position - 1];
                position -= 1;
            }
            order[position] = moving;
        }
    });
}

/// `Option<T>` (`None`, then `Some(T)`) without its variant table: what
/// [`enum_layout`] computes for those two variants, worked out once. Wrapping
/// in `Option` is so common that the general path would dominate the time
/// spent on deeply nested types; the tests check both paths agree.
pub fn option_layout(target: Target, inner: &Lay) -> Lay {
    // `Some` of an uninhabited zero-sized, 1-aligned type cannot exist.
    if inner.uninhabited && inner.is_one_byte_aligned_zst() {
        return Lay::zst(1);
    }
    let align = inner.align.max(1);
    if let Some(niche) = inner.niche {
        // `None` takes one invalid value of the niche; `Some` keeps its data.
        if let Some((_, (valid_start, valid_end))) = niche.reserve(1) {
            return Lay {
                size: align_to(inner.size, align),
                align,
                niche: Niche::from_scalar(niche.offset, niche.size, valid_start, valid_end),
                uninhabited: false,
                first_field_align: 0,
            };
        }
        let variants = [&[][..], std::slice::from_ref(inner)];
        return enum_layout(target, &variants, &[0, 1], &Repr::default(), true, None);
    }
    // A one-byte tag, then `T` at its alignment; the tag widens to that
    // alignment when it is a primitive's.
    let widened = !inner.is_one_byte_aligned_zst()
        && [2, 4, 8, 16].contains(&inner.align)
        && target.primitive_align(inner.align) == inner.align;
    let tag_size = if widened { inner.align } else { 1 };
    let last_tag = if inner.uninhabited { 0 } else { 1 };
    Lay {
        size: align_to(align.saturating_add(inner.size), align),
        align,
        niche: Niche::from_scalar(0, tag_size, 0, last_tag),
        uninhabited: false,
        first_field_align: 0,
    }
}

/// How an enum's variants are told apart and where their fields lie.
pub type EnumShape = (TagEncoding, Vec<VariantLayout>);

/// Lays out an enum with its variants' fields and discriminants.
///
/// `niche_allowed` is false when discriminants are explicit or the repr asks
/// for a tag.
pub fn enum_layout(
    target: Target,
    variants: &[&[Lay]],
    discriminants: &[i128],
    repr: &Repr,
    niche_allowed: bool,
    placement: Option<&mut Placement>,
) -> Lay {
    match placement {
        None => enum_layout_in(target, variants, discriminants, repr, niche_allowed, None),
        Some(placement) => {
            let lay = enum_layout_in(
                target,
                variants,
                discriminants,
                repr,
                niche_allowed,
                Some(&mut *placement),
            );
            placement.field_lays = variants.iter().flat_map(|fields| fields.iter().copied()).collect();
            lay
        }
    }
}

#[inline(always)]
fn enum_layout_in(
    target: Target,
    variants: &[&[Lay]],
    discriminants: &[i128],
    repr: &Repr,
    niche_allowed: bool,
    mut placement: Option<&mut Placement>,
) -> Lay {
    let mut present = (0..variants.len()).filter(|&index| repr.c || !absent(variants[index]));
    let Some(first_present) = present.next() else {
        return Lay::never();
    };
    if present.next().is_none() && !repr.keeps_enum_tag() {
        let lay = univariant(
            variants[first_present],
            repr,
            StructKind::AlwaysSized,
            placement.as_deref_mut(),
        );
        if let Some(placement) = placement {
            placement.single_variant = Some(first_present);
        }
        return lay;
    }

    // The variant tables, only asked for with a placement.
    let (mut niche_shape, mut tagged_shape) = (None, None);
    let detail = placement.is_some();
    // A niche can only come from a field that has one.
    let any_niche = variants
        .iter()
        .any(|fields| fields.iter().any(|field| field.niche.is_some()));
    let niche_filled = if niche_allowed && !repr.keeps_enum_tag() && any_niche {
        niche_filling_layout(variants, repr, detail.then_some(&mut niche_shape))
    } else {
        None
    };
    // A tagged layout puts a tag of at least one byte before every variant's
    // fields, so it is larger than any variant's fields together: a niche
    // layout no larger than those fields wins without computing the tagged one.
    let largest_payload = variants
        .iter()
        .map(|fields| fields.iter().fold(0u64, |sum, field| sum.saturating_add(field.size)))
        .max()
        .unwrap_or(0);
    let (lay, niche_wins) = match niche_filled {
        Some(niche_filled) if niche_filled.size <= largest_payload => (niche_filled, true),
        niche_filled => {
            let tagged = tagged_layout(
                target,
                variants,
                discriminants,
                repr,
                detail.then_some(&mut tagged_shape),
            );
            let niche_room = |lay: &Lay| lay.niche.map_or(0, |niche| niche.available());
            match niche_filled {
                // The smaller layout wins; on a tie, the one leaving the larger niche;
                // otherwise the tag, which is simpler to read.
                Some(niche_filled)
                    if tagged.size > niche_filled.size
                        || (tagged.size == niche_filled.size && niche_room(&tagged) < niche_room(&niche_filled)) =>
                {
                    (niche_filled, true)
                }
                _ => (tagged, false),
            }
        }
    };
    if let Some(placement) = placement {
        placement.enum_shape = if niche_wins { niche_shape } else { tagged_shape };
    }
    lay
}

/// Lays out one variant, with its field offsets when `detail` is asked for.
#[inline(always)]
fn variant_layout(fields: &[Lay], repr: &Repr, kind: StructKind, detail: bool) -> (Lay, Vec<u64>) {
    if !detail {
        return (univariant(fields, repr, kind, None), Vec::new());
    }
    let mut offsets = vec![0u64; fields.len()];
    let lay = univariant_into(fields, repr, kind, &mut offsets);
    (lay, offsets)
}

/// A variant that can never exist and takes no room needs no encoding.
fn absent(fields: &[Lay]) -> bool {
    fields.iter().any(|field| field.uninhabited) && fields.iter().all(|field| field.is_one_byte_aligned_zst())
}

fn niche_filling_layout(variants: &[&[Lay]], repr: &Repr, shape: Option<&mut Option<EnumShape>>) -> Option<Lay> {
    let detail = shape.is_some();
    if variants.len() < 2 {
        return None;
    }
    let mut variant_offsets = Vec::new();
    // Each variant's size, alignment and whether it is uninhabited.
    with_buffer(variants.len(), (0u64, 1u64, false), |variant_sizes| {
        let mut align = 1;
        let mut uninhabited = true;
        // The largest variant keeps its data; on equal sizes the last one.
        let mut largest = 0;
        let mut largest_lay = Lay::zst(1);
        for (index, fields) in variants.iter().enumerate() {
            let (lay, offsets) = variant_layout(fields, repr, StructKind::AlwaysSized, detail);
            align = align.max(lay.align);
            uninhabited &= lay.uninhabited;
            variant_sizes[index] = (lay.size, lay.align, lay.uninhabited);
            if index == 0 || lay.size >= largest_lay.size {
                largest = index;
                largest_lay = lay;
            }
            if detail {
                variant_offsets.push(offsets);
            }
        }
        let needs_encoding = |index: usize| index != largest && !absent(variants[index]);
        let first = (0..variants.len()).find(|&index| needs_encoding(index))?;
        let last = (0..variants.len()).rev().find(|&index| needs_encoding(index))?;
        let count = (last - first + 1) as u128;
        let niche = largest_lay.niche?;
        let (niche_start, (valid_start, valid_end)) = niche.reserve(count)?;
        let size = align_to(largest_lay.size, align);

        let mut variant_layouts = Vec::new();
        for (index, &(variant_size, variant_align, variant_uninhabited)) in variant_sizes.iter().enumerate() {
            let mut shift = 0;
            if index != largest && variant_size > niche.offset {
                // Other variants must fit entirely before or after the niche.
                shift = align_to(niche.offset.saturating_add(niche.size), variant_align);
                if shift.saturating_add(variant_size) > size {
                    return None;
                }
            }
            if detail {
                variant_layouts.push(VariantLayout {
                    offsets: variant_offsets[index]
                        .iter()
                        .map(|offset| offset.saturating_add(shift))
                        .collect(),
                    size: variant_size.saturating_add(shift),
                    uninhabited: variant_uninhabited,
                });
            }
        }
        let encoding = TagEncoding::Niche {
            offset: niche.offset,
            size: niche.size,
            untagged: largest,
            first_niche_variant: first,
            last_niche_variant: last,
            niche_start,
        };
        let lay = Lay {
            size,
            align,
            niche: Niche::from_scalar(niche.offset, niche.size, valid_start, valid_end),
            uninhabited,
            first_field_align: 0,
        };
        if let Some(shape) = shape {
            *shape = Some((encoding, variant_layouts));
        }
        Some(lay)
    })
}

/// The smallest integer holding every discriminant, at least `i32` for `repr(C)`.
fn discriminant_int(repr: &Repr, min: i128, max: i128) -> (u64, bool) {
    let unsigned_bytes = |value: u128| -> u64 {
        [1u64, 2, 4, 8, 16]
            .into_iter()
            .find(|&bytes| bytes == 16 || value <= all_ones(bytes))
            .unwrap_or(16)
    };
    let signed_bytes = |value: i128| -> u64 {
        [1u64, 2, 4, 8, 16]
            .into_iter()
            .find(|&bytes| {
                bytes == 16 || {
                    let half = 1i128 << (bytes * 8 - 1);
                    value >= -half && value < half
                }
            })
            .unwrap_or(16)
    };
    let unsigned_fit = unsigned_bytes(min.max(max).max(0) as u128);
    let signed_fit = signed_bytes(min).max(signed_bytes(max));
    let at_least = if repr.c { 4 } else { 1 };
    if min >= 0 {
        (unsigned_fit.max(at_least), false)
    } else {
        (signed_fit.max(at_least), true)
    }
}

fn tagged_layout(
    target: Target,
    variants: &[&[Lay]],
    discriminants: &[i128],
    repr: &Repr,
    shape: Option<&mut Option<EnumShape>>,
) -> Lay {
    let detail = shape.is_some();
    let discriminant_type = repr.int.unwrap_or(IntKind::Isize);
    let discriminant_bits = discriminant_type.size(target) * 8;
    let normalise = |value: i128| -> i128 {
        if discriminant_bits >= 128 {
            value
        } else if discriminant_type.is_signed() {
            let shift = 128 - discriminant_bits;
            (value << shift) >> shift
        } else {
            value & ((1i128 << discriminant_bits) - 1)
        }
    };
    let (mut min, mut max) = (i128::MAX, i128::MIN);
    for (fields, value) in variants.iter().zip(discriminants.iter().map(|&value| normalise(value))) {
        if !repr.c && fields.iter().any(|field| field.uninhabited) {
            continue;
        }
        min = min.min(value);
        max = max.max(value);
    }
    if min > max {
        (min, max) = (0, 0);
    }
    let (min_tag_size, signed) = match repr.int {
        Some(int) => (int.size(target), int.is_signed()),
        None => discriminant_int(repr, min, max),
    };
    let tag_align = target.primitive_align(min_tag_size);
    let mut prefix_align = tag_align;
    if repr.c {
        for fields in variants {
            for field in *fields {
                prefix_align = prefix_align.max(field.align);
            }
        }
    }

    let mut size = 0;
    let mut align = 1u64;
    let mut smallest_first_field_align = u64::MAX;
    let mut uninhabited = true;
    let mut variant_layouts = Vec::new();
    for fields in variants {
        let (lay, offsets) = variant_layout(
            fields,
            repr,
            StructKind::Prefixed {
                size: min_tag_size,
                align: prefix_align,
            },
            detail,
        );
        // The first field in memory that is not a 1-aligned ZST bounds how far the tag may grow.
        if lay.first_field_align != 0 {
            smallest_first_field_align = smallest_first_field_align.min(lay.first_field_align);
        }
        size = size.max(lay.size);
        align = align.max(lay.align);
        uninhabited &= lay.uninhabited;
        if detail {
            variant_layouts.push(VariantLayout {
                offsets,
                size: lay.size,
                uninhabited: lay.uninhabited,
            });
        }
    }
    size = align_to(size, align);

    // Default-repr enums widen the tag up to the alignment of the first field
    // of each variant, so the tag never shares its word with padding.
    let mut tag_size = min_tag_size;
    if !repr.c && repr.int.is_none() {
        let widened = [1u64, 2, 4, 8, 16]
            .into_iter()
            .find(|&bytes| bytes == smallest_first_field_align && target.primitive_align(bytes) == bytes);
        if let Some(widened) = widened
            && widened > min_tag_size
        {
            tag_size = widened;
            for variant in &mut variant_layouts {
                for offset in &mut variant.offsets {
                    if *offset <= min_tag_size {
                        *offset = tag_size;
                    }
                }
                if variant.size <= min_tag_size {
                    variant.size = tag_size;
                }
            }
        }
    }
    let mask = all_ones(tag_size);
    let niche = Niche::from_scalar(0, tag_size, (min as u128) & mask, (max as u128) & mask);
    if let Some(shape) = shape {
        let encoding = TagEncoding::Direct {
            offset: 0,
            size: tag_size,
            signed,
            values: discriminants.iter().map(|&value| normalise(value)).collect(),
        };
        *shape = Some((encoding, variant_layouts));
    }
    Lay {
        size,
        align,
        niche,
        uninhabited,
        first_field_align: 0,
    }
}

/// A union: fields overlap at offset 0; no niche survives.
pub fn union_layout(fields: &[Lay], repr: &Repr, placement: Option<&mut Placement>) -> Lay {
    let mut align = 1;
    let mut size = 0;
    for field in fields {
        align = align.max(repr.pack.map_or(field.align, |pack| field.align.min(pack)));
        size = size.max(field.size);
    }
    if let Some(repr_align) = repr.align {
        align = align.max(repr_align);
    }
    if let Some(placement) = placement {
        placement.offsets = vec![0; fields.len()];
        placement.field_lays = fields.to_vec();
    }
    Lay {
        size: align_to(size, align),
        align,
        niche: None,
        uninhabited: false,
        first_field_align: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Layouts of many shapes: scalars with and without niches, zero-sized and
    /// uninhabited types, fat pointers, padded aggregates, over-aligned ones.
    fn sample_lays(target: Target) -> Vec<Lay> {
        let mut lays = vec![Lay::zst(1), Lay::zst(8), Lay::never(), Lay::zst(1)];
        lays[3].uninhabited = false;
        for size in [1, 2, 4, 8, 16] {
            let ones = all_ones(size);
            lays.push(Lay::plain(target, size));
            lays.push(Lay::scalar(target, size, 1, ones));
            lays.push(Lay::scalar(target, size, 0, ones >> 1));
            lays.push(Lay::scalar(target, size, 0, 1));
            lays.push(Lay::scalar(target, size, 0, ones - 1));
            lays.push(Lay::scalar(target, size, 5, 3));
        }
        lays.push(Lay::scalar(target, 4, 0, 0x10FFFF));
        let word = target.pointer_bytes();
        lays.push(Lay::pointer_pair(target, (1, all_ones(word)), (0, all_ones(word))));
        lays.push(Lay::pointer_pair(target, (0, all_ones(word)), (1, all_ones(word))));
        let scalars = lays.clone();
        for a in &scalars {
            for b in &scalars {
                let pair = univariant(&[*a, *b], &Repr::default(), StructKind::AlwaysSized, None);
                let aligned = Repr {
                    align: Some(32),
                    ..Repr::default()
                };
                lays.push(pair);
                lays.push(univariant(&[*a, *b], &aligned, StructKind::AlwaysSized, None));
                lays.push(Lay::array(a, 3).unwrap());
                lays.push(Lay::array(a, 0).unwrap());
            }
        }
        lays
    }

    #[test]
    fn the_option_shortcut_agrees_with_the_general_enum_layout() {
        for target in [Target::X86_64, Target::I686] {
            for inner in sample_lays(target) {
                let variants = [&[][..], std::slice::from_ref(&inner)];
                let general = enum_layout(target, &variants, &[0, 1], &Repr::default(), true, None);
                assert_eq!(
                    option_layout(target, &inner),
                    general,
                    "Option of {inner:?} on {target:?}"
                );
                // Nested once more, from the shortcut's own result.
                let outer = option_layout(target, &general);
                let variants = [&[][..], std::slice::from_ref(&general)];
                let general_outer = enum_layout(target, &variants, &[0, 1], &Repr::default(), true, None);
                assert_eq!(outer, general_outer, "Option<Option> of {inner:?} on {target:?}");
            }
        }
    }
}
