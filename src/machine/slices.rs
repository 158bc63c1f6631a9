//! `[T]` methods on the elements a reference reaches: the whole of an array
//! or a `Vec`'s buffer, or the range a slice pointer covers.

use super::*;
use std::cmp::Ordering;

/// Where a slice's elements live: the value holding them and their range.
struct Elements {
    alloc: AllocId,
    path: Vec<usize>,
    start: usize,
    end: usize,
}

impl Machine<'_> {
    pub(super) fn call_slice_intrinsic(
        &mut self,
        intrinsic: Intrinsic,
        args: &[Value],
        result_ty: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Option<Value>> {
        use Intrinsic as I;
        let unit = Value::Tuple(Vec::new());
        let value = match (intrinsic, args) {
            (I::SliceFirst | I::SliceLast, [Value::Ptr(slice)]) => {
                let elements = self.elements(slice, span)?;
                let index = match intrinsic {
                    _ if elements.start == elements.end => None,
                    I::SliceFirst => Some(0),
                    _ => Some(elements.end - elements.start - 1),
                };
                element_ref(slice, elements, index)
            }
            (I::SliceGet, [Value::Ptr(slice), Value::Int(index)]) => {
                let elements = self.elements(slice, span)?;
                let index = usize::try_from(*index)
                    .ok()
                    .filter(|i| *i < elements.end - elements.start);
                element_ref(slice, elements, index)
            }
            (I::SliceSwap, [Value::Ptr(slice), Value::Int(a), Value::Int(b)]) => {
                let items = self.elements_mut(slice, span)?;
                let len = items.len();
                // std indexes `a`, then `b`.
                for index in [*a as usize, *b as usize] {
                    if index >= len {
                        return Err(panic_stop(
                            &format!("index out of bounds: the len is {len} but the index is {index}"),
                            span,
                        ));
                    }
                }
                items.swap(*a as usize, *b as usize);
                unit
            }
            (I::SliceReverse, [Value::Ptr(slice)]) => {
                self.elements_mut(slice, span)?.reverse();
                unit
            }
            (I::SliceSort, [Value::Ptr(slice)]) => {
                // Stable, like `sort`; `sort_unstable` gives the same result
                // for the values the machine orders itself.
                let mut items = self.element_values(slice, span)?;
                items.sort_by(|a, b| self.compare(a, b));
                self.elements_mut(slice, span)?.clone_from_slice(&items);
                unit
            }
            (I::SliceContains, [Value::Ptr(slice), Value::Ptr(needle)]) => {
                let needle = self.value_at(needle.alloc, &needle.path, span)?.clone();
                let items = self.element_values(slice, span)?;
                Value::Bool(
                    items
                        .iter()
                        .any(|item| self.partial_compare(item, &needle) == Some(Ordering::Equal)),
                )
            }
            (I::SliceFill, [Value::Ptr(slice), value]) => {
                self.elements_mut(slice, span)?.fill(value.clone());
                unit
            }
            (I::SliceSplitCheck, [Value::Ptr(slice), Value::Int(mid)]) => {
                let elements = self.elements(slice, span)?;
                if *mid as usize > elements.end - elements.start {
                    return Err(panic_stop("mid > len", span));
                }
                unit
            }
            (I::SliceBinarySearch, [Value::Ptr(slice), Value::Ptr(needle)]) => {
                let needle = self.value_at(needle.alloc, &needle.path, span)?.clone();
                let items = self.element_values(slice, span)?;
                match binary_search(&items, |item| self.compare(item, &needle)) {
                    Ok(index) => Value::Enum {
                        variant: 0,
                        fields: vec![Value::Int(index as i128)],
                    },
                    Err(index) => Value::Enum {
                        variant: 1,
                        fields: vec![Value::Int(index as i128)],
                    },
                }
            }
            (I::SliceToVec, [Value::Ptr(slice)]) => {
                let Ty::Vec(element) = result_ty else {
                    return Err(internal("to_vec into a non-Vec", span));
                };
                let items = self
                    .element_values(slice, span)?
                    .iter()
                    .map(|item| self.clone_value(item, span, observer))
                    .collect::<Exec<Vec<_>>>()?;
                let len = items.len();
                self.new_vec(items, len, element, span, observer)?
            }
            _ => return Ok(None),
        };
        Ok(Some(value))
    }

    /// How many elements a reference to an array, a `Vec` or a slice reaches.
    pub(super) fn slice_len(&self, pointer: &Pointer, span: Span) -> Exec<usize> {
        let elements = self.elements(pointer, span)?;
        Ok(elements.end - elements.start)
    }

    /// The elements a reference to an array, a `Vec` or a slice reaches.
    fn elements(&self, pointer: &Pointer, span: Span) -> Exec<Elements> {
        let at = |alloc, path: &[usize], start, end| Elements {
            alloc,
            path: path.to_vec(),
            start,
            end,
        };
        Ok(
            match (pointer.range, self.value_at(pointer.alloc, &pointer.path, span)?) {
                (Some((start, end)), _) => at(pointer.alloc, &pointer.path, start, end),
                (None, Value::Vec { buf, len, .. }) => at(buf.unwrap_or(pointer.alloc), &[], 0, *len),
                (None, Value::Tuple(items) | Value::Array(items)) => at(pointer.alloc, &pointer.path, 0, items.len()),
                (_, other) => return Err(internal(format!("slice method on {other:?}"), span)),
            },
        )
    }

    pub(super) fn element_values(&self, pointer: &Pointer, span: Span) -> Exec<Vec<Value>> {
        let elements = self.elements(pointer, span)?;
        if elements.start == elements.end {
            return Ok(Vec::new());
        }
        match self.value_at(elements.alloc, &elements.path, span)? {
            Value::Tuple(items) | Value::Array(items) => items
                .get(elements.start..elements.end)
                .map(<[Value]>::to_vec)
                .ok_or_else(|| internal("a slice outside its buffer", span)),
            // A `&[u8]` into a string's buffer.
            Value::Bytes(bytes) => bytes
                .get(elements.start..elements.end)
                .map(|bytes| bytes.iter().map(|&byte| Value::Int(byte.into())).collect())
                .ok_or_else(|| internal("a slice outside its buffer", span)),
            other => Err(internal(format!("elements of {other:?}"), span)),
        }
    }

    fn elements_mut(&mut self, pointer: &Pointer, span: Span) -> Exec<&mut [Value]> {
        let elements = self.elements(pointer, span)?;
        if elements.start == elements.end {
            return Ok(&mut []);
        }
        match self.value_mut(elements.alloc, &elements.path, span)? {
            Value::Tuple(items) | Value::Array(items) => items
                .get_mut(elements.start..elements.end)
                .ok_or_else(|| internal("a slice outside its buffer", span)),
            _ => Err(internal("elements of a non-array", span)),
        }
    }
}

/// `Some(&s[index])` through a reference of `slice`'s kind, or `None`.
fn element_ref(slice: &Pointer, elements: Elements, index: Option<usize>) -> Value {
    let Some(index) = index else {
        return none();
    };
    let mut path = elements.path;
    path.push(elements.start + index);
    some(Value::Ptr(Pointer {
        kind: slice.kind,
        alloc: elements.alloc,
        path,
        range: None,
    }))
}

/// std's `binary_search_by` (since Rust 1.82): halves without stopping at
/// an equal element, so which of several equal elements it finds depends
/// only on the length.
fn binary_search(items: &[Value], mut compare: impl FnMut(&Value) -> Ordering) -> Result<usize, usize> {
    let mut size = items.len();
    if size == 0 {
        return Err(0);
    }
    let mut base = 0;
    while size > 1 {
        let half = size / 2;
        let mid = base + half;
        if compare(&items[mid]) != Ordering::Greater {
            base = mid;
        }
        size -= half;
    }
    match compare(&items[base]) {
        Ordering::Equal => Ok(base),
        Ordering::Less => Err(base + 1),
        Ordering::Greater => Err(base),
    }
}
