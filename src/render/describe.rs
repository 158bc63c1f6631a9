//! The picture in words, for the SVG `<desc>`: a screen reader user learns
//! what a sighted reader sees. Blocks are numbered in drawing order.

use std::collections::BTreeMap;

use crate::trace::{
    FieldView, HeapContents, Location, PointerKind, PointerView, Region, RegionId, SlotState, SlotView, Snapshot,
    ValueView,
};

/// The title of one snapshot's picture.
pub fn title(snapshot: &Snapshot) -> String {
    match (snapshot.label.is_empty(), snapshot.line) {
        (true, 0) => "Memory".to_string(),
        (true, line) => format!("Memory after line {line}"),
        (false, 0) => format!("Memory at {}", snapshot.label),
        (false, line) if snapshot.stopped => format!("Memory at {}, at line {line}", snapshot.label),
        (false, line) => format!("Memory at {}, after line {line}", snapshot.label),
    }
}

/// One paragraph describing the whole snapshot.
pub fn describe(snapshot: &Snapshot) -> String {
    let words = Words::new(snapshot);
    let mut parts = Vec::new();

    let frames: Vec<String> = snapshot
        .frames
        .iter()
        .map(|frame| {
            let slots: Vec<String> = frame.slots.iter().map(|s| words.slot(s)).collect();
            if slots.is_empty() {
                format!("frame {}: no variables", frame.function)
            } else {
                format!("frame {}: {}", frame.function, slots.join("; "))
            }
        })
        .collect();
    if frames.is_empty() {
        parts.push("Stack: empty.".to_string());
    } else {
        parts.push(format!("Stack: {}.", frames.join(". ")));
    }

    let blocks: Vec<String> = snapshot
        .heap
        .iter()
        .enumerate()
        .map(|(index, block)| {
            let mut text = format!("block {} ({})", index + 1, block.ty);
            if block.freed {
                text.push_str(", freed");
            }
            match &block.contents {
                HeapContents::Value(value) => {
                    text.push_str(": ");
                    text.push_str(&words.value(value));
                }
                HeapContents::Bytes { bytes, capacity } => {
                    text.push_str(&format!(
                        ", {} bytes \"{}\", capacity {capacity}",
                        bytes.len(),
                        String::from_utf8_lossy(bytes)
                    ));
                }
                HeapContents::Elements {
                    items,
                    capacity,
                    hash_table: true,
                } => {
                    let items: Vec<String> = items.iter().map(|v| words.value(v)).collect();
                    text.push_str(&format!(
                        ", {} {} [{}] in {capacity} buckets, {} bytes",
                        items.len(),
                        if items.len() == 1 { "entry" } else { "entries" },
                        items.join(", "),
                        block.size
                    ));
                }
                HeapContents::Elements { items, capacity, .. } => {
                    let items: Vec<String> = items.iter().map(|v| words.value(v)).collect();
                    text.push_str(&format!(
                        ", {} {} [{}], capacity {capacity}",
                        items.len(),
                        if items.len() == 1 { "element" } else { "elements" },
                        items.join(", ")
                    ));
                }
            }
            text
        })
        .collect();
    if blocks.is_empty() {
        parts.push("Heap: empty.".to_string());
    } else {
        parts.push(format!("Heap: {}.", blocks.join("; ")));
    }

    if !snapshot.statics.is_empty() || !snapshot.static_items.is_empty() {
        let items = snapshot.static_items.iter().map(|item| match &item.contents {
            HeapContents::Value(value) => format!("{} = {}", item.ty, words.value(value)),
            _ => item.ty.clone(),
        });
        let statics: Vec<String> = items
            .chain(snapshot.statics.iter().enumerate().map(|(index, data)| {
                format!(
                    "data {}, {} bytes \"{}\"",
                    index + 1,
                    data.bytes.len(),
                    String::from_utf8_lossy(&data.bytes)
                )
            }))
            .collect();
        parts.push(format!("Static: {}.", statics.join("; ")));
    }
    if let Some(note) = &snapshot.note {
        parts.push(format!("Note: {note}"));
    }
    parts.join(" ")
}

struct Words<'a> {
    snapshot: &'a Snapshot,
    heap_numbers: BTreeMap<RegionId, usize>,
    static_numbers: BTreeMap<RegionId, usize>,
    slots: BTreeMap<RegionId, &'a SlotView>,
}

impl<'a> Words<'a> {
    fn new(snapshot: &'a Snapshot) -> Self {
        Words {
            snapshot,
            heap_numbers: snapshot.heap.iter().enumerate().map(|(i, b)| (b.id, i + 1)).collect(),
            static_numbers: snapshot
                .statics
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id, i + 1))
                .collect(),
            slots: snapshot
                .frames
                .iter()
                .flat_map(|f| &f.slots)
                .map(|s| (s.id, s))
                .collect(),
        }
    }

    fn slot(&self, slot: &SlotView) -> String {
        let head = format!("{} ({})", slot.name, slot.ty);
        match (slot.state, &slot.value) {
            (SlotState::Moved, _) | (_, ValueView::Moved) => format!("{head} moved"),
            (SlotState::Uninit, _) | (_, ValueView::Uninit) => format!("{head} uninitialised"),
            (state, value) => {
                let partly = if state == SlotState::PartiallyMoved {
                    " partly moved"
                } else {
                    ""
                };
                match value {
                    ValueView::Pointer(p) => format!("{head}{partly} {}", self.pointer(p)),
                    ValueView::Scalar(s) => format!("{head}{partly} = {s}"),
                    other => format!("{head}{partly}: {}", self.value(other)),
                }
            }
        }
    }

    fn value(&self, value: &ValueView) -> String {
        match value {
            ValueView::Scalar(s) => s.clone(),
            ValueView::Pointer(p) => self.pointer(p),
            ValueView::Moved => "moved".to_string(),
            ValueView::Uninit => "uninitialised".to_string(),
            ValueView::Fields { fields, .. } => self.fields(fields),
            ValueView::Variant { name, fields } if fields.is_empty() => name.clone(),
            ValueView::Variant { name, fields } => format!("{name} ({})", self.fields(fields)),
        }
    }

    fn fields(&self, fields: &[FieldView]) -> String {
        let fields: Vec<String> = fields
            .iter()
            .map(|f| match &f.value {
                ValueView::Fields { .. } | ValueView::Variant { .. } => {
                    format!("{} ({})", f.name, self.value(&f.value))
                }
                other => format!("{} {}", f.name, self.value(other)),
            })
            .collect();
        fields.join(", ")
    }

    fn pointer(&self, pointer: &PointerView) -> String {
        let target = pointer.target.as_ref().map(|t| self.location(t));
        let meta = pointer.metadata.as_ref().map(|m| format!(" ({m})")).unwrap_or_default();
        let kind = match pointer.kind {
            PointerKind::Owning => "owning",
            PointerKind::Shared => "shared",
            PointerKind::Unique => "mutable",
            PointerKind::Weak => "weak",
            PointerKind::Raw => "raw",
            PointerKind::Code => "fn",
        };
        match target {
            Some(Some(target)) if !pointer.dangling => {
                let verb = match pointer.kind {
                    PointerKind::Owning => "owns",
                    PointerKind::Shared => "borrows",
                    PointerKind::Unique => "mutably borrows",
                    PointerKind::Weak => "weakly points to",
                    PointerKind::Raw => "raw-points to",
                    PointerKind::Code => "points to the code of",
                };
                format!("{verb} {target}{meta}")
            }
            Some(Some(target)) => format!("dangling {kind} pointer to freed {target}{meta}"),
            None if !pointer.dangling => format!("{kind} pointer to no allocation (a zero-sized value){meta}"),
            _ => format!("dangling {kind} pointer to memory that no longer exists{meta}"),
        }
    }

    /// Words for a pointer's target, or `None` when it is not in the picture.
    fn location(&self, location: &Location) -> Option<String> {
        let range = |unit: &str| match location.range {
            Some((start, end)) if end == start + 1 => format!(" {unit} {start}"),
            Some((start, end)) => format!(" {unit}s {start}..{end}"),
            None => String::new(),
        };
        match location.region {
            Region::Stack => {
                let slot = self.slots.get(&location.id)?;
                Some(format!(
                    "{}{}{}",
                    slot.name,
                    field_path(&slot.value, &location.path),
                    range("element")
                ))
            }
            Region::Heap => {
                let number = self.heap_numbers.get(&location.id)?;
                let block = self.snapshot.heap.get(number - 1)?;
                let (unit, path) = match &block.contents {
                    HeapContents::Bytes { .. } => ("byte", String::new()),
                    HeapContents::Elements { .. } => ("element", String::new()),
                    HeapContents::Value(value) => ("element", field_path(value, &location.path)),
                };
                Some(format!("heap block {number}{path}{}", range(unit)))
            }
            Region::Static => {
                if let Some(item) = self.snapshot.static_items.iter().find(|i| i.id == location.id) {
                    let name = item
                        .ty
                        .trim_start_matches("static ")
                        .split(':')
                        .next()
                        .unwrap_or_default();
                    let path = match &item.contents {
                        HeapContents::Value(value) => field_path(value, &location.path),
                        _ => String::new(),
                    };
                    return Some(format!("static {name}{path}"));
                }
                let number = self.static_numbers.get(&location.id)?;
                Some(format!("static data {number}{}", range("byte")))
            }
        }
    }
}

/// `.name` for each step of a field path, as far as the value has fields.
fn field_path(value: &ValueView, path: &[usize]) -> String {
    let mut out = String::new();
    let mut value = value;
    for &index in path {
        match value {
            ValueView::Fields { fields, .. } | ValueView::Variant { fields, .. } if index < fields.len() => {
                out.push('.');
                out.push_str(&fields[index].name);
                value = &fields[index].value;
            }
            _ => {
                out.push_str(&format!(".{index}"));
            }
        }
    }
    out
}
