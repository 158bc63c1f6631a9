//! The `[T]` methods an array, a `Vec` or a slice reaches by auto-deref:
//! `first`/`last` (of arrays and slices; a `Vec`'s are in `option.rs`),
//! `swap`, `reverse`, `fill`, `binary_search`, `to_vec`, `split_at` and
//! `split_at_mut`.

use super::*;
use std::rc::Rc;

/// The `[T]` methods of this module taking `&mut self`.
const SLICE_MUT_METHODS: &[&str] = &[
    "swap",
    "reverse",
    "fill",
    "split_at_mut",
    "first_mut",
    "last_mut",
    "get_mut",
    "sort",
    "sort_unstable",
    "sort_by",
    "sort_by_key",
    "sort_unstable_by",
    "sort_unstable_by_key",
];

impl Lowerer<'_> {
    /// A `[T]` method on the auto-dereferenced receiver `place` of type
    /// `self_ty`; `None` if this module does not model it.
    pub(super) fn slice_method(
        &mut self,
        place: Place,
        self_ty: &Ty,
        method: &str,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<Option<(Rvalue, Ty)>> {
        use Intrinsic as I;
        let (element, is_vec) = match self_ty {
            Ty::Vec(element) => ((**element).clone(), true),
            Ty::Array(element, _) | Ty::Slice(element) => ((**element).clone(), false),
            _ => return Ok(None),
        };
        let usize_ty = Ty::Int(IntTy::Usize);
        let element_ref = |m| Ty::Ref(m, Rc::new(element.clone()));
        // (intrinsic, receiver's borrow, argument types, result type)
        let (intrinsic, mutability, params, ret) = match method {
            "first" | "last" | "first_mut" | "last_mut" if !is_vec => {
                let (intrinsic, mutability) = match method {
                    "first" => (I::SliceFirst, Mutability::Not),
                    "last" => (I::SliceLast, Mutability::Not),
                    "first_mut" => (I::SliceFirst, Mutability::Mut),
                    _ => (I::SliceLast, Mutability::Mut),
                };
                let ret = Ty::Option(Rc::new(element_ref(mutability)));
                (intrinsic, mutability, vec![], ret)
            }
            "get" | "get_mut" if !is_vec => {
                if let [syn::Expr::Range(_)] = args {
                    return unsupported(format!("`{method}` of a range"), args[0]);
                }
                let mutability = if method == "get" {
                    Mutability::Not
                } else {
                    Mutability::Mut
                };
                let ret = Ty::Option(Rc::new(element_ref(mutability)));
                (I::SliceGet, mutability, vec![usize_ty.clone()], ret)
            }
            "swap" => (
                I::SliceSwap,
                Mutability::Mut,
                vec![usize_ty.clone(), usize_ty.clone()],
                Ty::unit(),
            ),
            "reverse" => (I::SliceReverse, Mutability::Mut, vec![], Ty::unit()),
            // Elements the machine orders itself; the program's own `Ord`
            // or `PartialEq` is called by `ord_methods.rs`'s inlined bodies.
            "sort" | "sort_unstable" if !is_vec && self.orderable(&element) => {
                (I::SliceSort, Mutability::Mut, vec![], Ty::unit())
            }
            "contains" if !is_vec && self.equatable(&element) => (
                I::SliceContains,
                Mutability::Not,
                vec![element_ref(Mutability::Not)],
                Ty::Bool,
            ),
            "fill" => {
                let resolved = self.infer.resolve(&element);
                if !matches!(resolved, Ty::IntVar(_) | Ty::FloatVar(_)) && !self.items.is_copy(&resolved) {
                    return unsupported(
                        format!("`fill` with `{resolved}` values (only `Copy` ones)"),
                        &call.method,
                    );
                }
                (I::SliceFill, Mutability::Mut, vec![element.clone()], Ty::unit())
            }
            "binary_search" => {
                if !self.orderable(&element) {
                    return unsupported(
                        format!("`binary_search` of `{}` elements", self.infer.resolve(&element)),
                        &call.method,
                    );
                }
                let found = Ty::Result(Rc::new(usize_ty.clone()), Rc::new(usize_ty.clone()));
                (
                    I::SliceBinarySearch,
                    Mutability::Not,
                    vec![element_ref(Mutability::Not)],
                    found,
                )
            }
            "to_vec" => {
                let resolved = self.infer.resolve(&element);
                if !matches!(resolved, Ty::IntVar(_) | Ty::FloatVar(_))
                    && !self.items.implements(&resolved, TraitRef::Std(StdTrait::Clone))
                {
                    return unsupported(format!("`to_vec` of `{resolved}` elements"), &call.method);
                }
                (
                    I::SliceToVec,
                    Mutability::Not,
                    vec![],
                    Ty::Vec(Rc::new(element.clone())),
                )
            }
            "split_at" | "split_at_mut" => return self.split_at(place, self_ty, &element, args, call).map(Some),
            _ => return Ok(None),
        };
        super::macros::check_argument_count("method", params.len(), args.len(), &call.method)?;
        let receiver = self.slice_receiver(mutability, place, self_ty, call);
        let receiver_ty = self.locals[receiver].ty.clone();
        let mut operands = vec![self.consume(Place::local(receiver), &receiver_ty, span_of(call.receiver.span()))];
        for (arg, param) in args.iter().zip(&params) {
            let (operand, ty) = self.as_operand(arg, Some(param))?;
            operands.push(self.coerce(operand, &ty, param, *arg)?);
        }
        // The call is spanned at the method's name, where rustc labels the
        // use of the receiver's borrow.
        let span = span_of(call.method.span());
        let result = self.new_temp(ret.clone(), span);
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Intrinsic(intrinsic, operands)),
            span,
        );
        Ok(Some((Rvalue::Use(self.consume(Place::local(result), &ret, span)), ret)))
    }

    /// `s.split_at(mid)` and `s.split_at_mut(mid)`: after std's check, two
    /// slices of the one borrow, `[..mid]` and `[mid..]`; both carry the
    /// receiver's loan, so both halves of a `&mut` split live at once.
    fn split_at(
        &mut self,
        place: Place,
        self_ty: &Ty,
        element: &Ty,
        args: &[&syn::Expr],
        call: &syn::ExprMethodCall,
    ) -> Result<(Rvalue, Ty)> {
        let [mid_arg] = args else {
            return Err(super::macros::argument_count_error(
                "method",
                1,
                args.len(),
                &call.method,
            ));
        };
        let mutability = if call.method == "split_at_mut" {
            Mutability::Mut
        } else {
            Mutability::Not
        };
        let span = span_of(call.method.span());
        let usize_ty = Ty::Int(IntTy::Usize);
        let receiver = self.slice_receiver(mutability, place, self_ty, call);
        let (mid, mid_ty) = self.as_operand(mid_arg, Some(&usize_ty))?;
        self.expect_type(&usize_ty, &mid_ty, *mid_arg)?;
        let mid_local = self.new_temp(usize_ty, span);
        self.push(StatementKind::Assign(Place::local(mid_local), Rvalue::Use(mid)), span);
        let mid = Operand::Copy(Place::local(mid_local), span);
        let reference = Operand::Copy(Place::local(receiver), span);
        let checked = self.new_temp(Ty::unit(), span);
        self.push(
            StatementKind::Assign(
                Place::local(checked),
                Rvalue::Intrinsic(Intrinsic::SliceSplitCheck, vec![reference.clone(), mid.clone()]),
            ),
            span,
        );
        let half_ty = Ty::Ref(mutability, Rc::new(Ty::Slice(Rc::new(element.clone()))));
        let mut halves = Vec::new();
        for (start, end) in [
            (Operand::Const(Const::Int(0)), mid.clone()),
            (mid, Operand::Const(Const::Int(-1))),
        ] {
            let half = self.new_temp(half_ty.clone(), span);
            self.push(
                StatementKind::Assign(
                    Place::local(half),
                    Rvalue::Intrinsic(Intrinsic::Slice, vec![reference.clone(), start, end]),
                ),
                span,
            );
            halves.push(Operand::Move(Place::local(half), span));
        }
        Ok((Rvalue::Tuple(halves), Ty::Tuple(vec![half_ty.clone(), half_ty])))
    }

    /// `v[1..].method()`: the receiver is the slice `&v[1..]` (or `&mut`
    /// for the methods taking `&mut self`) in a temporary.
    pub(super) fn range_receiver(&mut self, call: &syn::ExprMethodCall) -> Result<Option<(Place, Ty)>> {
        let syn::Expr::Index(index) = strip_parens(&call.receiver) else {
            return Ok(None);
        };
        let syn::Expr::Range(range) = strip_parens(&index.index) else {
            return Ok(None);
        };
        let mutability = if SLICE_MUT_METHODS.contains(&call.method.to_string().as_str()) {
            Mutability::Mut
        } else {
            Mutability::Not
        };
        let span = span_of(index.span());
        let (slice, ty) = self.slice_rvalue(mutability, index, range)?;
        let temp = self.new_temp(ty.clone(), span);
        self.push(StatementKind::Assign(Place::local(temp), slice), span);
        Ok(Some((Place::local(temp), ty)))
    }

    /// The receiver's borrow in a temporary. Through a slice reference it is
    /// a two-phase reborrow, as rustc makes it; an array or a `Vec` is
    /// unsized (or dereferenced) first, which activates a unique borrow at
    /// once, so `v.split_at_mut(v.len() / 2)` is E0502 there.
    pub(super) fn slice_receiver(
        &mut self,
        mutability: Mutability,
        place: Place,
        self_ty: &Ty,
        call: &syn::ExprMethodCall,
    ) -> LocalId {
        let span = span_of(call.receiver.span());
        let temp = self.new_temp(Ty::Ref(mutability, Rc::new(self_ty.clone())), span);
        if mutability == Mutability::Mut && matches!(self_ty, Ty::Slice(_)) {
            self.two_phase.push(temp);
        }
        self.push(
            StatementKind::Assign(Place::local(temp), Rvalue::Ref(mutability, place)),
            span,
        );
        temp
    }
}
