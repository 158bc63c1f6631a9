//! std's iterators kept as values: `let mut it = v.iter();` (and
//! `iter_mut`, `chars`) and `let mut r = 0..3;`, then `it.next()`,
//! `it.len()`, `for x in it`, `for x in &mut it`, `r.start`.
//!
//! Each is an instance of a generic struct of the lowering, named as rustc
//! names it (`std::slice::Iter<'_, i32>`, `std::ops::Range<i32>`), so the
//! checker, the layout engine and the pictures treat it like a struct of
//! the program. A `Range` has std's fields, `start` and `end`. The slice
//! and string iterators hold the reference to what they have not produced
//! yet: std keeps the same two words as a pointer to the next element and
//! one past the last. The reference is the struct's type argument, so the
//! iterator holds its loan exactly as long as it is used. `next` and `len`
//! are intrinsics on the struct; a `for` loop pulls with the same `next`.
//! A consumer or adapters on the value make it the source of a chain
//! (`std_value_source`); std's other methods on it are declined.

use super::super::items::GenericStruct;
use super::*;
use crate::ir::std_struct::{CHARS, RANGE, RANGE_INCLUSIVE, SLICE_ITER, SLICE_ITER_MUT, VEC_INTO_ITER};
use std::rc::Rc;

/// std's iterator structs as generic templates: each takes one type
/// argument, the reference it holds or the range's integer type.
pub(in crate::syntax::lower) fn std_iterator_templates() -> Vec<Rc<GenericStruct>> {
    thread_local! {
        static TEMPLATES: Vec<Rc<GenericStruct>> = build_std_iterator_templates();
    }
    TEMPLATES.with(Vec::clone)
}

fn build_std_iterator_templates() -> Vec<Rc<GenericStruct>> {
    let param = || Ty::Param(0, "T".to_string());
    let holding = |name: &str, clone: bool| GenericStruct {
        name: name.to_string(),
        kind: StructKind::Tuple,
        params: vec!["T".to_string()],
        bounds: vec![Vec::new()],
        fields: vec![("0".to_string(), param())],
        derives: Derives {
            clone,
            debug: true,
            ..Derives::default()
        },
        variants: None,
    };
    let range = |name: &str, exhausted: bool| GenericStruct {
        name: name.to_string(),
        kind: StructKind::Named,
        params: vec!["Idx".to_string()],
        bounds: vec![Vec::new()],
        fields: [("start", param()), ("end", param())]
            .into_iter()
            .chain(exhausted.then_some(("exhausted", Ty::Bool)))
            .map(|(field, ty)| (field.to_string(), ty))
            .collect(),
        derives: Derives {
            clone: true,
            debug: true,
            partial_eq: true,
            eq: true,
            hash: true,
            ..Derives::default()
        },
        variants: None,
    };
    // The consumed `Vec` (whose buffer it owns and frees when dropped, after
    // the elements not yet taken) and the index of the next element: the
    // same 32 bytes as std's buffer, capacity and two element pointers.
    let into_iter = GenericStruct {
        name: VEC_INTO_ITER.to_string(),
        kind: StructKind::Named,
        params: vec!["T".to_string()],
        bounds: vec![Vec::new()],
        fields: vec![
            ("buf".to_string(), Ty::Vec(Rc::new(param()))),
            ("next".to_string(), Ty::Int(IntTy::Usize)),
        ],
        derives: Derives {
            debug: true,
            ..Derives::default()
        },
        variants: None,
    };
    [
        holding(SLICE_ITER, true),
        holding(SLICE_ITER_MUT, false),
        holding(CHARS, true),
        range(RANGE, false),
        range(RANGE_INCLUSIVE, true),
        into_iter,
    ]
    .into_iter()
    .map(Rc::new)
    .collect()
}

/// The std iterator structs whose fields a program may not name.
const PRIVATE: &[&str] = &[SLICE_ITER, SLICE_ITER_MUT, CHARS, VEC_INTO_ITER, RANGE_INCLUSIVE];

impl Lowerer<'_> {
    /// Which std iterator struct `ty` is an instance of, if any.
    pub(in crate::syntax::lower) fn std_iterator(&self, ty: &Ty) -> Option<&'static str> {
        let Ty::GenericAdt(id, ..) = *self.infer.resolved(ty) else {
            return None;
        };
        let name = &self.items.structs.get(id)?.name;
        [SLICE_ITER, SLICE_ITER_MUT, CHARS, RANGE, RANGE_INCLUSIVE, VEC_INTO_ITER]
            .into_iter()
            .find(|n| n == name)
    }

    /// Declines naming the fields of std's slice and string iterators,
    /// which are private.
    pub(in crate::syntax::lower) fn check_std_iterator_field(&self, ty: &Ty, node: &impl Spanned) -> Result<()> {
        match self.std_iterator(ty) {
            Some(name) if PRIVATE.contains(&name) => {
                unsupported(format!("the private fields of `{}`", self.infer.resolve(ty)), node)
            }
            _ => Ok(()),
        }
    }

    /// Declines a struct literal or pattern naming a struct of std's
    /// (`std::ops::Range { start, end }`, or `Range` imported), which the
    /// program may write but the model does not resolve.
    pub(in crate::syntax::lower) fn check_std_struct_path(&self, path: &syn::Path) -> Result<()> {
        let Some(first) = path.segments.first().map(|s| s.ident.to_string()) else {
            return Ok(());
        };
        let root = match self.items.import(&first) {
            Some(full) => full.first().cloned().unwrap_or_default(),
            None => first,
        };
        if matches!(root.as_str(), "std" | "core" | "alloc") {
            return unsupported("a struct of std's named in a struct literal or pattern", path);
        }
        Ok(())
    }

    fn std_iterator_ty(&self, name: &str, arg: Ty) -> Ty {
        let id = self
            .items
            .structs
            .iter()
            .position(|s| s.name == name)
            .unwrap_or(usize::MAX);
        Ty::GenericAdt(id, name.to_string(), vec![arg])
    }

    /// `std::ops::Range<T>` or `RangeInclusive<T>` written as a type (or
    /// imported) of an integer `T`; `None` for other paths.
    pub(in crate::syntax::lower) fn std_range_type(
        &self,
        prefix: &[String],
        name: &str,
        args: &[Ty],
        node: &impl Spanned,
    ) -> Result<Option<Ty>> {
        let imported = match prefix {
            [] => self.items.import(name).unwrap_or_default(),
            _ => prefix,
        };
        let path: Vec<&str> = imported.iter().map(String::as_str).collect();
        let last = match (prefix, path.as_slice()) {
            ([], ["std" | "core", "ops", last]) => *last,
            (_, ["std" | "core", "ops"]) => name,
            _ => return Ok(None),
        };
        let Some(std_name) = [RANGE, RANGE_INCLUSIVE]
            .into_iter()
            .find(|n| n.rsplit("::").next() == Some(last))
        else {
            return Ok(None);
        };
        let registered = self.items.structs.iter().any(|s| s.name == std_name);
        match args {
            _ if !registered => unsupported(format!("`{std_name}` in a type definition"), node),
            [idx @ (Ty::Int(_) | Ty::IntVar(_))] => Ok(Some(self.std_iterator_ty(std_name, idx.clone()))),
            _ => unsupported(format!("a `{std_name}` of other than one integer type"), node),
        }
    }

    /// `c.iter()`, `c.iter_mut()` or `s.chars()` kept as a value: the
    /// iterator struct holding a reference to all of `c` or `s`; `v.into_iter()`
    /// of a `Vec`: the iterator owning it. `None` for the other sources.
    pub(super) fn std_iterator_value(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Rvalue, Ty)>> {
        let method = call.method.to_string();
        let mutability = match method.as_str() {
            "iter" => Mutability::Not,
            "iter_mut" => Mutability::Mut,
            "chars" => Mutability::Not,
            "into_iter" => return self.vec_into_iter_value(call),
            _ => return Ok(None),
        };
        if !call.args.is_empty() {
            return unsupported(format!("`{method}` with these arguments"), call);
        }
        let span = span_of(call.span());
        if method == "chars" {
            let (place, ty) = self.place_or_temp(&call.receiver, None)?;
            let text = self.str_value(place, &ty, &*call.receiver)?;
            let held = self.hidden_temp(Ty::str_ref(), Rvalue::Use(text), span);
            let ty = self.std_iterator_ty(CHARS, Ty::str_ref());
            return Ok(Some((Rvalue::Tuple(vec![held]), ty)));
        }
        // `v[1..].iter()`: the slice is the range itself.
        let (slice, slice_ty) = match strip_parens(&call.receiver) {
            syn::Expr::Index(index) if matches!(strip_parens(&index.index), syn::Expr::Range(_)) => {
                let syn::Expr::Range(range) = strip_parens(&index.index) else {
                    return unsupported("this range", &index.index);
                };
                self.slice_rvalue(mutability, index, range)?
            }
            receiver => {
                let (place, ty) = self.place_or_temp(receiver, None)?;
                let (container, container_ty) = self.auto_deref(place, &ty);
                let (Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element)) = container_ty.clone() else {
                    return unsupported(format!("`{method}` of `{container_ty}` kept as a value"), call);
                };
                let borrow = self.borrow_temp(mutability, container, &container_ty, span);
                let whole = vec![borrow, int(0), int(-1)];
                (
                    Rvalue::Intrinsic(Intrinsic::Slice, whole),
                    Ty::Ref(mutability, Rc::new(Ty::Slice(element))),
                )
            }
        };
        let Ty::Ref(_, sliced) = &slice_ty else {
            return unsupported(format!("`{method}` of `{slice_ty}` kept as a value"), call);
        };
        if !matches!(**sliced, Ty::Slice(_)) {
            return unsupported(format!("`{method}` of `{slice_ty}` kept as a value"), call);
        }
        let held = self.hidden_temp(slice_ty.clone(), slice, span);
        let name = if mutability == Mutability::Mut {
            SLICE_ITER_MUT
        } else {
            SLICE_ITER
        };
        Ok(Some((Rvalue::Tuple(vec![held]), self.std_iterator_ty(name, slice_ty))))
    }

    /// `v.into_iter()` of a `Vec` by value, kept as a value; `None` for other
    /// receivers (a reference, an array).
    fn vec_into_iter_value(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Rvalue, Ty)>> {
        if !call.args.is_empty() {
            return Ok(None);
        }
        let (place, ty) = self.place_or_temp(&call.receiver, None)?;
        let Ty::Vec(element) = self.infer.resolve(&ty) else {
            return Ok(None);
        };
        let span = span_of(call.span());
        let vec = self.consume(place, &ty, span);
        let ty = self.std_iterator_ty(VEC_INTO_ITER, Rc::unwrap_or_clone(element));
        Ok(Some((Rvalue::Tuple(vec![vec, int(0)]), ty)))
    }

    /// A statement temporary holding `value`, moved out as an operand.
    fn hidden_temp(&mut self, ty: Ty, value: Rvalue, span: Span) -> Operand {
        let temp = self.new_temp(ty.clone(), span);
        self.push(StatementKind::Assign(Place::local(temp), value), span);
        self.consume(Place::local(temp), &ty, span)
    }

    /// `a..b` or `a..=b` of integers as a value: std's `Range { start, end }`
    /// or `RangeInclusive { start, end, exhausted: false }`. `a..` and `..b`
    /// are declined.
    pub(in crate::syntax::lower) fn range_value(
        &mut self,
        range: &syn::ExprRange,
        expected: Option<&Ty>,
    ) -> Result<(Rvalue, Ty)> {
        let (Some(start), Some(end)) = (&range.start, &range.end) else {
            return unsupported("a range kept as a value other than `a..b` and `a..=b`", range);
        };
        let inclusive = matches!(range.limits, syn::RangeLimits::Closed(_));
        let std_name = if inclusive { RANGE_INCLUSIVE } else { RANGE };
        let hint = match expected.map(|t| self.infer.resolve(t)) {
            Some(Ty::GenericAdt(_, name, args)) if name == std_name => args.first().cloned(),
            _ => None,
        };
        let (start, start_ty) = self.as_operand(start, hint.as_ref())?;
        let (end_operand, end_ty) = self.as_operand(end, Some(&start_ty))?;
        let idx = self.expect_type(&start_ty, &end_ty, &**end)?;
        if !matches!(self.infer.resolve(&idx), Ty::Int(_) | Ty::IntVar(_)) {
            return unsupported(format!("a range of `{idx}` kept as a value"), range);
        }
        let mut fields = vec![start, end_operand];
        if inclusive {
            fields.push(Operand::Const(Const::Bool(false)));
        }
        Ok((Rvalue::Tuple(fields), self.std_iterator_ty(std_name, idx)))
    }

    /// A method called on a std iterator kept as a value: `next` and
    /// (slices') `len` run; std's other methods are declined. `None` when
    /// the receiver is no such iterator, or for a chain's consumer or
    /// adapter, which the chain lowering runs.
    pub(super) fn std_iterator_method(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Rvalue, Ty)>> {
        let (base, _) = user::user_chain_calls(&call.receiver);
        let Some(base_ty) = self.peek_type(base) else {
            return Ok(None);
        };
        let iterated = match self.infer.resolve(&base_ty) {
            Ty::Ref(Mutability::Mut, inner) => Rc::unwrap_or_clone(inner),
            other => other,
        };
        if self.std_iterator(&iterated).is_none() {
            return Ok(None);
        }
        // Consumers, and any method after adapters, run as a chain.
        let method = call.method.to_string();
        let adapted = strip_parens(&call.receiver) != strip_parens(base);
        if adapted
            || [CONSUMERS, ADAPTERS, &["nth", "by_ref"]]
                .concat()
                .contains(&method.as_str())
        {
            return Ok(None);
        }
        if !is_place_expr(base) {
            let method = &call.method;
            return unsupported(format!("`{method}` on an iterator kept as a value"), method);
        }
        let (place, ty) = self.as_place(base)?;
        let (place, ty) = match self.infer.resolve(&ty) {
            Ty::Ref(_, inner) => (place.project(PlaceElem::Deref), Rc::unwrap_or_clone(inner)),
            other => (place, other),
        };
        self.std_iterator_call(place, &ty, call, span_of(base.span())).map(Some)
    }

    /// `next()` or `len()` of the std iterator at `place`, of type `ty`;
    /// std's other methods are declined.
    pub(in crate::syntax::lower) fn std_iterator_call(
        &mut self,
        place: Place,
        ty: &Ty,
        call: &syn::ExprMethodCall,
        receiver_span: Span,
    ) -> Result<(Rvalue, Ty)> {
        let method = call.method.to_string();
        let exact = matches!(self.std_iterator(ty), Some(SLICE_ITER | SLICE_ITER_MUT | VEC_INTO_ITER));
        let next = self.std_iterator_next(ty, call.node_span())?;
        let (intrinsic, mutability, result) = match (method.as_str(), next) {
            ("next", Some((intrinsic, option))) if call.args.is_empty() => (intrinsic, Mutability::Mut, option),
            ("len", _) if exact && call.args.is_empty() => (Intrinsic::IterLen, Mutability::Not, Ty::Int(IntTy::Usize)),
            _ => return unsupported(format!("`{method}` on an iterator kept as a value"), &call.method),
        };
        let receiver = self.borrow_temp(mutability, place, ty, receiver_span);
        Ok((Rvalue::Intrinsic(intrinsic, vec![receiver]), result))
    }

    /// The std iterator kept in `base` moved into a chain (`it.sum()`,
    /// `it.map(…)`, `a.zip(b)`): it is the source it was made from, taken
    /// up where it stands. The types are std's own, so the chain behaves as
    /// if written in one expression: `rev`, size hints and `zip`'s
    /// specialisations follow from the source.
    pub(super) fn std_value_source(&mut self, base: &syn::Expr, span: Span) -> Result<Source> {
        let (place, ty) = self.as_place(base)?;
        let ty = self.infer.resolve(&ty);
        let (Some(kind), Ty::GenericAdt(_, _, args)) = (self.std_iterator(&ty), &ty) else {
            return unsupported(format!("iterating over `{ty}`"), base);
        };
        let arg = args.first().cloned().unwrap_or_else(Ty::unit);
        // The whole iterator is moved, as rustc sees `self` taken by value.
        let moved = self.consume(place, &ty, span);
        let held = self.hidden_local(ty.clone(), Rvalue::Use(moved), span);
        let field = |index: usize| Place::local(held).project(PlaceElem::Field(index));
        match kind {
            SLICE_ITER | SLICE_ITER_MUT => {
                let Ty::Ref(mutability, _) = arg else {
                    return unsupported(format!("iterating over `{ty}`"), base);
                };
                let reference = self.consume(field(0), &arg, span);
                let local = self.hidden_local(arg.clone(), Rvalue::Use(reference), span);
                let (container, container_ty) = self.auto_deref(Place::local(local), &arg);
                self.elements_by_ref(container, &container_ty, mutability, base, span)
            }
            CHARS => Ok(self.str_source(StrIter::Chars, Operand::Copy(field(0), span), base, span)),
            RANGE | RANGE_INCLUSIVE => {
                let copied = |this: &mut Self, index: usize, ty: Ty| {
                    this.hidden_local(ty, Rvalue::Use(Operand::Copy(field(index), span)), span)
                };
                let next = copied(self, 0, arg.clone());
                let end = copied(self, 1, arg.clone());
                let exhausted = (kind == RANGE_INCLUSIVE).then(|| copied(self, 2, Ty::Bool));
                Ok(Source::Range {
                    next,
                    end: Some(end),
                    exhausted,
                    ty: arg,
                    rev: false,
                })
            }
            _ => {
                // `vec::IntoIter`: its `Vec` (the elements before `next`
                // already moved out) and its position.
                let vec_ty = Ty::Vec(Rc::new(arg.clone()));
                let vec = self.consume(field(0), &vec_ty, span);
                let owner = self.hidden_local(vec_ty.clone(), Rvalue::Use(vec), span);
                // Named apart from the moved variable, which the picture
                // still shows (as moved).
                self.name_iterator(&Place::local(owner), base);
                if let Some(name) = &mut self.locals[owner].name {
                    name.push_str(" (chain)");
                }
                let len_source = self.borrow_temp(Mutability::Not, Place::local(owner), &vec_ty, span);
                let usize_ty = Ty::Int(IntTy::Usize);
                let len = Rvalue::Intrinsic(Intrinsic::Len, vec![len_source]);
                let back = self.hidden_local(usize_ty.clone(), len, span);
                let front = self.hidden_local(usize_ty, Rvalue::Use(Operand::Copy(field(1), span)), span);
                Ok(Source::Elements {
                    container: Place::local(owner),
                    element: arg,
                    mutability: None,
                    owner: Some((owner, vec_ty)),
                    front,
                    back,
                    rev: false,
                })
            }
        }
    }

    /// The lower bound of the `size_hint` of the std iterator at `place`
    /// (a chain through `&mut it` asks it); `None` for other types.
    pub(super) fn std_value_lower_bound(&mut self, place: Place, ty: &Ty, span: Span) -> Option<Operand> {
        let field = |index: usize| place.clone().project(PlaceElem::Field(index));
        match (self.std_iterator(ty)?, self.infer.resolve(ty)) {
            (RANGE | RANGE_INCLUSIVE, Ty::GenericAdt(_, name, args)) => {
                let exhausted = (name == RANGE_INCLUSIVE).then(|| field(2));
                Some(self.range_lower_bound([field(0), field(1)], exhausted, args.first()?, span))
            }
            (CHARS, _) => {
                let text = Rvalue::Intrinsic(Intrinsic::Len, vec![Operand::Copy(field(0), span)]);
                Some(self.chars_lower_bound(text, span))
            }
            _ => {
                let iterator = self.borrow_temp(Mutability::Not, place, ty, span);
                Some(self.usize_value(Rvalue::Intrinsic(Intrinsic::IterLen, vec![iterator]), span))
            }
        }
    }

    /// The intrinsic a `for` loop pulls a std iterator kept as a value
    /// with, and the `Option` of its item.
    pub(super) fn std_iterator_next(&self, ty: &Ty, span: Span) -> Result<Option<(Intrinsic, Ty)>> {
        let Some(kind) = self.std_iterator(ty) else {
            return Ok(None);
        };
        let Ty::GenericAdt(_, _, args) = self.infer.resolve(ty) else {
            return Ok(None);
        };
        let (intrinsic, item) = match (kind, args.first()) {
            (RANGE, Some(idx)) => (Intrinsic::RangeNext, idx.clone()),
            (RANGE_INCLUSIVE, Some(idx)) => (Intrinsic::RangeInclusiveNext, idx.clone()),
            (CHARS, _) => (Intrinsic::CharsNext, Ty::Char),
            (VEC_INTO_ITER, Some(element)) => (Intrinsic::VecIntoIterNext, element.clone()),
            (_, Some(Ty::Ref(m, slice))) => match &**slice {
                Ty::Slice(element) => (Intrinsic::SliceIterNext, Ty::Ref(*m, element.clone())),
                _ => return Err(Diagnostic::unsupported(format!("iterating over `{ty}`"), span)),
            },
            _ => return Err(Diagnostic::unsupported(format!("iterating over `{ty}`"), span)),
        };
        Ok(Some((intrinsic, Ty::Option(Rc::new(item)))))
    }
}
