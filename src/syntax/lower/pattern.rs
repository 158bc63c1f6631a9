//! Patterns and the constructs that test them: `match`, `if let`,
//! `while let`, `let … else`, destructuring `let` and `matches!`.
//!
//! A `syn` pattern is first resolved against the type it matches into a
//! [`Pat`]: variants found, the implicit dereferences and binding modes of
//! match ergonomics made explicit. Tests and bindings are emitted from it,
//! and its exhaustiveness is checked once the function's types are known.

use super::*;
use std::rc::Rc;

/// A pattern resolved against the type it matches.
#[derive(Debug, Clone)]
pub(super) struct Pat {
    pub kind: PatKind,
    /// The type of the value matched here.
    pub ty: Ty,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub(super) enum PatKind {
    /// `_`, and `..` once expanded.
    Wild,
    /// `x`, `mut x`, `ref x`, `ref mut x`, `x @ sub`.
    Binding {
        name: String,
        span: Span,
        mode: BindMode,
        mutable: bool,
        sub: Option<Box<Pat>>,
    },
    /// An enum variant with all of its fields.
    Variant {
        variant: usize,
        fields: Vec<Pat>,
    },
    /// A tuple or struct with all of its fields, in declaration order.
    Leaf(Vec<Pat>),
    /// Through a reference: `&pat`, or implicitly by match ergonomics.
    Deref(Box<Pat>),
    /// An integer, `bool`, `char` or string literal.
    Const(Const),
    /// Integers or chars (as code points) in `lo..=hi`; `None` for an open end.
    Range {
        lo: Option<i128>,
        hi: Option<i128>,
    },
    Or(Vec<Pat>),
    /// A slice pattern on a slice: the elements written before and after
    /// `..` (`variable`), or all of them.
    Slice {
        prefix: Vec<Pat>,
        suffix: Vec<Pat>,
        variable: bool,
    },
}

/// How a binding takes its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BindMode {
    /// Moves or copies the matched value.
    Move,
    /// Borrows it.
    Ref(Mutability),
}

/// Patterns whose exhaustiveness is checked when the function is done.
pub(super) struct PatternCheck {
    /// Each arm's pattern and whether it has a guard (guarded arms cover nothing).
    pub rows: Vec<(Pat, bool)>,
    /// The scrutinee's type.
    pub ty: Ty,
    /// Where rustc reports: the scrutinee of a `match`, the pattern of a `let`.
    pub span: Span,
    /// `true` for `match`, `false` for a `let` (which must be irrefutable).
    pub is_match: bool,
}

/// A binding found in a pattern: its name, how it binds, and the place
/// (inside the scrutinee) its value comes from.
#[derive(Debug, Clone)]
struct Binding {
    name: String,
    span: Span,
    mode: BindMode,
    mutable: bool,
    place: Place,
    ty: Ty,
}

impl Binding {
    fn local_ty(&self) -> Ty {
        match self.mode {
            BindMode::Move => self.ty.clone(),
            BindMode::Ref(m) => Ty::Ref(m, Rc::new(self.ty.clone())),
        }
    }
}

/// Where an arm's body starts (its bindings initialised) and its bindings.
type ArmEntry = (BlockId, Vec<(String, LocalId)>);

/// The most alternatives a pattern's `|`s may expand to.
const MAX_ALTERNATIVES: usize = 256;

impl Lowerer<'_> {
    // ---- resolving patterns ------------------------------------------------

    /// Resolves a pattern against the type of the value it matches, with
    /// `mode` the default binding mode (`Move` outside references).
    pub(super) fn lower_pat(&mut self, pat: &syn::Pat, ty: &Ty, mode: BindMode) -> Result<Pat> {
        let span = pat.node_span();
        let resolved = self.infer.resolve(ty);
        // Match ergonomics: a non-reference pattern against a reference
        // matches the referent, and its bindings borrow.
        if let Ty::Ref(m, inner) = &resolved
            && self.is_non_reference_pattern(pat)
            && !(is_string_literal(pat) && **inner == Ty::Str)
        {
            let inner_mode = if *m == Mutability::Mut && mode != BindMode::Ref(Mutability::Not) {
                BindMode::Ref(Mutability::Mut)
            } else {
                BindMode::Ref(Mutability::Not)
            };
            let inner_pat = self.lower_pat(pat, inner, inner_mode)?;
            return Ok(Pat {
                kind: PatKind::Deref(Box::new(inner_pat)),
                ty: resolved,
                span,
            });
        }
        let kind = match pat {
            syn::Pat::Paren(paren) => return self.lower_pat(&paren.pat, ty, mode),
            syn::Pat::Wild(_) => PatKind::Wild,
            syn::Pat::Ident(ident) => self.ident_pattern(ident, ty, mode)?,
            syn::Pat::Tuple(tuple) => {
                let elems: Vec<&syn::Pat> = tuple.elems.iter().collect();
                let fields = match self.infer.resolve(ty) {
                    Ty::Tuple(fields) => fields,
                    Ty::Var(_) if !elems.iter().any(|p| matches!(p, syn::Pat::Rest(_))) => {
                        let fields: Vec<Ty> = elems.iter().map(|_| self.infer.new_var()).collect();
                        self.expect_type(ty, &Ty::Tuple(fields.clone()), tuple)?;
                        fields
                    }
                    other => {
                        return Err(Diagnostic::rejected("E0308", "mismatched types", span)
                            .with_primary_label(format!("expected `{other}`, found tuple")));
                    }
                };
                let pats = self.positional_patterns(&elems, &fields, mode, tuple, |expected, found| {
                    Diagnostic::rejected("E0308", "mismatched types", span).with_primary_label(format!(
                        "expected a tuple with {expected} element{}, found one with {found} element{}",
                        plural(expected),
                        plural(found)
                    ))
                })?;
                PatKind::Leaf(pats)
            }
            syn::Pat::Slice(slice) => self.array_pattern(slice, ty, mode)?,
            syn::Pat::TupleStruct(tuple) => self.tuple_struct_pattern(tuple, ty, mode)?,
            syn::Pat::Struct(pat_struct) => self.struct_pattern(pat_struct, ty, mode)?,
            syn::Pat::Path(path) => self.path_pattern(&path.path, ty, pat)?,
            syn::Pat::Lit(lit) => {
                let (operand, lit_ty) = self.literal(&lit.lit, Some(ty))?;
                self.expect_type(ty, &lit_ty, pat)?;
                let Operand::Const(constant) = operand else {
                    return unsupported("this literal pattern", pat);
                };
                PatKind::Const(constant)
            }
            syn::Pat::Range(range) => self.range_pattern(range, ty)?,
            syn::Pat::Or(or) => PatKind::Or(
                or.cases
                    .iter()
                    .map(|case| self.lower_pat(case, ty, mode))
                    .collect::<Result<_>>()?,
            ),
            syn::Pat::Reference(reference) => {
                if mode != BindMode::Move {
                    return unsupported("`&` patterns inside a pattern that already borrows", reference);
                }
                let wanted = if reference.mutability.is_some() {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                match self.infer.resolve(ty) {
                    Ty::Ref(m, inner) if m == wanted => {
                        PatKind::Deref(Box::new(self.lower_pat(&reference.pat, &inner, BindMode::Move)?))
                    }
                    other => {
                        let found = if wanted == Mutability::Mut { "&mut _" } else { "&_" };
                        return Err(Diagnostic::rejected("E0308", "mismatched types", span)
                            .with_primary_label(format!("expected `{other}`, found `{found}`")));
                    }
                }
            }
            syn::Pat::Type(typed) => return unsupported("type ascriptions inside patterns", typed),
            syn::Pat::Rest(rest) => return unsupported("`..` outside a tuple or struct pattern", rest),
            other => return unsupported("this kind of pattern", other),
        };
        Ok(Pat {
            kind,
            ty: self.infer.resolve(ty),
            span,
        })
    }

    /// Patterns that match the referent when given a reference (everything
    /// but bindings, `_`, `&pat` and `|`, whose alternatives decide alone).
    fn is_non_reference_pattern(&mut self, pat: &syn::Pat) -> bool {
        match pat {
            syn::Pat::Ident(ident) => {
                ident.by_ref.is_none()
                    && ident.mutability.is_none()
                    && ident.subpat.is_none()
                    && self.unit_variant_named(&ident.ident).is_some()
            }
            syn::Pat::Wild(_) | syn::Pat::Reference(_) | syn::Pat::Rest(_) | syn::Pat::Or(_) | syn::Pat::Type(_) => {
                false
            }
            syn::Pat::Paren(paren) => self.is_non_reference_pattern(&paren.pat),
            _ => true,
        }
    }

    /// `x`, `mut x`, `ref x`, `x @ sub`, or a unit variant such as `None`.
    fn ident_pattern(&mut self, ident: &syn::PatIdent, ty: &Ty, mode: BindMode) -> Result<PatKind> {
        if ident.by_ref.is_none()
            && ident.mutability.is_none()
            && ident.subpat.is_none()
            && let Some(variant) = self.unit_variant_named(&ident.ident)
        {
            self.expect_type(ty, &variant.ty, ident)?;
            return Ok(PatKind::Variant {
                variant: variant.index,
                fields: Vec::new(),
            });
        }
        self.check_binding_not_const(&ident.ident)?;
        // Edition 2024 rejects `mut` and `ref` where bindings already borrow.
        if self.items.edition >= crate::Edition::E2024
            && mode != BindMode::Move
            && (ident.by_ref.is_some() || ident.mutability.is_some())
        {
            return unsupported(
                "a binding modifier under a borrowing default binding mode in edition 2024",
                ident,
            );
        }
        let binding_mode = match (&ident.by_ref, ident.mutability) {
            (Some(_), Some(_)) => BindMode::Ref(Mutability::Mut),
            (Some(_), None) => BindMode::Ref(Mutability::Not),
            // `mut x` binds by value even where bindings borrow (edition 2021).
            (None, Some(_)) => BindMode::Move,
            (None, None) => mode,
        };
        let sub = match &ident.subpat {
            Some((_, sub)) => Some(Box::new(self.lower_pat(sub, ty, mode)?)),
            None => None,
        };
        Ok(PatKind::Binding {
            name: ident.ident.to_string(),
            span: span_of(ident.ident.span()),
            mode: binding_mode,
            mutable: ident.by_ref.is_none() && ident.mutability.is_some(),
            sub,
        })
    }

    /// `[a, b]`, `[first, .., last]` on an array: each element at its
    /// position, `..` standing for the ones not written. Patterns on slices
    /// (whose length is only known at run time) are declined.
    fn array_pattern(&mut self, slice: &syn::PatSlice, ty: &Ty, mode: BindMode) -> Result<PatKind> {
        let span = span_of(slice.span());
        let (element, len) = match self.infer.resolve(ty) {
            Ty::Array(element, len) => (Rc::unwrap_or_clone(element), len),
            Ty::Slice(element) => return self.slice_pattern(slice, &element, mode),
            Ty::Var(_) => return unsupported("a slice pattern on a value of a type not known yet", slice),
            other => {
                return Err(Diagnostic::rejected(
                    "E0529",
                    format!("expected an array or slice, found `{other}`"),
                    span,
                )
                .with_primary_label(format!("pattern cannot match with input type `{other}`")));
            }
        };
        let elems: Vec<&syn::Pat> = slice.elems.iter().collect();
        let rests: Vec<usize> = (0..elems.len()).filter(|&i| is_rest(elems[i])).collect();
        if let Some(&named) = rests.iter().find(|&&i| !matches!(elems[i], syn::Pat::Rest(_))) {
            return unsupported("binding the rest of an array (`rest @ ..`)", elems[named]);
        }
        let written = elems.len() - rests.len();
        let (prefix, suffix) = match rests.as_slice() {
            [] if written != len => {
                return Err(Diagnostic::rejected(
                    "E0527",
                    format!(
                        "pattern requires {written} element{} but array has {len}",
                        plural(written)
                    ),
                    span,
                )
                .with_primary_label(format!("expected {len} element{}", plural(len))));
            }
            [] => (&elems[..], &elems[elems.len()..]),
            [_] if written > len => {
                return Err(Diagnostic::rejected(
                    "E0528",
                    format!(
                        "pattern requires at least {written} element{} but array has {len}",
                        plural(written)
                    ),
                    span,
                )
                .with_primary_label(format!("pattern cannot match array of {len} element{}", plural(len))));
            }
            [rest] => (&elems[..*rest], &elems[*rest + 1..]),
            _ => return unsupported("`..` twice in one slice pattern", slice),
        };
        let mut fields = Vec::with_capacity(len);
        for sub in prefix {
            fields.push(self.lower_pat(sub, &element, mode)?);
        }
        while fields.len() < len - suffix.len() {
            fields.push(Pat {
                kind: PatKind::Wild,
                ty: element.clone(),
                span,
            });
        }
        for sub in suffix {
            fields.push(self.lower_pat(sub, &element, mode)?);
        }
        Ok(PatKind::Leaf(fields))
    }

    /// `[first, .., last]` on a slice: tested against its length at run time.
    fn slice_pattern(&mut self, slice: &syn::PatSlice, element: &Ty, mode: BindMode) -> Result<PatKind> {
        if mode == BindMode::Ref(Mutability::Mut) {
            // Each element is reached through an index, which the checker
            // sees as borrowing the whole slice.
            return unsupported("slice patterns through `&mut`", slice);
        }
        let elems: Vec<&syn::Pat> = slice.elems.iter().collect();
        let rests: Vec<usize> = (0..elems.len()).filter(|&i| is_rest(elems[i])).collect();
        if let Some(&named) = rests.iter().find(|&&i| !matches!(elems[i], syn::Pat::Rest(_))) {
            return unsupported("binding the rest of a slice (`rest @ ..`)", elems[named]);
        }
        let (prefix, suffix) = match rests.as_slice() {
            [] => (&elems[..], &elems[elems.len()..]),
            [rest] => (&elems[..*rest], &elems[*rest + 1..]),
            _ => return unsupported("`..` twice in one slice pattern", slice),
        };
        let lower_all = |this: &mut Self, pats: &[&syn::Pat]| -> Result<Vec<Pat>> {
            pats.iter().map(|p| this.lower_pat(p, element, mode)).collect()
        };
        Ok(PatKind::Slice {
            prefix: lower_all(self, prefix)?,
            suffix: lower_all(self, suffix)?,
            variable: !rests.is_empty(),
        })
    }

    /// A slice pattern's tests: the slice's length, then each element
    /// written, read through an index kept for the bindings.
    fn test_slice(&mut self, pat: &Pat, place: &Place, fail: BlockId, at: Span) -> Result<()> {
        let PatKind::Slice {
            prefix,
            suffix,
            variable,
        } = &pat.kind
        else {
            return Ok(());
        };
        let span = pat.span;
        let usize_ty = Ty::Int(IntTy::Usize);
        let slice = self.borrow_temp(Mutability::Not, place.clone(), &pat.ty, span);
        let len = self.new_temp(usize_ty.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(len), Rvalue::Intrinsic(Intrinsic::Len, vec![slice])),
            span,
        );
        let written = (prefix.len() + suffix.len()) as i128;
        let compare = if *variable { BinOp::Ge } else { BinOp::Eq };
        let len_operand = Operand::Copy(Place::local(len), span);
        let cond = Rvalue::binary(
            compare,
            usize_ty.clone(),
            len_operand.clone(),
            Operand::Const(Const::Int(written)),
        );
        self.continue_if(cond, fail, span);
        let mut indices = Vec::new();
        for i in 0..prefix.len() {
            let index = Rvalue::Use(Operand::Const(Const::Int(i as i128)));
            indices.push(self.hidden_local(usize_ty.clone(), index, span));
        }
        for back in (1..=suffix.len()).rev() {
            let index = Rvalue::binary(
                BinOp::Sub,
                usize_ty.clone(),
                len_operand.clone(),
                Operand::Const(Const::Int(back as i128)),
            );
            indices.push(self.hidden_local(usize_ty.clone(), index, span));
        }
        self.slice_indices.push((pat as *const Pat as usize, indices.clone()));
        for (sub, index) in prefix.iter().chain(suffix).zip(indices) {
            self.test_pattern(sub, &place.project(PlaceElem::Index(index)), fail, at)?;
        }
        Ok(())
    }

    /// Sub-patterns by position, with at most one `..` standing for the
    /// fields not written.
    fn positional_patterns(
        &mut self,
        elems: &[&syn::Pat],
        fields: &[Ty],
        mode: BindMode,
        node: &impl Spanned,
        arity_error: impl Fn(usize, usize) -> Diagnostic,
    ) -> Result<Vec<Pat>> {
        let rests: Vec<usize> = elems
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, syn::Pat::Rest(_)))
            .map(|(i, _)| i)
            .collect();
        let wild = |ty: &Ty, span: Span| Pat {
            kind: PatKind::Wild,
            ty: ty.clone(),
            span,
        };
        match rests.as_slice() {
            [] => {
                if elems.len() != fields.len() {
                    return Err(arity_error(fields.len(), elems.len()));
                }
                elems
                    .iter()
                    .zip(fields)
                    .map(|(p, ty)| self.lower_pat(p, ty, mode))
                    .collect()
            }
            [rest] => {
                let (before, after) = (&elems[..*rest], &elems[rest + 1..]);
                if before.len() + after.len() > fields.len() {
                    return Err(arity_error(fields.len(), before.len() + after.len()));
                }
                let rest_span = span_of(elems[*rest].span());
                let mut pats = Vec::new();
                for (p, ty) in before.iter().zip(fields) {
                    pats.push(self.lower_pat(p, ty, mode)?);
                }
                for ty in &fields[before.len()..fields.len() - after.len()] {
                    pats.push(wild(ty, rest_span));
                }
                for (p, ty) in after.iter().zip(&fields[fields.len() - after.len()..]) {
                    pats.push(self.lower_pat(p, ty, mode)?);
                }
                Ok(pats)
            }
            _ => Err(Diagnostic::new(
                DiagKind::Rejected,
                "`..` can only be used once per tuple pattern",
                span_of(node.span()),
            )),
        }
    }

    /// `Some(x)`, `Shape::Circle(r)`, `Pair(a, b)`.
    fn tuple_struct_pattern(&mut self, tuple: &syn::PatTupleStruct, ty: &Ty, mode: BindMode) -> Result<PatKind> {
        let elems: Vec<&syn::Pat> = tuple.elems.iter().collect();
        // rustc points at the sub-patterns when their number is wrong (found
        // only then: printing them back to tokens is not cheap).
        let elems_span = || {
            if tuple.elems.is_empty() {
                span_of(tuple.paren_token.span.join())
            } else {
                span_of(tuple.elems.span())
            }
        };
        if let Some(variant) = self.variant_by_path(&tuple.path) {
            if variant.def.kind != StructKind::Tuple {
                return Err(Diagnostic::rejected(
                    "E0532",
                    format!(
                        "expected tuple struct or tuple variant, found {} variant `{}`",
                        if variant.def.kind == StructKind::Unit {
                            "unit"
                        } else {
                            "struct"
                        },
                        path_text(&tuple.path)
                    ),
                    span_of(tuple.path.span()),
                ));
            }
            self.expect_type(ty, &variant.ty, tuple)?;
            let fields: Vec<Ty> = self
                .variant_fields(&variant.ty, variant.index)
                .into_iter()
                .map(|(_, t)| t)
                .collect();
            let pats = self.positional_patterns(&elems, &fields, mode, tuple, |expected, found| {
                arity_mismatch("tuple variant", expected, found, elems_span())
            })?;
            return Ok(PatKind::Variant {
                variant: variant.index,
                fields: pats,
            });
        }
        let name = tuple
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default();
        if tuple.path.segments.len() == 1
            && let Some(adt_ty) = self.struct_named(&name, StructKind::Tuple)
        {
            self.expect_type(ty, &adt_ty, tuple)?;
            let adt_ty = self.infer.resolve(&adt_ty);
            let fields: Vec<Ty> = self
                .items
                .fields_of(&adt_ty)
                .map(|(_, fields)| fields.into_iter().map(|(_, t)| t).collect())
                .unwrap_or_default();
            let pats = self.positional_patterns(&elems, &fields, mode, tuple, |expected, found| {
                arity_mismatch("tuple struct", expected, found, elems_span())
            })?;
            return Ok(PatKind::Leaf(pats));
        }
        Err(Diagnostic::rejected(
            "E0531",
            format!(
                "cannot find tuple struct or tuple variant `{}` in this scope",
                path_text(&tuple.path)
            ),
            span_of(tuple.path.span()),
        ))
    }

    /// `Point { x, y: 0, .. }`, `Shape::Rect { w, h }`.
    fn struct_pattern(&mut self, pat: &syn::PatStruct, ty: &Ty, mode: BindMode) -> Result<PatKind> {
        let (fields, variant, what) = if let Some(variant) = self.variant_by_path(&pat.path) {
            self.expect_type(ty, &variant.ty, pat)?;
            let what = format!("variant `{}::{}`", self.infer.resolve(&variant.ty), variant.def.name);
            (
                self.variant_fields(&variant.ty, variant.index),
                Some(variant.index),
                what,
            )
        } else {
            let name = pat
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            let adt = match pat.path.segments.len() {
                1 => self
                    .struct_named(&name, StructKind::Named)
                    .or_else(|| self.struct_named(&name, StructKind::Tuple)),
                _ => None,
            };
            let Some(adt_ty) = adt else {
                self.check_std_struct_path(&pat.path)?;
                return Err(Diagnostic::rejected(
                    "E0422",
                    format!(
                        "cannot find struct, variant or union type `{}` in this scope",
                        path_text(&pat.path)
                    ),
                    span_of(pat.path.span()),
                ));
            };
            self.expect_type(ty, &adt_ty, pat)?;
            let adt_ty = self.infer.resolve(&adt_ty);
            let what = format!("struct `{}`", struct_name(&adt_ty));
            (
                self.items.fields_of(&adt_ty).map(|(_, f)| f).unwrap_or_default(),
                None,
                what,
            )
        };
        let mut pats: Vec<Option<Pat>> = vec![None; fields.len()];
        for field in &pat.fields {
            let wanted = member_name(&field.member);
            let Some(index) = fields.iter().position(|(f, _)| *f == wanted) else {
                return Err(Diagnostic::rejected(
                    "E0026",
                    format!("{what} does not have a field named `{wanted}`"),
                    span_of(field.member.span()),
                ));
            };
            pats[index] = Some(self.lower_pat(&field.pat, &fields[index].1, mode)?);
        }
        let missing: Vec<String> = fields
            .iter()
            .zip(&pats)
            .filter(|(_, p)| p.is_none())
            .map(|((f, _), _)| format!("`{f}`"))
            .collect();
        if !missing.is_empty() && pat.rest.is_none() {
            return Err(Diagnostic::rejected(
                "E0027",
                format!(
                    "pattern does not mention field{} {}",
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(", ")
                ),
                span_of(pat.span()),
            )
            .with_primary_label(format!(
                "missing field{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            )));
        }
        let span = pat
            .rest
            .as_ref()
            .map_or_else(|| span_of(pat.span()), |r| span_of(r.span()));
        let pats = pats
            .into_iter()
            .zip(&fields)
            .map(|(p, (_, ty))| {
                p.unwrap_or(Pat {
                    kind: PatKind::Wild,
                    ty: ty.clone(),
                    span,
                })
            })
            .collect();
        Ok(match variant {
            Some(variant) => PatKind::Variant { variant, fields: pats },
            None => PatKind::Leaf(pats),
        })
    }

    /// `Color::Red`, `Option::None`, `Self::Empty`, or a unit struct.
    fn path_pattern(&mut self, path: &syn::Path, ty: &Ty, node: &impl Spanned) -> Result<PatKind> {
        if let Some(variant) = self.variant_by_path(path) {
            if variant.def.kind != StructKind::Unit {
                return Err(Diagnostic::rejected(
                    "E0533",
                    format!(
                        "expected unit struct, unit variant or constant, found {} variant `{}`",
                        if variant.def.kind == StructKind::Tuple {
                            "tuple"
                        } else {
                            "struct"
                        },
                        path_text(path)
                    ),
                    span_of(path.span()),
                ));
            }
            self.expect_type(ty, &variant.ty, node)?;
            return Ok(PatKind::Variant {
                variant: variant.index,
                fields: Vec::new(),
            });
        }
        if let Some(ident) = path.get_ident()
            && let Some(adt_ty) = self.struct_named(&ident.to_string(), StructKind::Unit)
        {
            self.expect_type(ty, &adt_ty, node)?;
            return Ok(PatKind::Leaf(Vec::new()));
        }
        unsupported(format!("the path pattern `{}`", path_text(path)), path)
    }

    /// `1..=5`, `'a'..='z'`, `0..10`, `5..`, `..=9`.
    fn range_pattern(&mut self, range: &syn::PatRange, ty: &Ty) -> Result<PatKind> {
        let bound = |this: &mut Self, expr: &Option<Box<syn::Expr>>| -> Result<Option<i128>> {
            let Some(expr) = expr else {
                return Ok(None);
            };
            let (value, bound_ty) = match &**expr {
                syn::Expr::Lit(lit) => match this.literal(&lit.lit, Some(ty))? {
                    (Operand::Const(Const::Int(v)), t) => (v, t),
                    (Operand::Const(Const::Char(c)), t) => (c as i128, t),
                    _ => return unsupported("this range bound", expr),
                },
                syn::Expr::Path(path) => {
                    let names: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
                    match names.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
                        [int, limit @ ("MIN" | "MAX")] if IntTy::from_name(int).is_some() => {
                            let int = IntTy::from_name(int).unwrap_or(IntTy::I32);
                            let value = if *limit == "MIN" { int.min() } else { int.max() };
                            (value, Ty::Int(int))
                        }
                        ["char", "MAX"] => (0x10FFFF, Ty::Char),
                        _ => return unsupported("this range bound", expr),
                    }
                }
                other => return unsupported("this range bound", other),
            };
            this.expect_type(ty, &bound_ty, &**expr)?;
            Ok(Some(value))
        };
        let lo = bound(self, &range.start)?;
        let mut hi = bound(self, &range.end)?;
        match self.infer.resolve(ty) {
            Ty::Int(_) | Ty::IntVar(_) | Ty::Char => {}
            other => return unsupported(format!("range patterns on `{other}`"), range),
        }
        let span = span_of(range.span());
        if let (syn::RangeLimits::HalfOpen(_), Some(end)) = (&range.limits, hi) {
            if lo.is_some_and(|lo| lo >= end) {
                return Err(Diagnostic::rejected(
                    "E0579",
                    "lower range bound must be less than upper",
                    span,
                ));
            }
            hi = Some(end - 1);
        }
        if let (Some(lo), Some(hi)) = (lo, hi)
            && lo > hi
        {
            return Err(Diagnostic::rejected(
                "E0030",
                "lower range bound must be less than or equal to upper",
                span,
            ));
        }
        Ok(PatKind::Range { lo, hi })
    }

    // ---- testing and binding ----------------------------------------------

    /// Emits tests for each arm in order on the value at `place`. Returns,
    /// per arm, the block where its body starts (its bindings initialised)
    /// and its bindings; control is left in the block reached when no arm
    /// matches.
    /// A binding that would move out of a place behind a reference is
    /// reported by the checker at `scrutinee_span`, where rustc reports it.
    fn lower_arms(
        &mut self,
        place: &Place,
        arms: &[(&Pat, Option<&syn::Expr>)],
        scrutinee_span: Span,
    ) -> Result<Vec<ArmEntry>> {
        let mut result = Vec::new();
        for (pat, guard) in arms {
            let alternatives = alternatives(pat)?;
            let mut first = Vec::new();
            collect_bindings(&alternatives[0], place, &[], &mut first);
            // Bindings are declared (and dropped in reverse) in source order.
            first.sort_by_key(|b| (b.span.line, b.span.col));
            for (i, binding) in first.iter().enumerate() {
                if first[..i].iter().any(|b| b.name == binding.name) {
                    return Err(Diagnostic::rejected(
                        "E0416",
                        format!(
                            "identifier `{}` is bound more than once in the same pattern",
                            binding.name
                        ),
                        binding.span,
                    ));
                }
            }
            let locals: Vec<(String, LocalId)> = first
                .iter()
                .map(|b| {
                    let local = self.new_local(Some(b.name.clone()), b.local_ty(), b.mutable, b.span);
                    (b.name.clone(), local)
                })
                .collect();
            let body = self.new_block();
            for alternative in &alternatives {
                let fail = self.new_block();
                self.test_pattern(alternative, place, fail, scrutinee_span)?;
                let mut bindings = Vec::new();
                collect_bindings(alternative, place, &self.slice_indices, &mut bindings);
                bindings.sort_by_key(|b| (b.span.line, b.span.col));
                for binding in &bindings {
                    let Some(&(_, local)) = locals.iter().find(|(n, _)| *n == binding.name) else {
                        return Err(Diagnostic::rejected(
                            "E0408",
                            format!("variable `{}` is not bound in all patterns", binding.name),
                            pat.span,
                        ));
                    };
                    let local_ty = self.locals[local].ty.clone();
                    if self.infer.unify(&local_ty, &binding.local_ty()).is_err() {
                        let (expected, found) =
                            (self.infer.resolve(&local_ty), self.infer.resolve(&binding.local_ty()));
                        return Err(Diagnostic::rejected("E0308", "mismatched types", binding.span)
                            .with_primary_label(format!("expected `{expected}`, found `{found}`")));
                    }
                }
                if bindings.len() != locals.len() {
                    let missing = locals
                        .iter()
                        .find(|(n, _)| !bindings.iter().any(|b| b.name == *n))
                        .map(|(n, _)| n.clone())
                        .unwrap_or_default();
                    return Err(Diagnostic::rejected(
                        "E0408",
                        format!("variable `{missing}` is not bound in all patterns"),
                        pat.span,
                    ));
                }
                if let Some(guard) = guard {
                    self.lower_guard(guard, &bindings, fail)?;
                }
                for binding in &bindings {
                    let local = locals
                        .iter()
                        .find(|(n, _)| *n == binding.name)
                        .map(|(_, l)| *l)
                        .unwrap_or_default();
                    self.push(StatementKind::StorageLive(local), binding.span);
                    let value = match binding.mode {
                        BindMode::Move => {
                            let span = if self.is_behind_reference(&binding.place) {
                                scrutinee_span
                            } else {
                                binding.span
                            };
                            Rvalue::Use(self.consume(binding.place.clone(), &binding.ty, span))
                        }
                        BindMode::Ref(m) => Rvalue::Ref(m, binding.place.clone()),
                    };
                    self.push(StatementKind::Assign(Place::local(local), value), binding.span);
                }
                self.terminate(Terminator::Goto(body));
                self.current = fail;
            }
            result.push((body, locals));
        }
        Ok(result)
    }

    /// A guard: the arm's bindings stand for (borrows of) the scrutinee's
    /// parts while it runs; continues when it holds, jumps to `fail` if not.
    fn lower_guard(&mut self, guard: &syn::Expr, bindings: &[Binding], fail: BlockId) -> Result<()> {
        let span = self.expr_span(guard);
        self.push_scope();
        for binding in bindings {
            let (mutability, alias_deref) = match binding.mode {
                BindMode::Move => (Mutability::Not, true),
                BindMode::Ref(m) => (m, false),
            };
            let ref_ty = Ty::Ref(mutability, Rc::new(binding.ty.clone()));
            let reference = self.hidden_local(ref_ty.clone(), Rvalue::Ref(mutability, binding.place.clone()), span);
            let alias = if alias_deref {
                (Place::local(reference).project(PlaceElem::Deref), binding.ty.clone())
            } else {
                (Place::local(reference), ref_ty)
            };
            if let Some(scope) = self.scopes.last_mut() {
                scope.aliases.push((binding.name.clone(), alias.0, alias.1));
            }
        }
        self.temp_frames.push(Vec::new());
        let (cond, cond_ty) = self.as_operand(guard, Some(&Ty::Bool))?;
        self.expect_type(&Ty::Bool, &cond_ty, guard)?;
        let flag = self.new_local(None, Ty::Bool, true, span);
        self.push(StatementKind::StorageLive(flag), span);
        self.push(StatementKind::Assign(Place::local(flag), Rvalue::Use(cond)), span);
        self.end_statement_temps(span);
        self.pop_scope(span);
        let pass = self.new_block();
        let failed = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(flag), span),
            then_block: pass,
            else_block: failed,
        });
        self.current = failed;
        self.push(StatementKind::StorageDead(flag), span);
        self.terminate(Terminator::Goto(fail));
        self.current = pass;
        self.push(StatementKind::StorageDead(flag), span);
        Ok(())
    }

    /// Emits the tests of an or-free pattern on the value at `place`:
    /// control stays in the current block when it matches and goes to
    /// `fail` when it does not. Reads of the scrutinee are reported at `at`.
    fn test_pattern(&mut self, pat: &Pat, place: &Place, fail: BlockId, at: Span) -> Result<()> {
        match &pat.kind {
            PatKind::Wild | PatKind::Binding { sub: None, .. } => Ok(()),
            PatKind::Binding { sub: Some(sub), .. } => self.test_pattern(sub, place, fail, at),
            PatKind::Deref(inner) => self.test_pattern(inner, &place.project(PlaceElem::Deref), fail, at),
            PatKind::Slice { .. } => self.test_slice(pat, place, fail, at),
            PatKind::Leaf(fields) => {
                for (i, field) in fields.iter().enumerate() {
                    self.test_pattern(field, &place.project(PlaceElem::Field(i)), fail, at)?;
                }
                Ok(())
            }
            PatKind::Variant { variant, fields } => {
                let ty = self.infer.resolve(&pat.ty);
                let variants = self.items.variants_of(&ty).unwrap_or_default();
                if variants.len() > 1 {
                    let discriminant = variants.get(*variant).map_or(0, |v| v.discriminant);
                    let cond = self.variant_test(place, discriminant, at);
                    self.continue_if(cond, fail, pat.span);
                }
                for (i, field) in fields.iter().enumerate() {
                    self.test_pattern(field, &place.project(PlaceElem::VariantField(*variant, i)), fail, at)?;
                }
                Ok(())
            }
            PatKind::Const(constant) => {
                let cond = Rvalue::binary(
                    BinOp::Eq,
                    pat.ty.clone(),
                    Operand::Copy(place.clone(), at),
                    Operand::Const(constant.clone()),
                );
                self.continue_if(cond, fail, pat.span);
                Ok(())
            }
            PatKind::Range { lo, hi } => {
                let is_char = self.infer.resolve(&pat.ty) == Ty::Char;
                let constant = |value: i128| {
                    if is_char {
                        Const::Char(char::from_u32(value as u32).unwrap_or_default())
                    } else {
                        Const::Int(value)
                    }
                };
                for (op, bound) in [(BinOp::Ge, lo), (BinOp::Le, hi)] {
                    if let Some(bound) = bound {
                        let cond = Rvalue::binary(
                            op,
                            pat.ty.clone(),
                            Operand::Copy(place.clone(), at),
                            Operand::Const(constant(*bound)),
                        );
                        self.continue_if(cond, fail, pat.span);
                    }
                }
                Ok(())
            }
            PatKind::Or(_) => Err(Diagnostic::new(
                DiagKind::Unsupported,
                "internal error in the model (please report): an or-pattern left unexpanded",
                pat.span,
            )),
        }
    }

    /// Whether a place is reached through a reference (moving out of it is E0507).
    fn is_behind_reference(&self, place: &Place) -> bool {
        let mut ty = self.infer.resolve(&self.locals[place.local].ty);
        for elem in &place.projection {
            if let (PlaceElem::Deref, Ty::Ref(..)) = (elem, &ty) {
                return true;
            }
            let Some(next) = self.projected_lowering_ty(ty, elem) else {
                return false;
            };
            ty = next;
        }
        false
    }

    /// `discriminant(place) == value`, as a boolean rvalue.
    pub(super) fn variant_test(&mut self, place: &Place, discriminant: i128, span: Span) -> Rvalue {
        let isize_ty = Ty::Int(IntTy::Isize);
        let temp = self.new_temp(isize_ty.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Discriminant(place.clone())),
            span,
        );
        Rvalue::binary(
            BinOp::Eq,
            isize_ty,
            Operand::Copy(Place::local(temp), span),
            Operand::Const(Const::Int(discriminant)),
        )
    }

    /// Continues in a new block when `cond` holds; jumps to `fail` otherwise.
    pub(super) fn continue_if(&mut self, cond: Rvalue, fail: BlockId, span: Span) {
        let flag = self.new_temp(Ty::Bool, span);
        self.push(StatementKind::Assign(Place::local(flag), cond), span);
        let next = self.new_block();
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(flag), span),
            then_block: next,
            else_block: fail,
        });
        self.current = next;
    }

    /// A block's terminator for code the checks prove unreachable.
    pub(super) fn terminate_unreachable(&mut self, span: Span) {
        self.terminate(Terminator::Panic(
            Format {
                pieces: vec![FormatPiece::Literal("internal error: entered unreachable code".into())],
                ..Format::default()
            },
            span,
        ));
    }

    // ---- the constructs ---------------------------------------------------

    /// `match scrutinee { pat if guard => body, … }`.
    pub(super) fn lower_match_into(&mut self, dest: Place, expr: &syn::ExprMatch, expected: Option<&Ty>) -> Result<Ty> {
        let span = self.expr_span(&expr.expr);
        let (place, ty) = self.place_or_temp(&expr.expr, None)?;
        let guarded: Vec<(&syn::Pat, Option<&syn::Expr>)> = expr.arms.iter().map(pattern_and_guard).collect();
        let mut pats = Vec::new();
        for (pat, _) in &guarded {
            pats.push(self.lower_pat(pat, &ty, BindMode::Move)?);
        }
        self.pattern_checks.push(PatternCheck {
            rows: pats
                .iter()
                .zip(&guarded)
                .map(|(p, (_, guard))| (p.clone(), guard.is_some()))
                .collect(),
            ty: ty.clone(),
            span,
            is_match: true,
        });
        let arms: Vec<(&Pat, Option<&syn::Expr>)> =
            pats.iter().zip(&guarded).map(|(p, (_, guard))| (p, *guard)).collect();
        let bodies = self.lower_arms(&place, &arms, span)?;
        self.terminate_unreachable(span);
        let join = self.new_block();
        let mut result_ty = Ty::Never;
        for ((block, bindings), arm) in bodies.into_iter().zip(&expr.arms) {
            self.current = block;
            self.push_scope();
            self.declare(bindings);
            self.temp_frames.push(Vec::new());
            let hint = if result_ty == Ty::Never {
                expected.cloned()
            } else {
                Some(result_ty.clone())
            };
            let arm_ty = match expected {
                Some(expected) => self.lower_coerced_into(dest.clone(), &arm.body, expected)?,
                None => self.lower_into(dest.clone(), &arm.body, hint.as_ref())?,
            };
            result_ty = self.infer.unify(&result_ty, &arm_ty).map_err(|()| {
                let (expected, found) = (self.infer.resolve(&result_ty), self.infer.resolve(&arm_ty));
                Diagnostic::rejected("E0308", "`match` arms have incompatible types", arm.body.node_span())
                    .with_primary_label(format!("expected `{expected}`, found `{found}`"))
            })?;
            let arm_span = self.expr_span(&arm.body);
            self.end_statement_temps(arm_span);
            // A marker on an arm's line shows the arm's bindings.
            self.emit_markers_through(arm_span.last_line(), arm_span);
            self.pop_scope(arm_span);
            self.terminate(Terminator::Goto(join));
        }
        self.current = join;
        Ok(result_ty)
    }

    /// `if let pat = scrutinee { … } else { … }`.
    pub(super) fn lower_if_let_into(
        &mut self,
        dest: Place,
        expr_if: &syn::ExprIf,
        expr_let: &syn::ExprLet,
        expected: Option<&Ty>,
    ) -> Result<Ty> {
        // Edition 2024 ends the scrutinee's temporaries with the then-branch,
        // before the else-branch; earlier editions with the statement.
        let scrutinee_scope = self.items.edition >= crate::Edition::E2024;
        if scrutinee_scope {
            self.temp_frames.push(Vec::new());
        }
        let (place, ty) = self.place_or_temp(&expr_let.expr, None)?;
        let pat = self.lower_pat(&expr_let.pat, &ty, BindMode::Move)?;
        let bodies = self.lower_arms(&place, &[(&pat, None)], self.expr_span(&expr_let.expr))?;
        let else_block = self.current;
        let join = self.new_block();
        let (then_block, bindings) = bodies.into_iter().next().unwrap_or_default();
        self.current = then_block;
        self.push_scope();
        self.declare(bindings);
        let then_ty = self.lower_block_into(dest.clone(), &expr_if.then_branch, expected)?;
        let closing = span_of(expr_if.then_branch.brace_token.span.close());
        self.pop_scope(closing);
        if scrutinee_scope {
            self.end_scrutinee_temps(else_block, closing);
        }
        self.lower_else_into(dest, expr_if, (&then_ty, expected), else_block, join)
    }

    /// Ends the innermost temporary frame at the end of the current block
    /// and at the start of `other`, both still open.
    fn end_scrutinee_temps(&mut self, other: BlockId, span: Span) {
        let frame = self.temp_frames.last().cloned().unwrap_or_default();
        self.end_statement_temps(span);
        let resume = std::mem::replace(&mut self.current, other);
        for temp in frame.into_iter().rev() {
            self.end_local(temp, span);
        }
        self.current = resume;
    }

    /// `while let pat = scrutinee { … }`: the scrutinee's temporaries live
    /// until the end of each iteration.
    pub(super) fn lower_while_let_into(
        &mut self,
        dest: Place,
        expr: &syn::ExprWhile,
        expr_let: &syn::ExprLet,
    ) -> Result<Ty> {
        let span = span_of(expr.span());
        let head = self.new_block();
        let exit = self.new_block();
        self.terminate(Terminator::Goto(head));
        self.current = head;
        self.enter_loop(expr.label.as_ref(), head, exit, None);
        self.temp_frames.push(Vec::new());
        let (place, ty) = self.place_or_temp(&expr_let.expr, None)?;
        let pat = self.lower_pat(&expr_let.pat, &ty, BindMode::Move)?;
        let bodies = self.lower_arms(&place, &[(&pat, None)], self.expr_span(&expr_let.expr))?;
        let no_match = self.current;
        let (body, bindings) = bodies.into_iter().next().unwrap_or_default();
        self.current = body;
        self.push_scope();
        self.declare(bindings);
        self.lower_loop_body(&expr.body)?;
        self.pop_scope(span);
        self.end_scrutinee_temps(no_match, span);
        self.terminate(Terminator::Goto(head));
        self.loops.pop();
        self.current = no_match;
        self.terminate(Terminator::Goto(exit));
        self.current = exit;
        self.assign_unit(dest, span);
        Ok(Ty::unit())
    }

    /// `let pat = init else { diverge };`: the bindings join the enclosing scope.
    pub(super) fn lower_let_else(
        &mut self,
        pat: &syn::Pat,
        annotation: Option<&Ty>,
        init: &syn::Expr,
        diverge: &syn::Expr,
    ) -> Result<()> {
        let (place, ty) = self.place_or_temp(init, annotation)?;
        if let Some(expected) = annotation {
            self.expect_type(expected, &ty, init)?;
        }
        let pat = self.lower_pat(pat, &ty, BindMode::Move)?;
        let bodies = self.lower_arms(&place, &[(&pat, None)], self.expr_span(init))?;
        let span = diverge.node_span();
        let unit = self.new_local(None, Ty::unit(), true, span);
        self.push(StatementKind::StorageLive(unit), span);
        let else_ty = self.lower_into(Place::local(unit), diverge, None)?;
        if self.infer.resolve(&else_ty) != Ty::Never && self.is_reachable(self.current) {
            return Err(
                Diagnostic::rejected("E0308", "`else` clause of `let...else` does not diverge", span)
                    .with_primary_label(format!("expected `!`, found `{}`", self.infer.resolve(&else_ty))),
            );
        }
        self.terminate_unreachable(span);
        let (ok, bindings) = bodies.into_iter().next().unwrap_or_default();
        self.current = ok;
        self.declare(bindings);
        Ok(())
    }

    /// Binds the parts of `source` matched by an irrefutable pattern, moving,
    /// copying or borrowing each bound part (a partial move when `source`
    /// is a variable).
    pub(super) fn bind_pattern(
        &mut self,
        pat: &syn::Pat,
        source: Place,
        ty: &Ty,
        bindings: &mut Vec<(String, LocalId)>,
    ) -> Result<()> {
        let lowered = self.lower_pat(pat, ty, BindMode::Move)?;
        let span = lowered.span;
        self.pattern_checks.push(PatternCheck {
            rows: vec![(lowered.clone(), false)],
            ty: ty.clone(),
            span,
            is_match: false,
        });
        let bodies = self.lower_arms(&source, &[(&lowered, None)], span)?;
        self.terminate_unreachable(span);
        let (ok, locals) = bodies.into_iter().next().unwrap_or_default();
        self.current = ok;
        bindings.extend(locals);
        Ok(())
    }

    /// `matches!(scrutinee, pat)` and `matches!(scrutinee, pat if guard)`.
    pub(super) fn matches_macro(&mut self, mac: &syn::Macro) -> Result<(Rvalue, Ty)> {
        let parser = |input: syn::parse::ParseStream| -> syn::Result<(syn::Expr, syn::Pat, Option<syn::Expr>)> {
            let scrutinee: syn::Expr = input.parse()?;
            input.parse::<syn::Token![,]>()?;
            let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
            let guard = if input.peek(syn::Token![if]) {
                input.parse::<syn::Token![if]>()?;
                Some(input.parse()?)
            } else {
                None
            };
            if input.peek(syn::Token![,]) {
                input.parse::<syn::Token![,]>()?;
            }
            Ok((scrutinee, pat, guard))
        };
        let (scrutinee, pat, guard) = parser
            .parse2(mac.tokens.clone())
            .map_err(|err| super::super::parse_error(&err))?;
        let span = mac.node_span();
        let result = self.new_temp(Ty::Bool, span);
        let (place, ty) = self.place_or_temp(&scrutinee, None)?;
        let pat = self.lower_pat(&pat, &ty, BindMode::Move)?;
        let bodies = self.lower_arms(&place, &[(&pat, guard.as_ref())], self.expr_span(&scrutinee))?;
        let join = self.new_block();
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Use(Operand::Const(Const::Bool(false)))),
            span,
        );
        self.terminate(Terminator::Goto(join));
        let (matched, bindings) = bodies.into_iter().next().unwrap_or_default();
        self.current = matched;
        self.push_scope();
        self.declare(bindings);
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Use(Operand::Const(Const::Bool(true)))),
            span,
        );
        self.pop_scope(span);
        self.join_branches(join);
        Ok((Rvalue::Use(Operand::Copy(Place::local(result), span)), Ty::Bool))
    }

    /// Reports `match`es that miss values (E0004) and `let` patterns that
    /// can fail (E0005), now that every type is known.
    pub(super) fn check_patterns(&self) -> Result<()> {
        for check in &self.pattern_checks {
            let rows: Vec<(&Pat, bool)> = check.rows.iter().map(|(p, g)| (p, *g)).collect();
            let ty = self.infer.finalize(&check.ty);
            let finalize = |t: &Ty| self.infer.finalize(t);
            let variants_of = |t: &Ty| self.items.variants_of(t);
            let witnesses = super::exhaustive::missing(&rows, &ty, &finalize, &self.items.adts, &variants_of);
            if witnesses.is_empty() {
                continue;
            }
            let noun = if witnesses.len() == 1 { "pattern" } else { "patterns" };
            let not_covered = format!("{noun} {} not covered", list_witnesses(&witnesses));
            let matched_type = format!("note: the matched value is of type `{ty}`");
            if !check.is_match {
                return Err(
                    Diagnostic::rejected("E0005", "refutable pattern in local binding", check.span)
                        .with_primary_label(not_covered)
                        .with_note("note: `let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant")
                        .with_note("note: for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html")
                        .with_note(matched_type),
                );
            }
            if rows.is_empty() && self.items.variants_of(&ty).is_none() {
                let message = format!("non-exhaustive patterns: type `{ty}` is non-empty");
                return Err(Diagnostic::rejected("E0004", message, check.span).with_note(matched_type));
            }
            let message = format!("non-exhaustive patterns: {} not covered", list_witnesses(&witnesses));
            return Err(Diagnostic::rejected("E0004", message, check.span)
                .with_primary_label(not_covered)
                .with_note(matched_type));
        }
        Ok(())
    }
}

/// rustc's list of uncovered patterns: `` `A` ``, `` `A` and `B` ``,
/// `` `A`, `B` and `C` ``, `` `A`, `B`, `C` and 2 more ``.
fn list_witnesses(witnesses: &[String]) -> String {
    let quoted: Vec<String> = witnesses.iter().map(|w| format!("`{w}`")).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [a, b, c] => format!("{a}, {b} and {c}"),
        [a, b, c, rest @ ..] => format!("{a}, {b}, {c} and {} more", rest.len()),
        [] => String::new(),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn arity_mismatch(what: &str, expected: usize, found: usize, span: Span) -> Diagnostic {
    Diagnostic::rejected(
        "E0023",
        format!(
            "this pattern has {found} field{}, but the corresponding {what} has {expected} field{}",
            plural(found),
            plural(expected)
        ),
        span,
    )
}

fn path_text(path: &syn::Path) -> String {
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// `..` or `name @ ..` in a slice pattern.
fn is_rest(pat: &syn::Pat) -> bool {
    match pat {
        syn::Pat::Rest(_) => true,
        syn::Pat::Ident(ident) => ident
            .subpat
            .as_ref()
            .is_some_and(|(_, sub)| matches!(**sub, syn::Pat::Rest(_))),
        _ => false,
    }
}

fn is_string_literal(pat: &syn::Pat) -> bool {
    match pat {
        syn::Pat::Lit(lit) => matches!(lit.lit, syn::Lit::Str(_)),
        syn::Pat::Paren(paren) => is_string_literal(&paren.pat),
        _ => false,
    }
}

/// The or-free patterns an or-pattern stands for, in order (`Some(1 | 2)`
/// becomes `Some(1)` and `Some(2)`).
fn alternatives(pat: &Pat) -> Result<Vec<Pat>> {
    let with_kind = |kind: PatKind| Pat {
        kind,
        ty: pat.ty.clone(),
        span: pat.span,
    };
    let product = |fields: &[Pat]| -> Result<Vec<Vec<Pat>>> {
        let mut rows: Vec<Vec<Pat>> = vec![Vec::new()];
        for field in fields {
            let options = alternatives(field)?;
            if rows.len() * options.len() > MAX_ALTERNATIVES {
                return Err(Diagnostic::unsupported(
                    "patterns with this many `|` alternatives",
                    pat.span,
                ));
            }
            rows = rows
                .into_iter()
                .flat_map(|row| {
                    options.iter().map(move |option| {
                        let mut row = row.clone();
                        row.push(option.clone());
                        row
                    })
                })
                .collect();
        }
        Ok(rows)
    };
    Ok(match &pat.kind {
        PatKind::Or(cases) => {
            let mut all = Vec::new();
            for case in cases {
                all.extend(alternatives(case)?);
            }
            if all.len() > MAX_ALTERNATIVES {
                return Err(Diagnostic::unsupported(
                    "patterns with this many `|` alternatives",
                    pat.span,
                ));
            }
            all
        }
        PatKind::Binding {
            name,
            span,
            mode,
            mutable,
            sub: Some(sub),
        } => alternatives(sub)?
            .into_iter()
            .map(|sub| {
                with_kind(PatKind::Binding {
                    name: name.clone(),
                    span: *span,
                    mode: *mode,
                    mutable: *mutable,
                    sub: Some(Box::new(sub)),
                })
            })
            .collect(),
        PatKind::Deref(inner) => alternatives(inner)?
            .into_iter()
            .map(|inner| with_kind(PatKind::Deref(Box::new(inner))))
            .collect(),
        PatKind::Leaf(fields) => product(fields)?
            .into_iter()
            .map(|f| with_kind(PatKind::Leaf(f)))
            .collect(),
        PatKind::Variant { variant, fields } => product(fields)?
            .into_iter()
            .map(|fields| {
                with_kind(PatKind::Variant {
                    variant: *variant,
                    fields,
                })
            })
            .collect(),
        PatKind::Slice {
            prefix,
            suffix,
            variable,
        } => {
            let elements: Vec<Pat> = prefix.iter().chain(suffix).cloned().collect();
            product(&elements)?
                .into_iter()
                .map(|mut elements| {
                    let suffix = elements.split_off(prefix.len());
                    with_kind(PatKind::Slice {
                        prefix: elements,
                        suffix,
                        variable: *variable,
                    })
                })
                .collect()
        }
        _ => vec![pat.clone()],
    })
}

/// The bindings of an or-free pattern, in the order written, with the
/// places they take their values from.
fn collect_bindings(pat: &Pat, place: &Place, indices: &[(usize, Vec<LocalId>)], out: &mut Vec<Binding>) {
    match &pat.kind {
        PatKind::Binding {
            name,
            span,
            mode,
            mutable,
            sub,
        } => {
            out.push(Binding {
                name: name.clone(),
                span: *span,
                mode: *mode,
                mutable: *mutable,
                place: place.clone(),
                ty: pat.ty.clone(),
            });
            if let Some(sub) = sub {
                collect_bindings(sub, place, indices, out);
            }
        }
        PatKind::Deref(inner) => collect_bindings(inner, &place.project(PlaceElem::Deref), indices, out),
        PatKind::Leaf(fields) => {
            for (i, field) in fields.iter().enumerate() {
                collect_bindings(field, &place.project(PlaceElem::Field(i)), indices, out);
            }
        }
        PatKind::Variant { variant, fields } => {
            for (i, field) in fields.iter().enumerate() {
                collect_bindings(
                    field,
                    &place.project(PlaceElem::VariantField(*variant, i)),
                    indices,
                    out,
                );
            }
        }
        PatKind::Or(cases) => {
            if let Some(first) = cases.first() {
                collect_bindings(first, place, indices, out);
            }
        }
        PatKind::Slice { prefix, suffix, .. } => {
            // Before the tests ran (only names and types are wanted then),
            // the places are placeholders.
            // The latest tests of a pattern at this address are its own (an
            // earlier arm's patterns may have lived at the same address).
            let known = indices
                .iter()
                .rev()
                .find(|(key, _)| *key == pat as *const Pat as usize)
                .map(|(_, locals)| locals.as_slice())
                .unwrap_or_default();
            for (i, element) in prefix.iter().chain(suffix).enumerate() {
                let index = known.get(i).copied().unwrap_or_default();
                collect_bindings(element, &place.project(PlaceElem::Index(index)), indices, out);
            }
        }
        PatKind::Wild | PatKind::Const(_) | PatKind::Range { .. } => {}
    }
}

/// A struct type's name without its type arguments, as rustc writes it in
/// "struct `Point`".
fn struct_name(ty: &Ty) -> &str {
    match ty {
        Ty::Adt(_, name) => name,
        Ty::GenericAdt(_, name, _) => name,
        _ => "",
    }
}

/// An arm's pattern and its `if` guard, which `syn` parses as the outermost
/// pattern.
fn pattern_and_guard(arm: &syn::Arm) -> (&syn::Pat, Option<&syn::Expr>) {
    match &arm.pat {
        syn::Pat::Guard(guarded) => (&guarded.pat, Some(&guarded.guard)),
        pat => (pat, None),
    }
}
