//! `Vec`, `String` and `str` methods beyond pushing, with std's capacity
//! behaviour: growth is amortised like `RawVec` (see [`grown_capacity`]),
//! `with_capacity`, `repeat` and `join` allocate exactly, `shrink_to_fit`
//! reallocates to the length.

use super::*;
use std::cmp::Ordering;
use std::rc::Rc;

impl Machine<'_> {
    pub(super) fn call_collection_intrinsic(
        &mut self,
        intrinsic: Intrinsic,
        args: &[Value],
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Option<Value>> {
        use Intrinsic as I;
        let unit = Value::Tuple(Vec::new());
        let value = match (intrinsic, args) {
            (I::VecInsert, [Value::Ptr(vec), Value::Int(index), item]) => {
                let (mut items, cap, element) = self.vec_items(vec, span)?;
                let (index, len) = (*index as usize, items.len());
                if index > len {
                    return Err(panic_stop(
                        &format!("insertion index (is {index}) should be <= len (is {len})"),
                        span,
                    ));
                }
                items.insert(index, item.clone());
                let cap = self.amortised(cap, len + 1, &element);
                self.store_vec(vec, items, cap, &element, span, observer)?;
                unit
            }
            (I::VecRemove, [Value::Ptr(vec), Value::Int(index)]) => {
                let (mut items, cap, element) = self.vec_items(vec, span)?;
                let (index, len) = (*index as usize, items.len());
                if index >= len {
                    return Err(panic_stop(
                        &format!("removal index (is {index}) should be < len (is {len})"),
                        span,
                    ));
                }
                let removed = items.remove(index);
                self.store_vec(vec, items, cap, &element, span, observer)?;
                removed
            }
            (I::StringFromUtf8, [Value::Vec { buf, len, cap }, message @ ..]) => {
                let bytes = match buf.map(|b| &self.memory[b].value) {
                    Some(Value::Array(items)) => items[..*len].iter().map(byte_of).collect::<Exec<Vec<u8>>>()?,
                    _ => Vec::new(),
                };
                if let Err(error) = String::from_utf8(bytes.clone()) {
                    return Err(self.unwrap_failed(message, &format!("{error:?}"), span)?);
                }
                // The same allocation, now holding the string's bytes.
                if let Some(buf) = buf {
                    self.memory[*buf].value = Value::Bytes(bytes);
                    self.memory[*buf].ty = Cow::Owned(Ty::Str);
                }
                Value::String {
                    buf: *buf,
                    len: *len,
                    cap: *cap,
                }
            }
            (I::StrFromUtf8, [Value::Ptr(slice), message @ ..]) => {
                if !matches!(self.value_at(slice.alloc, &slice.path, span)?, Value::Bytes(_)) {
                    return Err(Stop::error(Diagnostic::unsupported(
                        "`std::str::from_utf8` of bytes outside a string (a `&str` into a `Vec<u8>` or an array)",
                        span,
                    )));
                }
                if let Err(error) = std::str::from_utf8(&self.str_bytes(slice, span)?) {
                    return Err(self.unwrap_failed(message, &format!("{error:?}"), span)?);
                }
                Value::Ptr(Pointer {
                    kind: PointerKind::Shared,
                    ..slice.clone()
                })
            }
            (I::VecSort, [Value::Ptr(vec)]) => {
                let (mut items, cap, element) = self.vec_items(vec, span)?;
                // A stable sort, like `sort`; `sort_unstable` gives the same
                // result for the values the model can order.
                items.sort_by(|a, b| self.compare(a, b));
                self.store_vec(vec, items, cap, &element, span, observer)?;
                unit
            }
            (I::VecContains, [Value::Ptr(vec), Value::Ptr(needle)]) => {
                let (items, _, _) = self.vec_items(vec, span)?;
                let needle = self.value_at(needle.alloc, &needle.path, span)?.clone();
                Value::Bool(
                    items
                        .iter()
                        .any(|item| self.partial_compare(item, &needle) == Some(Ordering::Equal)),
                )
            }
            (I::VecDedup, [Value::Ptr(vec)]) => {
                let (items, cap, element) = self.vec_items(vec, span)?;
                let mut kept: Vec<Value> = Vec::with_capacity(items.len());
                let mut dropped = Vec::new();
                for item in items {
                    // `same_bucket(current, previous)`: `current == previous`.
                    match kept.last() {
                        Some(previous) if self.partial_compare(&item, previous) == Some(Ordering::Equal) => {
                            dropped.push(item)
                        }
                        _ => kept.push(item),
                    }
                }
                self.store_vec(vec, kept, cap, &element, span, observer)?;
                for value in dropped {
                    self.drop_value(value, &element, span, observer)?;
                }
                unit
            }
            (I::VecExtend, [Value::Ptr(vec), Value::Vec { buf, len, .. }]) => {
                let (mut items, cap, element) = self.vec_items(vec, span)?;
                if let Some(other) = buf {
                    if let Value::Array(moved) = &self.memory[*other].value {
                        items.extend(moved[..*len].iter().cloned());
                    }
                    self.free(*other, observer);
                }
                let cap = self.amortised(cap, items.len(), &element);
                self.store_vec(vec, items, cap, &element, span, observer)?;
                unit
            }
            (I::VecExtendFromSlice, [Value::Ptr(vec), Value::Ptr(slice)]) => {
                let (start, end) = slice.range.ok_or_else(|| internal("a slice without a range", span))?;
                let copied = match self.value_at(slice.alloc, &slice.path, span)? {
                    Value::Array(items) | Value::Tuple(items) => items.get(start..end).map(<[Value]>::to_vec),
                    _ => None,
                }
                .ok_or_else(|| internal("a slice outside its buffer", span))?;
                let mut clones = Vec::with_capacity(copied.len());
                for item in &copied {
                    clones.push(self.clone_value(item, span, observer)?);
                }
                let (mut items, cap, element) = self.vec_items(vec, span)?;
                items.extend(clones);
                let cap = self.amortised(cap, items.len(), &element);
                self.store_vec(vec, items, cap, &element, span, observer)?;
                unit
            }
            (I::VecAppend, [Value::Ptr(vec), Value::Ptr(other)]) => {
                let (mut items, cap, element) = self.vec_items(vec, span)?;
                let (moved, other_cap, _) = self.vec_items(other, span)?;
                items.extend(moved);
                self.store_vec(other, Vec::new(), other_cap, &element, span, observer)?;
                let cap = self.amortised(cap, items.len(), &element);
                self.store_vec(vec, items, cap, &element, span, observer)?;
                unit
            }
            (I::VecJoin, [Value::Ptr(vec), Value::Ptr(separator)]) => {
                let items = self.element_values(vec, span)?;
                let separator = self.str_bytes(separator, span)?;
                let mut bytes = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        bytes.extend_from_slice(&separator);
                    }
                    bytes.extend(self.text_bytes(item, span)?);
                }
                self.new_string(bytes, span, observer)?
            }
            (I::Truncate, [Value::Ptr(target), rest @ ..]) => {
                let new_len = match rest {
                    [Value::Int(n)] => *n as usize,
                    _ => 0,
                };
                self.truncate(target, new_len, span, observer)?;
                unit
            }
            (I::Reserve, [Value::Ptr(target), Value::Int(extra)]) => {
                self.resize_buffer(target, |len, cap, this, element| {
                    if cap - len >= *extra as usize {
                        cap
                    } else {
                        this.amortised(cap, len + *extra as usize, element)
                    }
                })?
                .apply(self, target, span, observer)?;
                unit
            }
            (I::ShrinkToFit, [Value::Ptr(target)]) => {
                self.resize_buffer(target, |len, cap, _, _| cap.min(len))?
                    .apply(self, target, span, observer)?;
                unit
            }
            (I::IsEmpty, [Value::Ptr(pointer)]) => match pointer.range {
                Some((start, end)) => Value::Bool(start == end),
                None => match self.value_at(pointer.alloc, &pointer.path, span)? {
                    Value::Vec { len, .. } | Value::String { len, .. } => Value::Bool(*len == 0),
                    other => return Err(internal(format!("is_empty of {other:?}"), span)),
                },
            },
            (I::StringInsert, [Value::Ptr(string), Value::Int(index), inserted]) => {
                let (mut bytes, cap) = self.string_bytes(string, span)?;
                let index = *index as usize;
                if !is_char_boundary(&bytes, index) {
                    return Err(panic_stop("assertion failed: self.is_char_boundary(idx)", span));
                }
                let extra = match inserted {
                    Value::Char(c) => c.to_string().into_bytes(),
                    Value::Ptr(text) => self.str_bytes(text, span)?,
                    other => return Err(internal(format!("insert of {other:?}"), span)),
                };
                bytes.splice(index..index, extra);
                let cap = grown_if_needed(cap, bytes.len(), 1);
                self.store_string(string, bytes, cap, span, observer)?;
                unit
            }
            (I::StringRemove, [Value::Ptr(string), Value::Int(index)]) => {
                let (mut bytes, cap) = self.string_bytes(string, span)?;
                let index = *index as usize;
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let Some(removed) = text.get(index..).and_then(|rest| rest.chars().next()) else {
                    let message = if index >= bytes.len() {
                        "cannot remove a char from the end of a string".to_string()
                    } else {
                        format!("byte index {index} is not a char boundary")
                    };
                    return Err(panic_stop(&message, span));
                };
                bytes.drain(index..index + removed.len_utf8());
                self.store_string(string, bytes, cap, span, observer)?;
                Value::Char(removed)
            }
            (I::StringPop, [Value::Ptr(string)]) => {
                let (mut bytes, cap) = self.string_bytes(string, span)?;
                let text = String::from_utf8_lossy(&bytes).into_owned();
                match text.chars().next_back() {
                    Some(last) => {
                        bytes.truncate(bytes.len() - last.len_utf8());
                        self.store_string(string, bytes, cap, span, observer)?;
                        some(Value::Char(last))
                    }
                    None => none(),
                }
            }
            (I::StringAdd, [string, Value::Ptr(text)]) => {
                let extra = self.str_bytes(text, span)?;
                let scratch = self.allocate(AllocKind::Scratch, string.clone(), Ty::String, 0);
                let place = Pointer {
                    kind: PointerKind::Unique,
                    alloc: scratch,
                    path: Vec::new(),
                    range: None,
                };
                self.string_append(&place, &extra, span, observer)?;
                self.memory[scratch].live = false;
                std::mem::replace(&mut self.memory[scratch].value, Value::Moved)
            }
            (I::StrToUppercase | I::StrToLowercase, [Value::Ptr(text)]) => {
                let source = String::from_utf8_lossy(&self.str_bytes(text, span)?).into_owned();
                let converted = if intrinsic == I::StrToUppercase {
                    source.to_uppercase()
                } else {
                    source.to_lowercase()
                };
                // std starts with the source's length and pushes char by char.
                let mut cap = source.len();
                let mut len = 0;
                for c in converted.chars() {
                    len += c.len_utf8();
                    cap = grown_if_needed(cap, len, 1);
                }
                self.string_with_capacity(converted.into_bytes(), cap, span, observer)?
            }
            (I::StrTrim | I::StrTrimStart | I::StrTrimEnd, [Value::Ptr(text)]) => {
                let source = String::from_utf8_lossy(&self.str_bytes(text, span)?).into_owned();
                let trimmed = match intrinsic {
                    I::StrTrim => source.trim(),
                    I::StrTrimStart => source.trim_start(),
                    _ => source.trim_end(),
                };
                let offset = trimmed.as_ptr() as usize - source.as_ptr() as usize;
                let (start, _) = text.range.ok_or_else(|| internal("str without a range", span))?;
                Value::Ptr(Pointer {
                    range: Some((start + offset, start + offset + trimmed.len())),
                    ..text.clone()
                })
            }
            (I::StrStartsWith | I::StrEndsWith | I::StrContains, [Value::Ptr(text), pattern]) => {
                let text = String::from_utf8_lossy(&self.str_bytes(text, span)?).into_owned();
                let pattern = match pattern {
                    Value::Ptr(pattern) => String::from_utf8_lossy(&self.str_bytes(pattern, span)?).into_owned(),
                    Value::Char(c) => c.to_string(),
                    other => return Err(internal(format!("a str pattern {other:?}"), span)),
                };
                Value::Bool(match intrinsic {
                    I::StrStartsWith => text.starts_with(&pattern),
                    I::StrEndsWith => text.ends_with(&pattern),
                    _ => text.contains(&pattern),
                })
            }
            (
                I::StrFind
                | I::StrRfind
                | I::StrStripPrefix
                | I::StrStripSuffix
                | I::StrTrimStartMatches
                | I::StrTrimEndMatches,
                [Value::Ptr(text), pattern],
            ) => self.str_search(intrinsic, text, pattern, span)?,
            (I::StrRepeat, [Value::Ptr(text), Value::Int(count)]) => {
                let bytes = self.str_bytes(text, span)?;
                let total = bytes.len().checked_mul(*count as usize);
                if total.is_none_or(|total| total > self.limits.max_heap_bytes) {
                    return Err(self.heap_budget_error(span));
                }
                self.new_string(bytes.repeat(*count as usize), span, observer)?
            }
            (I::StrReplace, [Value::Ptr(text), Value::Ptr(from), Value::Ptr(to)]) => {
                let text = String::from_utf8_lossy(&self.str_bytes(text, span)?).into_owned();
                let from = String::from_utf8_lossy(&self.str_bytes(from, span)?).into_owned();
                let to = String::from_utf8_lossy(&self.str_bytes(to, span)?).into_owned();
                // std pushes the pieces into a String made with the source's length.
                let (mut cap, mut len, mut last) = (text.len(), 0, 0);
                let mut push = |piece: usize| {
                    len += piece;
                    cap = grown_if_needed(cap, len, 1);
                };
                for (start, part) in text.match_indices(&from) {
                    push(start - last);
                    push(to.len());
                    last = start + part.len();
                }
                push(text.len() - last);
                if len > self.limits.max_heap_bytes {
                    return Err(self.heap_budget_error(span));
                }
                self.string_with_capacity(text.replace(&from, &to).into_bytes(), cap, span, observer)?
            }
            (I::Slice, [Value::Ptr(container), Value::Int(start), Value::Int(end)]) => {
                self.slice(container, *start, *end, false, span)?
            }
            (I::VecDrainEnd, [Value::Ptr(vec), Value::Int(start), Value::Int(end)]) => {
                let (mut items, cap, element) = self.vec_items(vec, span)?;
                let range = (*start as usize)..(*end as usize);
                if range.end > items.len() {
                    return Err(internal("a drained range past the end", span));
                }
                let left: Vec<Value> = items.drain(range).collect();
                // `Drain`'s drop: what was not taken, in order, then the tail.
                for value in left {
                    if !matches!(value, Value::Moved | Value::Uninit) {
                        self.drop_value(value, &element, span, observer)?;
                    }
                }
                self.store_vec(vec, items, cap, &element, span, observer)?;
                unit
            }
            (I::TakeElement, [Value::Ptr(container), Value::Int(index)]) => {
                let (alloc, mut path) = match self.value_at(container.alloc, &container.path, span)? {
                    Value::Vec { buf: Some(buf), .. } => (*buf, Vec::new()),
                    _ => (container.alloc, container.path.clone()),
                };
                path.push(*index as usize);
                std::mem::replace(self.value_mut(alloc, &path, span)?, Value::Moved)
            }
            (I::InPlaceCollectible, [Value::Ptr(result), Value::Ptr(source)]) => {
                self.in_place_collectible(result, source, span)?
            }
            (I::InPlaceWrite, [Value::Ptr(source), Value::Int(index), item]) => {
                self.in_place_write(source, *index as usize, item.clone(), span)?
            }
            (I::InPlaceCollected, [source, Value::Int(written)]) => {
                self.in_place_collected(source, *written as usize, span, observer)?
            }
            _ => return self.call_iterator_value_intrinsic(intrinsic, args, span),
        };
        Ok(Some(value))
    }

    /// A search of `text` for a `char` or `&str` pattern, as std's methods
    /// of those names do; the `&str` results point into the same bytes.
    fn str_search(&self, intrinsic: Intrinsic, text: &Pointer, pattern: &Value, span: Span) -> Exec<Value> {
        use Intrinsic as I;
        let source = String::from_utf8_lossy(&self.str_bytes(text, span)?).into_owned();
        let pattern = match pattern {
            Value::Char(c) => c.to_string(),
            Value::Ptr(p) => String::from_utf8_lossy(&self.str_bytes(p, span)?).into_owned(),
            other => return Err(internal(format!("a str pattern {other:?}"), span)),
        };
        let (start, _) = text.range.ok_or_else(|| internal("str without a range", span))?;
        let sub = |part: &str| {
            let offset = part.as_ptr() as usize - source.as_ptr() as usize;
            Value::Ptr(Pointer {
                range: Some((start + offset, start + offset + part.len())),
                ..text.clone()
            })
        };
        let position = |found: Option<usize>| found.map_or_else(none, |i| some(Value::Int(i as i128)));
        Ok(match intrinsic {
            I::StrFind => position(source.find(pattern.as_str())),
            I::StrRfind => position(source.rfind(pattern.as_str())),
            I::StrStripPrefix => source
                .strip_prefix(pattern.as_str())
                .map_or_else(none, |p| some(sub(p))),
            I::StrStripSuffix => source
                .strip_suffix(pattern.as_str())
                .map_or_else(none, |p| some(sub(p))),
            I::StrTrimStartMatches => sub(source.trim_start_matches(pattern.as_str())),
            _ => sub(source.trim_end_matches(pattern.as_str())),
        })
    }

    /// `&c[start..end]`: a pointer to the range, after std's bounds checks.
    /// `as_bytes` when the result is a `&[u8]`, whose ends need not be char
    /// boundaries even where it points into a string's bytes.
    pub(super) fn slice(
        &mut self,
        container: &Pointer,
        start: i128,
        end: i128,
        as_bytes: bool,
        span: Span,
    ) -> Exec<Value> {
        // Where the elements or bytes are, where the range starts there, and
        // how many there are; `text` for `String` and `str`.
        let (alloc, path, base, len, text) =
            match (container.range, self.value_at(container.alloc, &container.path, span)?) {
                (Some((from, to)), Value::Bytes(_)) => (container.alloc, container.path.clone(), from, to - from, true),
                (Some((from, to)), _) => (container.alloc, container.path.clone(), from, to - from, false),
                (None, Value::Vec { buf, len, .. }) => (buf.unwrap_or(container.alloc), Vec::new(), 0, *len, false),
                (None, Value::String { buf, len, .. }) => match buf {
                    Some(buf) => (*buf, Vec::new(), 0, *len, true),
                    None => {
                        let Value::Ptr(empty) = self.constant(&Const::Str(String::new())) else {
                            return Err(internal("empty literal", span));
                        };
                        (empty.alloc, Vec::new(), 0, 0, true)
                    }
                },
                (None, Value::Tuple(items)) => (container.alloc, container.path.clone(), 0, items.len(), false),
                (_, other) => return Err(internal(format!("slice of {other:?}"), span)),
            };
        let text = text && !as_bytes;
        let (start, end) = (start as usize, if end < 0 { len } else { end as usize });
        if start > end {
            return Err(panic_stop(
                &format!("slice index starts at {start} but ends at {end}"),
                span,
            ));
        }
        if end > len {
            let what = if text { "byte index" } else { "range end index" };
            return Err(panic_stop(
                &format!("{what} {end} out of range for slice of length {len}"),
                span,
            ));
        }
        if text {
            let bytes = match self.value_at(alloc, &path, span)? {
                Value::Bytes(bytes) => bytes[base..base + len].to_vec(),
                _ => Vec::new(),
            };
            for index in [start, end] {
                if !is_char_boundary(&bytes, index) {
                    return Err(panic_stop(&format!("byte index {index} is not a char boundary"), span));
                }
            }
        }
        Ok(Value::Ptr(Pointer {
            kind: container.kind,
            alloc,
            path,
            range: Some((base + start, base + end)),
        }))
    }

    /// A `Vec`'s elements (cloned out), capacity and element type.
    pub(super) fn vec_items(&self, vec: &Pointer, span: Span) -> Exec<(Vec<Value>, usize, Ty)> {
        let Value::Vec { buf, len, cap } = self.value_at(vec.alloc, &vec.path, span)?.clone() else {
            return Err(internal("Vec method on a non-Vec", span));
        };
        let element = match buf {
            Some(buf) => Ty::clone(&self.memory[buf].ty),
            None => match self.place_ty_of_pointer(vec, span) {
                Some(Ty::Vec(element)) => Rc::unwrap_or_clone(element),
                _ => return Err(internal("a Vec of unknown element type", span)),
            },
        };
        let items = match buf.map(|b| &self.memory[b].value) {
            Some(Value::Array(items)) => items[..len].to_vec(),
            _ => Vec::new(),
        };
        Ok((items, cap, element))
    }

    /// Stores elements into the `Vec` at `vec` with capacity `cap`,
    /// reallocating its buffer when the capacity changes.
    pub(super) fn store_vec(
        &mut self,
        vec: &Pointer,
        items: Vec<Value>,
        cap: usize,
        element: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let Value::Vec { buf, cap: old_cap, .. } = self.value_at(vec.alloc, &vec.path, span)?.clone() else {
            return Err(internal("store into a non-Vec", span));
        };
        let len = items.len();
        let buf = match buf {
            Some(buf) if cap == old_cap => {
                self.memory[buf].value = Value::Array(items);
                Some(buf)
            }
            old => {
                let new = if cap == 0 {
                    None
                } else {
                    let size = cap.saturating_mul(self.size_of(element));
                    Some(self.allocate_heap(Value::Array(items), element.clone(), size, span, observer)?)
                };
                if let Some(old) = old {
                    self.free(old, observer);
                }
                new
            }
        };
        *self.value_mut(vec.alloc, &vec.path, span)? = Value::Vec { buf, len, cap };
        Ok(())
    }

    /// A `String`'s bytes (cloned out) and capacity.
    fn string_bytes(&self, string: &Pointer, span: Span) -> Exec<(Vec<u8>, usize)> {
        let Value::String { buf, len, cap } = self.value_at(string.alloc, &string.path, span)? else {
            return Err(internal("String method on a non-String", span));
        };
        let bytes = match buf.map(|b| &self.memory[b].value) {
            Some(Value::Bytes(bytes)) => bytes[..*len].to_vec(),
            _ => Vec::new(),
        };
        Ok((bytes, *cap))
    }

    /// Stores bytes into the `String` at `string` with capacity `cap`,
    /// reallocating its buffer when the capacity changes.
    fn store_string(
        &mut self,
        string: &Pointer,
        bytes: Vec<u8>,
        cap: usize,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let Value::String { buf, cap: old_cap, .. } = self.value_at(string.alloc, &string.path, span)?.clone() else {
            return Err(internal("store into a non-String", span));
        };
        let len = bytes.len();
        let buf = match buf {
            Some(buf) if cap == old_cap => {
                self.memory[buf].value = Value::Bytes(bytes);
                Some(buf)
            }
            old => {
                let new = if cap == 0 {
                    None
                } else {
                    Some(self.allocate_heap(Value::Bytes(bytes), Ty::Str, cap, span, observer)?)
                };
                if let Some(old) = old {
                    self.free(old, observer);
                }
                new
            }
        };
        *self.value_mut(string.alloc, &string.path, span)? = Value::String { buf, len, cap };
        Ok(())
    }

    /// A new `String` of `bytes` with room for `cap` bytes.
    pub(super) fn string_with_capacity(
        &mut self,
        bytes: Vec<u8>,
        cap: usize,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let len = bytes.len();
        let buf = if cap == 0 {
            None
        } else {
            Some(self.allocate_heap(Value::Bytes(bytes), Ty::Str, cap, span, observer)?)
        };
        Ok(Value::String { buf, len, cap })
    }

    /// `truncate(n)` (and `clear()`) of a `Vec` or `String`: the capacity stays.
    fn truncate(&mut self, target: &Pointer, new_len: usize, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        match self.value_at(target.alloc, &target.path, span)? {
            Value::Vec { .. } => {
                let (mut items, cap, element) = self.vec_items(target, span)?;
                if new_len >= items.len() {
                    return Ok(());
                }
                let dropped = items.split_off(new_len);
                self.store_vec(target, items, cap, &element, span, observer)?;
                for value in dropped {
                    self.drop_value(value, &element, span, observer)?;
                }
                Ok(())
            }
            Value::String { .. } => {
                let (mut bytes, cap) = self.string_bytes(target, span)?;
                if new_len >= bytes.len() {
                    return Ok(());
                }
                if !is_char_boundary(&bytes, new_len) {
                    return Err(panic_stop("assertion failed: self.is_char_boundary(new_len)", span));
                }
                bytes.truncate(new_len);
                self.store_string(target, bytes, cap, span, observer)
            }
            other => Err(internal(format!("truncate of {other:?}"), span)),
        }
    }

    /// The panic of `unwrap()` (no message) or `expect(message)` on an
    /// `Err` whose `Debug` text is `error`.
    fn unwrap_failed(&self, message: &[Value], error: &str, span: Span) -> Exec<Stop> {
        let text = match message {
            [Value::Ptr(message)] => String::from_utf8_lossy(&self.str_bytes(message, span)?).into_owned(),
            _ => "called `Result::unwrap()` on an `Err` value".to_owned(),
        };
        Ok(panic_stop(&format!("{text}: {error}"), span))
    }

    /// Plans a capacity change of the `Vec` or `String` at `target`.
    fn resize_buffer(&self, target: &Pointer, new_cap: impl FnOnce(usize, usize, &Self, &Ty) -> usize) -> Exec<Resize> {
        let span = Span::point(1, 1);
        Ok(match self.value_at(target.alloc, &target.path, span)? {
            Value::Vec { .. } => {
                let (items, cap, element) = self.vec_items(target, span)?;
                let cap = new_cap(items.len(), cap, self, &element);
                Resize::Vec(items, cap, element)
            }
            Value::String { .. } => {
                let (bytes, cap) = self.string_bytes(target, span)?;
                let cap = new_cap(bytes.len(), cap, self, &Ty::Int(IntTy::U8));
                Resize::String(bytes, cap)
            }
            other => return Err(internal(format!("capacity change of {other:?}"), span)),
        })
    }

    /// The capacity after making room for `needed` elements of `element`.
    pub(super) fn amortised(&self, cap: usize, needed: usize, element: &Ty) -> usize {
        grown_if_needed(cap, needed, self.size_of(element))
    }

    /// The bytes of a `String` or `&str` value.
    fn text_bytes(&self, value: &Value, span: Span) -> Exec<Vec<u8>> {
        match value {
            Value::Ptr(pointer) if pointer.range.is_some() => self.str_bytes(pointer, span),
            // A reference to a `String` or to a `&str`.
            Value::Ptr(pointer) => self.text_bytes(self.value_at(pointer.alloc, &pointer.path, span)?, span),
            Value::String { buf: None, .. } => Ok(Vec::new()),
            Value::String {
                buf: Some(buf), len, ..
            } => match &self.memory[*buf].value {
                Value::Bytes(bytes) => Ok(bytes[..*len].to_vec()),
                _ => Err(internal("String without bytes", span)),
            },
            other => Err(internal(format!("text of {other:?}"), span)),
        }
    }

    /// `Ord` for the values the model can compare: numbers, `bool`, `char`,
    /// strings by their bytes, tuples and `Vec`s lexicographically.
    pub(super) fn compare(&self, a: &Value, b: &Value) -> Ordering {
        let span = Span::point(1, 1);
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => x.cmp(y),
            (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
            (Value::Char(x), Value::Char(y)) => x.cmp(y),
            (Value::Tuple(xs), Value::Tuple(ys)) => self.compare_all(xs, ys),
            // Derived `Ord` of an enum: the variant first, then its fields
            // (the lowering declines enums whose discriminants are not in
            // declaration order).
            (Value::Enum { variant: x, fields: xs }, Value::Enum { variant: y, fields: ys }) => {
                x.cmp(y).then_with(|| self.compare_all(xs, ys))
            }
            (Value::Vec { .. }, Value::Vec { .. }) => self.compare_all(self.vec_elements(a), self.vec_elements(b)),
            (Value::Ptr(x), Value::Ptr(y)) if x.range.is_none() && y.range.is_none() => {
                match (
                    self.value_at(x.alloc, &x.path, span),
                    self.value_at(y.alloc, &y.path, span),
                ) {
                    (Ok(x), Ok(y)) => self.compare(x, y),
                    _ => Ordering::Equal,
                }
            }
            _ => match (self.text_bytes(a, span), self.text_bytes(b, span)) {
                (Ok(x), Ok(y)) => x.cmp(&y),
                _ => Ordering::Equal,
            },
        }
    }

    /// Like [`Self::compare`], with floats as `PartialOrd` has them: `None`
    /// when a NaN decides (derived comparisons of structs).
    pub(super) fn partial_compare(&self, a: &Value, b: &Value) -> Option<Ordering> {
        let span = Span::point(1, 1);
        match (a, b) {
            (Value::F64(x), Value::F64(y)) => x.partial_cmp(y),
            (Value::F32(x), Value::F32(y)) => x.partial_cmp(y),
            (Value::Tuple(xs), Value::Tuple(ys)) | (Value::Array(xs), Value::Array(ys)) => {
                for (x, y) in xs.iter().zip(ys) {
                    match self.partial_compare(x, y)? {
                        Ordering::Equal => {}
                        order => return Some(order),
                    }
                }
                Some(xs.len().cmp(&ys.len()))
            }
            // Derived `PartialOrd` of an enum: the variant first, then its fields.
            (Value::Enum { variant: x, fields: xs }, Value::Enum { variant: y, fields: ys }) => match x.cmp(y) {
                Ordering::Equal => self.partial_compare(&Value::Tuple(xs.clone()), &Value::Tuple(ys.clone())),
                order => Some(order),
            },
            (Value::Ptr(x), Value::Ptr(y)) if x.range.is_none() && y.range.is_none() => {
                match (
                    self.value_at(x.alloc, &x.path, span),
                    self.value_at(y.alloc, &y.path, span),
                ) {
                    (Ok(x), Ok(y)) => self.partial_compare(x, y),
                    _ => Some(Ordering::Equal),
                }
            }
            (Value::Vec { .. }, Value::Vec { .. }) => {
                let (xs, ys) = (self.vec_elements(a), self.vec_elements(b));
                self.partial_compare(&Value::Tuple(xs.to_vec()), &Value::Tuple(ys.to_vec()))
            }
            _ => Some(self.compare(a, b)),
        }
    }

    /// The elements of a `Vec` value (none for anything else).
    fn vec_elements<'v>(&'v self, value: &'v Value) -> &'v [Value] {
        match value {
            Value::Vec {
                buf: Some(buf), len, ..
            } => match &self.memory[*buf].value {
                Value::Array(items) => items.get(..*len).unwrap_or_default(),
                _ => &[],
            },
            _ => &[],
        }
    }

    fn compare_all(&self, xs: &[Value], ys: &[Value]) -> Ordering {
        xs.iter()
            .zip(ys)
            .map(|(x, y)| self.compare(x, y))
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(xs.len().cmp(&ys.len()))
    }
}

/// A planned capacity change: the contents and the new capacity.
enum Resize {
    Vec(Vec<Value>, usize, Ty),
    String(Vec<u8>, usize),
}

impl Resize {
    fn apply(self, machine: &mut Machine, target: &Pointer, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        match self {
            Resize::Vec(items, cap, element) => machine.store_vec(target, items, cap, &element, span, observer),
            Resize::String(bytes, cap) => machine.store_string(target, bytes, cap, span, observer),
        }
    }
}

/// The capacity after making room for `needed` elements: unchanged when
/// they fit, else grown the way `RawVec` does.
fn grown_if_needed(cap: usize, needed: usize, elem_size: usize) -> usize {
    if needed <= cap {
        cap
    } else {
        grown_capacity(cap, needed, elem_size)
    }
}

fn is_char_boundary(bytes: &[u8], index: usize) -> bool {
    index == 0 || index == bytes.len() || bytes.get(index).is_some_and(|b| (*b as i8) >= -0x40)
}

/// A `u8` element of a `Vec<u8>`'s buffer.
fn byte_of(value: &Value) -> Exec<u8> {
    match value {
        Value::Int(byte) => u8::try_from(*byte).map_err(|_| internal("a byte out of range", Span::point(1, 1))),
        other => Err(internal(format!("a byte that is {other:?}"), Span::point(1, 1))),
    }
}
