//! What the iterators over a string read from it: `chars`, `char_indices`,
//! `bytes`, `split_whitespace`, `split` and `lines` step through the bytes
//! by index; and `next` and `len` of std's iterators kept as values.

use super::*;

impl Machine<'_> {
    /// `next` and `len` of a `std::slice::Iter`/`IterMut`, `std::str::Chars`
    /// or `std::ops::Range` behind the pointer: `next` reads the first item
    /// and moves the struct one item on. `None` for other intrinsics.
    pub(super) fn call_iterator_value_intrinsic(
        &mut self,
        intrinsic: Intrinsic,
        args: &[Value],
        span: Span,
    ) -> Exec<Option<Value>> {
        use Intrinsic as I;
        let (
            I::SliceIterNext | I::IterLen | I::CharsNext | I::RangeNext | I::RangeInclusiveNext | I::VecIntoIterNext,
            [Value::Ptr(iterator)],
        ) = (intrinsic, args)
        else {
            return Ok(None);
        };
        let Value::Tuple(fields) = self.value_at(iterator.alloc, &iterator.path, span)?.clone() else {
            return Err(internal("an iterator that is not a struct", span));
        };
        let none = Value::Enum {
            variant: 0,
            fields: Vec::new(),
        };
        let some = |item: Value| Value::Enum {
            variant: 1,
            fields: vec![item],
        };
        // The rest of a slice or text after its first `width` elements or bytes.
        let rest = |held: &Pointer, from: usize, to: usize, width: usize| {
            vec![Value::Ptr(Pointer {
                range: Some((from + width, to)),
                ..held.clone()
            })]
        };
        // Handing out an item of a slice or text freed under the iterator
        // (a what-if run) is where the run stops.
        if let (I::SliceIterNext | I::CharsNext, [Value::Ptr(held)]) = (intrinsic, fields.as_slice())
            && !self.memory.get(held.alloc).is_some_and(|a| a.live)
        {
            return Err(self.dangling(held.alloc, span));
        }
        let (item, advanced) = match (intrinsic, fields.as_slice()) {
            (I::RangeNext, [Value::Int(start), Value::Int(end)]) if start < end => (
                some(Value::Int(*start)),
                Some(vec![Value::Int(start + 1), Value::Int(*end)]),
            ),
            (I::RangeNext, [Value::Int(_), Value::Int(_)]) => (none, None),
            // std's `RangeInclusive::next`: empty once exhausted or past `end`.
            (I::RangeInclusiveNext, [Value::Int(start), Value::Int(end), Value::Bool(exhausted)])
                if *exhausted || start > end =>
            {
                (none, None)
            }
            (I::RangeInclusiveNext, [Value::Int(start), Value::Int(end), Value::Bool(_)]) => {
                let (next, exhausted) = if start < end {
                    (start + 1, false)
                } else {
                    (*start, true)
                };
                let advanced = vec![Value::Int(next), Value::Int(*end), Value::Bool(exhausted)];
                (some(Value::Int(*start)), Some(advanced))
            }
            (
                I::IterLen,
                [
                    Value::Ptr(Pointer {
                        range: Some((from, to)),
                        ..
                    }),
                ],
            ) => {
                return Ok(Some(Value::Int((to - from) as i128)));
            }
            (I::IterLen, [Value::Vec { len, .. }, Value::Int(next)]) => {
                return Ok(Some(Value::Int(*len as i128 - next)));
            }
            (
                I::VecIntoIterNext,
                [
                    vec @ Value::Vec {
                        buf: Some(buf), len, ..
                    },
                    Value::Int(next),
                ],
            ) if (*next as usize) < *len => {
                let taken = std::mem::replace(self.value_mut(*buf, &[*next as usize], span)?, Value::Moved);
                (some(taken), Some(vec![vec.clone(), Value::Int(next + 1)]))
            }
            (I::VecIntoIterNext, [Value::Vec { .. }, Value::Int(_)]) => (none, None),
            (
                I::SliceIterNext,
                [
                    Value::Ptr(
                        held @ Pointer {
                            range: Some((from, to)),
                            ..
                        },
                    ),
                ],
            ) if from < to => {
                let mut path = held.path.clone();
                path.push(*from);
                let element = Pointer {
                    kind: held.kind,
                    alloc: held.alloc,
                    path,
                    range: None,
                };
                // std's iterator over zero-sized elements counts instead of pointing.
                if self
                    .place_ty_of_pointer(&element, span)
                    .is_some_and(|ty| self.size_of(&ty) == 0)
                {
                    return Err(Stop::error(Diagnostic::unsupported(
                        "a slice iterator over a zero-sized type kept as a value",
                        span,
                    )));
                }
                (some(Value::Ptr(element)), Some(rest(held, *from, *to, 1)))
            }
            (I::SliceIterNext, [Value::Ptr(_)]) => (none, None),
            (
                I::CharsNext,
                [
                    Value::Ptr(
                        held @ Pointer {
                            range: Some((from, to)),
                            ..
                        },
                    ),
                ],
            ) => {
                let bytes = self.str_bytes(held, span)?;
                match text_from(&bytes, 0, span)?.chars().next() {
                    Some(c) => (some(Value::Char(c)), Some(rest(held, *from, *to, c.len_utf8()))),
                    None => (none, None),
                }
            }
            _ => return Err(internal(format!("{intrinsic:?} of {fields:?}"), span)),
        };
        if let Some(advanced) = advanced {
            *self.value_mut(iterator.alloc, &iterator.path, span)? = Value::Tuple(advanced);
        }
        Ok(Some(item))
    }

    /// One [`StrAt`] reading of the `&str` `text` at byte `index`.
    pub(super) fn str_at(&self, reading: StrAt, text: &Pointer, index: usize, span: Span) -> Exec<Value> {
        let bytes = self.str_bytes(text, span)?;
        // `bytes` reads inside a `char` too.
        if reading == StrAt::Byte {
            return Ok(Value::Int(i128::from(bytes.get(index).copied().unwrap_or_default())));
        }
        let rest = text_from(&bytes, index, span)?;
        let first = rest.chars().next();
        let after = |found: Option<usize>| Value::Int((index + found.unwrap_or(rest.len())) as i128);
        Ok(match reading {
            StrAt::Char => Value::Char(first.ok_or_else(|| internal("a char past the end", span))?),
            StrAt::CharWidth => Value::Int(first.map_or(0, char::len_utf8) as i128),
            StrAt::CharWidthBefore => {
                let before = bytes
                    .get(..index)
                    .and_then(|head| std::str::from_utf8(head).ok())
                    .ok_or_else(|| internal("a string index off a char boundary", span))?;
                Value::Int(before.chars().next_back().map_or(0, char::len_utf8) as i128)
            }
            StrAt::Byte => return Err(internal("a byte read as a `char`", span)),
            StrAt::WordStart => after(rest.find(|c: char| !c.is_whitespace())),
            StrAt::WordEnd => after(rest.find(char::is_whitespace)),
            StrAt::LineEnd => after(rest.lines().next().map(str::len)),
            StrAt::LineNext => after(rest.find('\n').map(|newline| newline + 1)),
            StrAt::MatchStart | StrAt::MatchEnd => return Err(internal("a match read without a pattern", span)),
        })
    }

    /// Where the next match of `split`'s `pattern` in `text` from byte
    /// `index` starts or ends (the length when there is none).
    pub(super) fn str_match(
        &self,
        reading: StrAt,
        text: &Pointer,
        index: usize,
        pattern: &Value,
        span: Span,
    ) -> Exec<Value> {
        let pattern = match pattern {
            Value::Char(c) => c.to_string(),
            Value::Ptr(pointer) => String::from_utf8(self.str_bytes(pointer, span)?)
                .map_err(|_| internal("a pattern that is not UTF-8", span))?,
            other => return Err(internal(format!("a split pattern {other:?}"), span)),
        };
        // An empty pattern matches between every two `char`s: not modelled.
        if pattern.is_empty() {
            return Err(Stop::error(Diagnostic::unsupported(
                "splitting at an empty pattern",
                span,
            )));
        }
        let bytes = self.str_bytes(text, span)?;
        let rest = text_from(&bytes, index, span)?;
        let found = rest.find(pattern.as_str());
        let offset = match reading {
            StrAt::MatchStart => found,
            StrAt::MatchEnd => found.map(|start| start + pattern.len()),
            _ => return Err(internal("a string reading with a pattern", span)),
        };
        Ok(Value::Int((index + offset.unwrap_or(rest.len())) as i128))
    }
}

/// The text of `bytes` from byte `index` on.
fn text_from(bytes: &[u8], index: usize, span: Span) -> Exec<&str> {
    bytes
        .get(index..)
        .and_then(|tail| std::str::from_utf8(tail).ok())
        .ok_or_else(|| internal("a string index off a char boundary", span))
}
