//! `memory-layout` blocks: what the author asks for (a size table, byte-layout
//! diagrams) and the engine's answers, ready for `render`.
//!
//! A block is read line by line:
//!
//! ```text
//! columns: T, Option<T>, Result<T, std::io::Error>
//! target: 32
//! diagram: S1 vs repr(C)
//! u8
//! String
//! ```
//!
//! - `columns: A, B, …` (at most once): the table gets one column per
//!   template, each with `T` replaced by the row's type; without it the table
//!   shows each row's size and alignment;
//! - `target: 64` or `target: 32` (at most once): the pointer width for this
//!   block, overriding the book's `target-pointer-width`;
//! - `diagram: TYPE` draws TYPE's bytes; `diagram: TYPE vs repr(C)` draws the
//!   layout as defined next to the same definition with `#[repr(C)]`;
//! - blank lines and `//` comments are skipped;
//! - every other line is a type expression: one row of the size table.
//!
//! Problems are [`Diagnostic`]s in chapter coordinates, pointing at the line
//! (and the text on it) that caused them. Nothing is ever estimated: a type
//! the engine cannot lay out stops the block.

use crate::diag::{DiagKind, Diagnostic, Span};
use crate::layout::{self, Defs, Target, TypeExpr, TypeLayout};
use crate::markdown::MarkedBlock;

/// The largest type a diagram draws: beyond it a byte would be narrower than
/// a pixel. Larger types belong in a size table.
pub const MAX_DIAGRAM_BYTES: u64 = 1024;

/// The placeholder a `columns:` template substitutes the row's type for.
pub const PLACEHOLDER: &str = "T";

/// Text of one request line, and where it is in the block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub text: String,
    /// 0-based line in the block's code.
    pub line: usize,
    /// 1-based column (in characters) where `text` starts on that line.
    pub col: usize,
}

/// One `diagram:` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagramRequest {
    pub ty: Located,
    /// `… vs repr(C)`: the defined layout and the `#[repr(C)]` one side by side.
    pub versus_repr_c: bool,
}

/// A parsed `memory-layout` block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LayoutRequest {
    pub columns: Option<Vec<Located>>,
    pub target: Option<(Target, usize)>,
    pub rows: Vec<Located>,
    pub diagrams: Vec<DiagramRequest>,
}

/// The size table: headers and one row per requested type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeTable {
    /// The `columns:` templates as written, or `None` for size and align columns.
    pub column_templates: Option<Vec<String>>,
    pub rows: Vec<SizeRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeRow {
    /// The type as the author wrote it.
    pub ty: String,
    /// One layout per column (just the type's own without `columns:`).
    pub cells: Vec<TypeLayout>,
}

/// One picture: one panel, or two compared side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagram {
    pub panels: Vec<Panel>,
}

/// One laid-out type with the heading it is drawn under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    /// `S1`, `S1 (default repr)`, `S1 with #[repr(C)]`.
    pub heading: String,
    pub layout: TypeLayout,
}

/// Everything a block draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutAnswer {
    pub target: Target,
    pub table: Option<SizeTable>,
    pub diagrams: Vec<Diagram>,
}

/// Where a block's lines are in the chapter, for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BlockPosition {
    /// 1-based chapter line of the block's first code line.
    pub first_code_line: usize,
    /// Characters before the code on each line (container prefix, indentation).
    pub column_offset: usize,
}

impl From<&MarkedBlock> for BlockPosition {
    fn from(block: &MarkedBlock) -> Self {
        BlockPosition {
            first_code_line: block.first_code_line,
            column_offset: block.column_offset,
        }
    }
}

impl BlockPosition {
    fn span_of(&self, item: &Located) -> Span {
        let line = self.first_code_line + item.line;
        let col = self.column_offset + item.col;
        Span::new(line, col, line, col + item.text.chars().count().max(1))
    }

    fn error(&self, item: &Located, message: String, label: &str) -> Box<Diagnostic> {
        Box::new(Diagnostic::new(DiagKind::Book, message, self.span_of(item)).with_primary_label(label))
    }
}

/// Reads a block's lines; `position` places errors in the chapter.
pub fn parse_request(code: &str, position: BlockPosition) -> Result<LayoutRequest, Box<Diagnostic>> {
    let mut request = LayoutRequest::default();
    for (line_index, line) in code.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with("//") {
            continue;
        }
        let col = line.chars().take_while(|c| c.is_whitespace()).count() + 1;
        let whole = Located {
            text: trimmed.to_string(),
            line: line_index,
            col,
        };
        let Some((key, value)) = setting(trimmed) else {
            request.rows.push(whole);
            continue;
        };
        // Where the value starts on the line, for pointing at it.
        let value_col = col + trimmed.chars().count() - value.chars().count();
        let value_item = Located {
            text: value.to_string(),
            line: line_index,
            col: value_col,
        };
        match key {
            "columns" => {
                if request.columns.is_some() {
                    return Err(position.error(&whole, "`columns:` is given twice".into(), "second `columns:`"));
                }
                let templates = split_top_level(value, value_col, line_index);
                if templates.is_empty() {
                    return Err(position.error(
                        &whole,
                        "`columns:` lists no column".into(),
                        "expected e.g. `columns: T, Option<T>`",
                    ));
                }
                request.columns = Some(templates);
            }
            "target" => {
                if request.target.is_some() {
                    return Err(position.error(&whole, "`target:` is given twice".into(), "second `target:`"));
                }
                let target = value
                    .parse::<u32>()
                    .ok()
                    .and_then(|bits| Target::with_pointer_width(bits).ok())
                    .ok_or_else(|| {
                        position.error(
                            &value_item,
                            format!("`target: {value}` is not a pointer width"),
                            "expected 64 or 32",
                        )
                    })?;
                request.target = Some((target, line_index));
            }
            "diagram" => {
                let (ty, versus_repr_c) = match value.strip_suffix("vs repr(C)") {
                    Some(ty) => (ty.trim_end(), true),
                    None => (value, false),
                };
                if ty.is_empty() {
                    return Err(position.error(
                        &whole,
                        "`diagram:` names no type".into(),
                        "expected e.g. `diagram: S1`",
                    ));
                }
                request.diagrams.push(DiagramRequest {
                    ty: Located {
                        text: ty.to_string(),
                        line: line_index,
                        col: value_col,
                    },
                    versus_repr_c,
                });
            }
            other => {
                return Err(position.error(
                    &whole,
                    format!("unknown setting `{other}:` in a memory-layout block"),
                    "expected `columns:`, `diagram:`, `target:` or a type",
                ));
            }
        }
    }
    if request.rows.is_empty() && request.diagrams.is_empty() {
        let item = Located {
            text: String::new(),
            line: 0,
            col: 1,
        };
        return Err(position.error(
            &item,
            "this memory-layout block asks for nothing".into(),
            "list types (one per line) or `diagram: TYPE`",
        ));
    }
    Ok(request)
}

/// `key: value` when the line starts with a lower-case word and one colon;
/// type paths (`std::io::Error`) have two.
fn setting(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    if value.starts_with(':') || key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return None;
    }
    Some((key, value.trim()))
}

/// Splits on the commas outside brackets: `T, Result<T, E>` is two items.
fn split_top_level(text: &str, first_col: usize, line: usize) -> Vec<Located> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    let mut current_col = first_col;
    for (index, c) in text.chars().enumerate() {
        match c {
            '<' | '(' | '[' => depth += 1,
            // `->` in a fn pointer type is not a closing bracket.
            '>' if current.ends_with('-') => {}
            '>' | ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                push_item(&mut items, &current, current_col, line);
                current.clear();
                current_col = first_col + index + 1;
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    push_item(&mut items, &current, current_col, line);
    items
}

fn push_item(items: &mut Vec<Located>, raw: &str, col: usize, line: usize) {
    let text = raw.trim();
    if !text.is_empty() {
        let leading = raw.chars().take_while(|c| c.is_whitespace()).count();
        items.push(Located {
            text: text.to_string(),
            line,
            col: col + leading,
        });
    }
}

/// Lays out everything `request` asks for; `target` is the book's, unless
/// the block sets its own.
pub fn answer(
    request: &LayoutRequest,
    defs: &Defs,
    target: Target,
    position: BlockPosition,
) -> Result<LayoutAnswer, Box<Diagnostic>> {
    let target = request.target.map_or(target, |(target, _)| target);
    let parse = |item: &Located| {
        layout::parse_type_expr(&item.text).map_err(|message| position.error(item, message, "not a type expression"))
    };
    let table = if request.rows.is_empty() {
        None
    } else {
        let templates = match &request.columns {
            Some(columns) => Some(
                columns
                    .iter()
                    .map(|column| Ok((column, parse(column)?)))
                    .collect::<Result<Vec<_>, Box<Diagnostic>>>()?,
            ),
            None => None,
        };
        let mut rows = Vec::with_capacity(request.rows.len());
        for row in &request.rows {
            let ty = parse(row)?;
            let cells = match &templates {
                None => vec![lay_out(&ty, defs, target, row, position, None)?],
                Some(templates) => templates
                    .iter()
                    .map(|(column, template)| {
                        let cell = layout::substitute_param(template, PLACEHOLDER, &ty);
                        lay_out(&cell, defs, target, row, position, Some(&column.text))
                    })
                    .collect::<Result<Vec<_>, _>>()?,
            };
            rows.push(SizeRow {
                ty: row.text.clone(),
                cells,
            });
        }
        Some(SizeTable {
            column_templates: request
                .columns
                .as_ref()
                .map(|columns| columns.iter().map(|column| column.text.clone()).collect()),
            rows,
        })
    };
    let mut diagrams = Vec::with_capacity(request.diagrams.len());
    // Diagrams for the less usual target say so in their heading.
    let on_target = |heading: String| {
        if target == Target::X86_64 {
            heading
        } else {
            format!("{heading}, {}-bit target", target.pointer_width)
        }
    };
    for wanted in &request.diagrams {
        let ty = parse(&wanted.ty)?;
        let own = drawable(
            lay_out(&ty, defs, target, &wanted.ty, position, None)?,
            &wanted.ty,
            position,
        )?;
        if !wanted.versus_repr_c {
            diagrams.push(Diagram {
                panels: vec![Panel {
                    heading: on_target(wanted.ty.text.clone()),
                    layout: own,
                }],
            });
            continue;
        }
        let name = match &ty {
            TypeExpr::Path { name, .. } if defs.get(name).is_some() => name.clone(),
            _ => {
                return Err(position.error(
                    &wanted.ty,
                    format!(
                        "`{}` is not defined in a Rust block earlier in this chapter, so it cannot be redrawn with #[repr(C)]",
                        wanted.ty.text
                    ),
                    "`vs repr(C)` needs a struct, enum or union of this chapter",
                ));
            }
        };
        let with_c = defs
            .with_repr_c(&name)
            .map_err(|message| position.error(&wanted.ty, message, "no definition"))?;
        let c_layout = drawable(
            lay_out(&ty, &with_c, target, &wanted.ty, position, None)?,
            &wanted.ty,
            position,
        )?;
        let already_c = defs.get(&name).is_some_and(|def| def.repr.c);
        let own_heading = if already_c { "as defined" } else { "default repr" };
        diagrams.push(Diagram {
            panels: vec![
                Panel {
                    heading: on_target(format!("{} ({own_heading})", wanted.ty.text)),
                    layout: own,
                },
                Panel {
                    heading: on_target(format!("{} with #[repr(C)]", wanted.ty.text)),
                    layout: c_layout,
                },
            ],
        });
    }
    Ok(LayoutAnswer {
        target,
        table,
        diagrams,
    })
}

fn drawable(layout: TypeLayout, item: &Located, position: BlockPosition) -> Result<TypeLayout, Box<Diagnostic>> {
    if layout.size <= MAX_DIAGRAM_BYTES {
        return Ok(layout);
    }
    Err(position.error(
        item,
        format!(
            "`{}` takes {} bytes; diagrams are drawn for types of at most {MAX_DIAGRAM_BYTES} bytes",
            layout.ty, layout.size
        ),
        "list it as a table row instead",
    ))
}

fn lay_out(
    ty: &TypeExpr,
    defs: &Defs,
    target: Target,
    item: &Located,
    position: BlockPosition,
    column: Option<&str>,
) -> Result<TypeLayout, Box<Diagnostic>> {
    layout::layout_of_type(ty, defs, target).map_err(|message| {
        let message = if message.starts_with("cannot lay out") {
            message
        } else {
            format!("cannot lay out `{ty}`: {message}")
        };
        let mut diagnostic = position.error(item, message, "the layout engine cannot lay out this type");
        if let Some(column) = column {
            diagnostic.notes.push(format!("note: in column `{column}`, as `{ty}`"));
        }
        diagnostic
            .notes
            .push(format!("note: laid out for a {}-bit target", target.pointer_width));
        diagnostic
    })
}

/// The definitions a layout block at byte `before` can use: every `struct`,
/// `enum` and `union` of the chapter's fenced `rust` blocks that start before
/// it. A block that does not parse as a Rust file (once mdBook's hidden-line
/// `# ` prefixes are removed) contributes nothing; a name defined twice keeps
/// its later definition.
pub fn chapter_defs(source: &str, before: usize) -> Defs {
    let mut defs = Defs::new();
    for block in crate::markdown::rust_blocks(source) {
        if block.start >= before {
            break;
        }
        if let Ok(found) = layout::parse_defs(&without_hidden_markers(&block.code)) {
            defs.extend(found);
        }
    }
    defs
}

/// mdBook's hidden lines (`# code`, or a lone `#`) are part of the program;
/// `##` escapes a literal `#`.
fn without_hidden_markers(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for line in code.lines() {
        let (indent, rest) = line.split_at(line.len() - line.trim_start().len());
        out.push_str(indent);
        if rest == "#" {
            // A hidden blank line.
        } else if let Some(hidden) = rest.strip_prefix("# ") {
            out.push_str(hidden);
        } else if let Some(escaped) = rest.strip_prefix("##") {
            out.push('#');
            out.push_str(escaped);
        } else {
            out.push_str(rest);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT_TEN: BlockPosition = BlockPosition {
        first_code_line: 10,
        column_offset: 0,
    };

    #[test]
    fn settings_and_rows_are_told_apart() {
        let request = parse_request(
            "columns: T, Result<T, std::io::Error>\n\n// a comment\nstd::io::Error\ndiagram: S1 vs repr(C)\ntarget: 32\n",
            AT_TEN,
        )
        .expect("parses");
        let columns: Vec<_> = request.columns.unwrap().into_iter().map(|c| (c.text, c.col)).collect();
        assert_eq!(
            columns,
            vec![("T".to_string(), 10), ("Result<T, std::io::Error>".to_string(), 13)]
        );
        assert_eq!(request.rows.len(), 1);
        assert_eq!(request.rows[0].text, "std::io::Error");
        assert_eq!(request.diagrams[0].ty.text, "S1");
        assert!(request.diagrams[0].versus_repr_c);
        assert_eq!(request.target, Some((Target::I686, 5)));
    }

    #[test]
    fn bad_settings_point_at_their_line() {
        let error = parse_request("u8\ntarget: 48\n", AT_TEN).unwrap_err();
        assert_eq!(error.span.line, 11);
        assert_eq!(error.span.col, 9);
        let error = parse_request("colums: T\n", AT_TEN).unwrap_err();
        assert!(error.message.contains("unknown setting `colums:`"), "{}", error.message);
        assert!(parse_request("\n// only a comment\n", AT_TEN).is_err());
    }

    #[test]
    fn hidden_lines_are_part_of_the_definitions() {
        assert_eq!(
            without_hidden_markers("# struct A;\n#\n  ## x\nfn f() {}\n"),
            "struct A;\n\n  # x\nfn f() {}\n"
        );
    }
}
