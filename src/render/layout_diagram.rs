//! Byte-layout diagrams: one box per field on a byte ruler, padding hatched,
//! the tag (or the niche value standing in for it) marked in each enum
//! variant's row, and the niche an enclosing enum could use drawn under the
//! ruler. Two panels (a definition and its `#[repr(C)]` copy) share one byte
//! scale and sit side by side when they fit, one above the other otherwise.
//!
//! Geometry first ([`Mark`]s with integer coordinates), then SVG text.

use std::fmt::Write;

use crate::layout::{FieldLayout, TypeLayout};
use crate::layout_request::Panel;

use super::svg::{escape, sanitize_id};

/// Width the pictures are drawn for: mdBook's content column.
const MAX_WIDTH: i32 = 720;
const MARGIN: i32 = 12;
const PANEL_GAP: i32 = 40;
/// Approximate advance of the 13px and 11px monospace fonts.
const CHAR: i32 = 8;
const SMALL_CHAR: i32 = 7;
const ROW_HEIGHT: i32 = 40;
const ROW_GAP: i32 = 6;
const HEADING_HEIGHT: i32 = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
}

/// One shape of a diagram.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mark {
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        class: &'static str,
    },
    Hatch {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
    },
    Line {
        x1: i32,
        y1: i32,
        x2: i32,
        y2: i32,
        class: &'static str,
    },
    Text {
        x: i32,
        y: i32,
        text: String,
        class: &'static str,
        anchor: Anchor,
    },
}

/// A laid-out picture.
struct Drawing {
    width: i32,
    height: i32,
    marks: Vec<Mark>,
}

/// What occupies a byte range of one row.
struct Item {
    start: u64,
    end: u64,
    class: &'static str,
    name: String,
    detail: String,
}

struct Row {
    label: String,
    items: Vec<Item>,
    /// Gaps not covered by any item, hatched.
    gaps: Vec<(u64, u64)>,
    note: Option<&'static str>,
}

/// One SVG holding `panels`; `id` prefixes every id in it, `title` names it.
pub fn diagram_svg(panels: &[Panel], id: &str, title: &str) -> String {
    let id = sanitize_id(id);
    let drawing = draw(panels);
    let desc = describe(panels);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"mm-picture mm-layout-diagram\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">",
        w = drawing.width,
        h = drawing.height
    );
    let _ = write!(
        out,
        "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc><style>{}</style>",
        escape(title),
        escape(&desc),
        style(&id)
    );
    let _ = write!(
        out,
        "<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line class=\"mm-l-hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>"
    );
    for mark in &drawing.marks {
        write_mark(&mut out, mark, &id);
    }
    out.push_str("</svg>");
    out
}

/// The title for a diagram of `panels`: `Byte layout of S1` or
/// `Byte layout of S1: default repr and #[repr(C)]`.
pub fn diagram_title(panels: &[Panel]) -> String {
    let names: Vec<&str> = panels.iter().map(|panel| panel.heading.as_str()).collect();
    format!("Byte layout of {}", names.join(" and of "))
}

fn style(id: &str) -> String {
    let rules: &[(&str, &str)] = &[
        ("", "max-width:100%;height:auto"),
        ("text", "font-family:FONT;font-size:13px;fill:var(--fg,#000)"),
        (
            ".mm-l-field",
            "fill:var(--bg,#fff);stroke:var(--fg,#000);stroke-opacity:.6",
        ),
        (
            ".mm-l-tag",
            "fill:var(--links,#20609f);fill-opacity:.18;stroke:var(--links,#20609f);stroke-width:1.5",
        ),
        (
            ".mm-l-niche-value",
            "fill:var(--warning-border,#ff8e00);fill-opacity:.18;stroke:var(--warning-border,#ff8e00);stroke-width:1.5",
        ),
        (".mm-l-pad", "stroke:var(--fg,#000);stroke-opacity:.3"),
        (
            ".mm-l-hatch",
            "stroke:var(--fg,#000);stroke-opacity:.35;stroke-width:1.5",
        ),
        (".mm-l-rule", "stroke:var(--fg,#000);stroke-opacity:.6"),
        (".mm-l-tick", "stroke:var(--fg,#000);stroke-opacity:.4"),
        (".mm-l-niche", "fill:var(--warning-border,#ff8e00)"),
        (".mm-t-head", "font-weight:bold"),
        (".mm-t-name", "font-weight:bold"),
        (".mm-t-small", "font-size:11px;fill-opacity:.75"),
        (".mm-t-note", "font-size:11px;font-style:italic;fill-opacity:.75"),
    ];
    super::svg::scoped_css(id, rules)
}

fn write_mark(out: &mut String, mark: &Mark, id: &str) {
    match mark {
        Mark::Rect { x, y, w, h, class } => {
            let _ = write!(
                out,
                "<rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\"/>",
                w.max(&0),
                h.max(&0)
            );
        }
        Mark::Hatch { x, y, w, h } => {
            let _ = write!(
                out,
                "<rect class=\"mm-l-pad\" x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"url(#{id}-hatch)\"/>",
                w.max(&0),
                h.max(&0)
            );
        }
        Mark::Line { x1, y1, x2, y2, class } => {
            let _ = write!(
                out,
                "<line class=\"{class}\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\"/>"
            );
        }
        Mark::Text {
            x,
            y,
            text,
            class,
            anchor,
        } => {
            let anchor = match anchor {
                Anchor::Start => "",
                Anchor::Middle => " text-anchor=\"middle\"",
            };
            let _ = write!(
                out,
                "<text class=\"{class}\" x=\"{x}\" y=\"{y}\"{anchor}>{}</text>",
                escape(text)
            );
        }
    }
}

/// Pixels per byte: the largest panel fills the width it is given, within
/// limits that keep one byte visible and a small type from looking huge.
fn byte_scale(largest: u64, available: i32) -> i32 {
    let largest = i32::try_from(largest.max(1)).unwrap_or(i32::MAX);
    (available / largest).clamp(1, 64)
}

fn px(bytes: u64, scale: i32) -> i32 {
    i32::try_from(bytes).unwrap_or(i32::MAX / 128).saturating_mul(scale)
}

fn draw(panels: &[Panel]) -> Drawing {
    let beside = draw_arranged(panels, true);
    if beside.width <= MAX_WIDTH {
        beside
    } else {
        draw_arranged(panels, false)
    }
}

/// Draws the panels, side by side when `beside` allows it and their bytes are
/// wide enough to read, one above the other otherwise.
fn draw_arranged(panels: &[Panel], beside: bool) -> Drawing {
    let rows: Vec<Vec<Row>> = panels.iter().map(|panel| rows_of(&panel.layout)).collect();
    let label_width = rows
        .iter()
        .flatten()
        .map(|row| text_width(&row.label, CHAR))
        .max()
        .map_or(0, |width| if width > 0 { (width + 12).min(160) } else { 0 });
    let largest = panels.iter().map(|panel| panel.layout.size).max().unwrap_or(0);
    let side_by_side_scale = byte_scale(largest, (MAX_WIDTH - 2 * MARGIN - PANEL_GAP) / 2 - label_width);
    let side_by_side = beside && panels.len() == 2 && side_by_side_scale >= 28;
    let scale = if side_by_side {
        side_by_side_scale.min(48)
    } else {
        byte_scale(largest, MAX_WIDTH - 2 * MARGIN - label_width)
    };
    let mut marks = Vec::new();
    let (mut x, mut y) = (MARGIN, MARGIN);
    let (mut width, mut height) = (0, 0);
    for (panel, rows) in panels.iter().zip(&rows) {
        let (panel_width, panel_height) = draw_panel(&mut marks, panel, rows, x, y, label_width, scale);
        width = width.max(x + panel_width);
        height = height.max(y + panel_height);
        if side_by_side {
            x += panel_width + PANEL_GAP;
        } else {
            y += panel_height + 24;
        }
    }
    Drawing {
        width: width + MARGIN,
        height: height + MARGIN,
        marks,
    }
}

/// Draws one panel at (`x`, `y`); returns its width and height.
fn draw_panel(
    marks: &mut Vec<Mark>,
    panel: &Panel,
    rows: &[Row],
    x: i32,
    y: i32,
    label_width: i32,
    scale: i32,
) -> (i32, i32) {
    let layout = &panel.layout;
    let summary = format!(
        "size {}, align {}{}",
        layout.size,
        layout.align,
        if layout.uninhabited { ", uninhabited" } else { "" }
    );
    marks.push(text(x, y + 14, &panel.heading, "mm-t-head", Anchor::Start));
    marks.push(text(x, y + 30, &summary, "mm-t-small", Anchor::Start));
    let bytes_x = x + label_width;
    let bytes_width = px(layout.size, scale);
    let mut width = text_width(&panel.heading, CHAR).max(text_width(&summary, SMALL_CHAR));
    let mut row_y = y + HEADING_HEIGHT;
    for row in rows {
        if !row.label.is_empty() {
            marks.push(text(x, row_y + 24, &row.label, "mm-t-name", Anchor::Start));
        }
        for &(start, end) in &row.gaps {
            marks.push(Mark::Hatch {
                x: bytes_x + px(start, scale),
                y: row_y,
                w: px(end - start, scale),
                h: ROW_HEIGHT,
            });
        }
        for item in &row.items {
            let (item_x, item_w) = (bytes_x + px(item.start, scale), px(item.end - item.start, scale));
            marks.push(Mark::Rect {
                x: item_x,
                y: row_y,
                w: item_w,
                h: ROW_HEIGHT,
                class: item.class,
            });
            let centre = item_x + item_w / 2;
            if let Some(name) = fitted(&item.name, item_w - 6, CHAR) {
                marks.push(text(centre, row_y + 17, &name, "mm-t-name", Anchor::Middle));
            }
            if let Some(detail) = fitted(&item.detail, item_w - 6, SMALL_CHAR) {
                marks.push(text(centre, row_y + 32, &detail, "mm-t-small", Anchor::Middle));
            }
        }
        if let Some(note) = row.note {
            marks.push(text(bytes_x + 4, row_y + 24, note, "mm-t-note", Anchor::Start));
            width = width.max(label_width + text_width(note, SMALL_CHAR) + 4);
        }
        row_y += ROW_HEIGHT + ROW_GAP;
    }
    // The ruler: a tick at every byte boundary (when bytes are wide enough to
    // tell apart) and offsets where something starts or ends.
    let rule_y = row_y + 2;
    marks.push(line(bytes_x, rule_y, bytes_x + bytes_width, rule_y, "mm-l-rule"));
    let boundaries = boundaries_of(rows, layout.size);
    if scale >= 6 {
        for byte in (0..=layout.size).filter(|byte| !boundaries.contains(byte)) {
            let tick_x = bytes_x + px(byte, scale);
            marks.push(line(tick_x, rule_y, tick_x, rule_y + 4, "mm-l-tick"));
        }
    }
    let mut last_label_end = i32::MIN;
    for &byte in &boundaries {
        let tick_x = bytes_x + px(byte, scale);
        marks.push(line(tick_x, rule_y, tick_x, rule_y + 7, "mm-l-tick"));
        let label = byte.to_string();
        let half = text_width(&label, SMALL_CHAR) / 2;
        if tick_x - half > last_label_end + 4 {
            marks.push(text(tick_x, rule_y + 20, &label, "mm-t-small", Anchor::Middle));
            last_label_end = tick_x + half;
        }
    }
    let mut bottom = rule_y + 26;
    width = width.max(label_width + bytes_width + SMALL_CHAR);
    if let Some(niche) = &layout.niche {
        let niche_y = bottom + 4;
        marks.push(Mark::Rect {
            x: bytes_x + px(niche.offset, scale),
            y: niche_y,
            w: px(niche.size, scale).max(2),
            h: 5,
            class: "mm-l-niche",
        });
        let words = format!(
            "niche at {}: {} invalid value{} left for an enclosing enum",
            byte_range(niche.offset, niche.offset + niche.size),
            count(niche.available),
            if niche.available == 1 { "" } else { "s" }
        );
        marks.push(text(
            bytes_x + px(niche.offset, scale),
            niche_y + 20,
            &words,
            "mm-t-note",
            Anchor::Start,
        ));
        width = width.max(label_width + px(niche.offset, scale) + text_width(&words, SMALL_CHAR));
        bottom = niche_y + 24;
    }
    (width, bottom - y)
}

/// Offsets where something starts or ends in any row, with 0 and the size.
fn boundaries_of(rows: &[Row], size: u64) -> std::collections::BTreeSet<u64> {
    let mut boundaries: std::collections::BTreeSet<u64> = [0, size].into();
    for row in rows {
        boundaries.extend(row.items.iter().flat_map(|item| [item.start, item.end]));
        boundaries.extend(row.gaps.iter().flat_map(|&(start, end)| [start, end]));
    }
    boundaries
}

fn line(x1: i32, y1: i32, x2: i32, y2: i32, class: &'static str) -> Mark {
    Mark::Line { x1, y1, x2, y2, class }
}

fn text(x: i32, y: i32, text: &str, class: &'static str, anchor: Anchor) -> Mark {
    Mark::Text {
        x,
        y,
        text: text.to_string(),
        class,
        anchor,
    }
}

fn text_width(text: &str, char_width: i32) -> i32 {
    i32::try_from(text.chars().count()).unwrap_or(i32::MAX / 16) * char_width
}

/// `text`, shortened with `…` to fit `width`; `None` if not even one
/// character fits.
fn fitted(text: &str, width: i32, char_width: i32) -> Option<String> {
    let room = usize::try_from(width / char_width).unwrap_or(0);
    let length = text.chars().count();
    if room == 0 || text.is_empty() {
        None
    } else if length <= room {
        Some(text.to_string())
    } else if room == 1 {
        Some("…".to_string())
    } else {
        Some(text.chars().take(room - 1).chain(['…']).collect())
    }
}

/// The rows of one layout: one for a struct, tuple or fat pointer, one per
/// variant for an enum, one whole-size box for a type drawn without fields.
fn rows_of(layout: &TypeLayout) -> Vec<Row> {
    if !layout.variants.is_empty() {
        return layout
            .variants
            .iter()
            .map(|variant| {
                if variant.uninhabited && variant.fields.is_empty() && variant.tag_bits.is_none() {
                    return Row {
                        label: variant.name.clone(),
                        items: Vec::new(),
                        gaps: Vec::new(),
                        note: Some("never exists (uninhabited)"),
                    };
                }
                let mut items = field_items(&variant.fields);
                if let Some(tag) = &layout.tag {
                    let value = variant.tag_bits.map(|bits| {
                        if tag.kind == "direct" {
                            format!("= {bits}")
                        } else {
                            format!("= {bits:#x}")
                        }
                    });
                    if let Some(value) = value {
                        let (name, class) = if tag.kind == "direct" {
                            ("tag", "mm-l-tag")
                        } else {
                            ("niche", "mm-l-niche-value")
                        };
                        items.push(Item {
                            start: tag.offset,
                            end: tag.offset + tag.size,
                            class,
                            name: name.to_string(),
                            detail: value,
                        });
                    }
                }
                items.sort_by_key(|item| item.start);
                let gaps = gaps_of(&items, layout.size);
                Row {
                    label: variant.name.clone(),
                    items,
                    gaps,
                    note: None,
                }
            })
            .collect();
    }
    if !layout.fields.is_empty() {
        let items = field_items(&layout.fields);
        let gaps = gaps_of(&items, layout.size);
        return vec![Row {
            label: String::new(),
            items,
            gaps,
            note: None,
        }];
    }
    if layout.size == 0 {
        return vec![Row {
            label: String::new(),
            items: Vec::new(),
            gaps: Vec::new(),
            note: Some("zero-sized: no bytes at all"),
        }];
    }
    vec![Row {
        label: String::new(),
        items: vec![Item {
            start: 0,
            end: layout.size,
            class: "mm-l-field",
            name: layout.ty.clone(),
            detail: format!("{} bytes", layout.size),
        }],
        gaps: Vec::new(),
        note: None,
    }]
}

/// Fields that take bytes (zero-sized ones are only in the description).
fn field_items(fields: &[FieldLayout]) -> Vec<Item> {
    fields
        .iter()
        .filter(|field| field.size > 0)
        .map(|field| Item {
            start: field.offset,
            end: field.offset + field.size,
            class: "mm-l-field",
            name: field.name.clone(),
            detail: field.ty.clone(),
        })
        .collect()
}

fn gaps_of(items: &[Item], size: u64) -> Vec<(u64, u64)> {
    let mut gaps = Vec::new();
    let mut covered = 0;
    for item in items {
        if item.start > covered {
            gaps.push((covered, item.start));
        }
        covered = covered.max(item.end);
    }
    if size > covered {
        gaps.push((covered, size));
    }
    gaps
}

/// `2^63`, `2^63 - 1` or the number itself: niche counts are often powers of two.
fn count(value: u128) -> String {
    if value > 1 << 20 {
        if value.is_power_of_two() {
            return format!("2^{}", value.trailing_zeros());
        }
        match value.checked_add(1) {
            Some(next) if next.is_power_of_two() => return format!("2^{} - 1", next.trailing_zeros()),
            None => return "2^128 - 1".to_string(),
            Some(_) => {}
        }
    }
    value.to_string()
}

/// `byte 3` or `bytes 0-7` (inclusive).
fn byte_range(start: u64, end: u64) -> String {
    if end <= start + 1 {
        format!("byte {start}")
    } else {
        format!("bytes {start}-{}", end - 1)
    }
}

/// The diagram in words, for the SVG `<desc>`.
fn describe(panels: &[Panel]) -> String {
    let mut sentences = Vec::new();
    for panel in panels {
        let layout = &panel.layout;
        sentences.push(format!(
            "{}: {} byte{}, aligned to {}{}.",
            panel.heading,
            layout.size,
            if layout.size == 1 { "" } else { "s" },
            layout.align,
            if layout.uninhabited { ", uninhabited" } else { "" }
        ));
        let fields_in_words = |fields: &[FieldLayout]| {
            fields
                .iter()
                .map(|field| {
                    // Tuple-like fields are numbered; "field 0" reads better than "0".
                    let name = if field.name.starts_with(|c: char| c.is_ascii_digit()) {
                        format!("field {}", field.name)
                    } else {
                        field.name.clone()
                    };
                    if field.size == 0 {
                        format!("{name} ({}) takes no bytes", field.ty)
                    } else {
                        format!(
                            "{name} ({}) at {}",
                            field.ty,
                            byte_range(field.offset, field.offset + field.size)
                        )
                    }
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        if !layout.fields.is_empty() {
            sentences.push(format!("Fields: {}.", fields_in_words(&layout.fields)));
        }
        if let Some(tag) = &layout.tag {
            let kind = if tag.kind == "direct" {
                "a tag"
            } else {
                "a niche in the data"
            };
            sentences.push(format!(
                "The variant is told by {kind} at {}.",
                byte_range(tag.offset, tag.offset + tag.size)
            ));
        }
        for variant in &layout.variants {
            let mut sentence = format!("Variant {}: {}", variant.name, variant.encoding);
            if !variant.fields.is_empty() {
                let _ = write!(sentence, "; {}", fields_in_words(&variant.fields));
            }
            sentences.push(format!("{sentence}."));
        }
        if layout.fields.is_empty() && layout.variants.is_empty() && layout.size > 0 {
            sentences.push(format!("Drawn as one {}-byte box.", layout.size));
        }
        if !layout.padding.is_empty() {
            let gaps: Vec<String> = layout
                .padding
                .iter()
                .map(|&(start, end)| byte_range(start, end))
                .collect();
            sentences.push(format!("Padding: {}.", gaps.join(", ")));
        } else if !layout.fields.is_empty() {
            sentences.push("No padding.".to_string());
        }
        if let Some(niche) = &layout.niche {
            sentences.push(format!(
                "Niche at {}: {} invalid value{} left for an enclosing enum.",
                byte_range(niche.offset, niche.offset + niche.size),
                count(niche.available),
                if niche.available == 1 { "" } else { "s" }
            ));
        }
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_shortened_to_fit() {
        assert_eq!(fitted("String", 100, 8).as_deref(), Some("String"));
        assert_eq!(fitted("String", 40, 8).as_deref(), Some("Stri…"));
        assert_eq!(fitted("String", 8, 8).as_deref(), Some("…"));
        assert_eq!(fitted("String", 7, 8), None);
        assert_eq!(fitted("String", -5, 8), None);
    }

    #[test]
    fn niche_counts_read_as_powers_of_two() {
        assert_eq!(count(1), "1");
        assert_eq!(count(254), "254");
        assert_eq!(count(1 << 63), "2^63");
        assert_eq!(count((1 << 63) - 1), "2^63 - 1");
        assert_eq!(count(u128::MAX), "2^128 - 1");
    }

    #[test]
    fn gaps_are_the_uncovered_bytes() {
        let item = |start, end| Item {
            start,
            end,
            class: "mm-l-field",
            name: String::new(),
            detail: String::new(),
        };
        assert_eq!(gaps_of(&[item(2, 4), item(5, 6)], 8), vec![(0, 2), (4, 5), (6, 8)]);
        assert_eq!(gaps_of(&[], 0), Vec::<(u64, u64)>::new());
    }
}
