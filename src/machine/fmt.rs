//! Formatting values exactly as std's `Display`, `Debug`, `LowerHex`… impls
//! do, including std's padding rules (`Formatter::pad`, `pad_integral` and
//! `pad_formatted_parts`).
//!
//! Output goes through [`Out`] in the same pieces std writes it, so that a
//! `String` being written (by `format!`) grows its capacity exactly as it
//! would: each write reserves with std's amortised growth.

use super::num::int_digits;
use super::{AllocId, Machine, Observer, Stop, Value};
use crate::diag::Span;
use crate::ir::{
    Align, DebugBuilder, FloatTy, FormatSpec, FormatTrait, IntTy, SharedTy, StdError, StructKind, Ty, std_struct,
};
use std::borrow::Cow;

/// Why formatting stopped: a value the model cannot format (an internal
/// error), or a stop inside a user `fmt` (a panic, a budget).
#[derive(Debug)]
pub enum FmtStop {
    Internal(String),
    Stop(Stop),
}

impl From<String> for FmtStop {
    fn from(message: String) -> FmtStop {
        FmtStop::Internal(message)
    }
}

impl From<&str> for FmtStop {
    fn from(message: &str) -> FmtStop {
        FmtStop::Internal(message.to_string())
    }
}

type Result<T> = std::result::Result<T, FmtStop>;

/// Where formatted text goes: the text, the capacity of the `String` it is
/// being written into, and the pretty-printing indentation in effect.
#[derive(Debug, Clone, Default)]
pub struct Out {
    pub text: String,
    pub cap: usize,
    /// One entry per open `{:#?}` indentation level: whether that level is
    /// at the start of a line (std's `PadAdapter` state).
    pad: Vec<bool>,
}

impl Out {
    /// A writer appending to `text`, held in a buffer of `cap` bytes.
    pub fn new(text: String, cap: usize) -> Out {
        Out {
            text,
            cap,
            pad: Vec::new(),
        }
    }

    pub fn write_str(&mut self, s: &str) {
        self.write_at(self.pad.len(), s);
    }

    fn write_char(&mut self, c: char) {
        self.write_str(c.encode_utf8(&mut [0; 4]));
    }

    /// Writes through the indentation levels below `level`, as nested
    /// `PadAdapter`s do: each line start gets four spaces per level.
    fn write_at(&mut self, level: usize, s: &str) {
        if level == 0 {
            self.push(s);
            return;
        }
        for line in s.split_inclusive('\n') {
            if self.pad[level - 1] {
                self.write_at(level - 1, "    ");
            }
            self.pad[level - 1] = line.ends_with('\n');
            self.write_at(level - 1, line);
        }
    }

    /// `String::push_str`: reserves with amortised growth (double, at least
    /// what is needed, at least 8 bytes), then appends.
    fn push(&mut self, s: &str) {
        let needed = self.text.len() + s.len();
        if needed > self.cap {
            self.cap = needed.max(self.cap * 2).max(8);
        }
        self.text.push_str(s);
    }

    fn indent(&mut self) {
        self.pad.push(true);
    }

    fn dedent(&mut self) {
        self.pad.pop();
    }
}

/// Where a formatted value is: an allocation and a field path inside it
/// (user `fmt`s get a reference to it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub alloc: AllocId,
    pub path: Vec<usize>,
}

/// The machine while it formats: the program's own `fmt`s run on it.
pub struct Fmt<'a, 'p> {
    pub machine: &'a mut Machine<'p>,
    pub observer: &'a mut dyn Observer,
    pub span: Span,
}

impl Fmt<'_, '_> {
    /// The value at `loc`, borrowed: nested values are formatted from
    /// their own locations, so a whole tree is never copied.
    fn value(&self, loc: &Loc) -> Result<&Value> {
        Ok(self
            .machine
            .read(loc.alloc, &loc.path)
            .ok_or("dangling pointer while formatting")?)
    }

    /// Runs the program's `fmt` for the value at `loc`, if its type has one
    /// for this trait; `false` if not.
    fn user_fmt(&mut self, loc: &Loc, ty: &Ty, trait_: FormatTrait, spec: &FormatSpec, out: &mut Out) -> Result<bool> {
        let Ty::Adt(adt, _) = ty else {
            return Ok(false);
        };
        let Some(function) = self
            .machine
            .program()
            .traits
            .fmt_impls
            .iter()
            .find(|i| i.adt == *adt && i.trait_ == trait_)
            .map(|i| i.function)
        else {
            return Ok(false);
        };
        self.machine
            .call_user_fmt(function, loc, spec, out, self.span, self.observer)
            .map_err(FmtStop::Stop)?;
        Ok(true)
    }
}

pub fn format_value(fx: &mut Fmt, loc: &Loc, ty: &Ty, spec: &FormatSpec, out: &mut Out) -> Result<()> {
    match spec.trait_ {
        FormatTrait::Display => display(fx, loc, ty, spec, out),
        FormatTrait::Debug => debug(fx, loc, ty, spec, out),
        FormatTrait::LowerHex | FormatTrait::UpperHex | FormatTrait::Binary | FormatTrait::Octal => {
            let (loc, ty, _) = deref_all(fx, loc, ty)?;
            match (fx.value(&loc)?, &*ty) {
                (Value::Int(v), Ty::Int(int)) => {
                    radix(*v, int, spec, out);
                    Ok(())
                }
                _ => Err(format!("radix formatting of {ty}").into()),
            }
        }
        FormatTrait::LowerExp | FormatTrait::UpperExp => {
            let upper = spec.trait_ == FormatTrait::UpperExp;
            let (loc, ty, _) = deref_all(fx, loc, ty)?;
            let value = fx.value(&loc)?;
            match (value, &*ty) {
                (Value::Int(v), Ty::Int(int)) => {
                    int_exp(*v, *int, upper, spec, out);
                    Ok(())
                }
                (Value::F64(_) | Value::F32(_), _) => {
                    let parts = float_exp(&Float::of(value)?, spec.precision, upper);
                    pad_formatted_parts(&float_sign(&Float::of(value)?, spec), &parts, spec, out);
                    Ok(())
                }
                _ => Err(format!("exponent formatting of {ty}").into()),
            }
        }
    }
}

/// A range of elements behind a slice pointer.
type Range = (usize, usize);

/// Follows references and boxes down to the value they designate, with
/// the element range when the last pointer was to a slice; a `dyn Trait`
/// becomes the concrete type behind it. The location and type are borrowed
/// until a pointer is followed (most values are formatted where they are).
fn deref_all<'l, 't>(fx: &Fmt, loc: &'l Loc, ty: &'t Ty) -> Result<(Cow<'l, Loc>, Cow<'t, Ty>, Option<Range>)> {
    let mut ty = Cow::Borrowed(ty);
    let mut loc = Cow::Borrowed(loc);
    let mut range = None;
    if let Ty::Dyn(_) = *ty {
        // `*r` of a `&dyn Trait`: the concrete type of what is there.
        ty = Cow::Owned(fx.machine.loc_ty(&loc).ok_or("a trait object of unknown type")?);
    }
    loop {
        let inner = match &*ty {
            Ty::Ref(_, inner) | Ty::Box(inner) => inner,
            Ty::Shared(SharedTy::Rc | SharedTy::Ref | SharedTy::RefMut, inner) => inner,
            _ => return Ok((loc, ty, range)),
        };
        if matches!(**inner, Ty::Str) {
            return Ok((loc, ty, range));
        }
        let Value::Ptr(pointer) = fx.value(&loc)? else {
            return Ok((loc, ty, range));
        };
        let inner = match &**inner {
            Ty::Dyn(_) => fx.machine.pointee_ty(pointer).ok_or("a trait object of unknown type")?,
            other => other.clone(),
        };
        range = pointer.range;
        loc = Cow::Owned(Loc {
            alloc: pointer.alloc,
            path: pointer.path.clone(),
        });
        ty = Cow::Owned(inner);
    }
}

/// The text of a `&str` or `String` value.
fn text_of<'m>(machine: &'m Machine, value: &Value) -> Result<Cow<'m, str>> {
    match value {
        Value::Ptr(pointer) => {
            let (start, end) = pointer.range.ok_or("str without length")?;
            match machine.read(pointer.alloc, &pointer.path).ok_or("dangling str")? {
                Value::Bytes(bytes) => Ok(String::from_utf8_lossy(bytes.get(start..end).unwrap_or_default())),
                _ => Err("str pointer into non-bytes".into()),
            }
        }
        Value::String { buf: None, .. } => Ok(Cow::Borrowed("")),
        Value::String {
            buf: Some(buf), len, ..
        } => match machine.allocation(*buf).map(|a| &a.value) {
            Some(Value::Bytes(bytes)) => Ok(String::from_utf8_lossy(&bytes[..*len])),
            _ => Err("String buffer missing".into()),
        },
        _ => Err("not a string".into()),
    }
}

fn display(fx: &mut Fmt, loc: &Loc, ty: &Ty, spec: &FormatSpec, out: &mut Out) -> Result<()> {
    let (loc, ty, _) = deref_all(fx, loc, ty)?;
    if fx.user_fmt(&loc, &ty, FormatTrait::Display, spec, out)? {
        return Ok(());
    }
    let value = fx.value(&loc)?;
    match (value, &*ty) {
        (Value::Int(kind), Ty::StdError(error)) => pad(std_error_kind(*error, *kind)?.1, spec, out),
        (Value::Int(v), _) => {
            let int = match *ty {
                Ty::Int(int) => int,
                _ => IntTy::I128,
            };
            let (negative, digits) = int_digits(*v, int);
            pad_integral(!negative, "", &digits, spec, out);
        }
        (Value::F64(_) | Value::F32(_), _) => {
            let float = Float::of(value)?;
            let parts = match spec.precision {
                Some(precision) => float.fixed(precision),
                None => float.shortest(0),
            };
            pad_formatted_parts(&float_sign(&float, spec), &parts, spec, out);
        }
        (Value::Bool(b), _) => pad(if *b { "true" } else { "false" }, spec, out),
        (Value::Char(c), _) if spec.width.is_none() && spec.precision.is_none() => out.write_char(*c),
        (Value::Char(c), _) => pad(&c.to_string(), spec, out),
        (Value::Ptr(_) | Value::String { .. }, _) => pad(&text_of(fx.machine, value)?, spec, out),
        _ => return Err(format!("Display of {ty}").into()),
    }
    Ok(())
}

fn debug(fx: &mut Fmt, loc: &Loc, ty: &Ty, spec: &FormatSpec, out: &mut Out) -> Result<()> {
    let (loc, ty, range) = deref_all(fx, loc, ty)?;
    if fx.user_fmt(&loc, &ty, FormatTrait::Debug, spec, out)? {
        return Ok(());
    }
    // A slice is its pointer's range of a buffer or array.
    if let Ty::Slice(element) = &*ty {
        let (start, end) = range.ok_or("slice without a length")?;
        let items: Vec<Loc> = (start..end)
            .map(|i| Loc {
                alloc: loc.alloc,
                path: [loc.path.as_slice(), &[i]].concat(),
            })
            .collect();
        return debug_items(fx, &items, element, spec, out);
    }
    let value = fx.value(&loc)?;
    let field = |i: usize| Loc {
        alloc: loc.alloc,
        path: [loc.path.as_slice(), &[i]].concat(),
    };
    match (value, &*ty) {
        // `Weak::new()` prints like any `Weak`.
        (Value::Int(_), Ty::Shared(SharedTy::Weak, _)) => out.write_str("(Weak)"),
        (Value::Int(kind), Ty::StdError(error)) => match std_error_kind(*error, *kind)?.0 {
            // `TryFromIntError(())`, `ParseBoolError`.
            "" if *error == StdError::TryFromInt => {
                out.write_str(error.name());
                out.write_str(if spec.alternate { "(\n" } else { "(" });
                if spec.alternate {
                    out.indent();
                    out.write_str("(),\n");
                    out.dedent();
                } else {
                    out.write_str("()");
                }
                out.write_str(")");
            }
            "" => out.write_str(error.name()),
            kind => debug_fields(fx, error.name(), &["kind"], spec, out, |_, _, out| {
                out.write_str(kind);
                Ok(())
            })?,
        },
        // `{:x?}`: integers in hexadecimal, with `0x` under `#`.
        (Value::Int(v), Ty::Int(int)) if spec.debug_hex.is_some() => {
            let hex = FormatSpec {
                trait_: spec.debug_hex.unwrap_or(FormatTrait::LowerHex),
                ..spec.clone()
            };
            radix(*v, int, &hex, out);
        }
        (Value::Int(_) | Value::Bool(_), _) => display(fx, &loc, &ty, spec, out)?,
        (Value::F64(_) | Value::F32(_), _) => {
            let float = Float::of(value)?;
            let parts = match spec.precision {
                Some(precision) => float.fixed(precision),
                None if float.debug_uses_exponent() => float_exp(&float, None, false),
                None => float.shortest(1),
            };
            pad_formatted_parts(&float_sign(&float, spec), &parts, spec, out);
        }
        // `Debug` for `char` and `str` writes quotes and escapes and ignores width.
        (Value::Char(c), _) => {
            out.write_char('\'');
            out.write_str(&escape(*c, false));
            out.write_char('\'');
        }
        (Value::Ptr(_), Ty::Shared(SharedTy::Weak, _)) => out.write_str("(Weak)"),
        (Value::Ptr(_) | Value::String { .. }, _) => debug_str(&text_of(fx.machine, value)?, out),
        // `fmt::Result` is always `Ok(())` in the model.
        (_, Ty::FmtResult) => out.write_str("Ok(())"),
        (Value::Tuple(fields), Ty::Shared(kind @ (SharedTy::RefCell | SharedTy::Cell), inner)) => {
            let (inner_loc, borrowed) = match fields.as_slice() {
                // A `RefCell` that is mutably borrowed cannot show its value.
                [Value::Int(flag), _] => (field(1), *flag == -1),
                [_] => (field(0), false),
                _ => return Err("malformed cell".into()),
            };
            debug_fields(fx, kind.name(), &["value"], spec, out, |fx, _, out| {
                if borrowed {
                    out.write_str("<borrowed>");
                    Ok(())
                } else {
                    debug(fx, &inner_loc, inner, spec, out)
                }
            })?;
        }
        (Value::Tuple(fields), Ty::Adt(id, name)) => {
            let adt = &fx.machine.program().adts[*id];
            let tys: Vec<&Ty> = adt.fields.iter().map(|(_, ty)| ty).collect();
            // A generic instance prints its struct's name without arguments
            // (and std's structs without their path).
            let path = name.split('<').next().unwrap_or(name);
            let name = path.rsplit("::").next().unwrap_or(path);
            let locs: Vec<Loc> = (0..fields.len()).map(field).collect();
            match adt.kind {
                _ if path == std_struct::RANGE => {
                    debug(fx, &locs[0], tys[0], spec, out)?;
                    out.write_str("..");
                    debug(fx, &locs[1], tys[1], spec, out)?;
                }
                _ if path == std_struct::RANGE_INCLUSIVE => {
                    debug(fx, &locs[0], tys[0], spec, out)?;
                    out.write_str("..=");
                    debug(fx, &locs[1], tys[1], spec, out)?;
                    if *fx.value(&locs[2])? == Value::Bool(true) {
                        out.write_str(" (exhausted)");
                    }
                }
                _ if path == std_struct::CHARS => debug_chars(fx, &locs[0], spec, out)?,
                _ if path == std_struct::VEC_INTO_ITER => debug_into_iter(fx, &locs, tys[0], spec, out)?,
                kind => {
                    let names: Vec<&str> = adt.fields.iter().map(|(name, _)| name.as_str()).collect();
                    debug_struct_like(fx, name, kind, &names, &tys, &locs, spec, out)?;
                }
            }
        }
        (Value::Enum { variant, fields }, _) => {
            let locs: Vec<Loc> = (0..fields.len()).map(field).collect();
            let variant = *variant;
            let program = fx.machine.program();
            // `Option`'s and `Result`'s variants are named here; the
            // program's enums are borrowed from their definitions.
            let (name, kind, names, tys): (&str, _, Vec<&str>, Vec<&Ty>) = match (&*ty, variant) {
                (Ty::Option(_), 0) => ("None", StructKind::Unit, Vec::new(), Vec::new()),
                (Ty::Option(inner), 1) => ("Some", StructKind::Tuple, vec!["0"], vec![&**inner]),
                (Ty::Result(ok, _), 0) => ("Ok", StructKind::Tuple, vec!["0"], vec![&**ok]),
                (Ty::Result(_, err), 1) => ("Err", StructKind::Tuple, vec!["0"], vec![&**err]),
                (Ty::Option(_) | Ty::Result(..), _) => return Err("no such variant".into()),
                (Ty::Adt(id, _), _) => {
                    let variants = program
                        .adts
                        .get(*id)
                        .and_then(|adt| adt.enum_variants.as_ref())
                        .ok_or_else(|| format!("Debug of {ty}"))?;
                    let def = variants.get(variant).ok_or("no such variant")?;
                    let names = def.fields.iter().map(|(name, _)| name.as_str()).collect();
                    let tys = def.fields.iter().map(|(_, ty)| ty).collect();
                    (def.name.as_str(), def.kind, names, tys)
                }
                _ => return Err(format!("Debug of {ty}").into()),
            };
            debug_struct_like(fx, name, kind, &names, &tys, &locs, spec, out)?;
        }
        // `()` is written with `pad`, so width applies to it.
        (Value::Tuple(fields), Ty::Tuple(_)) if fields.is_empty() => pad("()", spec, out),
        (Value::Tuple(fields), Ty::Tuple(tys)) => {
            let locs: Vec<Loc> = (0..fields.len()).map(field).collect();
            debug_tuple(fx, &locs, tys, true, spec, out)?
        }
        (Value::Vec { buf, len, .. }, Ty::Vec(element)) => {
            let items: Vec<Loc> = match buf {
                Some(buf) => (0..*len)
                    .map(|i| Loc {
                        alloc: *buf,
                        path: vec![i],
                    })
                    .collect(),
                None => Vec::new(),
            };
            debug_items(fx, &items, element, spec, out)?;
        }
        (Value::Tuple(items), Ty::Array(element, _)) => {
            let locs: Vec<Loc> = (0..items.len()).map(field).collect();
            debug_items(fx, &locs, element, spec, out)?
        }
        (Value::Map { table, len, .. }, Ty::HashMap(key, value)) => {
            // std prints entries in bucket order, which the random hashes decide.
            if *len >= 2 {
                return Err(FmtStop::Stop(Stop::error(crate::diag::Diagnostic::unsupported(
                    "printing a `HashMap` of 2 or more entries with `{:?}` (std's order is random)",
                    fx.span,
                ))));
            }
            let (table, len) = (*table, *len);
            debug_map(fx, table, len, key, value, spec, out)?;
        }
        _ => return Err(format!("Debug of {ty}").into()),
    }
    Ok(())
}

/// The `Debug` name and `Display` message of a std error's kind.
fn std_error_kind(error: StdError, kind: i128) -> Result<(&'static str, &'static str)> {
    usize::try_from(kind)
        .ok()
        .and_then(|kind| error.kinds().get(kind).copied())
        .ok_or_else(|| format!("{} kind {kind}", error.name()).into())
}

/// A struct's or enum variant's `Debug` as derived: its name alone without
/// fields, else `debug_struct` for named fields, `debug_tuple` for the others.
#[allow(clippy::too_many_arguments)]
fn debug_struct_like(
    fx: &mut Fmt,
    name: &str,
    kind: StructKind,
    names: &[&str],
    tys: &[&Ty],
    locs: &[Loc],
    spec: &FormatSpec,
    out: &mut Out,
) -> Result<()> {
    match kind {
        _ if locs.is_empty() => out.write_str(name),
        StructKind::Named => {
            debug_fields(fx, name, names, spec, out, |fx, i, out| {
                debug(fx, &locs[i], tys[i], spec, out)
            })?;
        }
        StructKind::Tuple | StructKind::Unit => {
            out.write_str(name);
            debug_tuple(fx, locs, tys.iter().copied(), false, spec, out)?;
        }
    }
    Ok(())
}

/// std's `debug_struct`: `Name { a: 1, b: 2 }`, or one field per line with
/// `{:#?}`; `field` writes the value of field `i`.
fn debug_fields(
    fx: &mut Fmt,
    name: &str,
    names: &[&str],
    spec: &FormatSpec,
    out: &mut Out,
    mut field: impl FnMut(&mut Fmt, usize, &mut Out) -> Result<()>,
) -> Result<()> {
    out.write_str(name);
    for (i, field_name) in names.iter().enumerate() {
        if spec.alternate {
            if i == 0 {
                out.write_str(" {\n");
            }
            out.indent();
            out.write_str(field_name);
            out.write_str(": ");
            field(fx, i, out)?;
            out.write_str(",\n");
            out.dedent();
        } else {
            out.write_str(if i == 0 { " { " } else { ", " });
            out.write_str(field_name);
            out.write_str(": ");
            field(fx, i, out)?;
        }
    }
    if !names.is_empty() {
        out.write_str(if spec.alternate { "}" } else { " }" });
    }
    Ok(())
}

/// std's `debug_map`: `{k: v}`, or one entry per line with `{:#?}`.
fn debug_map(
    fx: &mut Fmt,
    table: Option<AllocId>,
    len: usize,
    key: &Ty,
    value: &Ty,
    spec: &FormatSpec,
    out: &mut Out,
) -> Result<()> {
    out.write_str("{");
    for index in 0..len {
        let table = table.ok_or("map entries without a table")?;
        let part = |part: usize| Loc {
            alloc: table,
            path: vec![index, part],
        };
        if spec.alternate {
            if index == 0 {
                out.write_str("\n");
            }
            out.indent();
            debug(fx, &part(0), key, spec, out)?;
            out.write_str(": ");
            debug(fx, &part(1), value, spec, out)?;
            out.write_str(",\n");
            out.dedent();
        } else {
            if index > 0 {
                out.write_str(", ");
            }
            debug(fx, &part(0), key, spec, out)?;
            out.write_str(": ");
            debug(fx, &part(1), value, spec, out)?;
        }
    }
    out.write_str("}");
    Ok(())
}

/// std's `debug_list`: `[a, b, c]` of a `Vec`, array or slice.
fn debug_items(fx: &mut Fmt, items: &[Loc], element: &Ty, spec: &FormatSpec, out: &mut Out) -> Result<()> {
    out.write_str("[");
    for (i, item) in items.iter().enumerate() {
        if spec.alternate {
            if i == 0 {
                out.write_str("\n");
            }
            out.indent();
            debug(fx, item, element, spec, out)?;
            out.write_str(",\n");
            out.dedent();
        } else {
            if i > 0 {
                out.write_str(", ");
            }
            debug(fx, item, element, spec, out)?;
        }
    }
    out.write_str("]");
    Ok(())
}

/// What a hand-written `fmt` builds with std's `debug_struct`,
/// `debug_tuple` or `debug_list` (the list's one location is the collection
/// whose entries it lists, written like the collection's own `Debug`).
pub fn debug_builder(
    fx: &mut Fmt,
    (kind, names): (&DebugBuilder, &[String]),
    (locs, tys): (&[Loc], &[Ty]),
    spec: &FormatSpec,
    out: &mut Out,
) -> Result<()> {
    match kind {
        DebugBuilder::Struct(name) => {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            debug_fields(fx, name, &names, spec, out, |fx, i, out| {
                debug(fx, &locs[i], &tys[i], spec, out)
            })
        }
        DebugBuilder::Tuple(name) => {
            out.write_str(name);
            debug_tuple(fx, locs, tys, name.is_empty(), spec, out)
        }
        DebugBuilder::List => match (locs, tys) {
            ([loc], [ty]) => debug(fx, loc, ty, spec, out),
            _ => Err(FmtStop::Internal("a debug list of several collections".into())),
        },
    }
}

/// std's `Debug` of `Chars`: `Chars(['a', 'b'])`, the `char`s its text
/// has left as a `debug_list`.
fn debug_chars(fx: &mut Fmt, text: &Loc, spec: &FormatSpec, out: &mut Out) -> Result<()> {
    let left = text_of(fx.machine, fx.value(text)?)?;
    out.write_str("Chars([");
    for (i, c) in left.chars().enumerate() {
        let quoted = format!("'{}'", escape(c, false));
        if spec.alternate {
            if i == 0 {
                out.write_str("\n");
            }
            out.indent();
            out.write_str(&quoted);
            out.write_str(",\n");
            out.dedent();
        } else {
            if i > 0 {
                out.write_str(", ");
            }
            out.write_str(&quoted);
        }
    }
    out.write_str("])");
    Ok(())
}

/// std's `Debug` of `vec::IntoIter`: `IntoIter([2, 3])`, a `debug_tuple`
/// of the elements not taken yet (its fields: the `Vec`, the next index).
fn debug_into_iter(fx: &mut Fmt, fields: &[Loc], vec: &Ty, spec: &FormatSpec, out: &mut Out) -> Result<()> {
    let (Value::Vec { buf, len, .. }, Value::Int(next), Ty::Vec(element)) =
        (fx.value(&fields[0])?, fx.value(&fields[1])?, vec)
    else {
        return Err("`IntoIter` without its buffer".into());
    };
    let items: Vec<Loc> = match *buf {
        Some(buf) => (*next as usize..*len)
            .map(|i| Loc {
                alloc: buf,
                path: vec![i],
            })
            .collect(),
        None => Vec::new(),
    };
    out.write_str("IntoIter(");
    if spec.alternate {
        out.write_str("\n");
        out.indent();
        debug_items(fx, &items, element, spec, out)?;
        out.write_str(",\n");
        out.dedent();
    } else {
        debug_items(fx, &items, element, spec, out)?;
    }
    out.write_str(")");
    Ok(())
}

/// std's `debug_tuple` fields and `finish` (the name is written already):
/// `(a, b)`, `(a,)` for an unnamed one-field tuple, or one field per line.
fn debug_tuple<'t>(
    fx: &mut Fmt,
    fields: &[Loc],
    tys: impl IntoIterator<Item = &'t Ty>,
    unnamed: bool,
    spec: &FormatSpec,
    out: &mut Out,
) -> Result<()> {
    for (i, (field, ty)) in fields.iter().zip(tys).enumerate() {
        if spec.alternate {
            if i == 0 {
                out.write_str("(\n");
            }
            out.indent();
            debug(fx, field, ty, spec, out)?;
            out.write_str(",\n");
            out.dedent();
        } else {
            out.write_str(if i == 0 { "(" } else { ", " });
            debug(fx, field, ty, spec, out)?;
        }
    }
    if !fields.is_empty() {
        if fields.len() == 1 && unnamed && !spec.alternate {
            out.write_str(",");
        }
        out.write_str(")");
    }
    Ok(())
}

/// A char's `Debug` escape inside a string (`in_str`) or a char literal.
fn escape(c: char, in_str: bool) -> String {
    match c {
        '\'' if in_str => "'".into(),
        '"' if !in_str => "\"".into(),
        c => c.escape_debug().to_string(),
    }
}

/// std's `Debug` for `str`: quotes, runs of unescaped text, escapes.
fn debug_str(text: &str, out: &mut Out) {
    out.write_char('"');
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let escaped = escape(c, true);
        if escaped.chars().count() != 1 || !escaped.starts_with(c) {
            out.write_str(&text[start..i]);
            out.write_str(&escaped);
            start = i + c.len_utf8();
        }
    }
    out.write_str(&text[start..]);
    out.write_char('"');
}

fn radix(value: i128, int: &IntTy, spec: &FormatSpec, out: &mut Out) {
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
    pad_integral(true, prefix, &digits, spec, out);
}

/// std's `Formatter::padding`: writes the fill before the text and returns
/// how many fills go after it.
fn padding(count: usize, default: Align, spec: &FormatSpec, out: &mut Out) -> usize {
    let (before, after) = match spec.align.unwrap_or(default) {
        Align::Left => (0, count),
        Align::Right => (count, 0),
        Align::Center => (count / 2, count.div_ceil(2)),
    };
    let fill = spec.fill.unwrap_or(' ');
    for _ in 0..before {
        out.write_char(fill);
    }
    after
}

fn post_padding(count: usize, spec: &FormatSpec, out: &mut Out) {
    let fill = spec.fill.unwrap_or(' ');
    for _ in 0..count {
        out.write_char(fill);
    }
}

/// `Formatter::pad` for a user `fmt` calling `f.pad(s)`.
pub fn pad_str(text: &str, spec: &FormatSpec, out: &mut Out) {
    pad(text, spec, out);
}

/// std's `Formatter::pad`: precision truncates, then fill to width (left by default).
fn pad(text: &str, spec: &FormatSpec, out: &mut Out) {
    if spec.width.is_none() && spec.precision.is_none() {
        out.write_str(text);
        return;
    }
    let text = match spec.precision {
        Some(max) => match text.char_indices().nth(max) {
            Some((end, _)) => &text[..end],
            None => text,
        },
        None => text,
    };
    let chars = text.chars().count();
    match spec.width {
        Some(width) if chars < width => {
            let after = padding(width - chars, Align::Left, spec, out);
            out.write_str(text);
            post_padding(after, spec, out);
        }
        _ => out.write_str(text),
    }
}

/// std's `Formatter::pad_integral`: sign, prefix (with `#`), then zero
/// padding or fill (right-aligned by default).
fn pad_integral(non_negative: bool, prefix: &str, digits: &str, spec: &FormatSpec, out: &mut Out) {
    let mut width = digits.len();
    let sign = if !non_negative {
        Some('-')
    } else if spec.sign_plus {
        Some('+')
    } else {
        None
    };
    width += usize::from(sign.is_some());
    let prefix = spec.alternate.then(|| {
        width += prefix.chars().count();
        prefix
    });
    let write_prefix = |out: &mut Out| {
        if let Some(c) = sign {
            out.write_char(c);
        }
        if let Some(prefix) = prefix {
            out.write_str(prefix);
        }
    };
    match spec.width {
        Some(min) if width < min && spec.zero_pad => {
            write_prefix(out);
            let zeros = FormatSpec {
                fill: Some('0'),
                align: Some(Align::Right),
                ..spec.clone()
            };
            let after = padding(min - width, Align::Right, &zeros, out);
            out.write_str(digits);
            post_padding(after, &zeros, out);
        }
        Some(min) if width < min => {
            let after = padding(min - width, Align::Right, spec, out);
            write_prefix(out);
            out.write_str(digits);
            post_padding(after, spec, out);
        }
        _ => {
            write_prefix(out);
            out.write_str(digits);
        }
    }
}

/// A piece of a formatted number, as std's `numfmt::Part`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// This many zeros, written 64 at a time.
    Zero(usize),
    /// An exponent's digits.
    Num(u16),
    Copy(String),
}

impl Part {
    fn len(&self) -> usize {
        match self {
            Part::Zero(n) => *n,
            Part::Num(v) => v.to_string().len(),
            Part::Copy(text) => text.len(),
        }
    }

    fn write(&self, out: &mut Out) {
        match self {
            Part::Zero(n) => {
                const ZEROES: &str = "0000000000000000000000000000000000000000000000000000000000000000";
                let mut n = *n;
                while n > ZEROES.len() {
                    out.write_str(ZEROES);
                    n -= ZEROES.len();
                }
                if n > 0 {
                    out.write_str(&ZEROES[..n]);
                }
            }
            Part::Num(v) => out.write_str(&v.to_string()),
            Part::Copy(text) => out.write_str(text),
        }
    }
}

/// std's `Formatter::pad_formatted_parts`: with `0`, the sign goes first
/// and zeros fill up to the width.
fn pad_formatted_parts(sign: &str, parts: &[Part], spec: &FormatSpec, out: &mut Out) {
    let write_parts = |sign: &str, out: &mut Out| {
        if !sign.is_empty() {
            out.write_str(sign);
        }
        for part in parts {
            part.write(out);
        }
    };
    let Some(mut width) = spec.width else {
        write_parts(sign, out);
        return;
    };
    let mut sign = sign;
    let mut spec = spec.clone();
    if spec.zero_pad {
        out.write_str(sign);
        width = width.saturating_sub(sign.len());
        sign = "";
        spec.fill = Some('0');
        spec.align = Some(Align::Right);
    }
    let len = sign.len() + parts.iter().map(Part::len).sum::<usize>();
    if width <= len {
        write_parts(sign, out);
    } else {
        let after = padding(width - len, Align::Right, &spec, out);
        write_parts(sign, out);
        post_padding(after, &spec, out);
    }
}

/// A float of either width, with what std's `flt2dec` needs to know of it.
struct Float {
    /// The value (exact for `f32`).
    value: f64,
    ty: FloatTy,
}

/// The shortest digits that round-trip, and the decimal exponent `k` with
/// value = 0.DIGITS × 10^k.
struct Digits {
    digits: String,
    exp: i32,
}

impl Float {
    fn of(value: &Value) -> std::result::Result<Float, String> {
        match value {
            Value::F64(v) => Ok(Float {
                value: *v,
                ty: FloatTy::F64,
            }),
            Value::F32(v) => Ok(Float {
                value: f64::from(*v),
                ty: FloatTy::F32,
            }),
            other => Err(format!("not a float: {other:?}")),
        }
    }

    /// The host's own formatting of the magnitude in this width; the
    /// machine runs on Rust, whose float formatting is the one modelled.
    fn host(&self, format: impl Fn(&dyn HostFloat) -> String) -> String {
        match self.ty {
            FloatTy::F64 => format(&self.value.abs()),
            FloatTy::F32 => format(&(self.value.abs() as f32)),
        }
    }

    fn is_zero(&self) -> bool {
        self.value == 0.0
    }

    /// Debug without precision switches to exponent form outside
    /// `1e-4 <= |x| < 1e16` (compared in the float's own width).
    fn debug_uses_exponent(&self) -> bool {
        match self.ty {
            FloatTy::F64 => {
                let abs = self.value.abs();
                (abs != 0.0 && abs < 1e-4) || abs >= 1e16
            }
            FloatTy::F32 => {
                let abs = (self.value as f32).abs();
                (abs != 0.0 && abs < 1e-4) || abs >= 1e16
            }
        }
    }

    /// A NaN or infinity's only part, if the value is one.
    fn special(&self) -> Option<Vec<Part>> {
        if self.value.is_nan() {
            Some(vec![Part::Copy("NaN".into())])
        } else if self.value.is_infinite() {
            Some(vec![Part::Copy("inf".into())])
        } else {
            None
        }
    }

    /// Parses the host's `{:e}`-style text of the magnitude.
    fn digits_from_exp(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        Digits {
            digits: mantissa.replace('.', ""),
            exp: exp.parse::<i32>().unwrap_or(0) + 1,
        }
    }

    fn shortest_digits(&self) -> Digits {
        Float::digits_from_exp(&self.host(|x| x.exp(None)))
    }

    /// std's `estimate_max_buf_len`: the most significant digits exact
    /// formatting produces for this binary exponent (zeros beyond it are
    /// written as padding parts).
    fn max_digits(&self) -> usize {
        let (bits, mantissa_bits, bias, min_normal_mantissa) = match self.ty {
            FloatTy::F64 => (self.value.abs().to_bits(), 52, 1075i32, 1u64 << 52),
            FloatTy::F32 => (u64::from((self.value.abs() as f32).to_bits()), 23, 150, 1u64 << 23),
        };
        let biased = (bits >> mantissa_bits) as i32;
        let fraction = bits & ((1u64 << mantissa_bits) - 1);
        let exp = if biased == 0 {
            -bias
        } else if fraction | min_normal_mantissa == min_normal_mantissa {
            biased - bias - 2
        } else {
            biased - bias - 1
        };
        let scaled = if exp < 0 { -12 * exp } else { 5 * exp };
        21 + ((scaled as u32) >> 4) as usize
    }

    /// `{}` and `{:?}` without precision: shortest digits, at least
    /// `frac_digits` after the point.
    fn shortest(&self, frac_digits: usize) -> Vec<Part> {
        if let Some(parts) = self.special() {
            return parts;
        }
        if self.is_zero() {
            return zero_parts(frac_digits);
        }
        let Digits { digits, exp } = self.shortest_digits();
        digits_to_dec(&digits, exp, frac_digits)
    }

    /// `{:.N}`: exactly `N` digits after the point, correctly rounded.
    fn fixed(&self, frac_digits: usize) -> Vec<Part> {
        if let Some(parts) = self.special() {
            return parts;
        }
        if self.is_zero() {
            return zero_parts(frac_digits);
        }
        let text = self.host(|x| x.fixed(frac_digits));
        let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
        let all = format!("{int_part}{frac_part}");
        let Some(first) = all.find(|c: char| c != '0') else {
            // Rounded away entirely: rendered like zero.
            return zero_parts(frac_digits);
        };
        let exp = if int_part != "0" {
            int_part.len() as i32
        } else {
            -(frac_part.find(|c: char| c != '0').unwrap_or(0) as i32)
        };
        let digits = &all[first..];
        let kept = digits.len().min(self.max_digits());
        digits_to_dec(&digits[..kept], exp, frac_digits)
    }
}

/// Formatting of the host's floats, for either width.
trait HostFloat {
    fn exp(&self, precision: Option<usize>) -> String;
    fn fixed(&self, precision: usize) -> String;
}

impl HostFloat for f64 {
    fn exp(&self, precision: Option<usize>) -> String {
        match precision {
            Some(p) => format!("{self:.p$e}"),
            None => format!("{self:e}"),
        }
    }

    fn fixed(&self, precision: usize) -> String {
        format!("{self:.precision$}")
    }
}

impl HostFloat for f32 {
    fn exp(&self, precision: Option<usize>) -> String {
        match precision {
            Some(p) => format!("{self:.p$e}"),
            None => format!("{self:e}"),
        }
    }

    fn fixed(&self, precision: usize) -> String {
        format!("{self:.precision$}")
    }
}

/// Zero with `frac_digits` digits after the point.
fn zero_parts(frac_digits: usize) -> Vec<Part> {
    if frac_digits > 0 {
        vec![Part::Copy("0.".into()), Part::Zero(frac_digits)]
    } else {
        vec![Part::Copy("0".into())]
    }
}

/// std's `digits_to_dec_str`: 0.DIGITS × 10^exp in positional notation with
/// at least `frac_digits` digits after the point.
fn digits_to_dec(digits: &str, exp: i32, frac_digits: usize) -> Vec<Part> {
    let len = digits.len();
    if exp <= 0 {
        let minus_exp = (-exp) as usize;
        let mut parts = vec![
            Part::Copy("0.".into()),
            Part::Zero(minus_exp),
            Part::Copy(digits.into()),
        ];
        if frac_digits > len && frac_digits - len > minus_exp {
            parts.push(Part::Zero(frac_digits - len - minus_exp));
        }
        parts
    } else {
        let exp = exp as usize;
        if exp < len {
            let mut parts = vec![
                Part::Copy(digits[..exp].into()),
                Part::Copy(".".into()),
                Part::Copy(digits[exp..].into()),
            ];
            if frac_digits > len - exp {
                parts.push(Part::Zero(frac_digits - (len - exp)));
            }
            parts
        } else {
            let mut parts = vec![Part::Copy(digits.into()), Part::Zero(exp - len)];
            if frac_digits > 0 {
                parts.push(Part::Copy(".".into()));
                parts.push(Part::Zero(frac_digits));
            }
            parts
        }
    }
}

/// std's `digits_to_exp_str`: D.IGITS e EXP with at least `min_digits` digits.
fn digits_to_exp(digits: &str, exp: i32, min_digits: usize, upper: bool) -> Vec<Part> {
    let mut parts = vec![Part::Copy(digits[..1].into())];
    if digits.len() > 1 || min_digits > 1 {
        parts.push(Part::Copy(".".into()));
        parts.push(Part::Copy(digits[1..].into()));
        if min_digits > digits.len() {
            parts.push(Part::Zero(min_digits - digits.len()));
        }
    }
    let exp = exp - 1;
    let e = if upper { "E" } else { "e" };
    if exp < 0 {
        parts.push(Part::Copy(format!("{e}-")));
        parts.push(Part::Num(exp.unsigned_abs() as u16));
    } else {
        parts.push(Part::Copy(e.into()));
        parts.push(Part::Num(exp as u16));
    }
    parts
}

/// `{:e}`, `{:.Ne}` (and `Debug`'s exponent form) of a float.
fn float_exp(float: &Float, precision: Option<usize>, upper: bool) -> Vec<Part> {
    if let Some(parts) = float.special() {
        return parts;
    }
    let e = if upper { "E" } else { "e" };
    match precision {
        None if float.is_zero() => vec![Part::Copy(format!("0{e}0"))],
        None => {
            let Digits { digits, exp } = float.shortest_digits();
            digits_to_exp(&digits, exp, 0, upper)
        }
        Some(precision) if float.is_zero() => {
            if precision > 0 {
                vec![
                    Part::Copy("0.".into()),
                    Part::Zero(precision),
                    Part::Copy(format!("{e}0")),
                ]
            } else {
                vec![Part::Copy(format!("0{e}0"))]
            }
        }
        Some(precision) => {
            let Digits { digits, exp } = Float::digits_from_exp(&float.host(|x| x.exp(Some(precision))));
            let kept = digits.len().min(float.max_digits());
            digits_to_exp(&digits[..kept], exp, precision + 1, upper)
        }
    }
}

/// The sign std writes for a float: `-` for negatives (negative zero too),
/// `+` with `{:+}`, nothing for NaN.
fn float_sign(float: &Float, spec: &FormatSpec) -> String {
    if float.value.is_nan() {
        String::new()
    } else if float.value.is_sign_negative() {
        "-".into()
    } else if spec.sign_plus {
        "+".into()
    } else {
        String::new()
    }
}

/// `{:e}` of an integer: trailing zeros become the exponent; a precision
/// rounds half to even or pads with zeros.
fn int_exp(value: i128, int: IntTy, upper: bool, spec: &FormatSpec, out: &mut Out) {
    let (negative, _) = int_digits(value, int);
    let magnitude = if int == IntTy::U128 {
        value as u128
    } else {
        value.unsigned_abs()
    };
    let text = match spec.precision {
        Some(p) => format!("{magnitude:.p$e}"),
        None => format!("{magnitude:e}"),
    };
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let mut stripped = magnitude;
    while stripped % 10 == 0 && stripped >= 10 {
        stripped /= 10;
    }
    let significant = stripped.to_string().len() - 1;
    let added = spec.precision.map_or(0, |p| p.saturating_sub(significant));
    let e = if upper { "E" } else { "e" };
    let parts = [
        Part::Copy(mantissa[..mantissa.len() - added].into()),
        Part::Zero(added),
        Part::Copy(format!("{e}{exp}")),
    ];
    let sign = if negative {
        "-"
    } else if spec.sign_plus {
        "+"
    } else {
        ""
    };
    pad_formatted_parts(sign, &parts, spec, out);
}

/// The digits of a `to_string` of an integer and the capacity std gives
/// the `String`: exact for unsigned types; for signed ones, room for the
/// type's largest value plus a sign when negative.
pub fn int_to_string(value: i128, int: IntTy) -> (String, usize) {
    let (negative, digits) = int_digits(value, int);
    let text = if negative { format!("-{digits}") } else { digits };
    if !int.signed() {
        let len = text.len();
        return (text, len);
    }
    let max_digits = int.max().to_string().len();
    (text, max_digits + usize::from(negative))
}

/// `to_string` of a float, written through `Display` into a new `String`.
pub fn float_to_string(value: &Value) -> std::result::Result<Out, String> {
    let float = Float::of(value)?;
    let mut out = Out::default();
    pad_formatted_parts(
        &float_sign(&float, &FormatSpec::default()),
        &float.shortest(0),
        &FormatSpec::default(),
        &mut out,
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(value: Value, spec: FormatSpec) -> Out {
        let float = Float::of(&value).unwrap();
        let parts = match (spec.trait_, spec.precision) {
            (FormatTrait::LowerExp, precision) => float_exp(&float, precision, false),
            (FormatTrait::Debug, None) if float.debug_uses_exponent() => float_exp(&float, None, false),
            (FormatTrait::Debug, None) => float.shortest(1),
            (_, Some(precision)) => float.fixed(precision),
            (_, None) => float.shortest(0),
        };
        let mut out = Out::default();
        pad_formatted_parts(&float_sign(&float, &spec), &parts, &spec, &mut out);
        out
    }

    #[test]
    fn floats_print_like_std() {
        let spec = |trait_, precision| FormatSpec {
            trait_,
            precision,
            ..FormatSpec::default()
        };
        let cases: Vec<(f64, FormatSpec)> = vec![
            (0.1 + 0.2, spec(FormatTrait::Display, None)),
            (1e21, spec(FormatTrait::Display, None)),
            (1e21, spec(FormatTrait::Debug, None)),
            (1e-7, spec(FormatTrait::Debug, None)),
            (-0.0, spec(FormatTrait::Display, None)),
            (0.125, spec(FormatTrait::Display, Some(2))),
            (2.5, spec(FormatTrait::Display, Some(0))),
            (1234.5, spec(FormatTrait::LowerExp, None)),
            (1234.5, spec(FormatTrait::LowerExp, Some(2))),
            (f64::MAX, spec(FormatTrait::Display, Some(3))),
            (5e-324, spec(FormatTrait::Display, Some(330))),
            (0.001, spec(FormatTrait::Display, Some(1))),
            (9.99, spec(FormatTrait::Display, Some(1))),
        ];
        for (x, spec) in cases {
            let expected = match (spec.trait_, spec.precision) {
                (FormatTrait::LowerExp, Some(p)) => format!("{x:.p$e}"),
                (FormatTrait::LowerExp, None) => format!("{x:e}"),
                (FormatTrait::Debug, _) => format!("{x:?}"),
                (_, Some(p)) => format!("{x:.p$}"),
                (_, None) => format!("{x}"),
            };
            assert_eq!(render(Value::F64(x), spec).text, expected, "{x}");
        }
        assert_eq!(render(Value::F32(0.1), FormatSpec::default()).text, "0.1");
    }

    #[test]
    fn parts_rebuild_std_text_for_many_floats() {
        // Pseudo-random bit patterns of both widths, through every notation.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for i in 0..3000 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = f64::from_bits(state);
            let y = f32::from_bits((state >> 32) as u32);
            let precision = i % 25;
            for (value, display, debug, fixed, exp, exp_fixed) in [
                (
                    Value::F64(x),
                    format!("{x}"),
                    format!("{x:?}"),
                    format!("{x:.precision$}"),
                    format!("{x:e}"),
                    format!("{x:.precision$e}"),
                ),
                (
                    Value::F32(y),
                    format!("{y}"),
                    format!("{y:?}"),
                    format!("{y:.precision$}"),
                    format!("{y:e}"),
                    format!("{y:.precision$e}"),
                ),
            ] {
                let spec = |trait_, precision| FormatSpec {
                    trait_,
                    precision,
                    ..FormatSpec::default()
                };
                assert_eq!(render(value.clone(), spec(FormatTrait::Display, None)).text, display);
                assert_eq!(render(value.clone(), spec(FormatTrait::Debug, None)).text, debug);
                assert_eq!(
                    render(value.clone(), spec(FormatTrait::Display, Some(precision))).text,
                    fixed
                );
                assert_eq!(render(value.clone(), spec(FormatTrait::LowerExp, None)).text, exp);
                assert_eq!(
                    render(value, spec(FormatTrait::LowerExp, Some(precision))).text,
                    exp_fixed
                );
            }
        }
    }

    #[test]
    fn capacity_grows_like_a_string() {
        // `format!("{}", 1e300)` writes "1" then zeros 64 at a time.
        let out = render(Value::F64(1e300), FormatSpec::default());
        assert_eq!((out.text.len(), out.cap), (301, 520));
        let mut out = Out::default();
        pad(
            "5",
            &FormatSpec {
                width: Some(10),
                align: Some(Align::Right),
                ..FormatSpec::default()
            },
            &mut out,
        );
        assert_eq!(out.cap, 16);
    }
}
