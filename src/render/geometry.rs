//! One snapshot as pure shapes with integer coordinates.
//!
//! The layout is three columns: the Stack panel, a gutter for arrows that
//! cannot run straight, and the Heap panel (with a Static panel under it when
//! something points into static data), then a right gutter for arrows that
//! leave heap blocks. Heap blocks are moved down to line up with the first
//! stack pointer that reaches them, so most arrows are straight.
//!
//! Text widths are estimated from character counts: the picture uses a
//! monospace font, so the estimate is close in every browser.

use std::collections::BTreeMap;

use crate::trace::{
    FieldView, HeapBlockView, HeapContents, Location, PointerKind, PointerView, Region, RegionId, SlotState, SlotView,
    Snapshot, StaticView, ValueView,
};

/// Estimated advance of one character of body text (13px monospace).
pub const CHAR_W: i32 = 8;
/// Estimated advance of one character of small text (11px monospace).
pub const SMALL_CHAR_W: i32 = 7;
/// Height of one value cell.
pub const CELL_H: i32 = 28;
/// Width of one byte cell of a string.
const BYTE_W: i32 = 20;
/// Bytes per row before a string buffer wraps.
const BYTES_PER_ROW: usize = 16;
/// At most this many byte or element cells are drawn; the rest are summarised.
const MAX_CELLS: usize = 64;
const PAD: i32 = 8;
const PANEL_TITLE_H: i32 = 26;
const FRAME_HEADER_H: i32 = 24;
const SLOT_GAP: i32 = 8;
const BLOCK_CAPTION_H: i32 = 16;
/// Room for element indices between a vector's caption and its cells.
const INDEX_ROW_H: i32 = 13;
const BLOCK_GAP: i32 = 14;
const LANE_SPACING: i32 = 8;
/// Vertical distance between arrows that share the band under a heap block.
const BAND_STEP: i32 = 6;
/// Longest type name drawn under a variable; longer ones are cut with `…`.
const MAX_TYPE_CHARS: usize = 22;
/// The most the stack frames are moved down to straighten the first arrow.
const MAX_STACK_DROP: i32 = 40;
const NOTE_CHARS_PER_LINE_MIN: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

impl Rect {
    fn right(&self) -> i32 {
        self.x + self.w
    }
    fn bottom(&self) -> i32 {
        self.y + self.h
    }
}

/// What a rectangle is, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxStyle {
    /// The background of the Stack, Heap or Static panel.
    Panel,
    /// A stack frame.
    Frame,
    /// A cell holding a value.
    Cell,
    /// A cell whose content was moved out or never initialised.
    EmptyCell,
    /// The outline of a composite value (fields drawn inside).
    Composite,
    /// The outline of a heap block that was freed (what-if mode).
    Freed,
    /// The label badge.
    Badge,
    /// The bar beside a note.
    NoteBar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStyle {
    /// Panel titles: `Stack`, `Heap`, `Static`.
    PanelTitle,
    /// A frame's function name.
    FrameTitle,
    /// A variable name.
    Name,
    /// A value.
    Value,
    /// Types, field names, captions.
    Small,
    /// Marks such as `moved`, `uninit`.
    Mark,
    /// Text in the error colour (`freed`).
    Error,
    Badge,
    Note,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
}

/// The look of a pointer arrow: its kind, and whether its target is gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ArrowStyle {
    Owning,
    Shared,
    Unique,
    Weak,
    Raw,
    Code,
}

impl ArrowStyle {
    pub fn of(kind: PointerKind) -> ArrowStyle {
        match kind {
            PointerKind::Owning => ArrowStyle::Owning,
            PointerKind::Shared => ArrowStyle::Shared,
            PointerKind::Unique => ArrowStyle::Unique,
            PointerKind::Weak => ArrowStyle::Weak,
            PointerKind::Raw => ArrowStyle::Raw,
            PointerKind::Code => ArrowStyle::Code,
        }
    }

    /// Words for the legend.
    pub fn legend(self) -> &'static str {
        match self {
            ArrowStyle::Owning => "owns",
            ArrowStyle::Shared => "& borrow",
            ArrowStyle::Unique => "&mut borrow",
            ArrowStyle::Weak => "weak",
            ArrowStyle::Raw => "raw pointer",
            ArrowStyle::Code => "fn pointer",
        }
    }
}

/// Direction the arrowhead points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Left,
    Right,
    Up,
    Down,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrow {
    /// Orthogonal polyline from the pointer's dot to the tip of the head.
    pub points: Vec<Point>,
    pub style: ArrowStyle,
    pub dangling: bool,
    /// Where the last segment points (decides the head's shape).
    pub heading: Heading,
    /// A dangling pointer with no target ends in a cross instead of a head.
    pub ends_in_cross: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    Box {
        rect: Rect,
        style: BoxStyle,
    },
    /// Unused capacity.
    Hatch {
        rect: Rect,
    },
    Text {
        at: Point,
        text: String,
        style: TextStyle,
        anchor: Anchor,
    },
    /// The start of a pointer.
    Dot {
        at: Point,
        style: ArrowStyle,
        dangling: bool,
    },
    /// A bar over the cells a pointer's range covers.
    RangeMark {
        from: Point,
        to: Point,
        style: ArrowStyle,
        dangling: bool,
    },
    Arrow(Arrow),
    /// Shapes drawn faded: a moved-from variable.
    Moved(Vec<Shape>),
    /// Shapes of a freed heap block.
    Freed(Vec<Shape>),
}

/// A snapshot laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub width: i32,
    pub height: i32,
    pub shapes: Vec<Shape>,
}

/// Choices that change the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PictureOptions {
    /// Draw the label badge at the top (the HTML figure shows it in its caption instead).
    pub badge: bool,
}

/// Lays out one snapshot.
pub fn layout(snapshot: &Snapshot, options: PictureOptions) -> Picture {
    let layouter = Layouter::new(snapshot);
    let (picture, shortfall) = layouter.run(options, 0);
    // When the first heap block cannot rise to meet its pointer, a small
    // drop of the stack frames makes that arrow straight.
    if (1..=MAX_STACK_DROP).contains(&shortfall) {
        layouter.run(options, shortfall).0
    } else {
        picture
    }
}

/// Display width of text in character cells: wide East Asian characters take
/// two, combining and zero-width characters none.
pub fn text_cells(text: &str) -> i32 {
    text.chars()
        .map(|c| {
            let code = c as u32;
            if is_invisible(c) || (0x0300..=0x036F).contains(&code)
            {
                0
            } else if matches!(code, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1FAFF | 0x20000..=0x3FFFD)
            {
                2
            } else {
                1
            }
        })
        .sum::<i32>()
}

fn text_w(text: &str) -> i32 {
    text_cells(text).saturating_mul(CHAR_W)
}

fn small_w(text: &str) -> i32 {
    text_cells(text).saturating_mul(SMALL_CHAR_W)
}

/// Cuts text to at most `max` characters, marking the cut with `…`.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// How a byte of a string buffer is shown in its cell.
pub fn byte_cell_text(bytes: &[u8], index: usize) -> (String, usize) {
    let Some(rest) = bytes.get(index..).filter(|rest| !rest.is_empty()) else {
        return (String::new(), 1);
    };
    let len = utf8_len(rest[0]).min(rest.len());
    match std::str::from_utf8(&rest[..len]) {
        Ok(s) => {
            let c = s.chars().next().unwrap_or('?');
            let shown = match c {
                ' ' => "␣".to_string(),
                '\n' => "\\n".to_string(),
                '\t' => "\\t".to_string(),
                // Invisible and direction-changing characters are shown as
                // their bytes, one per cell, like other unprintable bytes.
                c if c.is_control() || is_invisible(c) => {
                    return (format!("{:02x}", rest[0]), 1);
                }
                c => c.to_string(),
            };
            (shown, len.max(1))
        }
        Err(_) => (format!("{:02x}", rest[0]), 1),
    }
}

/// Zero-width and bidirectional formatting characters.
fn is_invisible(c: char) -> bool {
    matches!(c as u32, 0x00AD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF)
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// A value measured before it is placed.
struct Measured<'a> {
    w: i32,
    h: i32,
    kind: MeasuredKind<'a>,
}

enum MeasuredKind<'a> {
    Leaf(String, BoxStyle),
    Pointer(&'a PointerView),
    Fields {
        /// An enum variant's name, drawn above its fields.
        header: Option<&'a str>,
        name_w: i32,
        value_w: i32,
        rows: Vec<(&'a str, Measured<'a>)>,
    },
}

const FIELD_PAD: i32 = 4;
/// Height of the row naming an enum value's variant above its fields.
const VARIANT_HEADER_H: i32 = 20;

fn measure(value: &ValueView) -> Measured<'_> {
    match value {
        ValueView::Scalar(text) => {
            let shown = shorten(&single_line(text), 40);
            Measured {
                w: (text_w(&shown) + 16).max(36),
                h: CELL_H,
                kind: MeasuredKind::Leaf(shown, BoxStyle::Cell),
            }
        }
        ValueView::Moved => leaf_mark("moved"),
        ValueView::Uninit => leaf_mark("uninit"),
        ValueView::Pointer(pointer) => {
            let meta_w = pointer
                .metadata
                .as_deref()
                .map(|m| text_w(&shorten(&single_line(m), 24)) + 16)
                .unwrap_or(0);
            let rows = if pointer.metadata.is_some() { 2 } else { 1 };
            Measured {
                w: meta_w.max(36),
                h: CELL_H * rows,
                kind: MeasuredKind::Pointer(pointer),
            }
        }
        ValueView::Fields { fields, .. } => measure_fields(fields, None),
        // A variant without fields is drawn as its name in one cell.
        ValueView::Variant { name, fields } if fields.is_empty() => {
            let shown = shorten(&single_line(name), 40);
            Measured {
                w: (text_w(&shown) + 16).max(36),
                h: CELL_H,
                kind: MeasuredKind::Leaf(shown, BoxStyle::Cell),
            }
        }
        ValueView::Variant { name, fields } => measure_fields(fields, Some(name)),
    }
}

fn measure_fields<'a>(fields: &'a [FieldView], header: Option<&'a str>) -> Measured<'a> {
    let rows: Vec<(&str, Measured)> = fields
        .iter()
        .map(|FieldView { name, value }| (name.as_str(), measure(value)))
        .collect();
    let name_w = rows
        .iter()
        .map(|(name, _)| small_w(&shorten(name, 12)))
        .max()
        .unwrap_or(0)
        + 8;
    let value_w = rows.iter().map(|(_, m)| m.w).max().unwrap_or(36);
    let h = rows.iter().map(|(_, m)| m.h).sum::<i32>() + FIELD_PAD * (rows.len() as i32 + 1).max(2);
    let (header_w, header_h) = match header {
        Some(name) => (
            FIELD_PAD + text_w(&shorten(&single_line(name), 24)) + 4 + FIELD_PAD,
            VARIANT_HEADER_H,
        ),
        None => (0, 0),
    };
    Measured {
        w: (FIELD_PAD + name_w + value_w + FIELD_PAD).max(header_w),
        h: h.max(CELL_H) + header_h,
        kind: MeasuredKind::Fields {
            header,
            name_w,
            value_w,
            rows,
        },
    }
}

fn leaf_mark(mark: &str) -> Measured<'static> {
    Measured {
        w: (text_w(mark) + 16).max(36),
        h: CELL_H,
        kind: MeasuredKind::Leaf(mark.to_string(), BoxStyle::EmptyCell),
    }
}

/// Newlines and tabs in user text would break the one-line HTML and the
/// single-line SVG text; they are shown as spaces.
pub fn single_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// Heap blocks and statics by region and id (`Region` has no ordering of its own).
type BlockKey = (u8, RegionId);

fn block_key(region: Region, id: RegionId) -> BlockKey {
    let rank = match region {
        Region::Stack => 0,
        Region::Heap => 1,
        Region::Static => 2,
    };
    (rank, id)
}

/// A pointer found while placing values, waiting for its arrow.
struct Source<'a> {
    dot: Point,
    /// Right edge of the cell holding the dot.
    cell_right: i32,
    pointer: &'a PointerView,
    origin: Origin,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Stack,
    /// Inside a heap or static block's single value; leaves to the right.
    BlockValue {
        block_right: i32,
        band_y: i32,
    },
    /// Inside an element of a heap block; leaves downwards.
    BlockElement {
        band_y: i32,
    },
}

/// Where pointers into one region can land.
#[derive(Default)]
struct Targets {
    /// The whole region's box.
    whole: Rect,
    /// Field paths (from the region's top value) to their cells.
    paths: BTreeMap<Vec<usize>, Rect>,
    /// Byte or element cells, in order.
    cells: Vec<Rect>,
    /// Element index → field paths inside that element.
    element_paths: Vec<BTreeMap<Vec<usize>, Rect>>,
    /// The bottom edge of the block's cells (arrows to ranges come from below).
    cells_bottom: i32,
    /// The band under the block where arrows run.
    band_y: i32,
}

/// Places a measured value at (x, y), stretched to width `w`.
/// What placing a value produces besides its shapes.
struct Placement<'s, 'a> {
    out: &'s mut Vec<Shape>,
    /// Field paths (from the placed value) to their cells.
    paths: &'s mut BTreeMap<Vec<usize>, Rect>,
    /// Pointer dots: centre, right edge of their cell, the pointer.
    sources: &'s mut Vec<(Point, i32, &'a PointerView)>,
}

fn place<'a>(m: &Measured<'a>, x: i32, y: i32, w: i32, path: &mut Vec<usize>, to: &mut Placement<'_, 'a>) {
    let rect = Rect { x, y, w, h: m.h };
    to.paths.insert(path.clone(), rect);
    match &m.kind {
        MeasuredKind::Leaf(text, style) => {
            to.out.push(Shape::Box { rect, style: *style });
            to.out.push(Shape::Text {
                at: Point {
                    x: x + w / 2,
                    y: y + CELL_H / 2 + 5,
                },
                text: text.clone(),
                style: if *style == BoxStyle::Cell {
                    TextStyle::Value
                } else {
                    TextStyle::Mark
                },
                anchor: Anchor::Middle,
            });
        }
        MeasuredKind::Pointer(pointer) => {
            let top = Rect { h: CELL_H, ..rect };
            to.out.push(Shape::Box {
                rect: top,
                style: BoxStyle::Cell,
            });
            let dot = Point {
                x: x + w / 2,
                y: y + CELL_H / 2,
            };
            if pointer.target.is_none() && !pointer.dangling {
                // A box of a zero-sized value: a valid address of no allocation.
                to.out.push(Shape::Text {
                    at: Point {
                        y: y + CELL_H / 2 + 5,
                        ..dot
                    },
                    text: "no allocation".to_string(),
                    style: TextStyle::Mark,
                    anchor: Anchor::Middle,
                });
            } else {
                to.out.push(Shape::Dot {
                    at: dot,
                    style: ArrowStyle::of(pointer.kind),
                    dangling: pointer.dangling || pointer.target.is_none(),
                });
                to.sources.push((dot, x + w, pointer));
            }
            if let Some(meta) = &pointer.metadata {
                let below = Rect {
                    y: y + CELL_H,
                    h: CELL_H,
                    ..rect
                };
                to.out.push(Shape::Box {
                    rect: below,
                    style: BoxStyle::Cell,
                });
                to.out.push(Shape::Text {
                    at: Point {
                        x: x + w / 2,
                        y: below.y + CELL_H / 2 + 5,
                    },
                    text: shorten(&single_line(meta), 24),
                    style: TextStyle::Value,
                    anchor: Anchor::Middle,
                });
            }
        }
        MeasuredKind::Fields {
            header,
            name_w,
            value_w,
            rows,
        } => {
            to.out.push(Shape::Box {
                rect,
                style: BoxStyle::Composite,
            });
            let value_x = x + FIELD_PAD + name_w;
            let value_w = (*value_w).max(w - FIELD_PAD * 2 - name_w);
            let mut row_y = y + FIELD_PAD;
            if let Some(name) = header {
                to.out.push(Shape::Text {
                    at: Point {
                        x: x + FIELD_PAD + 2,
                        y: row_y + 14,
                    },
                    text: shorten(&single_line(name), 24),
                    style: TextStyle::Name,
                    anchor: Anchor::Start,
                });
                row_y += VARIANT_HEADER_H;
            }
            for (index, (name, row)) in rows.iter().enumerate() {
                to.out.push(Shape::Text {
                    at: Point {
                        x: x + FIELD_PAD + 2,
                        y: row_y + CELL_H / 2 + 4,
                    },
                    text: shorten(&single_line(name), 12),
                    style: TextStyle::Small,
                    anchor: Anchor::Start,
                });
                path.push(index);
                place(row, value_x, row_y, value_w, path, to);
                path.pop();
                row_y += row.h + FIELD_PAD;
            }
        }
    }
}

/// A pointer target resolved to a point and the direction the arrow arrives from.
#[derive(Clone, Copy)]
enum Entry {
    /// Arrives travelling right, ending at a left edge.
    LeftEdge(Point),
    /// Arrives travelling left, ending at a right edge.
    RightEdge(Point),
    /// Arrives travelling up, ending at `at` (a bottom edge), along a band at `band_y`.
    Underside { at: Point, band_y: i32 },
}

struct Layouter<'a> {
    snapshot: &'a Snapshot,
}

struct PlacedBlock {
    shapes: Vec<Shape>,
    targets: Targets,
    bottom: i32,
    /// Rightmost x of anything drawn, captions included.
    right: i32,
}

impl<'a> Layouter<'a> {
    fn new(snapshot: &'a Snapshot) -> Self {
        Layouter { snapshot }
    }

    /// Lays the snapshot out with the stack frames moved down by
    /// `stack_drop`; also returns how far the first heap block would have
    /// had to rise to line up with its pointer.
    fn run(&self, options: PictureOptions, stack_drop: i32) -> (Picture, i32) {
        let snapshot = self.snapshot;
        let mut shapes: Vec<Shape> = Vec::new();
        let margin = 10;
        let mut top = margin;
        if options.badge && !snapshot.label.is_empty() {
            let label = shorten(&single_line(&snapshot.label), 30);
            let w = small_w(&label) + 16;
            shapes.push(Shape::Box {
                rect: Rect {
                    x: margin,
                    y: top,
                    w,
                    h: 20,
                },
                style: BoxStyle::Badge,
            });
            shapes.push(Shape::Text {
                at: Point {
                    x: margin + w / 2,
                    y: top + 14,
                },
                text: label,
                style: TextStyle::Badge,
                anchor: Anchor::Middle,
            });
            top += 28;
        }

        // Stack panel.
        let stack_x = margin;
        let mut stack_shapes = Vec::new();
        let mut stack_sources: Vec<Source> = Vec::new();
        let mut slot_targets: BTreeMap<RegionId, Targets> = BTreeMap::new();
        let frames_top = top + PANEL_TITLE_H;
        let measured_frames: Vec<Vec<(&SlotView, Option<Measured>)>> = snapshot
            .frames
            .iter()
            .map(|frame| frame.slots.iter().map(|slot| (slot, slot_measure(slot))).collect())
            .collect();
        let name_col = measured_frames
            .iter()
            .flatten()
            .map(|(slot, _)| {
                small_w(&shorten(&single_line(&slot.ty), MAX_TYPE_CHARS))
                    .max(text_w(&shorten(&single_line(&slot.name), 16)))
            })
            .max()
            .unwrap_or(0)
            + 12;
        let value_col = measured_frames
            .iter()
            .flatten()
            .map(|(_, m)| m.as_ref().map_or(60, |m| m.w))
            .max()
            .unwrap_or(60)
            .max(60);
        let frame_title_w = snapshot
            .frames
            .iter()
            .map(|f| text_w(&shorten(&single_line(&f.function), 30)) + 2 * PAD)
            .max()
            .unwrap_or(0);
        let frame_w = (PAD + name_col + value_col + PAD).max(frame_title_w);
        let stack_w = (frame_w + 2 * PAD).max(120);
        let mut y = frames_top + stack_drop;
        for (frame, slots) in snapshot.frames.iter().zip(&measured_frames) {
            let frame_top = y;
            let mut body = Vec::new();
            let mut slot_y = frame_top + FRAME_HEADER_H;
            for (slot, measured) in slots {
                let mut slot_shapes = Vec::new();
                slot_shapes.push(Shape::Text {
                    at: Point {
                        x: stack_x + 2 * PAD,
                        y: slot_y + 18,
                    },
                    text: shorten(&single_line(&slot.name), 16),
                    style: TextStyle::Name,
                    anchor: Anchor::Start,
                });
                slot_shapes.push(Shape::Text {
                    at: Point {
                        x: stack_x + 2 * PAD,
                        y: slot_y + 33,
                    },
                    text: shorten(&single_line(&slot.ty), MAX_TYPE_CHARS),
                    style: TextStyle::Small,
                    anchor: Anchor::Start,
                });
                let value_x = stack_x + 2 * PAD + name_col;
                let slot_h;
                match measured {
                    Some(m) => {
                        let mut targets = Targets::default();
                        let mut found = Vec::new();
                        place(
                            m,
                            value_x,
                            slot_y,
                            value_col,
                            &mut Vec::new(),
                            &mut Placement {
                                out: &mut slot_shapes,
                                paths: &mut targets.paths,
                                sources: &mut found,
                            },
                        );
                        targets.whole = Rect {
                            x: value_x,
                            y: slot_y,
                            w: value_col,
                            h: m.h,
                        };
                        slot_targets.insert(slot.id, targets);
                        stack_sources.extend(found.into_iter().map(|(dot, cell_right, p)| Source {
                            dot,
                            cell_right,
                            pointer: p,
                            origin: Origin::Stack,
                        }));
                        slot_h = m.h.max(38);
                        body.extend(slot_shapes);
                    }
                    None => {
                        // Moved out: the slot stays, faded, with no arrow.
                        let rect = Rect {
                            x: value_x,
                            y: slot_y,
                            w: value_col,
                            h: CELL_H,
                        };
                        slot_targets.insert(
                            slot.id,
                            Targets {
                                whole: rect,
                                ..Targets::default()
                            },
                        );
                        let (mark, style) = match slot.state {
                            SlotState::Uninit => ("uninit", BoxStyle::EmptyCell),
                            _ => ("moved", BoxStyle::EmptyCell),
                        };
                        slot_shapes.push(Shape::Box { rect, style });
                        slot_shapes.push(Shape::Text {
                            at: Point {
                                x: value_x + value_col / 2,
                                y: slot_y + CELL_H / 2 + 5,
                            },
                            text: mark.to_string(),
                            style: TextStyle::Mark,
                            anchor: Anchor::Middle,
                        });
                        slot_h = 38;
                        if mark == "moved" {
                            body.push(Shape::Moved(slot_shapes));
                        } else {
                            body.extend(slot_shapes);
                        }
                    }
                }
                slot_y += slot_h + SLOT_GAP;
            }
            if slots.is_empty() {
                slot_y += 20;
            }
            let frame_rect = Rect {
                x: stack_x + PAD,
                y: frame_top,
                w: frame_w,
                h: slot_y - frame_top,
            };
            stack_shapes.push(Shape::Box {
                rect: frame_rect,
                style: BoxStyle::Frame,
            });
            stack_shapes.push(Shape::Text {
                at: Point {
                    x: stack_x + 2 * PAD,
                    y: frame_top + 17,
                },
                text: shorten(&single_line(&frame.function), 30),
                style: TextStyle::FrameTitle,
                anchor: Anchor::Start,
            });
            stack_shapes.extend(body);
            y = frame_rect.bottom() + PAD;
        }
        if snapshot.frames.is_empty() {
            y += 24;
        }
        let stack_bottom = y;

        // Which stack pointers reach which heap or static block first: those
        // blocks are lined up with them.
        let mut first_reach: BTreeMap<BlockKey, i32> = BTreeMap::new();
        for source in &stack_sources {
            if let Some(target) = &source.pointer.target
                && target.region != Region::Stack
                && target.range.is_none_or(|(start, _)| start == 0)
            {
                first_reach
                    .entry(block_key(target.region, target.id))
                    .or_insert(source.dot.y);
            }
        }

        // Heap and static panels: their x is known once the gutter width is,
        // which depends on the arrows; lay them out at x = 0 and shift later.
        let mut heap_shapes = Vec::new();
        let mut heap_sources: Vec<Source> = Vec::new();
        let mut block_targets: BTreeMap<BlockKey, Targets> = BTreeMap::new();
        let mut cursor = frames_top;
        let mut heap_w = 120;
        let mut shortfall = 0;
        for (index, block) in snapshot.heap.iter().enumerate() {
            let aligned = first_reach
                .get(&block_key(Region::Heap, block.id))
                .map(|dot_y| dot_y - CELL_H / 2 - block_header_h(block))
                .unwrap_or(cursor);
            if index == 0 {
                shortfall = cursor - aligned;
            }
            let placed = place_heap_block(block, PAD, aligned.max(cursor), &mut heap_sources);
            heap_w = heap_w.max(placed.right + PAD);
            cursor = placed.bottom + BLOCK_GAP;
            block_targets.insert(block_key(Region::Heap, block.id), placed.targets);
            heap_shapes.extend(placed.shapes);
        }
        if snapshot.heap.is_empty() {
            heap_shapes.push(Shape::Text {
                at: Point { x: PAD, y: cursor + 14 },
                text: "(empty)".to_string(),
                style: TextStyle::Mark,
                anchor: Anchor::Start,
            });
            cursor += 28;
        }
        // Static data sits right under the heap blocks; whichever panel is
        // last in the column reaches down to the bottom of the stack.
        let has_statics = !snapshot.statics.is_empty() || !snapshot.static_items.is_empty();
        let heap_bottom = if !has_statics { cursor.max(stack_bottom) } else { cursor };

        let mut static_shapes = Vec::new();
        let static_top = heap_bottom + BLOCK_GAP;
        let mut static_bottom = static_top;
        if has_statics {
            let mut cursor = static_top + PANEL_TITLE_H;
            // `static` items first, each named in its caption, then the
            // bytes of string literals.
            for item in &snapshot.static_items {
                let placed = place_heap_block(item, PAD, cursor, &mut heap_sources);
                heap_w = heap_w.max(placed.right + PAD);
                cursor = placed.bottom + BLOCK_GAP;
                block_targets.insert(block_key(Region::Static, item.id), placed.targets);
                static_shapes.extend(placed.shapes);
            }
            for data in &snapshot.statics {
                let aligned = first_reach
                    .get(&block_key(Region::Static, data.id))
                    .map(|dot_y| dot_y - CELL_H / 2 - BLOCK_CAPTION_H)
                    .unwrap_or(cursor);
                let placed = place_static(data, PAD, aligned.max(cursor));
                heap_w = heap_w.max(placed.right + PAD);
                cursor = placed.bottom + BLOCK_GAP;
                block_targets.insert(block_key(Region::Static, data.id), placed.targets);
                static_shapes.extend(placed.shapes);
            }
            static_bottom = cursor.max(stack_bottom);
        }

        // Route arrows: first decide which need a lane in each gutter.
        let stack_right = stack_x + stack_w;
        let all_sources: Vec<&Source> = stack_sources.iter().chain(heap_sources.iter()).collect();
        let mut left_lanes: Vec<usize> = Vec::new();
        let mut right_lanes: Vec<usize> = Vec::new();
        let mut entries: Vec<Option<Entry>> = Vec::new();
        let mut arrivals: BTreeMap<Point, usize> = BTreeMap::new();
        for (index, source) in all_sources.iter().enumerate() {
            let entry = source
                .pointer
                .target
                .as_ref()
                .and_then(|t| resolve(t, &slot_targets, &block_targets, source.origin))
                .map(|entry| entry.spread(&mut arrivals));
            if let Some(entry) = entry {
                let needs_left = match (source.origin, entry) {
                    (Origin::Stack, Entry::LeftEdge(at)) => at.y != source.dot.y,
                    (Origin::Stack, _) => true,
                    (_, Entry::RightEdge(_)) => {
                        // Heap to heap uses the right gutter; heap to stack the left.
                        matches!(source.pointer.target.as_ref().map(|t| t.region), Some(Region::Stack))
                    }
                    (_, _) => true,
                };
                let heap_to_heap = source.origin != Origin::Stack
                    && !matches!(source.pointer.target.as_ref().map(|t| t.region), Some(Region::Stack));
                if heap_to_heap {
                    right_lanes.push(index);
                } else if needs_left {
                    left_lanes.push(index);
                }
            }
            entries.push(entry);
        }
        let gutter_w = 28 + LANE_SPACING * left_lanes.len() as i32;
        let heap_x = stack_right + gutter_w;
        let right_gutter_w = if right_lanes.is_empty() {
            0
        } else {
            12 + LANE_SPACING * right_lanes.len() as i32
        };
        let heap_right = heap_x + heap_w;

        // Shift heap-side geometry into place.
        let heap_shapes = shift_shapes(heap_shapes, heap_x);
        let static_shapes = shift_shapes(static_shapes, heap_x);
        for targets in block_targets.values_mut() {
            targets.shift(heap_x);
        }
        let heap_sources: Vec<Source> = heap_sources
            .into_iter()
            .map(|s| Source {
                dot: Point {
                    x: s.dot.x + heap_x,
                    ..s.dot
                },
                cell_right: s.cell_right + heap_x,
                origin: match s.origin {
                    Origin::BlockValue { block_right, band_y } => Origin::BlockValue {
                        block_right: block_right + heap_x,
                        band_y,
                    },
                    other => other,
                },
                pointer: s.pointer,
            })
            .collect();
        // Entries into heap blocks were resolved before the shift.
        let all_sources: Vec<&Source> = stack_sources.iter().chain(heap_sources.iter()).collect();
        let entries: Vec<Option<Entry>> = all_sources
            .iter()
            .zip(entries)
            .map(|(source, entry)| {
                entry.map(|e| match source.pointer.target.as_ref().map(|t| t.region) {
                    Some(Region::Stack) | None => e,
                    Some(_) => e.shifted(heap_x),
                })
            })
            .collect();

        // Lanes in the left gutter are tried in a few orders; the one whose
        // arrows cross least wins (ties keep the earlier order, so the choice
        // is deterministic).
        let route_all = |left_order: &[usize]| {
            let mut band_use: BTreeMap<i32, i32> = BTreeMap::new();
            let mut arrows = Vec::new();
            let mut used_styles: Vec<(ArrowStyle, bool)> = Vec::new();
            for (index, source) in all_sources.iter().enumerate() {
                let style = ArrowStyle::of(source.pointer.kind);
                let dangling = source.pointer.dangling || entries[index].is_none();
                used_styles.push((style, dangling));
                let left_lane = left_order
                    .iter()
                    .position(|&i| i == index)
                    .map(|lane| stack_right + 14 + LANE_SPACING * lane as i32);
                let right_lane = right_lanes
                    .iter()
                    .position(|&i| i == index)
                    .map(|lane| heap_right + 10 + LANE_SPACING * lane as i32);
                let arrow = route(
                    source,
                    entries[index],
                    left_lane.or(right_lane),
                    stack_right,
                    &mut band_use,
                    style,
                    dangling,
                );
                if let (Some(Entry::Underside { .. }), Some(target)) = (entries[index], source.pointer.target.as_ref())
                    && let Some((from, to)) = range_bar(target, &block_targets)
                {
                    arrows.push(Shape::RangeMark {
                        from,
                        to,
                        style,
                        dangling,
                    });
                }
                arrows.push(Shape::Arrow(arrow));
            }
            (arrows, used_styles)
        };
        let arrival_y = |index: &usize| match entries[*index] {
            Some(Entry::LeftEdge(at) | Entry::RightEdge(at)) => at.y,
            Some(Entry::Underside { band_y, .. }) => band_y,
            None => all_sources[*index].dot.y,
        };
        let mut by_arrival = left_lanes.clone();
        by_arrival.sort_by_key(arrival_y);
        let mut by_arrival_desc = by_arrival.clone();
        by_arrival_desc.reverse();
        let mut reversed = left_lanes.clone();
        reversed.reverse();
        let (arrows, mut used_styles) = [left_lanes, reversed, by_arrival, by_arrival_desc]
            .iter()
            .map(|order| route_all(order))
            .min_by_key(|(arrows, _)| crossings(arrows))
            .unwrap_or_default();

        // Panels behind everything.
        let panels_bottom = stack_bottom.max(heap_bottom);
        let mut out = shapes;
        out.push(Shape::Box {
            rect: Rect {
                x: stack_x,
                y: top,
                w: stack_w,
                h: panels_bottom - top,
            },
            style: BoxStyle::Panel,
        });
        out.push(panel_title("Stack", stack_x, top));
        out.push(Shape::Box {
            rect: Rect {
                x: heap_x,
                y: top,
                w: heap_w,
                h: heap_bottom - top,
            },
            style: BoxStyle::Panel,
        });
        out.push(panel_title("Heap", heap_x, top));
        let mut bottom = panels_bottom;
        if has_statics {
            out.push(Shape::Box {
                rect: Rect {
                    x: heap_x,
                    y: static_top,
                    w: heap_w,
                    h: static_bottom - static_top,
                },
                style: BoxStyle::Panel,
            });
            out.push(panel_title("Static", heap_x, static_top));
            bottom = bottom.max(static_bottom);
        }
        out.extend(stack_shapes);
        out.extend(heap_shapes);
        out.extend(static_shapes);
        out.extend(arrows);
        let mut width = heap_right + right_gutter_w + margin;

        // Legend: one sample per arrow style present.
        used_styles.sort();
        used_styles.dedup();
        let mut legend_y = bottom + 18;
        let mut legend_x = margin;
        let legend_max_x = width.max(420);
        for (style, dangling) in &used_styles {
            let label = if *dangling {
                format!("{} (dangling)", style.legend())
            } else {
                style.legend().to_string()
            };
            let item_w = 30 + small_w(&label) + 18;
            if legend_x + item_w > legend_max_x && legend_x > margin {
                legend_x = margin;
                legend_y += 18;
            }
            out.push(Shape::Arrow(Arrow {
                points: vec![
                    Point {
                        x: legend_x,
                        y: legend_y - 4,
                    },
                    Point {
                        x: legend_x + 26,
                        y: legend_y - 4,
                    },
                ],
                style: *style,
                dangling: *dangling,
                heading: Heading::Right,
                ends_in_cross: false,
            }));
            out.push(Shape::Text {
                at: Point {
                    x: legend_x + 32,
                    y: legend_y,
                },
                text: label,
                style: TextStyle::Small,
                anchor: Anchor::Start,
            });
            legend_x += item_w;
            width = width.max(legend_x);
        }
        if !used_styles.is_empty() {
            bottom = legend_y + 6;
        }

        if let Some(note) = &snapshot.note {
            let chars_per_line = (((width - 2 * margin - 16) / CHAR_W).max(1) as usize).max(NOTE_CHARS_PER_LINE_MIN);
            let lines = wrap(&single_line(note), chars_per_line);
            let note_top = bottom + 12;
            let line_h = 18;
            out.push(Shape::Box {
                rect: Rect {
                    x: margin,
                    y: note_top,
                    w: 4,
                    h: line_h * lines.len() as i32 + 6,
                },
                style: BoxStyle::NoteBar,
            });
            for (i, line) in lines.iter().enumerate() {
                let w = text_w(line) + margin + 16;
                width = width.max(w + margin);
                out.push(Shape::Text {
                    at: Point {
                        x: margin + 14,
                        y: note_top + 16 + line_h * i as i32,
                    },
                    text: line.clone(),
                    style: TextStyle::Note,
                    anchor: Anchor::Start,
                });
            }
            bottom = note_top + line_h * lines.len() as i32 + 6;
        }

        (
            Picture {
                width,
                height: bottom + margin,
                shapes: out,
            },
            shortfall,
        )
    }
}

fn panel_title(title: &str, x: i32, y: i32) -> Shape {
    Shape::Text {
        at: Point { x: x + PAD, y: y + 18 },
        text: title.to_string(),
        style: TextStyle::PanelTitle,
        anchor: Anchor::Start,
    }
}

/// The value drawn in a slot, or `None` when the slot is drawn as moved or uninitialised.
fn slot_measure(slot: &SlotView) -> Option<Measured<'_>> {
    match (slot.state, &slot.value) {
        (SlotState::Moved, _) | (_, ValueView::Moved) => None,
        (SlotState::Uninit, _) | (_, ValueView::Uninit) => None,
        (_, value) => Some(measure(value)),
    }
}

fn place_heap_block<'a>(block: &'a HeapBlockView, x: i32, top: i32, sources: &mut Vec<Source<'a>>) -> PlacedBlock {
    let mut shapes = Vec::new();
    let cells_top = top + block_header_h(block);
    let mut targets = Targets::default();
    let caption;
    let mut found = Vec::new();
    let mut element_origin = false;
    match &block.contents {
        HeapContents::Value(value) => {
            let m = measure(value);
            place(
                &m,
                x,
                cells_top,
                m.w,
                &mut Vec::new(),
                &mut Placement {
                    out: &mut shapes,
                    paths: &mut targets.paths,
                    sources: &mut found,
                },
            );
            targets.whole = Rect {
                x,
                y: cells_top,
                w: m.w,
                h: m.h,
            };
            caption = single_line(&block.ty);
        }
        HeapContents::Bytes { bytes, capacity } => {
            targets.whole = place_bytes(bytes, *capacity, x, cells_top, &mut shapes, &mut targets);
            caption = format!("{} · len {} · cap {}", single_line(&block.ty), bytes.len(), capacity);
        }
        HeapContents::Elements {
            items,
            capacity,
            hash_table,
        } => {
            element_origin = true;
            let measured: Vec<Measured> = items.iter().map(measure).collect();
            let cell_w = measured.iter().map(|m| m.w).max().unwrap_or(36).max(36);
            let cell_h = measured.iter().map(|m| m.h).max().unwrap_or(CELL_H);
            let drawn_items = measured.len().min(MAX_CELLS);
            let mut cx = x;
            for (index, m) in measured.iter().take(drawn_items).enumerate() {
                let mut paths = BTreeMap::new();
                place(
                    m,
                    cx,
                    cells_top,
                    cell_w,
                    &mut Vec::new(),
                    &mut Placement {
                        out: &mut shapes,
                        paths: &mut paths,
                        sources: &mut found,
                    },
                );
                shapes.push(Shape::Text {
                    at: Point {
                        x: cx + cell_w / 2,
                        y: cells_top - 4,
                    },
                    text: index.to_string(),
                    style: TextStyle::Small,
                    anchor: Anchor::Middle,
                });
                targets.cells.push(Rect {
                    x: cx,
                    y: cells_top,
                    w: cell_w,
                    h: cell_h,
                });
                targets.element_paths.push(paths);
                cx += cell_w;
            }
            cx = summarise_rest(items.len() - drawn_items, cx, cells_top, cell_h, &mut shapes);
            let unused = capacity.saturating_sub(items.len());
            let drawn_unused = unused.min(MAX_CELLS.saturating_sub(drawn_items).max(1));
            if unused > 0 {
                let rect = Rect {
                    x: cx,
                    y: cells_top,
                    w: cell_w * drawn_unused as i32,
                    h: cell_h,
                };
                shapes.push(Shape::Hatch { rect });
                for i in 0..drawn_unused {
                    shapes.push(Shape::Box {
                        rect: Rect {
                            x: cx + cell_w * i as i32,
                            w: cell_w,
                            ..rect
                        },
                        style: BoxStyle::EmptyCell,
                    });
                }
                cx += rect.w;
                cx = summarise_rest(unused - drawn_unused, cx, cells_top, cell_h, &mut shapes);
            }
            if items.is_empty() && unused == 0 {
                shapes.push(Shape::Text {
                    at: Point {
                        x,
                        y: cells_top + CELL_H / 2 + 4,
                    },
                    text: "(no elements)".to_string(),
                    style: TextStyle::Mark,
                    anchor: Anchor::Start,
                });
                cx = x + small_w("(no elements)");
            }
            targets.whole = Rect {
                x,
                y: cells_top,
                w: (cx - x).max(36),
                h: cell_h,
            };
            caption = if *hash_table {
                let ty = single_line(&block.ty);
                format!("{ty} · len {} · buckets {capacity} · {} B", items.len(), block.size)
            } else {
                format!("{} · len {} · cap {}", single_line(&block.ty), items.len(), capacity)
            };
        }
    }
    let caption = shorten(&caption, 48);
    let caption_w = small_w(&caption);
    shapes.insert(
        0,
        Shape::Text {
            at: Point { x, y: top + 11 },
            text: caption,
            style: TextStyle::Small,
            anchor: Anchor::Start,
        },
    );
    let mut right = targets.whole.right().max(x + caption_w);
    if block.freed {
        let w = targets.whole.w.max(caption_w);
        shapes.push(Shape::Box {
            rect: Rect {
                x: x - 4,
                y: top - 2,
                w: w + 8,
                h: targets.whole.bottom() - top + 6,
            },
            style: BoxStyle::Freed,
        });
        shapes.push(Shape::Text {
            at: Point {
                x: x + w + 10,
                y: cells_top + CELL_H / 2 + 4,
            },
            text: "freed".to_string(),
            style: TextStyle::Error,
            anchor: Anchor::Start,
        });
        right = right.max(x + w + small_w("freed") + 14);
    }
    let cells_bottom = targets.whole.bottom();
    let band_y = cells_bottom + 8;
    let band_needed = (found.len() as i32 + range_entries_hint(block)) * BAND_STEP;
    targets.cells_bottom = cells_bottom;
    targets.band_y = band_y;
    let whole_right = targets.whole.right();
    for (dot, cell_right, pointer) in found {
        sources.push(Source {
            dot,
            cell_right,
            pointer,
            origin: if element_origin {
                Origin::BlockElement { band_y }
            } else {
                Origin::BlockValue {
                    block_right: whole_right,
                    band_y,
                }
            },
        });
    }
    let shapes = if block.freed {
        vec![Shape::Freed(shapes)]
    } else {
        shapes
    };
    PlacedBlock {
        shapes,
        bottom: band_y + band_needed.max(0),
        right,
        targets,
    }
}

/// Height of the caption (and index row) above a heap block's cells.
fn block_header_h(block: &HeapBlockView) -> i32 {
    match block.contents {
        HeapContents::Elements { .. } => BLOCK_CAPTION_H + INDEX_ROW_H,
        _ => BLOCK_CAPTION_H,
    }
}

/// Room kept under a block for arrows that arrive at one of its ranges.
fn range_entries_hint(block: &HeapBlockView) -> i32 {
    match block.contents {
        HeapContents::Value(_) => 0,
        _ => 2,
    }
}

/// Draws `+N` after the last drawn cell when some were left out.
fn summarise_rest(rest: usize, x: i32, y: i32, h: i32, shapes: &mut Vec<Shape>) -> i32 {
    if rest == 0 {
        return x;
    }
    let text = format!("+{rest}");
    shapes.push(Shape::Text {
        at: Point {
            x: x + 6,
            y: y + h / 2 + 4,
        },
        text: text.clone(),
        style: TextStyle::Mark,
        anchor: Anchor::Start,
    });
    x + 10 + small_w(&text)
}

/// Byte cells of a string buffer, wrapped into rows; returns the cells' box.
fn place_bytes(
    bytes: &[u8],
    capacity: usize,
    x: i32,
    top: i32,
    shapes: &mut Vec<Shape>,
    targets: &mut Targets,
) -> Rect {
    let capacity = capacity.max(bytes.len());
    let drawn = capacity.min(MAX_CELLS);
    let cell_rect = |i: usize| Rect {
        x: x + BYTE_W * (i % BYTES_PER_ROW) as i32,
        y: top + CELL_H * (i / BYTES_PER_ROW) as i32,
        w: BYTE_W,
        h: CELL_H,
    };
    // Hatch unused capacity row by row, under the cell outlines.
    let mut i = bytes.len();
    while i < drawn {
        let row_end = ((i / BYTES_PER_ROW) + 1) * BYTES_PER_ROW;
        let end = row_end.min(drawn);
        let first = cell_rect(i);
        shapes.push(Shape::Hatch {
            rect: Rect {
                w: BYTE_W * (end - i) as i32,
                ..first
            },
        });
        i = end;
    }
    let mut index = 0;
    while index < drawn {
        if index < bytes.len() {
            let (text, len) = byte_cell_text(bytes, index);
            for offset in 0..len {
                if index + offset < drawn {
                    let rect = cell_rect(index + offset);
                    shapes.push(Shape::Box {
                        rect,
                        style: BoxStyle::Cell,
                    });
                    targets.cells.push(rect);
                }
            }
            // A multi-byte character is written over its first byte's cell;
            // the following cells of the same character stay blank.
            let first = cell_rect(index);
            shapes.push(Shape::Text {
                at: Point {
                    x: first.x + BYTE_W / 2,
                    y: first.y + CELL_H / 2 + 5,
                },
                text,
                style: TextStyle::Value,
                anchor: Anchor::Middle,
            });
            index += len;
        } else {
            let rect = cell_rect(index);
            shapes.push(Shape::Box {
                rect,
                style: BoxStyle::EmptyCell,
            });
            targets.cells.push(rect);
            index += 1;
        }
    }
    let rows = drawn.div_ceil(BYTES_PER_ROW).max(1) as i32;
    let cols = drawn.clamp(1, BYTES_PER_ROW) as i32;
    let mut w = BYTE_W * cols;
    if capacity > drawn {
        let last = cell_rect(drawn - 1);
        let end = summarise_rest(capacity - drawn, last.right(), last.y, CELL_H, shapes);
        w = w.max(end - x);
    }
    if capacity == 0 {
        shapes.push(Shape::Text {
            at: Point {
                x,
                y: top + CELL_H / 2 + 4,
            },
            text: "(no bytes)".to_string(),
            style: TextStyle::Mark,
            anchor: Anchor::Start,
        });
        w = small_w("(no bytes)");
    }
    Rect {
        x,
        y: top,
        w,
        h: CELL_H * rows,
    }
}

fn place_static(data: &StaticView, x: i32, top: i32) -> PlacedBlock {
    let mut shapes = Vec::new();
    let mut targets = Targets::default();
    let cells_top = top + BLOCK_CAPTION_H;
    targets.whole = place_bytes(&data.bytes, data.bytes.len(), x, cells_top, &mut shapes, &mut targets);
    shapes.insert(
        0,
        Shape::Text {
            at: Point { x, y: top + 11 },
            text: format!("str literal · {} bytes", data.bytes.len()),
            style: TextStyle::Small,
            anchor: Anchor::Start,
        },
    );
    let cells_bottom = targets.whole.bottom();
    targets.cells_bottom = cells_bottom;
    targets.band_y = cells_bottom + 8;
    let caption_w = small_w(&format!("str literal · {} bytes", data.bytes.len()));
    PlacedBlock {
        right: targets.whole.right().max(x + caption_w),
        shapes,
        bottom: cells_bottom + 8 + 2 * BAND_STEP,
        targets,
    }
}

impl Targets {
    fn shift(&mut self, dx: i32) {
        self.whole.x += dx;
        for rect in self.paths.values_mut() {
            rect.x += dx;
        }
        for rect in &mut self.cells {
            rect.x += dx;
        }
        for paths in &mut self.element_paths {
            for rect in paths.values_mut() {
                rect.x += dx;
            }
        }
    }
}

impl Entry {
    /// Moves the arrival point of the second, third… arrow reaching the same
    /// spot a little up or down, so their last segments do not overlap.
    fn spread(self, arrivals: &mut BTreeMap<Point, usize>) -> Entry {
        let (Entry::LeftEdge(at) | Entry::RightEdge(at)) = self else {
            return self;
        };
        let seen = arrivals.entry(at).or_insert(0);
        let offsets: [i32; 4] = match self {
            Entry::LeftEdge(_) => [0, -8, 8, -4],
            _ => [0, 12, -4, 16],
        };
        let dy = offsets[*seen % offsets.len()];
        *seen += 1;
        let moved = Point { y: at.y + dy, ..at };
        match self {
            Entry::LeftEdge(_) => Entry::LeftEdge(moved),
            _ => Entry::RightEdge(moved),
        }
    }

    fn shifted(self, dx: i32) -> Entry {
        match self {
            Entry::LeftEdge(p) => Entry::LeftEdge(Point { x: p.x + dx, ..p }),
            Entry::RightEdge(p) => Entry::RightEdge(Point { x: p.x + dx, ..p }),
            Entry::Underside { at, band_y } => Entry::Underside {
                at: Point { x: at.x + dx, ..at },
                band_y,
            },
        }
    }
}

fn shift_shapes(shapes: Vec<Shape>, dx: i32) -> Vec<Shape> {
    shapes.into_iter().map(|s| shift_shape(s, dx)).collect()
}

fn shift_shape(shape: Shape, dx: i32) -> Shape {
    let mv = |p: Point| Point { x: p.x + dx, ..p };
    match shape {
        Shape::Box { rect, style } => Shape::Box {
            rect: Rect { x: rect.x + dx, ..rect },
            style,
        },
        Shape::Hatch { rect } => Shape::Hatch {
            rect: Rect { x: rect.x + dx, ..rect },
        },
        Shape::Text {
            at,
            text,
            style,
            anchor,
        } => Shape::Text {
            at: mv(at),
            text,
            style,
            anchor,
        },
        Shape::Dot { at, style, dangling } => Shape::Dot {
            at: mv(at),
            style,
            dangling,
        },
        Shape::RangeMark {
            from,
            to,
            style,
            dangling,
        } => Shape::RangeMark {
            from: mv(from),
            to: mv(to),
            style,
            dangling,
        },
        Shape::Arrow(arrow) => Shape::Arrow(Arrow {
            points: arrow.points.into_iter().map(mv).collect(),
            ..arrow
        }),
        Shape::Moved(inner) => Shape::Moved(shift_shapes(inner, dx)),
        Shape::Freed(inner) => Shape::Freed(shift_shapes(inner, dx)),
    }
}

/// Finds where an arrow to `target` lands, or `None` when the target is not
/// in the picture (drawn as dangling).
fn resolve(
    target: &Location,
    slots: &BTreeMap<RegionId, Targets>,
    blocks: &BTreeMap<BlockKey, Targets>,
    origin: Origin,
) -> Option<Entry> {
    let from_heap = origin != Origin::Stack;
    match target.region {
        Region::Stack => {
            let targets = slots.get(&target.id)?;
            let rect = targets.paths.get(&target.path).copied().unwrap_or(targets.whole);
            Some(Entry::RightEdge(Point {
                x: rect.right(),
                y: rect.y + 7,
            }))
        }
        Region::Heap | Region::Static => {
            let targets = blocks.get(&block_key(target.region, target.id))?;
            let element_path = |index: usize, rest: &[usize]| {
                targets
                    .element_paths
                    .get(index)
                    .and_then(|paths| paths.get(rest))
                    .copied()
            };
            let rect = match (target.range, target.path.split_first()) {
                (Some((start, _)), Some(_)) => element_path(start, &target.path),
                (None, Some((first, rest))) if !targets.element_paths.is_empty() => element_path(*first, rest),
                (None, Some(_)) => targets.paths.get(&target.path).copied(),
                (Some((start, _)), None) if start > 0 => {
                    let cell = targets.cells.get(start).copied();
                    if let (Some(cell), false) = (cell, from_heap) {
                        return Some(Entry::Underside {
                            // The tip touches the range bar drawn under the cells.
                            at: Point {
                                x: cell.x + cell.w / 2,
                                y: cell.bottom() + 5,
                            },
                            band_y: targets.band_y,
                        });
                    }
                    cell
                }
                _ => None,
            }
            .unwrap_or(Rect {
                h: CELL_H,
                ..targets.whole
            });
            if from_heap {
                Some(Entry::RightEdge(Point {
                    x: targets.whole.right(),
                    y: rect.y + 7,
                }))
            } else if rect.x == targets.whole.x {
                Some(Entry::LeftEdge(Point {
                    x: rect.x,
                    y: rect.y + CELL_H / 2,
                }))
            } else {
                // A field inside a composite: arrive above the field's name.
                Some(Entry::LeftEdge(Point {
                    x: rect.x,
                    y: rect.y + 6,
                }))
            }
        }
    }
}

/// The bar over the cells of a range target.
fn range_bar(target: &Location, blocks: &BTreeMap<BlockKey, Targets>) -> Option<(Point, Point)> {
    let (start, end) = target.range?;
    let targets = blocks.get(&block_key(target.region, target.id))?;
    let first = targets.cells.get(start)?;
    let last = targets.cells.get(end.saturating_sub(1).max(start)).unwrap_or(first);
    Some((
        Point {
            x: first.x + 2,
            y: first.bottom() + 3,
        },
        Point {
            x: last.right() - 2,
            y: last.bottom() + 3,
        },
    ))
}

/// The polyline of one arrow.
fn route(
    source: &Source,
    entry: Option<Entry>,
    lane: Option<i32>,
    stack_right: i32,
    band_use: &mut BTreeMap<i32, i32>,
    style: ArrowStyle,
    dangling: bool,
) -> Arrow {
    let dot = source.dot;
    let mut points = vec![dot];
    let mut take_band = |band_y: i32| {
        let used = band_use.entry(band_y).or_insert(0);
        let y = band_y + BAND_STEP * *used;
        *used += 1;
        y
    };
    // Leave the source block.
    match source.origin {
        Origin::Stack => {}
        Origin::BlockValue { block_right, band_y } => {
            if lane.is_some_and(|x| x < dot.x) {
                // Towards the stack: around the block's right side, then under it.
                let y = take_band(band_y);
                points.push(Point {
                    x: block_right + 6,
                    y: dot.y,
                });
                points.push(Point { x: block_right + 6, y });
            }
        }
        Origin::BlockElement { band_y } => {
            let y = take_band(band_y);
            // A fat pointer's second row holds its length or vtable: go
            // down beside the text, not through it.
            let x = if source.pointer.metadata.is_some() {
                let beside = source.cell_right - 5;
                points.push(Point { x: beside, y: dot.y });
                beside
            } else {
                dot.x
            };
            points.push(Point { x, y });
        }
    }
    let Some(entry) = entry else {
        let last = *points.last().unwrap_or(&dot);
        let end_x = match source.origin {
            Origin::Stack => stack_right + 16,
            _ => source.cell_right.max(last.x) + 24,
        };
        points.push(Point { x: end_x, y: last.y });
        return Arrow {
            points,
            style,
            dangling,
            heading: Heading::Right,
            ends_in_cross: true,
        };
    };
    let last = *points.last().unwrap_or(&dot);
    let heading = match entry {
        Entry::LeftEdge(at) => {
            match lane {
                Some(x) if at.y != last.y => {
                    points.push(Point { x, y: last.y });
                    points.push(Point { x, y: at.y });
                }
                _ => {}
            }
            points.push(Point { x: at.x, y: at.y });
            Heading::Right
        }
        Entry::RightEdge(at) => {
            let x = lane.unwrap_or(at.x + 12);
            points.push(Point { x, y: last.y });
            points.push(Point { x, y: at.y });
            points.push(at);
            Heading::Left
        }
        Entry::Underside { at, band_y } => {
            let y = take_band(band_y);
            let x = lane.unwrap_or(stack_right + 14);
            points.push(Point { x, y: last.y });
            points.push(Point { x, y });
            points.push(Point { x: at.x, y });
            points.push(at);
            Heading::Up
        }
    };
    points.dedup();
    Arrow {
        points,
        style,
        dangling,
        heading,
        ends_in_cross: false,
    }
}

/// How many times the arrows' segments cross each other.
fn crossings(shapes: &[Shape]) -> usize {
    let segments: Vec<(usize, Point, Point)> = shapes
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Shape::Arrow(arrow) => Some((i, arrow)),
            _ => None,
        })
        .flat_map(|(i, arrow)| arrow.points.windows(2).map(move |w| (i, w[0], w[1])))
        .collect();
    let mut count = 0;
    for (i, a0, a1) in &segments {
        if a0.y != a1.y {
            continue;
        }
        let (ax0, ax1) = (a0.x.min(a1.x), a0.x.max(a1.x));
        for (j, b0, b1) in &segments {
            if i == j || b0.x != b1.x {
                continue;
            }
            let (by0, by1) = (b0.y.min(b1.y), b0.y.max(b1.y));
            if ax0 < b0.x && b0.x < ax1 && by0 < a0.y && a0.y < by1 {
                count += 1;
            }
        }
    }
    count
}

/// Splits text into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word = word.to_string();
        while word.chars().count() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_splits_long_words() {
        assert_eq!(wrap("ab cd ef", 5), vec!["ab cd", "ef"]);
        assert_eq!(wrap("abcdefg", 3), vec!["abc", "def", "g"]);
        assert_eq!(wrap("", 3), vec![""]);
    }

    #[test]
    fn multibyte_characters_take_their_bytes_cells() {
        let bytes = "é!".as_bytes();
        assert_eq!(byte_cell_text(bytes, 0), ("é".to_string(), 2));
        assert_eq!(byte_cell_text(bytes, 2), ("!".to_string(), 1));
        // A cut character is shown as hex, one byte at a time.
        assert_eq!(byte_cell_text(&bytes[..1], 0), ("c3".to_string(), 1));
        // A right-to-left override is shown as bytes, not obeyed.
        let rlo = "\u{202E}".as_bytes();
        assert_eq!(byte_cell_text(rlo, 0), ("e2".to_string(), 1));
        assert_eq!(byte_cell_text(rlo, 1), ("80".to_string(), 1));
    }

    #[test]
    fn widths_count_wide_and_invisible_characters() {
        assert_eq!(text_cells("ab"), 2);
        assert_eq!(text_cells("日本"), 4);
        assert_eq!(text_cells("a\u{200B}b"), 2);
    }
}
