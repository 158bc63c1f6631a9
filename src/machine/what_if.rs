//! What-if mode: running a program the checker rejected, as if it had
//! compiled, to show what the rule prevents.
//!
//! A move leaves the source marked moved (drops skip it, as rustc's drop
//! flags would) but remembers its bits, so a use after the move reads them
//! and can, say, free a buffer a second time. Freed allocations stay in
//! memory; reaching one through a pointer, or freeing one again, stops the
//! run with [`Stop::UndefinedBehavior`].

use super::*;

#[derive(Debug, Default)]
pub(super) struct WhatIf {
    enabled: bool,
    /// The bits of moved-out places, by address.
    stale: Vec<((AllocId, Vec<usize>), Value)>,
    /// Undefined behaviour found where no error can be returned (in `free`).
    pending: Option<String>,
    /// Whether the observer has been told (once, at the innermost statement).
    reported: bool,
}

impl WhatIf {
    pub(super) fn new(enabled: bool) -> WhatIf {
        WhatIf {
            enabled,
            ..WhatIf::default()
        }
    }

    pub(super) fn enabled(&self) -> bool {
        self.enabled
    }

    /// `value` read at an address, or the bits it held before being moved out.
    #[inline]
    pub(super) fn stale_or(&self, alloc: AllocId, path: &[usize], value: Value) -> Value {
        if !self.enabled || !matches!(value, Value::Moved) {
            return value;
        }
        self.stale
            .iter()
            .rev()
            .find(|((a, p), _)| *a == alloc && p == path)
            .map_or(value, |(_, bits)| bits.clone())
    }

    /// `value`, or if it is moved out (in what-if mode) the bits it held.
    pub(super) fn stale_bits<'v>(&'v self, alloc: AllocId, path: &[usize], value: &'v Value) -> &'v Value {
        if !self.enabled || !matches!(value, Value::Moved) {
            return value;
        }
        self.stale
            .iter()
            .rev()
            .find(|((a, p), _)| *a == alloc && p == path)
            .map_or(value, |(_, bits)| bits)
    }

    pub(super) fn remember_moved(&mut self, alloc: AllocId, path: &[usize], value: &Value) {
        if self.enabled {
            self.stale.push(((alloc, path.to_vec()), value.clone()));
        }
    }

    pub(super) fn double_free(&mut self, _alloc: AllocId) {
        if self.enabled && self.pending.is_none() {
            self.pending = Some("double free: this heap block was already freed".into());
        }
    }
}

impl Machine<'_> {
    /// The value at a field path of an allocation; in what-if mode, a
    /// moved-out part reads as the bits it held.
    pub fn read(&self, alloc: AllocId, path: &[usize]) -> Option<&Value> {
        let mut value = &self.memory.get(alloc)?.value;
        for (depth, index) in path.iter().enumerate() {
            value = match self.what_if.stale_bits(alloc, &path[..depth], value) {
                Value::Tuple(fields) | Value::Array(fields) | Value::Enum { fields, .. } => fields.get(*index)?,
                Value::Bytes(bytes) => super::byte_value(bytes.get(*index), Span::point(1, 1)).ok()?,
                _ => return None,
            };
        }
        Some(self.what_if.stale_bits(alloc, path, value))
    }

    /// Whether this run is a what-if run (pictures then keep freed blocks).
    pub fn is_what_if(&self) -> bool {
        self.what_if.enabled
    }

    /// Turns undefined behaviour noticed during a statement into the stop,
    /// telling the observer once.
    pub(super) fn check_undefined(&mut self, result: Exec<()>, span: Span, observer: &mut dyn Observer) -> Exec<()> {
        let result = match self.what_if.pending.take() {
            Some(message) => Err(Stop::UndefinedBehavior { message, span }),
            None => result,
        };
        if let Err(Stop::UndefinedBehavior { message, span }) = &result
            && !self.what_if.reported
        {
            self.what_if.reported = true;
            observer.on_undefined_behavior(self, message, *span);
        }
        result
    }

    /// The stop for reaching freed memory through a pointer.
    pub(super) fn dangling(&self, alloc: AllocId, span: Span) -> Stop {
        if !self.what_if.enabled {
            return internal("dereference of a dangling pointer", span);
        }
        let message = match self.memory.get(alloc).map(|a| a.kind) {
            Some(AllocKind::Stack { .. }) => {
                "use after free: this reference points to a variable that no longer exists"
            }
            _ => "use after free: this pointer leads into a heap block that was already freed",
        };
        Stop::UndefinedBehavior {
            message: message.into(),
            span,
        }
    }

    /// In what-if mode, a freed allocation that reading `value` (and what it
    /// points to, `depth` levels deep) would touch.
    pub(super) fn reaches_freed(&self, value: &Value, depth: usize) -> Option<AllocId> {
        if !self.what_if.enabled {
            return None;
        }
        let live = |alloc: AllocId| self.memory.get(alloc).is_some_and(|a| a.live);
        match value {
            Value::Ptr(pointer) if !live(pointer.alloc) => Some(pointer.alloc),
            Value::Ptr(pointer) if depth > 0 => {
                let target = self.read(pointer.alloc, &pointer.path)?;
                self.reaches_freed(target, depth - 1)
            }
            Value::String { buf: Some(buf), .. }
            | Value::Vec { buf: Some(buf), .. }
            | Value::Map { table: Some(buf), .. }
                if !live(*buf) =>
            {
                Some(*buf)
            }
            Value::Vec {
                buf: Some(buf), len, ..
            } if depth > 0 => match &self.memory[*buf].value {
                Value::Array(items) => items[..*len]
                    .iter()
                    .find_map(|item| self.reaches_freed(item, depth - 1)),
                _ => None,
            },
            Value::Tuple(fields) => fields.iter().find_map(|field| self.reaches_freed(field, depth)),
            _ => None,
        }
    }
}
