//! Layout tables for one type: fields, variants, tag or niche encoding,
//! padding; and the text/JSON report behind `mdbook-memory layout`.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::Serialize;

use super::engine::{Lay, Placement, TagEncoding};
use super::model::{AdtKind, Defs, FieldDef, PointerMeta, Target, TypeExpr};
use super::resolve::{Bindings, Resolver, bind, substitute, type_name};

/// One field: where it lives and how big it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldLayout {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub offset: u64,
    pub size: u64,
    pub align: u64,
}

/// One enum variant and how it is recognised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VariantLayout {
    pub name: String,
    /// `tag = N`, `niche value 0x…`, or `untagged (data in the niche's valid range)`.
    pub encoding: String,
    /// The bits stored in the tag field (or the niche) for this variant, if any.
    pub tag_bits: Option<u128>,
    /// End of the variant's data, tag included.
    pub size: u64,
    pub uninhabited: bool,
    pub fields: Vec<FieldLayout>,
}

/// Where the discriminant lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagLayout {
    /// `direct` (a tag field) or `niche` (invalid values of a field).
    pub kind: &'static str,
    pub offset: u64,
    pub size: u64,
}

/// Invalid values left for an enclosing enum to use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NicheLayout {
    pub offset: u64,
    pub size: u64,
    pub valid_start: u128,
    pub valid_end: u128,
    /// Number of invalid values (saturated to `u64::MAX` in JSON-friendly form).
    pub available: u128,
}

/// Everything the engine knows about a sized type's layout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TypeLayout {
    #[serde(rename = "type")]
    pub ty: String,
    pub size: u64,
    pub align: u64,
    pub uninhabited: bool,
    /// Fields of a struct, tuple, union or fat pointer, by increasing offset.
    pub fields: Vec<FieldLayout>,
    pub variants: Vec<VariantLayout>,
    pub tag: Option<TagLayout>,
    /// Byte ranges `[start, end)` not covered by any field (structs and tuples).
    pub padding: Vec<(u64, u64)>,
    pub niche: Option<NicheLayout>,
}

/// Output format of [`layout_report`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

impl Format {
    /// Parses `text` or `json` (the CLI's `--format` values).
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Lays out the type written `expr` (e.g. `Option<Vec<u8>>`) with `defs`
/// providing user definitions. Unsupported or unknown types are errors.
pub fn layout_of_type_expr(expr: &str, defs: &Defs, target: Target) -> Result<TypeLayout, String> {
    let ty = crate::syntax::types::parse_type_expr(expr)?;
    layout_of_type(&ty, defs, target)
}

/// Lays out an already parsed type expression.
pub fn layout_of_type(ty: &TypeExpr, defs: &Defs, target: Target) -> Result<TypeLayout, String> {
    let mut resolver = Resolver::new(defs, target);
    let (lay, placement) = resolver.lay_placed(ty)?;
    describe(&mut resolver, ty, &lay, &placement)
}

/// A field as the report shows it: its name, and its type as written in
/// the definition (the parameters of the reported type not yet replaced).
struct ShapeField<'t> {
    name: Cow<'t, str>,
    ty: Cow<'t, TypeExpr>,
}

impl<'t> ShapeField<'t> {
    fn new(name: &'t str, ty: TypeExpr) -> ShapeField<'t> {
        ShapeField {
            name: Cow::Borrowed(name),
            ty: Cow::Owned(ty),
        }
    }
}

/// What the reported type is made of.
struct Shape<'t> {
    /// The reported definition's parameters and arguments.
    bindings: Bindings<'t>,
    /// Struct-like fields.
    fields: Vec<ShapeField<'t>>,
    /// Enum variants: name and number of fields, which follow one another
    /// in `variant_fields`.
    variants: Vec<(&'t str, usize)>,
    variant_fields: Vec<ShapeField<'t>>,
}

/// Fields named by their position, as in tuples.
fn numbered(items: &[TypeExpr]) -> impl Iterator<Item = ShapeField<'_>> {
    items.iter().enumerate().map(|(index, item)| ShapeField {
        name: Cow::Owned(index.to_string()),
        ty: Cow::Borrowed(item),
    })
}

fn shape_of<'t>(resolver: &Resolver<'t>, ty: &'t TypeExpr) -> Result<Shape<'t>, String> {
    let mut shape = Shape {
        bindings: Bindings::NONE,
        fields: Vec::new(),
        variants: Vec::new(),
        variant_fields: Vec::new(),
    };
    let word = || TypeExpr::Int(super::model::IntKind::Usize);
    match ty {
        TypeExpr::Tuple(items) => shape.fields.extend(numbered(items)),
        TypeExpr::Ref { pointee, .. } | TypeExpr::RawPtr { pointee, .. } => {
            match resolver.pointer_meta(pointee, Bindings::NONE, 0)? {
                PointerMeta::Thin => {}
                PointerMeta::Length => {
                    shape.fields = vec![ShapeField::new("ptr", ty_ptr(pointee)), ShapeField::new("len", word())];
                }
                PointerMeta::Vtable => {
                    shape.fields = vec![
                        ShapeField::new("ptr", ty_ptr(pointee)),
                        ShapeField::new("vtable", ty_ptr(&TypeExpr::unit())),
                    ];
                }
            }
        }
        TypeExpr::Path { name, args } => {
            let defs: &'t Defs = resolver.defs;
            if let Some(def) = defs.get(name) {
                shape.bindings = bind(def, args)?;
                let as_written = |field: &'t FieldDef| ShapeField {
                    name: Cow::Borrowed(&field.name),
                    ty: Cow::Borrowed(&field.ty),
                };
                match &def.kind {
                    AdtKind::Struct(fields) | AdtKind::Union(fields) => {
                        shape.fields.extend(fields.iter().map(as_written));
                    }
                    AdtKind::Enum(variants) => {
                        for variant in variants {
                            shape.variants.push((&variant.name, variant.fields.len()));
                            shape.variant_fields.extend(variant.fields.iter().map(as_written));
                        }
                    }
                }
            } else if let Some(element) = vec_element(name, args) {
                // What a `Vec` is made of (and the types wrapping one).
                shape.fields = vec![
                    ShapeField::new("ptr", TypeExpr::path("NonNull", vec![element])),
                    ShapeField::new("cap", word()),
                    ShapeField::new("len", word()),
                ];
            } else if name == "Option" && args.len() == 1 {
                shape.variants = vec![("None", 0), ("Some", 1)];
                shape.variant_fields.extend(numbered(args));
            } else if name == "Ordering" && args.is_empty() {
                shape.variants = vec![("Less", 0), ("Equal", 0), ("Greater", 0)];
            } else if name == "Result" && args.len() == 2 {
                shape.variants = vec![("Ok", 1), ("Err", 1)];
                shape
                    .variant_fields
                    .extend(numbered(&args[..1]).chain(numbered(&args[1..])));
            }
        }
        _ => {}
    }
    Ok(shape)
}

/// The element type of the std types that are a `Vec` inside.
fn vec_element(name: &str, args: &[TypeExpr]) -> Option<TypeExpr> {
    match (name, args) {
        ("Vec" | "BinaryHeap", [element]) => Some(element.clone()),
        ("String" | "OsString" | "PathBuf", []) => Some(TypeExpr::Int(super::model::IntKind::U8)),
        _ => None,
    }
}

/// The data pointer inside a fat pointer to `pointee`: a thin pointer to the
/// first element (`*const T` for `[T]`, `*const u8` for `str`), or `*const ()`
/// for other unsized pointees; a pointer to the unsized type itself would be
/// fat again and report the whole fat pointer's size.
fn ty_ptr(pointee: &TypeExpr) -> TypeExpr {
    let target = match pointee {
        TypeExpr::Slice(item) => (**item).clone(),
        TypeExpr::Str => TypeExpr::Int(super::model::IntKind::U8),
        _ => TypeExpr::unit(),
    };
    TypeExpr::RawPtr {
        mutable: false,
        pointee: Box::new(target),
    }
}

/// The fields' layouts: `lays` when the type was laid out from them (one per
/// field), otherwise laid out again. Takes the fields' names.
fn field_layouts(
    resolver: &mut Resolver<'_>,
    fields: &mut [ShapeField<'_>],
    bindings: Bindings<'_>,
    offsets: &[u64],
    lays: Option<&[Lay]>,
) -> Result<Vec<FieldLayout>, String> {
    let mut out = Vec::with_capacity(fields.len());
    for (index, (field, &offset)) in fields.iter_mut().zip(offsets).enumerate() {
        let lay = match lays.and_then(|lays| lays.get(index)) {
            Some(&lay) => lay,
            None if bindings.is_empty() => resolver.lay_in(&field.ty, Bindings::NONE, 1)?,
            None => resolver.lay_in(&substitute(&field.ty, bindings), Bindings::NONE, 1)?,
        };
        out.push(FieldLayout {
            name: std::mem::take(&mut field.name).into_owned(),
            ty: type_name(&field.ty, bindings),
            offset,
            size: lay.size,
            align: lay.align,
        });
    }
    out.sort_by_key(|field| (field.offset, field.size));
    Ok(out)
}

fn padding_of(fields: &[FieldLayout], size: u64) -> Vec<(u64, u64)> {
    let mut gaps = Vec::new();
    let mut covered = 0;
    for field in fields {
        if field.offset > covered {
            gaps.push((covered, field.offset));
        }
        covered = covered.max(field.offset + field.size);
    }
    if size > covered {
        gaps.push((covered, size));
    }
    gaps
}

fn describe(
    resolver: &mut Resolver<'_>,
    ty: &TypeExpr,
    lay: &Lay,
    placement: &Placement,
) -> Result<TypeLayout, String> {
    let mut shape = shape_of(resolver, ty)?;
    let bindings = shape.bindings;
    let mut layout = TypeLayout {
        ty: type_name(ty, Bindings::NONE),
        size: lay.size,
        align: lay.align,
        uninhabited: lay.uninhabited,
        fields: Vec::new(),
        variants: Vec::new(),
        tag: None,
        padding: Vec::new(),
        niche: lay.niche.map(|niche| NicheLayout {
            offset: niche.offset,
            size: niche.size,
            valid_start: niche.valid_start(),
            valid_end: niche.valid_end(),
            available: niche.available(),
        }),
    };
    // The field layouts the type was laid out from, when they match its shape.
    let field_count = shape.fields.len() + shape.variant_fields.len();
    let known_lays = (placement.field_lays.len() == field_count).then_some(&placement.field_lays[..]);
    if !shape.fields.is_empty() && placement.offsets.len() == shape.fields.len() {
        layout.fields = field_layouts(resolver, &mut shape.fields, bindings, &placement.offsets, known_lays)?;
        let is_union = matches!(ty, TypeExpr::Path { name, .. } if matches!(resolver.defs.get(name).map(|def| &def.kind), Some(AdtKind::Union(_))));
        if !is_union {
            layout.padding = padding_of(&layout.fields, lay.size);
        }
    }
    // Each variant's fields, and their layouts (which follow the variants' own).
    let mut variant_fields = &mut shape.variant_fields[..];
    let mut variant_lays = known_lays;
    let mut next_variant = |count: usize| {
        let (fields, rest) = std::mem::take(&mut variant_fields).split_at_mut(count);
        variant_fields = rest;
        let lays = variant_lays;
        variant_lays = variant_lays.map(|lays| &lays[count..]);
        (fields, lays)
    };
    if placement.enum_shape.is_none() && !shape.variants.is_empty() {
        // Laid out like a struct (one present variant) or uninhabited (none):
        // the other variants cannot exist, so their fields sit at offset 0.
        let zeros = vec![0; shape.variants.iter().map(|&(_, count)| count).max().unwrap_or(0)];
        for (index, &(name, count)) in shape.variants.iter().enumerate() {
            let (fields, lays) = next_variant(count);
            let present = placement.single_variant == Some(index);
            let offsets = if present { &placement.offsets } else { &zeros };
            let fields = field_layouts(resolver, fields, bindings, offsets, lays)?;
            if present {
                layout.padding = padding_of(&fields, lay.size);
            }
            layout.variants.push(VariantLayout {
                name: name.to_string(),
                encoding: if present {
                    "only variant (no tag)"
                } else {
                    "absent (uninhabited)"
                }
                .to_string(),
                tag_bits: None,
                size: if present { lay.size } else { 0 },
                uninhabited: !present || lay.uninhabited,
                fields,
            });
        }
    }
    if let Some((encoding, variants)) = &placement.enum_shape {
        layout.tag = Some(match encoding {
            TagEncoding::Direct { offset, size, .. } => TagLayout {
                kind: "direct",
                offset: *offset,
                size: *size,
            },
            TagEncoding::Niche { offset, size, .. } => TagLayout {
                kind: "niche",
                offset: *offset,
                size: *size,
            },
        });
        for (index, variant) in variants.iter().enumerate() {
            let (name, (fields, lays)) = match shape.variants.get(index) {
                Some(&(name, count)) => (name.to_string(), next_variant(count)),
                None => (format!("variant {index}"), (&mut [][..], None)),
            };
            let mask = |size: u64| {
                if size >= 16 {
                    u128::MAX
                } else {
                    (1u128 << (size * 8)) - 1
                }
            };
            let (encoding_text, tag_bits) = match encoding {
                TagEncoding::Direct {
                    values, signed, size, ..
                } => {
                    let value = values.get(index).copied().unwrap_or_default();
                    let bits = (value as u128) & mask(*size);
                    let text = if *signed {
                        format!("tag = {value}")
                    } else {
                        format!("tag = {bits}")
                    };
                    (text, Some(bits))
                }
                TagEncoding::Niche {
                    untagged,
                    first_niche_variant,
                    last_niche_variant,
                    niche_start,
                    size,
                    ..
                } => {
                    if index == *untagged {
                        ("untagged (niche holds valid data)".to_string(), None)
                    } else if (*first_niche_variant..=*last_niche_variant).contains(&index) {
                        let bits = niche_start.wrapping_add((index - first_niche_variant) as u128) & mask(*size);
                        (format!("niche value {bits:#x}"), Some(bits))
                    } else {
                        ("absent (uninhabited)".to_string(), None)
                    }
                }
            };
            let fields = field_layouts(resolver, fields, bindings, &variant.offsets, lays)?;
            layout.variants.push(VariantLayout {
                name,
                encoding: encoding_text,
                tag_bits,
                size: variant.size,
                uninhabited: variant.uninhabited,
                fields,
            });
        }
    }
    Ok(layout)
}

/// The report printed by `mdbook-memory layout TYPE… [--defs FILE.rs]
/// [--target-pointer-width 32|64] [--format text|json]`.
pub fn layout_report(
    types: &[String],
    defs_source: Option<&str>,
    pointer_width: u32,
    format: Format,
) -> Result<String, String> {
    let target = Target::with_pointer_width(pointer_width)?;
    let defs = match defs_source {
        Some(source) => crate::syntax::types::parse_defs(source)?,
        None => Defs::new(),
    };
    let layouts = types
        .iter()
        .map(|ty| layout_of_type_expr(ty, &defs, target))
        .collect::<Result<Vec<_>, _>>()?;
    match format {
        Format::Json => serde_json::to_string_pretty(&layouts).map_err(|err| err.to_string()),
        Format::Text => Ok(layouts.iter().map(text_table).collect::<Vec<_>>().join("\n")),
    }
}

fn text_table(layout: &TypeLayout) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: size {}, align {}{}",
        layout.ty,
        layout.size,
        layout.align,
        if layout.uninhabited { ", uninhabited" } else { "" }
    );
    let write_fields = |out: &mut String, fields: &[FieldLayout], indent: &str| {
        for field in fields {
            let _ = writeln!(
                out,
                "{indent}{:>6}  {:<12} {} ({} bytes)",
                format!("+{}", field.offset),
                field.name,
                field.ty,
                field.size
            );
        }
    };
    if !layout.fields.is_empty() {
        let _ = writeln!(out, "  fields:");
        write_fields(&mut out, &layout.fields, "    ");
    }
    if let Some(tag) = &layout.tag {
        let _ = writeln!(out, "  tag: {} at +{}, {} byte(s)", tag.kind, tag.offset, tag.size);
    }
    for variant in &layout.variants {
        let _ = writeln!(
            out,
            "  variant {}: {}{}",
            variant.name,
            variant.encoding,
            if variant.uninhabited { ", uninhabited" } else { "" }
        );
        write_fields(&mut out, &variant.fields, "    ");
    }
    for (start, end) in &layout.padding {
        let _ = writeln!(out, "  padding: +{start}..+{end} ({} bytes)", end - start);
    }
    match &layout.niche {
        Some(niche) => {
            let _ = writeln!(
                out,
                "  niche: +{}, {} byte(s), valid {:#x}..={:#x}, {} invalid value(s)",
                niche.offset, niche.size, niche.valid_start, niche.valid_end, niche.available
            );
        }
        None => {
            let _ = writeln!(out, "  niche: none");
        }
    }
    out
}
