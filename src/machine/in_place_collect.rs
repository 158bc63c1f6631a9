//! std's in-place `collect` (`alloc::vec::in_place_collect`): a chain over
//! a consumed `Vec` whose adapters all keep the source's slots free
//! (`map`, `filter`, `enumerate`, `skip`, `take`…) writes its items back into
//! the source's buffer, and the result owns that same allocation.

use super::*;

impl Machine<'_> {
    /// `in_place_collectible::<DEST, SRC>` for one item in, at most one
    /// out: neither type zero-sized, equal alignments, `DEST` no larger.
    /// Reusing the buffer for another element type is declined: the
    /// model's buffers are typed, and could not show it truthfully.
    pub(super) fn in_place_collectible(&self, result: &Pointer, source: &Pointer, span: Span) -> Exec<Value> {
        let element = |pointer: &Pointer| match self.place_ty_of_pointer(pointer, span) {
            Some(Ty::Vec(element)) => Ok(Rc::unwrap_or_clone(element)),
            _ => Err(internal("an in-place collect between non-`Vec`s", span)),
        };
        let (dest, src) = (element(result)?, element(source)?);
        let layout = |ty: &Ty| {
            layout::layout_of_in(ty, &self.program.layout_defs)
                .ok_or_else(|| internal(format!("no layout for `{ty}`"), span))
        };
        let (dest_layout, src_layout) = (layout(&dest)?, layout(&src)?);
        let collectible = dest_layout.size != 0
            && src_layout.size != 0
            && dest_layout.align == src_layout.align
            && src_layout.size >= dest_layout.size;
        if collectible && dest != src {
            return Err(Stop::error(Diagnostic::unsupported(
                format!(
                    "collecting `{src}` items into a `Vec<{dest}>`: std reuses the source's buffer for the new element type, which the model's typed buffers do not hold"
                ),
                span,
            )));
        }
        Ok(Value::Bool(collectible))
    }

    /// Writes a collected item into the source's slot `index`, which the
    /// chain has already read (moved out, or copied out of a `Copy` slot).
    pub(super) fn in_place_write(&mut self, source: &Pointer, index: usize, item: Value, span: Span) -> Exec<Value> {
        let Value::Vec { buf: Some(buf), .. } = *self.value_at(source.alloc, &source.path, span)? else {
            return Err(internal("an in-place write into a `Vec` without a buffer", span));
        };
        let Some(slot) = (match &mut self.memory[buf].value {
            Value::Array(items) => items.get_mut(index),
            _ => None,
        }) else {
            return Err(internal("an in-place write past the source's elements", span));
        };
        *slot = item;
        Ok(Value::Tuple(Vec::new()))
    }

    /// The source `Vec`'s buffer as the result of the collect: its first
    /// `written` slots are the items; the source's items not taken after
    /// them are dropped in place first, in order (std's
    /// `forget_allocation_drop_remaining`). The capacity stays, as the
    /// element type does.
    pub(super) fn in_place_collected(
        &mut self,
        source: &Value,
        written: usize,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let Value::Vec { buf, cap, .. } = *source else {
            return Err(internal("an in-place collect from a non-`Vec`", span));
        };
        let Some(buf) = buf else {
            return Ok(Value::Vec { buf, len: 0, cap });
        };
        let element = Ty::clone(&self.memory[buf].ty);
        let rest = match &mut self.memory[buf].value {
            Value::Array(items) if written <= items.len() => items.split_off(written),
            _ => return Err(internal("an in-place collect wrote past the source", span)),
        };
        for item in rest {
            if !matches!(item, Value::Moved | Value::Uninit) {
                self.drop_value(item, &element, span, observer)?;
            }
        }
        Ok(Value::Vec {
            buf: Some(buf),
            len: written,
            cap,
        })
    }
}
