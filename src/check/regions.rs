//! Regions of types: where references (and the lifetimes of structs) sit
//! inside a type, in the order [`FnLifetimes`] lists them, and how a place's
//! projections pick some of its local's regions.

use crate::ir::*;

/// The regions of `place`'s type, as indices into its local's regions
/// (`None` for a `'static` field of a struct).
pub(super) fn place_regions(body: &Body, adts: &[AdtDef], place: &Place) -> Vec<Option<usize>> {
    let Some(decl) = body.locals.get(place.local) else {
        return Vec::new();
    };
    let mut ty = &decl.ty;
    let mut map: Vec<Option<usize>> = (0..region_count(ty, adts)).map(Some).collect();
    for elem in &place.projection {
        match (elem, ty) {
            (PlaceElem::Deref, Ty::Ref(_, inner) | Ty::Shared(SharedTy::Ref | SharedTy::RefMut, inner)) => {
                if !map.is_empty() {
                    map.remove(0);
                }
                ty = inner;
            }
            (PlaceElem::Deref, Ty::Box(inner) | Ty::Shared(SharedTy::Rc, inner))
            | (PlaceElem::Index(_), Ty::Vec(inner) | Ty::Array(inner, _) | Ty::Slice(inner))
            | (PlaceElem::Field(_), Ty::Array(inner, _)) => ty = inner,
            // The value inside a `RefCell` or `Cell`; the flag holds no reference.
            (PlaceElem::Field(_), Ty::Shared(_, inner)) => ty = inner,
            (PlaceElem::Field(i), Ty::Tuple(fields)) if *i < fields.len() => {
                let start: usize = fields[..*i].iter().map(|f| region_count(f, adts)).sum();
                let len = region_count(&fields[*i], adts);
                map = map.get(start..start + len).unwrap_or_default().to_vec();
                ty = &fields[*i];
            }
            (PlaceElem::Field(i), Ty::Adt(id, _)) => {
                let Some(adt) = adts.get(*id) else {
                    return Vec::new();
                };
                let Some((_, field_ty)) = adt.fields.get(*i) else {
                    return Vec::new();
                };
                let len = region_count(field_ty, adts);
                let lifetimes = adt.lifetimes.fields.get(*i).map(Vec::as_slice).unwrap_or_default();
                map = (0..len)
                    .map(|k| match lifetimes.get(k) {
                        Some(Region::Param(p)) => map.get(*p).copied().flatten(),
                        _ => None,
                    })
                    .collect();
                ty = field_ty;
            }
            // `Some(x)` has the `Option`'s regions; `Ok` and `Err` split a `Result`'s.
            (PlaceElem::VariantField(_, 0), Ty::Option(inner)) => ty = inner,
            (PlaceElem::VariantField(variant, 0), Ty::Result(ok, err)) => {
                let ok_len = region_count(ok, adts);
                map = if *variant == 0 {
                    map.get(..ok_len).unwrap_or_default().to_vec()
                } else {
                    map.get(ok_len..).unwrap_or_default().to_vec()
                };
                ty = if *variant == 0 { ok } else { err };
            }
            _ => return Vec::new(),
        }
    }
    map
}

/// For each reference in `ty`: the index of its region and how many
/// regions the type it points to has (they follow it).
pub(super) fn references(ty: &Ty, adts: &[AdtDef]) -> Vec<(usize, usize)> {
    fn walk(ty: &Ty, adts: &[AdtDef], next: &mut usize, out: &mut Vec<(usize, usize)>) {
        match ty {
            Ty::Ref(_, inner) => {
                out.push((*next, region_count(inner, adts)));
                *next += 1;
                walk(inner, adts, next, out);
            }
            Ty::Box(inner) | Ty::Vec(inner) => walk(inner, adts, next, out),
            Ty::Tuple(fields) => fields.iter().for_each(|f| walk(f, adts, next, out)),
            other => *next += region_count(other, adts),
        }
    }
    let mut out = Vec::new();
    walk(ty, adts, &mut 0, &mut out);
    out
}

/// Whether dropping a value of `ty` runs an `impl Drop` that may use the
/// references inside it (a struct with lifetimes and a destructor, possibly
/// inside a tuple, `Box`, `Vec` or another struct, and `RefCell`'s guards,
/// whose drop gives the borrow back through their reference).
pub(super) fn drop_uses_regions(ty: &Ty, adts: &[AdtDef]) -> bool {
    region_count(ty, adts) > 0 && has_destructor(ty, adts, &mut Vec::new())
}

fn has_destructor(ty: &Ty, adts: &[AdtDef], visiting: &mut Vec<AdtId>) -> bool {
    match ty {
        // A trait object's destructor is unknown: it may use its object lifetime.
        Ty::Shared(SharedTy::Ref | SharedTy::RefMut, _) | Ty::Dyn(_) => true,
        Ty::Box(inner) | Ty::Vec(inner) | Ty::Option(inner) => has_destructor(inner, adts, visiting),
        Ty::Result(ok, err) => has_destructor(ok, adts, visiting) || has_destructor(err, adts, visiting),
        Ty::Tuple(fields) => fields.iter().any(|f| has_destructor(f, adts, visiting)),
        Ty::Adt(id, _) => {
            if visiting.contains(id) {
                return false;
            }
            visiting.push(*id);
            let found = adts.get(*id).is_some_and(|adt| {
                adt.drop_impl.is_some() || adt.fields.iter().any(|(_, f)| has_destructor(f, adts, visiting))
            });
            visiting.pop();
            found
        }
        _ => false,
    }
}
