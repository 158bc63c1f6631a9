//! `collect::<Vec<_>>()` of a chain over a consumed `Vec`, as std's
//! `FromIterator` for `Vec` chooses: when the source is a `vec::IntoIter`
//! seen through adapters that free a slot for each item they produce
//! (`InPlaceIterable`: `map`, `filter`, `filter_map`, `enumerate`, `skip`,
//! `take`), and the element layouts allow it, the items are written back
//! into the source's buffer and the result owns that allocation; otherwise
//! the ordinary path collects into a new `Vec` and the source's buffer is
//! freed when the iterator is dropped, at the end of the chain.
//!
//! Which path is taken depends on the element types' layouts, decided only
//! once the body's types are: the lowering emits both, and
//! `Intrinsic::InPlaceCollectible` picks one at run time with the concrete
//! layouts. The checker sees both paths, so the result carries the items'
//! loans either way.

use super::*;

/// The state of a collect that may reuse the source's buffer.
pub(super) struct InPlace {
    /// The consumed `Vec` the chain reads, and its type.
    source: LocalId,
    source_ty: Ty,
    /// Whether std's in-place collect applies (decided at run time).
    applies: LocalId,
    /// Where the next item is written in the source's buffer.
    written: LocalId,
    /// Whether the chain is a kept `vec::IntoIter` alone, which std's
    /// ordinary path appends to an empty `Vec` after one `reserve`.
    appends_rest: bool,
}

impl Stream<'_> {
    /// The consumed `Vec` whose buffer std's in-place collect may reuse:
    /// the chain's own source, read from its front. `rev` hides the source
    /// from std's specialisation (`Rev` is no `SourceIter`).
    fn in_place_source(&self) -> Option<(LocalId, Ty)> {
        match &self.source {
            Source::Elements {
                owner: Some((owner, owner_ty @ Ty::Vec(_))),
                rev: false,
                ..
            } => Some((*owner, owner_ty.clone())),
            _ => None,
        }
    }
}

impl Lowerer<'_> {
    /// Starts a `collect` into the `Vec` `result` of type `target`: for a
    /// chain over a consumed `Vec` that std may collect in place, the empty
    /// result and the run-time decision; `None` for the ordinary path only.
    pub(super) fn start_in_place_collect(
        &mut self,
        stream: &Stream,
        result: LocalId,
        target: &Ty,
        call: &syn::ExprMethodCall,
    ) -> Result<Option<InPlace>> {
        if !stream.consumes_vec() {
            return Ok(None);
        }
        let unmodelled = stream.adapters.iter().any(|adapter| {
            matches!(
                adapter,
                Adapter::Zip(_) | Adapter::Chain(..) | Adapter::Cloned | Adapter::Copied
            )
        });
        if unmodelled {
            return unsupported(
                "collecting from a consumed `Vec` through `zip`, `chain`, `cloned` or `copied`",
                call,
            );
        }
        let Some((source, source_ty)) = stream.in_place_source() else {
            return Ok(None);
        };
        let span = call.node_span();
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Intrinsic(Intrinsic::VecNew, Vec::new())),
            span,
        );
        // A fresh `v.into_iter().collect()` keeps the buffer as it is.
        let fresh = matches!(strip_parens(&call.receiver), syn::Expr::MethodCall(m) if m.method == "into_iter");
        let appends_rest = stream.adapters.is_empty() && !fresh;
        let decision = if appends_rest {
            self.keeps_into_iter_buffer(stream, source, &source_ty, span)
        } else {
            let dest = self.borrow_temp(Mutability::Not, Place::local(result), target, span);
            let src = self.borrow_temp(Mutability::Not, Place::local(source), &source_ty, span);
            Rvalue::Intrinsic(Intrinsic::InPlaceCollectible, vec![dest, src])
        };
        let applies = self.hidden_local(Ty::Bool, decision, span);
        let written = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(int(0)), span);
        Ok(Some(InPlace {
            source,
            source_ty,
            applies,
            written,
            appends_rest,
        }))
    }

    /// std's `FromIterator` of a `vec::IntoIter` itself keeps its buffer
    /// (what is left moved to the front) unless the iterator has moved on
    /// and what is left fills less than half of the capacity.
    fn keeps_into_iter_buffer(&mut self, stream: &Stream, source: LocalId, source_ty: &Ty, span: Span) -> Rvalue {
        let Source::Elements { front, back, .. } = &stream.source else {
            return Rvalue::Use(Operand::Const(Const::Bool(false)));
        };
        let usize_ty = Ty::Int(IntTy::Usize);
        let copy = |local: LocalId| Operand::Copy(Place::local(local), span);
        let test = |this: &mut Self, op: BinOp, a: Operand, b: Operand| {
            let temp = this.new_temp(Ty::Bool, span);
            let compare = Rvalue::binary(op, Ty::Int(IntTy::Usize), a, b);
            this.push(StatementKind::Assign(Place::local(temp), compare), span);
            Operand::Copy(Place::local(temp), span)
        };
        let untouched = test(self, BinOp::Eq, copy(*front), int(0));
        let left = self.usize_value(
            Rvalue::binary(BinOp::Sub, usize_ty.clone(), copy(*back), copy(*front)),
            span,
        );
        let vec = self.borrow_temp(Mutability::Not, Place::local(source), source_ty, span);
        let cap = self.usize_value(Rvalue::Intrinsic(Intrinsic::Capacity, vec![vec]), span);
        let half = self.usize_value(Rvalue::binary(BinOp::Div, usize_ty, cap, int(2)), span);
        let fills_half = test(self, BinOp::Ge, left, half);
        Rvalue::binary(BinOp::BitOr, Ty::Bool, untouched, fills_half)
    }

    /// The start of the ordinary path: a `Vec` of exactly the length std
    /// knows (`TrustedLen`), or an empty one that grows; a kept
    /// `vec::IntoIter` alone is appended to an empty `Vec` after one
    /// `reserve` of its length.
    pub(super) fn start_ordinary_collect(
        &mut self,
        state: Option<&InPlace>,
        result: LocalId,
        trusted: bool,
        len: Operand,
        span: Span,
    ) -> Result<()> {
        let start = |this: &mut Self| {
            let result_ty = this.locals[result].ty.clone();
            match state {
                Some(state) if state.appends_rest => {
                    let vec = this.borrow_temp(Mutability::Mut, Place::local(result), &result_ty, span);
                    this.push_unit_call(Intrinsic::Reserve, vec![vec, len], span);
                }
                _ => {
                    let start = if trusted {
                        Rvalue::Intrinsic(Intrinsic::VecWithCapacity, vec![len])
                    } else {
                        Rvalue::Intrinsic(Intrinsic::VecNew, Vec::new())
                    };
                    this.push(StatementKind::Assign(Place::local(result), start), span);
                }
            }
            Ok(())
        };
        match state {
            None => start(self),
            Some(state) if trusted => self.by_collect_path(state, span, |_| {}, start),
            Some(_) => Ok(()),
        }
    }

    /// Lowers `in_place` where the collect reuses the buffer and
    /// `ordinary` where it does not; goes on after both.
    pub(super) fn by_collect_path(
        &mut self,
        state: &InPlace,
        span: Span,
        in_place: impl FnOnce(&mut Self),
        ordinary: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let (reuse, allocate, join) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Terminator::If {
            cond: Operand::Copy(Place::local(state.applies), span),
            then_block: reuse,
            else_block: allocate,
        });
        self.current = reuse;
        in_place(self);
        self.terminate(Terminator::Goto(join));
        self.current = allocate;
        ordinary(self)?;
        self.terminate(Terminator::Goto(join));
        self.current = join;
        Ok(())
    }

    /// One item collected in place: written at the write index, which
    /// moves on.
    pub(super) fn write_in_place(&mut self, state: &InPlace, item: LocalId, ty: &Ty, span: Span) {
        let source = self.borrow_temp(Mutability::Mut, Place::local(state.source), &state.source_ty, span);
        let index = Operand::Copy(Place::local(state.written), span);
        let moved = self.consume(Place::local(item), ty, span);
        self.push_unit_call(Intrinsic::InPlaceWrite, vec![source, index, moved], span);
        self.increment_local(state.written, &Ty::Int(IntTy::Usize), span);
    }

    /// The end of an in-place collect: the source's buffer becomes `result`.
    pub(super) fn finish_in_place_collect(&mut self, state: &InPlace, result: LocalId, span: Span) -> Result<()> {
        self.by_collect_path(
            state,
            span,
            |this| {
                let source = Operand::Move(Place::local(state.source), span);
                let written = Operand::Copy(Place::local(state.written), span);
                this.push(
                    StatementKind::Assign(
                        Place::local(result),
                        Rvalue::Intrinsic(Intrinsic::InPlaceCollected, vec![source, written]),
                    ),
                    span,
                );
            },
            |_| Ok(()),
        )
    }
}
