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
    pub valid_start: u128,
    pub valid_end: u128,
}

fn all_ones(size: u64) -> u128 {
    if size >= 16 {
        u128::MAX
    } else {
        (1u128 << (size * 8)) - 1
    }
}

impl Niche {
    /// A niche from a scalar's valid range, if it leaves any value invalid.
    pub fn from_scalar(offset: u64, size: u64, valid_start: u128, valid_end: u128) -> Option<Niche> {
        let niche = Niche {
            offset,
            size,
            valid_start,
            valid_end,
        };
        (niche.available() > 0).then_some(niche)
    }

    /// How many bit patterns are invalid.
    pub fn available(&self) -> u128 {
        let mask = all_ones(self.size);
        self.valid_start.wrapping_sub(self.valid_end.wrapping_add(1)) & mask
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
        let (start, end) = (self.valid_start, self.valid_end);
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

/// The computed layout of a sized type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lay {
    pub size: u64,
    pub align: u64,
    pub niche: Option<Niche>,
    pub uninhabited: bool,
    /// Field offsets in declaration order (empty for primitives and arrays).
    pub offsets: Vec<u64>,
    /// Present for enums laid out with a tag or a niche.
    /// Boxed: layouts are moved around a lot and most have no variants.
    pub enum_shape: Option<Box<(TagEncoding, Vec<VariantLayout>)>>,
    /// For enums laid out like a struct: the index of the only present variant.
    pub single_variant: Option<usize>,
    /// Alignment of the first field in memory that is not a 1-aligned ZST
    /// (0 if none): a tag before it may grow up to this size.
    pub first_field_align: u64,
}

impl Lay {
    /// A primitive value of `size` bytes whose valid values are `start..=end`.
    pub fn scalar(target: Target, size: u64, start: u128, end: u128) -> Lay {
        Lay {
            size,
            align: target.primitive_align(size),
            niche: Niche::from_scalar(0, size, start, end),
            uninhabited: false,
            offsets: Vec::new(),
            enum_shape: None,
            single_variant: None,
            first_field_align: 0,
        }
    }

    /// A primitive of `size` bytes where every bit pattern is valid.
    pub fn plain(target: Target, size: u64) -> Lay {
        Lay::scalar(target, size, 0, all_ones(size))
    }

    pub fn zst(align: u64) -> Lay {
        Lay {
            size: 0,
            align,
            niche: None,
            uninhabited: false,
            offsets: Vec::new(),
            enum_shape: None,
            single_variant: None,
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
            offsets: Vec::new(),
            enum_shape: None,
            single_variant: None,
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
            offsets: vec![0, word],
            enum_shape: None,
            single_variant: None,
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
    offset.div_ceil(align).saturating_mul(align)
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
pub fn univariant(fields: &[Lay], repr: &Repr, kind: StructKind, detail: Detail) -> Result<Lay, String> {
    let start_biased = univariant_biased(fields, repr, kind, NicheBias::Start, detail)?;
    if kind == StructKind::MaybeUnsized || fields.len() <= 1 {
        return Ok(start_biased);
    }
    let Some(niche) = start_biased.niche else {
        return Ok(start_biased);
    };
    let head_space = niche.offset;
    let tail_space = start_biased.size - head_space - niche.size;
    if head_space == 0 || tail_space == 0 {
        return Ok(start_biased);
    }
    let end_biased = univariant_biased(fields, repr, kind, NicheBias::End, detail)?;
    let Some(end_niche) = end_biased.niche else {
        return Ok(start_biased);
    };
    let end_head_space = end_niche.offset;
    if end_head_space > head_space && end_head_space > tail_space {
        Ok(end_biased)
    } else {
        Ok(start_biased)
    }
}

fn univariant_biased(
    fields: &[Lay],
    repr: &Repr,
    kind: StructKind,
    bias: NicheBias,
    detail: Detail,
) -> Result<Lay, String> {
    let pack = repr.pack;
    // Field indices in memory order; on the stack for the usual small structs.
    let mut order_on_stack = [0usize; 16];
    let mut order_on_heap = Vec::new();
    let memory_order: &mut [usize] = if fields.len() <= order_on_stack.len() {
        &mut order_on_stack[..fields.len()]
    } else {
        order_on_heap.resize(fields.len(), 0);
        &mut order_on_heap
    };
    for (position, slot) in memory_order.iter_mut().enumerate() {
        *slot = position;
    }
    let reorderable = if kind == StructKind::MaybeUnsized {
        fields.len().saturating_sub(1)
    } else {
        fields.len()
    };
    if !repr.keeps_field_order() && fields.len() > 1 {
        sort_fields(&mut memory_order[..reorderable], fields, pack, kind, bias);
    }

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
    let mut offsets_on_stack = [0u64; 16];
    let mut offsets_on_heap = Vec::new();
    let offsets: &mut [u64] = if fields.len() <= offsets_on_stack.len() {
        &mut offsets_on_stack[..fields.len()]
    } else {
        offsets_on_heap.resize(fields.len(), 0);
        &mut offsets_on_heap
    };
    let mut first_field_align = 0;
    let mut niche: Option<Niche> = None;
    let mut niche_available = 0;
    for &index in memory_order.iter() {
        let field = &fields[index];
        let field_align = pack.map_or(field.align, |pack| field.align.min(pack));
        offset = align_to(offset, field_align);
        align = align.max(field_align);
        offsets[index] = offset;
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
                field_niche.offset += offset;
                niche = Some(field_niche);
            }
        }
        offset = offset
            .checked_add(field.size)
            .ok_or("the type is too big for the target")?;
    }
    if let Some(repr_align) = repr.align {
        align = align.max(repr_align);
    }
    Ok(Lay {
        size: align_to(offset, align),
        align,
        niche,
        uninhabited: fields.iter().any(|field| field.uninhabited),
        // Offsets are only kept when a report will show them.
        offsets: if detail == Detail::Full {
            offsets.to_vec()
        } else {
            Vec::new()
        },
        enum_shape: None,
        single_variant: None,
        first_field_align,
    })
}

fn sort_fields(order: &mut [usize], fields: &[Lay], pack: Option<u64>, kind: StructKind, bias: NicheBias) {
    let considered = || order.iter().map(|&index| &fields[index]);
    let max_field_align = considered().map(|field| field.align).max().unwrap_or(1);
    let largest_niche = considered()
        .filter_map(|field| field.niche)
        .map(|niche| niche.available())
        .max()
        .unwrap_or(0);

    // Fields are grouped by alignment; without packing, a field whose size is
    // a larger power of two than its alignment (`[u8; 4]`) may join the group
    // of that size, unless niche placement matters.
    let alignment_group = |field: &Lay| -> u64 {
        if let Some(pack) = pack {
            return field.align.min(pack);
        }
        let size_as_align = field.align.max(field.size).trailing_zeros();
        let field_niche = field.niche.map_or(0, |niche| niche.available());
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
    let niche_of = |field: &Lay| field.niche.map_or(0, |niche| niche.available());

    match kind {
        StructKind::AlwaysSized | StructKind::MaybeUnsized => {
            // Largest alignment group first; inside a group, the biggest niche
            // goes first (start bias) or last (end bias), nearest the edge.
            order.sort_by_key(|&index| {
                let field = &fields[index];
                let niche_key = match bias {
                    NicheBias::Start => !niche_of(field),
                    NicheBias::End => niche_of(field),
                };
                let niche_position_key = match (bias, field.niche) {
                    (_, None) => 0,
                    (NicheBias::Start, Some(niche)) => u128::from(niche.offset),
                    (NicheBias::End, Some(niche)) => !u128::from(field.size - niche.size - niche.offset),
                };
                (std::cmp::Reverse(alignment_group(field)), niche_key, niche_position_key)
            });
        }
        StructKind::Prefixed { .. } => {
            // Variants after a tag: smallest alignment first so the tag needs
            // no padding, largest niche last within its group.
            order.sort_by_key(|&index| (alignment_group(&fields[index]), niche_of(&fields[index])));
        }
    }
}

/// Whether an enum's per-variant layouts are wanted (for a report) or only
/// its size, alignment and niche (for a field of something larger).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    Full,
    Summary,
}

/// One variant's fields, for enum layout.
pub struct EnumVariant<'a> {
    pub fields: &'a [Lay],
}

/// Lays out an enum with its variants' fields and discriminants.
///
/// `niche_allowed` is false when discriminants are explicit or the repr asks
/// for a tag.
pub fn enum_layout(
    target: Target,
    variants: &[EnumVariant<'_>],
    discriminants: &[i128],
    repr: &Repr,
    niche_allowed: bool,
    detail: Detail,
) -> Result<Lay, String> {
    if repr.pack.is_some() {
        return Err("an enum cannot be `repr(packed)`".to_string());
    }
    // A variant that can never exist and takes no room needs no encoding.
    let absent = |variant: &EnumVariant<'_>| {
        variant.fields.iter().any(|field| field.uninhabited)
            && variant.fields.iter().all(|field| field.is_one_byte_aligned_zst())
    };
    let present: Vec<usize> = (0..variants.len())
        .filter(|&index| repr.c || !absent(&variants[index]))
        .collect();
    let Some(&first_present) = present.first() else {
        return Ok(Lay::never());
    };
    if present.len() == 1 && !repr.keeps_enum_tag() {
        let mut lay = univariant(variants[first_present].fields, repr, StructKind::AlwaysSized, detail)?;
        lay.single_variant = Some(first_present);
        return Ok(lay);
    }

    let niche_filled = if niche_allowed && !repr.keeps_enum_tag() {
        niche_filling_layout(variants, repr, &absent, detail)?
    } else {
        None
    };
    let tagged = tagged_layout(target, variants, discriminants, repr, detail)?;
    let niche_room = |lay: &Lay| lay.niche.map_or(0, |niche| niche.available());
    Ok(match niche_filled {
        // The smaller layout wins; on a tie, the one leaving the larger niche;
        // otherwise the tag, which is simpler to read.
        Some(niche_filled)
            if tagged.size > niche_filled.size
                || (tagged.size == niche_filled.size && niche_room(&tagged) < niche_room(&niche_filled)) =>
        {
            niche_filled
        }
        _ => tagged,
    })
}

fn niche_filling_layout(
    variants: &[EnumVariant<'_>],
    repr: &Repr,
    absent: &dyn Fn(&EnumVariant<'_>) -> bool,
    detail: Detail,
) -> Result<Option<Lay>, String> {
    if variants.len() < 2 {
        return Ok(None);
    }
    let mut align = 1;
    let mut layouts = Vec::with_capacity(variants.len());
    for variant in variants {
        let lay = univariant(variant.fields, repr, StructKind::AlwaysSized, detail)?;
        align = align.max(lay.align);
        layouts.push(lay);
    }
    // The largest variant keeps its data; on equal sizes the last one.
    let mut largest = 0;
    for (index, lay) in layouts.iter().enumerate() {
        if lay.size >= layouts[largest].size {
            largest = index;
        }
    }
    let needs_encoding = |index: usize| index != largest && !absent(&variants[index]);
    let Some(first) = (0..variants.len()).find(|&index| needs_encoding(index)) else {
        return Ok(None);
    };
    let Some(last) = (0..variants.len()).rev().find(|&index| needs_encoding(index)) else {
        return Ok(None);
    };
    let count = (last - first + 1) as u128;
    let Some(niche) = layouts[largest].niche else {
        return Ok(None);
    };
    let Some((niche_start, (valid_start, valid_end))) = niche.reserve(count) else {
        return Ok(None);
    };
    let size = align_to(layouts[largest].size, align);

    let mut variant_layouts = Vec::new();
    for (index, lay) in layouts.iter().enumerate() {
        let mut shift = 0;
        if index != largest && lay.size > niche.offset {
            // Other variants must fit entirely before or after the niche.
            shift = align_to(niche.offset + niche.size, lay.align);
            if shift + lay.size > size {
                return Ok(None);
            }
        }
        if detail == Detail::Full {
            variant_layouts.push(VariantLayout {
                offsets: lay.offsets.iter().map(|offset| offset + shift).collect(),
                size: lay.size + shift,
                uninhabited: lay.uninhabited,
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
    Ok(Some(Lay {
        size,
        align,
        niche: Niche::from_scalar(niche.offset, niche.size, valid_start, valid_end),
        uninhabited: layouts.iter().all(|lay| lay.uninhabited),
        offsets: Vec::new(),
        enum_shape: (detail == Detail::Full).then(|| Box::new((encoding, variant_layouts))),
        single_variant: None,
        first_field_align: 0,
    }))
}

/// The smallest integer holding every discriminant, at least `i32` for `repr(C)`.
fn discriminant_int(repr: &Repr, min: i128, max: i128) -> Result<(u64, bool), String> {
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
    Ok(if min >= 0 {
        (unsigned_fit.max(at_least), false)
    } else {
        (signed_fit.max(at_least), true)
    })
}

fn tagged_layout(
    target: Target,
    variants: &[EnumVariant<'_>],
    discriminants: &[i128],
    repr: &Repr,
    detail: Detail,
) -> Result<Lay, String> {
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
    for (variant, value) in variants.iter().zip(discriminants.iter().map(|&value| normalise(value))) {
        if !repr.c && variant.fields.iter().any(|field| field.uninhabited) {
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
        None => discriminant_int(repr, min, max)?,
    };
    let tag_align = target.primitive_align(min_tag_size);
    let mut prefix_align = tag_align;
    if repr.c {
        for variant in variants {
            for field in variant.fields {
                prefix_align = prefix_align.max(field.align);
            }
        }
    }

    let mut size = 0;
    let mut align = 1u64;
    let mut smallest_first_field_align = u64::MAX;
    let mut variant_lays = Vec::with_capacity(variants.len());
    for variant in variants {
        let lay = univariant(
            variant.fields,
            repr,
            StructKind::Prefixed {
                size: min_tag_size,
                align: prefix_align,
            },
            detail,
        )?;
        // The first field in memory that is not a 1-aligned ZST bounds how far the tag may grow.
        if lay.first_field_align != 0 {
            smallest_first_field_align = smallest_first_field_align.min(lay.first_field_align);
        }
        size = size.max(lay.size);
        align = align.max(lay.align);
        variant_lays.push(lay);
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
            for lay in &mut variant_lays {
                for offset in &mut lay.offsets {
                    if *offset <= min_tag_size {
                        *offset = tag_size;
                    }
                }
                if lay.size <= min_tag_size {
                    lay.size = tag_size;
                }
            }
        }
    }
    let mask = all_ones(tag_size);
    let niche = Niche::from_scalar(0, tag_size, (min as u128) & mask, (max as u128) & mask);
    let uninhabited = variant_lays.iter().all(|lay| lay.uninhabited);
    let enum_shape = (detail == Detail::Full).then(|| {
        let variant_layouts = variant_lays
            .into_iter()
            .map(|lay| VariantLayout {
                offsets: lay.offsets,
                size: lay.size,
                uninhabited: lay.uninhabited,
            })
            .collect();
        let encoding = TagEncoding::Direct {
            offset: 0,
            size: tag_size,
            signed,
            values: discriminants.iter().map(|&value| normalise(value)).collect(),
        };
        Box::new((encoding, variant_layouts))
    });
    Ok(Lay {
        size,
        align,
        niche,
        uninhabited,
        offsets: Vec::new(),
        enum_shape,
        single_variant: None,
        first_field_align: 0,
    })
}

/// A union: fields overlap at offset 0; no niche survives.
pub fn union_layout(fields: &[Lay], repr: &Repr) -> Lay {
    let mut align = 1;
    let mut size = 0;
    for field in fields {
        align = align.max(repr.pack.map_or(field.align, |pack| field.align.min(pack)));
        size = size.max(field.size);
    }
    if let Some(repr_align) = repr.align {
        align = align.max(repr_align);
    }
    Lay {
        size: align_to(size, align),
        align,
        niche: None,
        uninhabited: false,
        offsets: vec![0; fields.len()],
        enum_shape: None,
        single_variant: None,
        first_field_align: 0,
    }
}
