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
        // With no adapter, std's own specialisation for `vec::IntoIter`
        // moves what is left to the front or copies it out, by how much of
        // the buffer it fills; a fresh `into_iter()` has moved on nothing.
        let fresh = matches!(strip_parens(&call.receiver), syn::Expr::MethodCall(m) if m.method == "into_iter");
        if stream.adapters.is_empty() && !fresh {
            return unsupported("collecting a kept `vec::IntoIter` without adapters", call);
        }
        let span = call.node_span();
        self.push(
            StatementKind::Assign(Place::local(result), Rvalue::Intrinsic(Intrinsic::VecNew, Vec::new())),
            span,
        );
        let dest = self.borrow_temp(Mutability::Not, Place::local(result), target, span);
        let src = self.borrow_temp(Mutability::Not, Place::local(source), &source_ty, span);
        let decision = Rvalue::Intrinsic(Intrinsic::InPlaceCollectible, vec![dest, src]);
        let applies = self.hidden_local(Ty::Bool, decision, span);
        let written = self.hidden_local(Ty::Int(IntTy::Usize), Rvalue::Use(int(0)), span);
        Ok(Some(InPlace {
            source,
            source_ty,
            applies,
            written,
        }))
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
