//! `c.windows(n)` and `c.chunks(n)` of a `Vec`, array or slice as the
//! source of a chain: each item is a `&[T]` into the one buffer, sliced
//! from the borrow the chain holds (`for w in v.windows(2)`,
//! `v.chunks(2).map(|c| c.iter().sum::<i32>()).collect::<Vec<_>>()`).
//!
//! Both are std's random-access, exact-size iterators: item `k` of
//! `windows(n)` is `[k..k + n]`, of `chunks(n)` `[k * n..min(k * n + n, len)]`,
//! so pulling from either end is indexing. `n == 0` panics when the
//! iterator is made, with std's message.

use super::*;
use std::rc::Rc;

/// The state of a `windows`/`chunks` source in hidden locals.
pub(super) struct SubSlices {
    /// The `&[T]` borrowed for the whole chain.
    pub(super) slice: LocalId,
    pub(super) element: Ty,
    pub(super) size: LocalId,
    pub(super) len: LocalId,
    /// Items `front..back` are the ones not yet produced.
    pub(super) front: LocalId,
    pub(super) back: LocalId,
    pub(super) chunks: bool,
    pub(super) rev: bool,
}

impl Lowerer<'_> {
    /// `c.windows(n)` or `c.chunks(n)` with `c` at `place`.
    pub(super) fn sub_slices_source(&mut self, place: Place, ty: &Ty, call: &syn::ExprMethodCall) -> Result<Source> {
        let span = span_of(call.span());
        let usize_ty = Ty::Int(IntTy::Usize);
        let chunks = call.method == "chunks";
        let (container, container_ty) = self.auto_deref(place, ty);
        let (Ty::Vec(element) | Ty::Array(element, _) | Ty::Slice(element)) = container_ty.clone() else {
            return unsupported(format!("`{}` of `{container_ty}`", call.method), call);
        };
        let borrow = self.borrow_temp(Mutability::Not, container, &container_ty, span);
        let whole = vec![borrow, int(0), int(-1)];
        let slice_ty = Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(element.clone())));
        let slice = self.hidden_local(slice_ty, Rvalue::Intrinsic(Intrinsic::Slice, whole), span);
        self.name_iterator(&Place::local(slice), call);
        let (size, size_ty) = self.as_operand(&call.args[0], Some(&usize_ty))?;
        self.expect_type(&usize_ty, &size_ty, &call.args[0])?;
        let size = self.hidden_local(usize_ty.clone(), Rvalue::Use(size), span);
        let zero = Rvalue::binary(
            BinOp::Eq,
            usize_ty.clone(),
            Operand::Copy(Place::local(size), span),
            int(0),
        );
        let zero = self.hidden_local(Ty::Bool, zero, span);
        let (panics, go) = (self.new_block(), self.new_block());
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(zero), span),
            then_block: panics,
            else_block: go,
        });
        self.current = panics;
        let message = if chunks {
            "chunk size must be non-zero"
        } else {
            "window size must be non-zero"
        };
        self.terminate(Terminator::Panic(
            Format {
                pieces: vec![FormatPiece::Literal(message.into())],
                ..Format::default()
            },
            span_of(call.method.span()),
        ));
        self.current = go;
        let len = Rvalue::Intrinsic(Intrinsic::Len, vec![Operand::Copy(Place::local(slice), span)]);
        let len = self.hidden_local(usize_ty.clone(), len, span);
        let (len_op, size_op) = (
            Operand::Copy(Place::local(len), span),
            Operand::Copy(Place::local(size), span),
        );
        let count = if chunks {
            // `len.div_ceil(n)`
            let rounded_up = self.usize_value(
                Rvalue::binary(BinOp::Add, usize_ty.clone(), len_op, size_op.clone()),
                span,
            );
            let rounded_up = self.usize_value(Rvalue::binary(BinOp::Sub, usize_ty.clone(), rounded_up, int(1)), span);
            Rvalue::binary(BinOp::Div, usize_ty.clone(), rounded_up, size_op)
        } else {
            // `(len + 1).saturating_sub(n)`
            let plus_one = self.usize_value(Rvalue::binary(BinOp::Add, usize_ty.clone(), len_op, int(1)), span);
            Rvalue::Intrinsic(
                Intrinsic::IntMethod(NumMethod::SaturatingSub, IntTy::Usize),
                vec![plus_one, size_op],
            )
        };
        let back = self.hidden_local(usize_ty.clone(), count, span);
        let front = self.hidden_local(usize_ty, Rvalue::Use(int(0)), span);
        Ok(Source::SubSlices(SubSlices {
            slice,
            element: Rc::unwrap_or_clone(element),
            size,
            len,
            front,
            back,
            chunks,
            rev: false,
        }))
    }

    /// The next sub-slice, from the front or (`rev`) the back, or a jump to `done`.
    pub(super) fn pull_sub_slice(
        &mut self,
        pipeline: &mut Pipeline,
        source: &SubSlices,
        done: BlockId,
    ) -> Result<(LocalId, Ty)> {
        let span = pipeline.span;
        let usize_ty = Ty::Int(IntTy::Usize);
        let copy = |local: LocalId| Operand::Copy(Place::local(local), span);
        let more = self.item_local(pipeline, Ty::Bool);
        let in_range = Rvalue::binary(BinOp::Lt, usize_ty.clone(), copy(source.front), copy(source.back));
        self.push(StatementKind::Assign(Place::local(more), in_range), span);
        self.branch_or(Place::local(more), done, span);
        if source.rev {
            let less = Rvalue::binary(BinOp::Sub, usize_ty.clone(), copy(source.back), int(1));
            self.push(StatementKind::Assign(Place::local(source.back), less), span);
        }
        let index = copy(if source.rev { source.back } else { source.front });
        let (start, end) = if source.chunks {
            let start = self.pull_value(
                pipeline,
                Rvalue::binary(BinOp::Mul, usize_ty.clone(), index, copy(source.size)),
                span,
            );
            let full = self.pull_value(
                pipeline,
                Rvalue::binary(BinOp::Add, usize_ty.clone(), start.clone(), copy(source.size)),
                span,
            );
            let end = Rvalue::Intrinsic(
                Intrinsic::IntMethod(NumMethod::Min, IntTy::Usize),
                vec![full, copy(source.len)],
            );
            (start, self.pull_value(pipeline, end, span))
        } else {
            let end = self.pull_value(
                pipeline,
                Rvalue::binary(BinOp::Add, usize_ty.clone(), index.clone(), copy(source.size)),
                span,
            );
            (index, end)
        };
        let item_ty = Ty::Ref(Mutability::Not, Rc::new(Ty::Slice(Rc::new(source.element.clone()))));
        let item = self.item_local(pipeline, item_ty.clone());
        let slice = Rvalue::Intrinsic(Intrinsic::Slice, vec![copy(source.slice), start, end]);
        self.push(StatementKind::Assign(Place::local(item), slice), span);
        if !source.rev {
            self.increment_local(source.front, &usize_ty, span);
        }
        Ok((item, item_ty))
    }

    /// A `usize` computed once per pull, in a local of the chain's items.
    fn pull_value(&mut self, pipeline: &mut Pipeline, value: Rvalue, span: Span) -> Operand {
        let local = self.item_local(pipeline, Ty::Int(IntTy::Usize));
        self.push(StatementKind::Assign(Place::local(local), value), span);
        Operand::Copy(Place::local(local), span)
    }
}
