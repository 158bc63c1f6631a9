//! `HashMap<K, V>` as std's hashbrown table holds it: a power-of-two number
//! of buckets, one allocation for the entries and the control bytes, and
//! hashbrown's growth policy.
//!
//! Which bucket an entry lands in depends on a random hash seed, so std's
//! iteration order is unspecified; the model keeps entries in insertion
//! order (a removal closes the gap). Programs whose output depends on the
//! order are declined where the model can tell (`{:?}` of 2+ entries).

use super::*;
use std::rc::Rc;

/// SSE2's group width: the control bytes mirror this many at their end,
/// and the table is aligned to it.
const GROUP_WIDTH: usize = 16;

/// hashbrown's `capacity_to_buckets` for entries of `entry_size` bytes:
/// at least 4 buckets, 8 up to 7 entries, 16 up to 14, then an eighth of
/// the buckets kept empty. Small entries start bigger, so that the
/// entries fill at least the 16 bytes the control bytes are aligned to.
fn buckets_for(capacity: usize, entry_size: usize) -> Option<usize> {
    if capacity < 15 {
        let least = match entry_size {
            0..=1 => 14,
            2..=3 => 7,
            _ => 3,
        };
        return Some(match capacity.max(least) {
            0..4 => 4,
            4..8 => 8,
            _ => 16,
        });
    }
    Some((capacity.checked_mul(8)? / 7).next_power_of_two())
}

/// hashbrown's `bucket_mask_to_capacity`.
fn capacity_of(buckets: usize) -> usize {
    match buckets {
        0 => 0,
        1..=8 => buckets - 1,
        _ => buckets / 8 * 7,
    }
}

impl Machine<'_> {
    /// The intrinsics of this module; `None` for any other.
    pub(super) fn call_map_intrinsic(
        &mut self,
        intrinsic: Intrinsic,
        args: &[Value],
        result_ty: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Option<Value>> {
        let value = match (intrinsic, args) {
            (Intrinsic::MapNew, []) => Value::Map {
                table: None,
                len: 0,
                buckets: 0,
                growth_known: true,
            },
            (Intrinsic::MapWithCapacity, [Value::Int(capacity)]) => {
                self.map_with_capacity(*capacity as usize, result_ty, span, observer)?
            }
            (Intrinsic::MapInsert, [Value::Ptr(map), key, value]) => {
                self.map_insert(map, key.clone(), value.clone(), span, observer)?
            }
            (Intrinsic::MapGet | Intrinsic::MapGetMut, [Value::Ptr(map), Value::Ptr(query)]) => {
                let kind = if intrinsic == Intrinsic::MapGet {
                    PointerKind::Shared
                } else {
                    PointerKind::Unique
                };
                match self.map_value_pointer(map, query, kind, span)? {
                    Some(pointer) => some(Value::Ptr(pointer)),
                    None => none(),
                }
            }
            (Intrinsic::MapIndex, [Value::Ptr(map), Value::Ptr(query)]) => {
                match self.map_value_pointer(map, query, PointerKind::Shared, span)? {
                    Some(pointer) => Value::Ptr(pointer),
                    None => return Err(panic_stop("no entry found for key", span)),
                }
            }
            (Intrinsic::MapContainsKey, [Value::Ptr(map), Value::Ptr(query)]) => {
                Value::Bool(self.map_find(map, query, span)?.is_some())
            }
            (Intrinsic::MapRemove, [Value::Ptr(map), Value::Ptr(query)]) => {
                self.map_remove(map, query, span, observer)?
            }
            (Intrinsic::MapEntryOrInsert, [Value::Ptr(map), key, value]) => {
                self.map_entry(map, key.clone(), Some(value.clone()), span, observer)?
            }
            (Intrinsic::MapEntryOrDefault, [Value::Ptr(map), key]) => {
                self.map_entry(map, key.clone(), None, span, observer)?
            }
            (Intrinsic::MapEntryAt, [Value::Ptr(map), Value::Int(index)]) => {
                let (table, ..) = self.map_state(map, span)?;
                let table = table.ok_or_else(|| internal("an entry of a map without a table", span))?;
                let part = |kind, part| {
                    Value::Ptr(Pointer {
                        kind,
                        alloc: table,
                        path: vec![*index as usize, part],
                        range: None,
                    })
                };
                let value_kind = match map.kind {
                    PointerKind::Unique => PointerKind::Unique,
                    _ => PointerKind::Shared,
                };
                Value::Tuple(vec![part(PointerKind::Shared, 0), part(value_kind, 1)])
            }
            (Intrinsic::MapClear, [Value::Ptr(map)]) => {
                self.map_clear(map, span, observer)?;
                Value::Tuple(Vec::new())
            }
            (Intrinsic::MapCapacity, [Value::Ptr(map)]) => {
                let (_, _, buckets, growth_known) = self.map_state(map, span)?;
                if !growth_known {
                    return Err(unknown_growth(span));
                }
                Value::Int(capacity_of(buckets) as i128)
            }
            _ => return Ok(None),
        };
        Ok(Some(value))
    }

    /// The map behind a pointer: its table, length, buckets and whether its growth is known.
    fn map_state(&self, map: &Pointer, span: Span) -> Exec<(Option<AllocId>, usize, usize, bool)> {
        match self.value_at(map.alloc, &map.path, span)? {
            Value::Map {
                table,
                len,
                buckets,
                growth_known,
            } => Ok((*table, *len, *buckets, *growth_known)),
            other => Err(internal(format!("map operation on {other:?}"), span)),
        }
    }

    /// The `(K, V)` entry type of the map behind a pointer.
    fn map_entry_ty(&self, map: &Pointer, span: Span) -> Exec<Ty> {
        match self.place_ty_of_pointer(map, span) {
            Some(Ty::HashMap(key, value)) => Ok(Ty::Tuple(vec![Rc::unwrap_or_clone(key), Rc::unwrap_or_clone(value)])),
            _ => Err(internal("a HashMap of unknown type", span)),
        }
    }

    /// The size of a table of `buckets` entries of type `entry`: the
    /// entries rounded up to the group alignment, then one control byte
    /// per bucket and a group's worth mirrored.
    fn table_size(&self, buckets: usize, entry: &Ty) -> usize {
        let entry_align = layout::layout_of_in(entry, &self.program.layout_defs).map_or(1, |l| l.align);
        let align = entry_align.max(GROUP_WIDTH);
        let entries = buckets.saturating_mul(self.size_of(entry));
        entries.div_ceil(align).saturating_mul(align) + buckets + GROUP_WIDTH
    }

    fn map_with_capacity(
        &mut self,
        capacity: usize,
        map_ty: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let Ty::HashMap(key, value) = map_ty else {
            return Err(internal("HashMap::with_capacity into a non-map", span));
        };
        if capacity == 0 {
            return Ok(Value::Map {
                table: None,
                len: 0,
                buckets: 0,
                growth_known: true,
            });
        }
        let entry = Ty::Tuple(vec![(**key).clone(), (**value).clone()]);
        let buckets = buckets_for(capacity, self.size_of(&entry)).ok_or_else(|| self.heap_budget_error(span))?;
        let size = self.table_size(buckets, &entry);
        let table = self.allocate_heap(Value::Array(Vec::new()), map_ty.clone(), size, span, observer)?;
        Ok(Value::Map {
            table: Some(table),
            len: 0,
            buckets,
            growth_known: true,
        })
    }

    /// The entries of the map behind `map`, in the model's order.
    fn map_entries(&self, table: Option<AllocId>, span: Span) -> Exec<&[Value]> {
        match table.map(|t| &self.memory[t].value) {
            None => Ok(&[]),
            Some(Value::Array(entries)) => Ok(entries),
            Some(other) => Err(internal(format!("map table holding {other:?}"), span)),
        }
    }

    /// The index of the entry whose key equals `*query`.
    fn map_find(&self, map: &Pointer, query: &Pointer, span: Span) -> Exec<Option<usize>> {
        self.map_find_value(map, &Value::Ptr(query.clone()), span)
    }

    fn map_value_pointer(
        &self,
        map: &Pointer,
        query: &Pointer,
        kind: PointerKind,
        span: Span,
    ) -> Exec<Option<Pointer>> {
        let (table, ..) = self.map_state(map, span)?;
        Ok(match (table, self.map_find(map, query, span)?) {
            (Some(alloc), Some(index)) => Some(Pointer {
                kind,
                alloc,
                path: vec![index, 1],
                range: None,
            }),
            _ => None,
        })
    }

    /// Adds an entry for a key not in the map, growing the table first
    /// when it is full, as hashbrown's `reserve(1)` does; returns its index.
    fn map_push(&mut self, map: &Pointer, entry: Value, span: Span, observer: &mut dyn Observer) -> Exec<usize> {
        let (table, len, buckets, growth_known) = self.map_state(map, span)?;
        if !growth_known {
            return Err(unknown_growth(span));
        }
        let (table, buckets, index) = if len < capacity_of(buckets) {
            // Room in the table: the entry goes in place, without copying the others.
            let table = table.ok_or_else(|| internal("room in a map without a table", span))?;
            let entries = match &mut self.memory[table].value {
                Value::Array(entries) => entries,
                other => return Err(internal(format!("map table holding {other:?}"), span)),
            };
            entries.push(entry);
            (table, buckets, entries.len() - 1)
        } else {
            // The old table stays as it was (freed memory stays visible in what-if mode).
            let mut entries = self.map_entries(table, span)?.to_vec();
            entries.push(entry);
            let index = entries.len() - 1;
            let entry_ty = self.map_entry_ty(map, span)?;
            let grown = buckets_for(len + 1, self.size_of(&entry_ty)).ok_or_else(|| self.heap_budget_error(span))?;
            let size = self.table_size(grown, &entry_ty);
            let map_ty = self.place_ty_of_pointer(map, span).unwrap_or(entry_ty);
            let new = self.allocate_heap(Value::Array(entries), map_ty, size, span, observer)?;
            if let Some(old) = table {
                self.free(old, observer);
            }
            (new, grown, index)
        };
        *self.value_mut(map.alloc, &map.path, span)? = Value::Map {
            table: Some(table),
            len: len + 1,
            buckets,
            growth_known: true,
        };
        Ok(index)
    }

    /// `insert`: replaces the value of an equal key (dropping the key
    /// passed in) and returns the old one, or adds the entry.
    fn map_insert(
        &mut self,
        map: &Pointer,
        key: Value,
        value: Value,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let Ty::Tuple(entry_ty) = self.map_entry_ty(map, span)? else {
            return Err(internal("map entry type", span));
        };
        if let Some(index) = self.map_find_value(map, &key, span)? {
            let (table, ..) = self.map_state(map, span)?;
            let table = table.ok_or_else(|| internal("found an entry without a table", span))?;
            let old = std::mem::replace(self.value_mut(table, &[index, 1], span)?, value);
            self.drop_value(key, &entry_ty[0], span, observer)?;
            return Ok(some(old));
        }
        self.map_push(map, Value::Tuple(vec![key, value]), span, observer)?;
        Ok(none())
    }

    /// The index of the entry whose key equals `key` (a key, or a pointer
    /// to one or to the text a `String` key is looked up by).
    fn map_find_value(&self, map: &Pointer, key: &Value, span: Span) -> Exec<Option<usize>> {
        let (table, ..) = self.map_state(map, span)?;
        for (index, entry) in self.map_entries(table, span)?.iter().enumerate() {
            let Value::Tuple(pair) = entry else {
                return Err(internal("map entry is not a pair", span));
            };
            if self.values_equal(&pair[0], key, span)? {
                return Ok(Some(index));
            }
        }
        Ok(None)
    }

    /// `remove`: the value of the entry, whose key is dropped. A removal
    /// from 16 or more entries may leave a tombstone (when a run of 16 full
    /// buckets surrounds it), which only the random hashes decide.
    fn map_remove(&mut self, map: &Pointer, query: &Pointer, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        let Some(index) = self.map_find(map, query, span)? else {
            return Ok(none());
        };
        let Ty::Tuple(entry_ty) = self.map_entry_ty(map, span)? else {
            return Err(internal("map entry type", span));
        };
        let (table, len, buckets, growth_known) = self.map_state(map, span)?;
        let table = table.ok_or_else(|| internal("found an entry without a table", span))?;
        let Value::Array(entries) = &mut self.memory[table].value else {
            return Err(internal("map table without entries", span));
        };
        let Value::Tuple(mut pair) = entries.remove(index) else {
            return Err(internal("map entry is not a pair", span));
        };
        let value = pair.pop().ok_or_else(|| internal("map entry without a value", span))?;
        let key = pair.pop().ok_or_else(|| internal("map entry without a key", span))?;
        *self.value_mut(map.alloc, &map.path, span)? = Value::Map {
            table: Some(table),
            len: len - 1,
            buckets,
            growth_known: growth_known && len < GROUP_WIDTH,
        };
        self.drop_value(key, &entry_ty[0], span, observer)?;
        Ok(some(value))
    }

    /// `entry(key).or_insert(value)` (`or_default()` without a value): a
    /// `&mut` to the entry's value. For an existing entry the key and the
    /// unused value are dropped, in that order.
    fn map_entry(
        &mut self,
        map: &Pointer,
        key: Value,
        value: Option<Value>,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<Value> {
        let Ty::Tuple(entry_ty) = self.map_entry_ty(map, span)? else {
            return Err(internal("map entry type", span));
        };
        let index = match self.map_find_value(map, &key, span)? {
            Some(index) => {
                self.drop_value(key, &entry_ty[0], span, observer)?;
                if let Some(value) = value {
                    self.drop_value(value, &entry_ty[1], span, observer)?;
                }
                index
            }
            None => {
                let value = match value {
                    Some(value) => value,
                    None => super::shared::default_value(&entry_ty[1], span)?,
                };
                self.map_push(map, Value::Tuple(vec![key, value]), span, observer)?
            }
        };
        let (table, ..) = self.map_state(map, span)?;
        let table = table.ok_or_else(|| internal("an entry without a table", span))?;
        Ok(Value::Ptr(Pointer {
            kind: PointerKind::Unique,
            alloc: table,
            path: vec![index, 1],
            range: None,
        }))
    }

    /// `clear`: drops every entry; the table stays, all of its buckets
    /// empty again (no tombstones left).
    fn map_clear(&mut self, map: &Pointer, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        let (table, _, buckets, _) = self.map_state(map, span)?;
        if let Some(table) = table {
            let Ty::Tuple(entry) = self.map_entry_ty(map, span)? else {
                return Err(internal("map entry type", span));
            };
            self.drop_entries(table, &entry[0], &entry[1], span, observer)?;
            self.memory[table].value = Value::Array(Vec::new());
        }
        *self.value_mut(map.alloc, &map.path, span)? = Value::Map {
            table,
            len: 0,
            buckets,
            growth_known: true,
        };
        Ok(())
    }

    /// hashbrown's `clone`: a table of as many buckets, holding clones of
    /// the entries.
    pub(super) fn clone_map(&mut self, map: &Value, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        let Value::Map {
            table: Some(table),
            len,
            buckets,
            growth_known,
        } = map
        else {
            return Ok(map.clone());
        };
        let entries = self.map_entries(Some(*table), span)?.to_vec();
        let entries = entries
            .iter()
            .map(|entry| self.clone_value(entry, span, observer))
            .collect::<Exec<Vec<_>>>()?;
        let (ty, size) = (Ty::clone(&self.memory[*table].ty), self.memory[*table].size);
        let table = self.allocate_heap(Value::Array(entries), ty, size, span, observer)?;
        Ok(Value::Map {
            table: Some(table),
            len: *len,
            buckets: *buckets,
            growth_known: *growth_known,
        })
    }

    /// Drop glue of a map's table: its entries, then the allocation.
    pub(super) fn drop_map_table(
        &mut self,
        table: AllocId,
        key: &Ty,
        value: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        self.drop_entries(table, key, value, span, observer)?;
        self.free(table, observer);
        Ok(())
    }

    /// Drops each entry of a table, its key then its value.
    fn drop_entries(
        &mut self,
        table: AllocId,
        key: &Ty,
        value: &Ty,
        span: Span,
        observer: &mut dyn Observer,
    ) -> Exec<()> {
        let count = match &self.memory[table].value {
            Value::Array(entries) => entries.len(),
            _ => 0,
        };
        let entry = Ty::Tuple(vec![key.clone(), value.clone()]);
        // std drops entries in bucket order, which the random hashes decide.
        if count >= 2 && self.runs_program_drop(&entry, &mut Vec::new()) {
            return Err(Stop::error(Diagnostic::unsupported(
                "dropping 2 or more `HashMap` entries with `Drop` impls (std drops them in a random order)",
                span,
            )));
        }
        for index in 0..count {
            self.drop_in_place(table, &[index], &entry, span, observer)?;
        }
        Ok(())
    }
}

impl Machine<'_> {
    /// The entry type and bucket count of `alloc`, if it is a map's table
    /// (whose type is the map's): the one bucket count that gives its size.
    pub fn table_layout(&self, alloc: AllocId) -> Option<(Ty, usize)> {
        let allocation = self.memory.get(alloc)?;
        let Ty::HashMap(key, value) = &*allocation.ty else {
            return None;
        };
        let entry = Ty::Tuple(vec![(**key).clone(), (**value).clone()]);
        let buckets = (2..usize::BITS)
            .map(|power| 1usize << power)
            .find(|&buckets| self.table_size(buckets, &entry) == allocation.size)?;
        Some((entry, buckets))
    }

    /// Whether dropping a value of `ty` may run a `Drop::drop` of the program.
    fn runs_program_drop(&self, ty: &Ty, visiting: &mut Vec<AdtId>) -> bool {
        match ty {
            Ty::Adt(id, _) => {
                if visiting.contains(id) {
                    return false;
                }
                visiting.push(*id);
                let adt = &self.program.adts[*id];
                let fields = adt.fields.iter().map(|(_, f)| f);
                let variant_fields = adt
                    .enum_variants
                    .iter()
                    .flatten()
                    .flat_map(|v| v.fields.iter().map(|(_, f)| f));
                let runs = adt.drop_impl.is_some()
                    || fields
                        .chain(variant_fields)
                        .any(|f| self.runs_program_drop(f, visiting));
                visiting.pop();
                runs
            }
            other => other.any_child(|inner| self.runs_program_drop(inner, visiting)),
        }
    }
}

fn unknown_growth(span: Span) -> Stop {
    Stop::error(Diagnostic::unsupported(
        "a `HashMap`'s capacity after removing from 16 or more entries (it depends on the random hashes)",
        span,
    ))
}
