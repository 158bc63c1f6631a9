//! Writes a [`Picture`] as SVG text.
//!
//! The text is written by hand rather than through the `svg` crate: we need
//! exact control over escaping, attribute order (for byte-stable output) and
//! a `<style>` element whose selectors are scoped by the picture's id.
//! The output is a single line.

use std::fmt::Write;

use super::geometry::{Anchor, Arrow, ArrowStyle, BoxStyle, Heading, Picture, Point, Shape, TextStyle};

/// Escapes text for XML content and attribute values. Newlines, tabs and
/// carriage returns become character references so the output stays on one
/// line; characters XML forbids become U+FFFD.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            '\u{0}'..='\u{1F}' | '\u{7F}' | '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Keeps ids and CSS selectors valid whatever prefix the caller passes:
/// letters, digits, `-` and `_`, starting with a letter.
pub fn sanitize_id(prefix: &str) -> String {
    let mut id: String = prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id.insert_str(0, "mm-");
    }
    id
}

pub(crate) const FONT: &str =
    "ui-monospace,SFMono-Regular,Menlo,Consolas,'DejaVu Sans Mono','Liberation Mono',monospace";

/// The picture's styles, every selector under `#id` so that many pictures on
/// one page (mdBook's print page) cannot affect each other. Every colour is
/// an mdBook theme variable with a fallback for pages without the theme.
fn style(id: &str) -> String {
    let rules: &[(&str, &str)] = &[
        ("", "font-family:FONT;max-width:100%;height:auto"),
        ("text", "font-family:FONT;font-size:13px;fill:var(--fg,#000)"),
        (
            ".mm-panel",
            "fill:var(--quote-bg,#f1f6f9);stroke:var(--fg,#000);stroke-opacity:.12",
        ),
        (
            ".mm-frame",
            "fill:var(--bg,#fff);stroke:var(--fg,#000);stroke-opacity:.35",
        ),
        (
            ".mm-cell",
            "fill:var(--bg,#fff);stroke:var(--fg,#000);stroke-opacity:.55",
        ),
        (
            ".mm-empty",
            "fill:none;stroke:var(--fg,#000);stroke-opacity:.45;stroke-dasharray:3 2",
        ),
        (".mm-composite", "fill:none;stroke:var(--fg,#000);stroke-opacity:.3"),
        (
            ".mm-freed-box",
            "fill:none;stroke:var(--warning-border,#ff8e00);stroke-width:1.5;stroke-dasharray:5 3",
        ),
        (".mm-badge-box", "fill:var(--links,#20609f)"),
        (".mm-note-bar", "fill:var(--warning-border,#ff8e00)"),
        (
            ".mm-hatch-line",
            "stroke:var(--fg,#000);stroke-opacity:.35;stroke-width:1.5",
        ),
        (
            ".mm-t-panel",
            "font-size:12px;font-weight:bold;letter-spacing:.08em;fill-opacity:.75",
        ),
        (".mm-t-frame", "font-weight:bold"),
        (".mm-t-name", "font-weight:bold"),
        (".mm-t-small", "font-size:11px;fill-opacity:.72"),
        (".mm-t-mark", "font-size:11px;font-style:italic;fill-opacity:.72"),
        (".mm-t-error", "font-size:11px;font-weight:bold"),
        (".mm-t-badge", "font-size:11px;font-weight:bold;fill:var(--bg,#fff)"),
        (".mm-moved", "opacity:.45"),
        (".mm-freed", "opacity:.8"),
        (".mm-own", "color:var(--fg,#000)"),
        (".mm-shared", "color:var(--links,#20609f)"),
        (".mm-unique", "color:var(--links,#20609f)"),
        (".mm-weak", "color:var(--fg,#000)"),
        (".mm-raw", "color:var(--fg,#000)"),
        (".mm-code", "color:var(--fg,#000)"),
        (".mm-dangling", "color:var(--warning-border,#ff8e00)"),
        (
            ".mm-line",
            "fill:none;stroke:currentColor;stroke-width:1.6;stroke-linejoin:round",
        ),
        (".mm-shared .mm-line", "stroke-dasharray:6 3"),
        (".mm-unique .mm-line", "stroke-width:2.4"),
        (
            ".mm-weak .mm-line",
            "stroke-dasharray:1 3.5;stroke-linecap:round;stroke-width:2",
        ),
        (".mm-raw .mm-line", "stroke-width:1;stroke-dasharray:8 2 2 2"),
        (".mm-code .mm-line", "stroke-width:1.2;stroke-dasharray:2 2"),
        (".mm-fill", "fill:currentColor;stroke:none"),
        (".mm-open", "fill:var(--bg,#fff);stroke:currentColor;stroke-width:1.5"),
        (
            ".mm-v",
            "fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round",
        ),
        (".mm-range", "stroke:currentColor;stroke-width:3"),
    ];
    scoped_css(id, rules)
}

/// Writes a picture as one line of SVG. `title` and `desc` are plain text.
pub fn write_svg(picture: &Picture, id: &str, title: &str, desc: &str) -> String {
    let id = sanitize_id(id);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"mm-picture\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">",
        w = picture.width,
        h = picture.height,
    );
    let _ = write!(
        out,
        "<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(desc)
    );
    let _ = write!(out, "<style>{}</style>", style(&id));
    let _ = write!(
        out,
        "<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line class=\"mm-hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>"
    );
    for shape in &picture.shapes {
        write_shape(&mut out, shape, &id);
    }
    out.push_str("</svg>");
    out
}

fn box_class(style: BoxStyle) -> &'static str {
    match style {
        BoxStyle::Panel => "mm-panel",
        BoxStyle::Frame => "mm-frame",
        BoxStyle::Cell => "mm-cell",
        BoxStyle::EmptyCell => "mm-empty",
        BoxStyle::Composite => "mm-composite",
        BoxStyle::Freed => "mm-freed-box",
        BoxStyle::Badge => "mm-badge-box",
        BoxStyle::NoteBar => "mm-note-bar",
    }
}

fn box_radius(style: BoxStyle) -> i32 {
    match style {
        BoxStyle::Panel | BoxStyle::Frame => 6,
        BoxStyle::Badge => 10,
        BoxStyle::Composite | BoxStyle::Freed => 4,
        BoxStyle::NoteBar => 2,
        BoxStyle::Cell | BoxStyle::EmptyCell => 0,
    }
}

fn text_class(style: TextStyle) -> &'static str {
    match style {
        TextStyle::PanelTitle => "mm-t-panel",
        TextStyle::FrameTitle => "mm-t-frame",
        TextStyle::Name => "mm-t-name",
        TextStyle::Value => "mm-t-value",
        TextStyle::Small => "mm-t-small",
        TextStyle::Mark => "mm-t-mark",
        TextStyle::Error => "mm-t-error",
        TextStyle::Badge => "mm-t-badge",
        TextStyle::Note => "mm-t-note",
    }
}

/// The class naming a pointer kind; tests look for these.
pub fn arrow_class(style: ArrowStyle) -> &'static str {
    match style {
        ArrowStyle::Owning => "mm-own",
        ArrowStyle::Shared => "mm-shared",
        ArrowStyle::Unique => "mm-unique",
        ArrowStyle::Weak => "mm-weak",
        ArrowStyle::Raw => "mm-raw",
        ArrowStyle::Code => "mm-code",
    }
}

fn group_class(style: ArrowStyle, dangling: bool) -> String {
    if dangling {
        format!("{} mm-dangling", arrow_class(style))
    } else {
        arrow_class(style).to_string()
    }
}

fn write_shape(out: &mut String, shape: &Shape, id: &str) {
    match shape {
        Shape::Box { rect, style } => {
            let radius = box_radius(*style);
            let _ = write!(
                out,
                "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                box_class(*style),
                rect.x,
                rect.y,
                rect.w.max(0),
                rect.h.max(0)
            );
            if radius > 0 {
                let _ = write!(out, " rx=\"{radius}\"");
            }
            out.push_str("/>");
        }
        Shape::Hatch { rect } => {
            let _ = write!(
                out,
                "<rect class=\"mm-unused\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#{id}-hatch)\"/>",
                rect.x,
                rect.y,
                rect.w.max(0),
                rect.h.max(0)
            );
        }
        Shape::Text {
            at,
            text,
            style,
            anchor,
        } => {
            let _ = write!(
                out,
                "<text class=\"{}\" x=\"{}\" y=\"{}\"{}>{}</text>",
                text_class(*style),
                at.x,
                at.y,
                match anchor {
                    Anchor::Start => "",
                    Anchor::Middle => " text-anchor=\"middle\"",
                },
                escape(text)
            );
        }
        Shape::Dot { at, style, dangling } => {
            let _ = write!(
                out,
                "<circle class=\"mm-dot mm-fill {}\" cx=\"{}\" cy=\"{}\" r=\"4\"/>",
                group_class(*style, *dangling),
                at.x,
                at.y
            );
        }
        Shape::RangeMark {
            from,
            to,
            style,
            dangling,
        } => {
            let _ = write!(
                out,
                "<line class=\"mm-range {}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                group_class(*style, *dangling),
                from.x,
                from.y,
                to.x,
                to.y
            );
        }
        Shape::Arrow(arrow) => write_arrow(out, arrow),
        Shape::Moved(inner) => {
            out.push_str("<g class=\"mm-moved\">");
            for shape in inner {
                write_shape(out, shape, id);
            }
            out.push_str("</g>");
        }
        Shape::Freed(inner) => {
            out.push_str("<g class=\"mm-freed\">");
            for shape in inner {
                write_shape(out, shape, id);
            }
            out.push_str("</g>");
        }
    }
}

/// Corner radius of arrow bends.
const BEND: i32 = 5;
const HEAD_LEN: i32 = 9;
const HEAD_HALF: i32 = 5;

fn write_arrow(out: &mut String, arrow: &Arrow) {
    let Some(&tip) = arrow.points.last() else {
        return;
    };
    let _ = write!(
        out,
        "<g class=\"mm-arrow {}\">",
        group_class(arrow.style, arrow.dangling)
    );
    // The line stops where the head begins, so the head's point stays sharp.
    let back = if arrow.ends_in_cross {
        0
    } else {
        match arrow.style {
            ArrowStyle::Shared => 1,
            _ => HEAD_LEN - 1,
        }
    };
    let mut points = arrow.points.clone();
    if let Some(last) = points.last_mut() {
        *last = step_back(*last, arrow.heading, back);
    }
    let _ = write!(out, "<path class=\"mm-line\" d=\"{}\"/>", path_data(&points));
    if arrow.ends_in_cross {
        let r = 5;
        let _ = write!(
            out,
            "<path class=\"mm-v\" d=\"M{} {}L{} {}M{} {}L{} {}\"/>",
            tip.x - r,
            tip.y - r,
            tip.x + r,
            tip.y + r,
            tip.x - r,
            tip.y + r,
            tip.x + r,
            tip.y - r
        );
    } else {
        write_head(out, arrow.style, tip, arrow.heading);
    }
    out.push_str("</g>");
}

fn step_back(p: Point, heading: Heading, by: i32) -> Point {
    match heading {
        Heading::Right => Point { x: p.x - by, ..p },
        Heading::Left => Point { x: p.x + by, ..p },
        Heading::Down => Point { y: p.y - by, ..p },
        Heading::Up => Point { y: p.y + by, ..p },
    }
}

/// The head's outline: the tip, then its two back corners.
fn head_points(tip: Point, heading: Heading) -> [Point; 3] {
    let base = step_back(tip, heading, HEAD_LEN);
    let (a, b) = match heading {
        Heading::Left | Heading::Right => (
            Point {
                y: base.y - HEAD_HALF,
                ..base
            },
            Point {
                y: base.y + HEAD_HALF,
                ..base
            },
        ),
        Heading::Up | Heading::Down => (
            Point {
                x: base.x - HEAD_HALF,
                ..base
            },
            Point {
                x: base.x + HEAD_HALF,
                ..base
            },
        ),
    };
    [tip, a, b]
}

fn write_head(out: &mut String, style: ArrowStyle, tip: Point, heading: Heading) {
    let [tip, a, b] = head_points(tip, heading);
    match style {
        // Owning pointers and `&mut` get a solid head; `&` an open chevron.
        ArrowStyle::Owning | ArrowStyle::Unique => {
            let _ = write!(
                out,
                "<path class=\"mm-fill\" d=\"M{} {}L{} {}L{} {}Z\"/>",
                tip.x, tip.y, a.x, a.y, b.x, b.y
            );
        }
        ArrowStyle::Shared => {
            let _ = write!(
                out,
                "<path class=\"mm-v\" d=\"M{} {}L{} {}L{} {}\"/>",
                a.x, a.y, tip.x, tip.y, b.x, b.y
            );
        }
        // A fn pointer's head is open like a raw pointer's: it owns and borrows nothing.
        ArrowStyle::Raw | ArrowStyle::Code => {
            let _ = write!(
                out,
                "<path class=\"mm-open\" d=\"M{} {}L{} {}L{} {}Z\"/>",
                tip.x, tip.y, a.x, a.y, b.x, b.y
            );
        }
        ArrowStyle::Weak => {
            let centre = step_back(tip, heading, 4);
            let _ = write!(
                out,
                "<circle class=\"mm-open\" cx=\"{}\" cy=\"{}\" r=\"4\"/>",
                centre.x, centre.y
            );
        }
    }
}

/// An orthogonal polyline as path data with rounded bends.
fn path_data(points: &[Point]) -> String {
    let mut d = String::new();
    let Some(first) = points.first() else {
        return d;
    };
    let _ = write!(d, "M{} {}", first.x, first.y);
    for i in 1..points.len() {
        let here = points[i];
        if i + 1 < points.len() {
            let prev = points[i - 1];
            let next = points[i + 1];
            let r = BEND.min(distance(prev, here) / 2).min(distance(here, next) / 2);
            let before = towards(here, prev, r);
            let after = towards(here, next, r);
            let _ = write!(
                d,
                "L{} {}Q{} {} {} {}",
                before.x, before.y, here.x, here.y, after.x, after.y
            );
        } else {
            let _ = write!(d, "L{} {}", here.x, here.y);
        }
    }
    d
}

fn distance(a: Point, b: Point) -> i32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

/// The point `by` units from `from` towards `to` along an axis-parallel segment.
fn towards(from: Point, to: Point, by: i32) -> Point {
    Point {
        x: from.x + (to.x - from.x).signum() * by,
        y: from.y + (to.y - from.y).signum() * by,
    }
}

/// CSS rules scoped to the element `#id`: an empty selector styles the
/// element itself; `FONT` in a body is the monospace font stack and `ID` in a
/// selector is the id (for selector lists).
pub(crate) fn scoped_css(id: &str, rules: &[(&str, &str)]) -> String {
    let mut css = String::new();
    for (selector, body) in rules {
        let body = body.replace("FONT", FONT);
        if selector.is_empty() {
            let _ = write!(css, "#{id}{{{body}}}");
        } else {
            let _ = write!(css, "#{id} {}{{{body}}}", selector.replace("ID", id));
        }
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_quotes_and_line_breaks() {
        assert_eq!(
            escape("</svg><script>\"'&\n]]>"),
            "&lt;/svg&gt;&lt;script&gt;&quot;&#39;&amp;&#10;]]&gt;"
        );
        assert_eq!(escape("a\u{0}b"), "a\u{FFFD}b");
    }

    #[test]
    fn ids_are_made_safe_for_selectors() {
        assert_eq!(sanitize_id("ch1-b2"), "ch1-b2");
        assert_eq!(sanitize_id("1 a\"b"), "mm-1_a_b");
    }

    #[test]
    fn bends_are_rounded() {
        let d = path_data(&[Point { x: 0, y: 0 }, Point { x: 20, y: 0 }, Point { x: 20, y: 20 }]);
        assert_eq!(d, "M0 0L15 0Q20 0 20 5L20 20");
    }
}
