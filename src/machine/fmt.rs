//! Formatting values exactly as std's `Display` and `Debug` impls do,
//! including std's padding rules (`Formatter::pad` and `pad_integral`).

use super::{Machine, Value};
use crate::ir::{Align, FormatSpec, FormatTrait, IntTy, Ty};

type Result<T> = std::result::Result<T, String>;

pub fn format_value(machine: &Machine, value: &Value, ty: &Ty, spec: &FormatSpec) -> Result<String> {
    match spec.trait_ {
        FormatTrait::Display => display(machine, value, ty, spec),
        FormatTrait::Debug => debug(machine, value, ty, spec),
        FormatTrait::LowerHex | FormatTrait::UpperHex | FormatTrait::Binary | FormatTrait::Octal => {
            let (value, ty) = deref_all(machine, value, ty)?;
            match (value, &ty) {
                (Value::Int(v), Ty::Int(int)) => Ok(radix(*v, int, spec)),
                _ => Err(format!("radix formatting of {ty}")),
            }
        }
        FormatTrait::LowerExp => Err("`{:e}` formatting".into()),
    }
}

/// Follows references and boxes down to the value they designate.
fn deref_all<'v>(machine: &'v Machine, mut value: &'v Value, ty: &Ty) -> Result<(&'v Value, Ty)> {
    let mut ty = ty.clone();
    loop {
        match (&ty, value) {
            (Ty::Ref(_, inner) | Ty::Box(inner), Value::Ptr(pointer)) if **inner != Ty::Str => {
                let target = machine
                    .allocation(pointer.alloc)
                    .ok_or("dangling pointer while formatting")?;
                value = at_path(&target.value, &pointer.path)?;
                ty = (**inner).clone();
            }
            _ => return Ok((value, ty)),
        }
    }
}

fn at_path<'v>(mut value: &'v Value, path: &[usize]) -> Result<&'v Value> {
    for index in path {
        value = match value {
            Value::Tuple(fields) | Value::Array(fields) | Value::Enum { fields, .. } => {
                fields.get(*index).ok_or("bad field path")?
            }
            _ => return Err("bad field path".into()),
        };
    }
    Ok(value)
}

/// The text of a `&str` or `String` value.
fn text_of(machine: &Machine, value: &Value) -> Result<String> {
    match value {
        Value::Ptr(pointer) => {
            let (start, end) = pointer.range.ok_or("str without length")?;
            let target = machine.allocation(pointer.alloc).ok_or("dangling str")?;
            match at_path(&target.value, &pointer.path)? {
                Value::Bytes(bytes) => {
                    Ok(String::from_utf8_lossy(bytes.get(start..end).unwrap_or_default()).into_owned())
                }
                _ => Err("str pointer into non-bytes".into()),
            }
        }
        Value::String { buf: None, .. } => Ok(String::new()),
        Value::String {
            buf: Some(buf), len, ..
        } => match machine.allocation(*buf).map(|a| &a.value) {
            Some(Value::Bytes(bytes)) => Ok(String::from_utf8_lossy(&bytes[..*len]).into_owned()),
            _ => Err("String buffer missing".into()),
        },
        _ => Err("not a string".into()),
    }
}

fn display(machine: &Machine, value: &Value, ty: &Ty, spec: &FormatSpec) -> Result<String> {
    let (value, ty) = deref_all(machine, value, ty)?;
    match (value, &ty) {
        (Value::Int(v), _) => Ok(pad_integral(*v >= 0, "", &v.unsigned_abs().to_string(), spec)),
        (Value::Bool(b), _) => Ok(pad(&b.to_string(), spec)),
        (Value::Char(c), _) => Ok(pad(&c.to_string(), spec)),
        (Value::Ptr(_) | Value::String { .. }, _) => Ok(pad(&text_of(machine, value)?, spec)),
        _ => Err(format!("Display of {ty}")),
    }
}

fn debug(machine: &Machine, value: &Value, ty: &Ty, spec: &FormatSpec) -> Result<String> {
    let (value, ty) = deref_all(machine, value, ty)?;
    match (value, &ty) {
        (Value::Int(_) | Value::Bool(_), _) => display(machine, value, &ty, spec),
        // `Debug` for `char` and `str` writes quotes and escapes and ignores width.
        (Value::Char(c), _) => Ok(format!("{c:?}")),
        (Value::Ptr(_) | Value::String { .. }, _) => Ok(format!("{:?}", text_of(machine, value)?)),
        (Value::Tuple(fields), Ty::Adt(id, name)) => {
            let adt = &machine.program().adts[*id];
            let parts = fields
                .iter()
                .zip(&adt.fields)
                .map(|(field, (_, ty))| debug(machine, field, ty, spec))
                .collect::<Result<Vec<_>>>()?;
            Ok(match adt.kind {
                crate::ir::StructKind::Unit => name.clone(),
                crate::ir::StructKind::Tuple if parts.len() == 1 && !spec.alternate => format!("{name}({})", parts[0]),
                crate::ir::StructKind::Tuple => format!("{name}{}", debug_tuple(&parts, spec.alternate)),
                crate::ir::StructKind::Named => {
                    let names: Vec<&str> = adt.fields.iter().map(|(n, _)| n.as_str()).collect();
                    debug_struct(name, &names, &parts, spec.alternate)
                }
            })
        }
        (Value::Enum { variant, fields }, _) => {
            let variants =
                crate::ir::variants_of(&ty, &machine.program().adts).ok_or_else(|| format!("Debug of {ty}"))?;
            let def = variants.get(*variant).ok_or("no such variant")?;
            let parts = fields
                .iter()
                .zip(&def.fields)
                .map(|(field, (_, ty))| debug(machine, field, ty, spec))
                .collect::<Result<Vec<_>>>()?;
            let name = &def.name;
            Ok(match def.kind {
                crate::ir::StructKind::Unit => name.clone(),
                crate::ir::StructKind::Tuple if parts.len() == 1 && !spec.alternate => format!("{name}({})", parts[0]),
                crate::ir::StructKind::Tuple => format!("{name}{}", debug_tuple(&parts, spec.alternate)),
                crate::ir::StructKind::Named => {
                    let names: Vec<&str> = def.fields.iter().map(|(n, _)| n.as_str()).collect();
                    debug_struct(name, &names, &parts, spec.alternate)
                }
            })
        }
        (Value::Tuple(fields), Ty::Tuple(tys)) => {
            let parts = fields
                .iter()
                .zip(tys)
                .map(|(field, ty)| debug(machine, field, ty, spec))
                .collect::<Result<Vec<_>>>()?;
            Ok(debug_tuple(&parts, spec.alternate))
        }
        (Value::Vec { buf, len, .. }, Ty::Vec(element)) => {
            let items = match buf.and_then(|b| machine.allocation(b)).map(|a| &a.value) {
                Some(Value::Array(items)) => &items[..*len],
                _ => &[],
            };
            let parts = items
                .iter()
                .map(|item| debug(machine, item, element, spec))
                .collect::<Result<Vec<_>>>()?;
            Ok(debug_list(&parts, spec.alternate))
        }
        _ => Err(format!("Debug of {ty}")),
    }
}

/// std's `debug_struct`: `Name { a: 1, b: 2 }`, or one field per line with `#`.
fn debug_struct(name: &str, names: &[&str], parts: &[String], alternate: bool) -> String {
    if parts.is_empty() {
        return name.to_string();
    }
    if alternate {
        let mut out = format!("{name} {{\n");
        for (field, part) in names.iter().zip(parts) {
            out.push_str(&format!("    {field}: {},\n", part.replace('\n', "\n    ")));
        }
        out.push('}');
        return out;
    }
    let body: Vec<String> = names.iter().zip(parts).map(|(f, p)| format!("{f}: {p}")).collect();
    format!("{name} {{ {} }}", body.join(", "))
}

/// std's `debug_list`: `[a, b]`, or one entry per line with `#`.
fn debug_list(parts: &[String], alternate: bool) -> String {
    if parts.is_empty() {
        return "[]".into();
    }
    if alternate {
        let mut out = String::from("[\n");
        for part in parts {
            out.push_str("    ");
            out.push_str(&part.replace('\n', "\n    "));
            out.push_str(",\n");
        }
        out.push(']');
        return out;
    }
    format!("[{}]", parts.join(", "))
}

/// std's `debug_tuple("")`: `(a, b)`, `(a,)`, or one field per line with `#`.
fn debug_tuple(parts: &[String], alternate: bool) -> String {
    if parts.is_empty() {
        return "()".into();
    }
    if alternate {
        let mut out = String::from("(\n");
        for part in parts {
            out.push_str("    ");
            out.push_str(&part.replace('\n', "\n    "));
            out.push_str(",\n");
        }
        out.push(')');
        return out;
    }
    let mut out = format!("({}", parts.join(", "));
    if parts.len() == 1 {
        out.push(',');
    }
    out.push(')');
    out
}

fn radix(value: i128, int: &IntTy, spec: &FormatSpec) -> String {
    // Negative numbers print their two's complement at the type's width.
    let bits = int.bits();
    let raw = if bits == 128 {
        value as u128
    } else {
        (value as u128) & ((1u128 << bits) - 1)
    };
    let (digits, prefix) = match spec.trait_ {
        FormatTrait::LowerHex => (format!("{raw:x}"), "0x"),
        FormatTrait::UpperHex => (format!("{raw:X}"), "0x"),
        FormatTrait::Binary => (format!("{raw:b}"), "0b"),
        _ => (format!("{raw:o}"), "0o"),
    };
    pad_integral(true, if spec.alternate { prefix } else { "" }, &digits, spec)
}

/// std's `Formatter::pad`: precision truncates, then fill to width (left by default).
fn pad(text: &str, spec: &FormatSpec) -> String {
    let text: String = match spec.precision {
        Some(max) => text.chars().take(max).collect(),
        None => text.to_string(),
    };
    fill(&text, spec, Align::Left)
}

/// std's `Formatter::pad_integral`: sign, prefix, then zero padding or fill
/// (right-aligned by default).
fn pad_integral(non_negative: bool, prefix: &str, digits: &str, spec: &FormatSpec) -> String {
    let sign = if !non_negative {
        "-"
    } else if spec.sign_plus {
        "+"
    } else {
        ""
    };
    if spec.zero_pad {
        let head = format!("{sign}{prefix}");
        let width = spec.width.unwrap_or(0);
        let len = head.chars().count() + digits.chars().count();
        let zeros = "0".repeat(width.saturating_sub(len));
        return format!("{head}{zeros}{digits}");
    }
    fill(&format!("{sign}{prefix}{digits}"), spec, Align::Right)
}

fn fill(text: &str, spec: &FormatSpec, default: Align) -> String {
    let len = text.chars().count();
    let Some(width) = spec.width.filter(|w| *w > len) else {
        return text.to_string();
    };
    let padding = width - len;
    let fill = spec.fill.unwrap_or(' ').to_string();
    let (before, after) = match spec.align.unwrap_or(default) {
        Align::Left => (0, padding),
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
    };
    format!("{}{text}{}", fill.repeat(before), fill.repeat(after))
}
