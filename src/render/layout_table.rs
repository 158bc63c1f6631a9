//! The size table of a `memory-layout` block, as one line of HTML.
//!
//! mdBook's theme already styles tables (borders, header and alternate-row
//! backgrounds from its CSS variables); the scoped rules here only align the
//! numbers and set the type column in the code font, with fallbacks for pages
//! without the theme.

use std::fmt::Write;

use crate::layout::Target;
use crate::layout_request::SizeTable;

use super::svg::escape;

/// Rules for the table inside the block wrapper `#id`.
pub fn table_css(id: &str) -> String {
    let rules: &[(&str, &str)] = &[
        (".mm-size-table", "border-collapse:collapse;margin:0.5em 0"),
        (
            ".mm-size-table caption",
            "caption-side:bottom;text-align:left;font-size:0.85em;opacity:0.8;padding-top:0.4em;white-space:nowrap",
        ),
        (
            ".mm-size-table th,#ID .mm-size-table td",
            "padding:0.25em 0.8em;border:1px solid var(--table-border-color,#ccc)",
        ),
        (".mm-size-table th", "text-align:left;font-weight:normal"),
        (
            ".mm-size-table thead th",
            "background:var(--table-header-bg,#f6f7f6);color:var(--fg,#000);font-weight:bold",
        ),
        (
            ".mm-size-table td.mm-num",
            "text-align:right;font-variant-numeric:tabular-nums",
        ),
        (
            ".mm-size-table code",
            "font-family:var(--mono-font,ui-monospace,monospace);color:var(--inline-code-color,#301900);background:none;padding:0",
        ),
    ];
    super::svg::scoped_css(id, rules)
}

/// The table: one row per type; one column per `columns:` template with the
/// size of the substituted type (its alignment in the cell's title), or size
/// and align columns when no templates were given.
pub fn table_html(table: &SizeTable, target: Target) -> String {
    let mut out = String::from("<table class=\"mm-size-table\">");
    let bits = target.pointer_width;
    let caption = match table.column_templates {
        Some(_) => format!("Size in bytes, {bits}-bit target (a cell's tooltip gives its alignment)"),
        None => format!("Bytes, {bits}-bit target"),
    };
    let _ = write!(
        out,
        "<caption>{}</caption><thead><tr><th scope=\"col\">Type</th>",
        escape(&caption)
    );
    match &table.column_templates {
        Some(templates) => {
            for template in templates {
                let _ = write!(out, "<th scope=\"col\"><code>{}</code></th>", escape(template));
            }
        }
        None => out.push_str("<th scope=\"col\">size</th><th scope=\"col\">align</th>"),
    }
    out.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        let _ = write!(out, "<tr><th scope=\"row\"><code>{}</code></th>", escape(&row.ty));
        if table.column_templates.is_some() {
            for cell in &row.cells {
                let _ = write!(
                    out,
                    "<td class=\"mm-num\" title=\"{}: size {}, align {}\">{}</td>",
                    escape(&cell.ty),
                    cell.size,
                    cell.align,
                    cell.size
                );
            }
        } else if let Some(cell) = row.cells.first() {
            let _ = write!(
                out,
                "<td class=\"mm-num\">{}</td><td class=\"mm-num\">{}</td>",
                cell.size, cell.align
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}
