//! Parsing `format_args!` strings into pieces, following std's grammar.

use crate::ir::{Align, FormatSpec, FormatTrait};

/// How a placeholder names its argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgRef {
    /// `{}`: the next positional argument.
    Next,
    /// `{0}`.
    Index(usize),
    /// `{name}`: a named argument or a variable in scope.
    Name(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawPiece {
    Literal(String),
    /// A placeholder; a width or precision taken from an argument (`1$`,
    /// `name$`, or `*` for the next one) is named by `width` or `precision`.
    Argument {
        arg: ArgRef,
        spec: FormatSpec,
        width: Option<ArgRef>,
        precision: Option<ArgRef>,
    },
}

/// Parses a format string; errors are messages in rustc's words.
pub fn parse(fmt: &str) -> Result<Vec<RawPiece>, String> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '}' => return Err("invalid format string: unmatched `}` found".into()),
            '{' => {
                let mut inner = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    inner.push(c);
                }
                if !closed {
                    return Err("invalid format string: expected `}` but string was terminated".into());
                }
                if !literal.is_empty() {
                    pieces.push(RawPiece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(parse_placeholder(&inner)?);
            }
            _ => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(RawPiece::Literal(literal));
    }
    Ok(pieces)
}

fn parse_placeholder(inner: &str) -> Result<RawPiece, String> {
    let (arg_text, spec_text) = match inner.find(':') {
        Some(i) => (&inner[..i], Some(&inner[i + 1..])),
        None => (inner, None),
    };
    let arg_text = arg_text.trim();
    let arg = if arg_text.is_empty() {
        ArgRef::Next
    } else if let Ok(n) = arg_text.parse::<usize>() {
        ArgRef::Index(n)
    } else if is_identifier(arg_text) {
        ArgRef::Name(arg_text.to_string())
    } else {
        return Err(format!("invalid format string: invalid argument name `{arg_text}`"));
    };
    let (spec, width, precision) = match spec_text {
        Some(text) => parse_spec(text)?,
        None => (FormatSpec::default(), None, None),
    };
    Ok(RawPiece::Argument {
        arg,
        spec,
        width,
        precision,
    })
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A width or precision: a number, or an argument holding it.
enum Count {
    Literal(usize),
    Argument(ArgRef),
}

type Spec = (FormatSpec, Option<ArgRef>, Option<ArgRef>);

fn parse_spec(text: &str) -> Result<Spec, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut spec = FormatSpec::default();
    let align_of = |c: char| match c {
        '<' => Some(Align::Left),
        '^' => Some(Align::Center),
        '>' => Some(Align::Right),
        _ => None,
    };
    if chars.len() >= 2
        && let Some(align) = align_of(chars[1])
    {
        spec.fill = Some(chars[0]);
        spec.align = Some(align);
        i = 2;
    } else if let Some(align) = chars.first().copied().and_then(align_of) {
        spec.align = Some(align);
        i = 1;
    }
    if chars.get(i) == Some(&'+') {
        spec.sign_plus = true;
        i += 1;
    } else if chars.get(i) == Some(&'-') {
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        spec.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
        spec.zero_pad = true;
        i += 1;
    }
    let mut width_arg = None;
    let mut precision_arg = None;
    let (width, next) = parse_count(&chars, i)?;
    match width {
        Some(Count::Literal(n)) => spec.width = Some(n),
        Some(Count::Argument(ArgRef::Next)) => return Err("invalid format string: unexpected `*`".into()),
        Some(Count::Argument(arg)) => width_arg = Some(arg),
        None => {}
    }
    i = next;
    if chars.get(i) == Some(&'.') {
        let (precision, next) = parse_count(&chars, i + 1)?;
        match precision {
            Some(Count::Literal(n)) => spec.precision = Some(n),
            Some(Count::Argument(arg)) => precision_arg = Some(arg),
            None => return Err("invalid format string: expected a precision after `.`".into()),
        }
        i = next;
    }
    let rest: String = chars[i..].iter().collect();
    spec.trait_ = match rest.trim_end() {
        "" => FormatTrait::Display,
        "?" => FormatTrait::Debug,
        "x?" | "X?" => {
            spec.debug_hex = Some(if rest.starts_with('x') {
                FormatTrait::LowerHex
            } else {
                FormatTrait::UpperHex
            });
            FormatTrait::Debug
        }
        "x" => FormatTrait::LowerHex,
        "X" => FormatTrait::UpperHex,
        "b" => FormatTrait::Binary,
        "o" => FormatTrait::Octal,
        "e" => FormatTrait::LowerExp,
        "E" => FormatTrait::UpperExp,
        other => return Err(format!("unsupported: format trait `{other}`")),
    };
    Ok((spec, width_arg, precision_arg))
}

/// Reads a count: `N`, `N$`, `name$`, or `*`; `None` when there is none
/// (the position is then unchanged).
fn parse_count(chars: &[char], start: usize) -> Result<(Option<Count>, usize), String> {
    if chars.get(start) == Some(&'*') {
        return Ok((Some(Count::Argument(ArgRef::Next)), start + 1));
    }
    let mut i = start;
    while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    if i > start {
        let digits: String = chars[start..i].iter().collect();
        let count = digits
            .parse()
            .map_err(|_| "invalid format string: count too large".to_string())?;
        if chars.get(i) == Some(&'$') {
            return Ok((Some(Count::Argument(ArgRef::Index(count))), i + 1));
        }
        return Ok((Some(Count::Literal(count)), i));
    }
    // `name$`: an identifier directly followed by `$`.
    while chars.get(i).is_some_and(|c| *c == '_' || c.is_alphanumeric()) {
        i += 1;
    }
    let name: String = chars[start..i].iter().collect();
    if i > start && chars.get(i) == Some(&'$') && is_identifier(&name) {
        return Ok((Some(Count::Argument(ArgRef::Name(name))), i + 1));
    }
    Ok((None, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_escapes_positions_and_specs() {
        let pieces = parse("a{{b}}{} {0:>8.3} {name:?} {:#x}").unwrap();
        assert_eq!(pieces[0], RawPiece::Literal("a{b}".into()));
        assert!(matches!(&pieces[1], RawPiece::Argument { arg: ArgRef::Next, .. }));
        match &pieces[3] {
            RawPiece::Argument { arg, spec, .. } => {
                assert_eq!(arg, &ArgRef::Index(0));
                assert_eq!(spec.align, Some(Align::Right));
                assert_eq!(spec.width, Some(8));
                assert_eq!(spec.precision, Some(3));
            }
            other => panic!("unexpected {other:?}"),
        }
        match &pieces[5] {
            RawPiece::Argument { arg, spec, .. } => {
                assert_eq!(arg, &ArgRef::Name("name".into()));
                assert_eq!(spec.trait_, FormatTrait::Debug);
            }
            other => panic!("unexpected {other:?}"),
        }
        match &pieces[7] {
            RawPiece::Argument { spec, .. } => {
                assert!(spec.alternate);
                assert_eq!(spec.trait_, FormatTrait::LowerHex);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn fill_and_zero_padding() {
        let [RawPiece::Argument { spec, .. }] = &parse("{:*^9}").unwrap()[..] else {
            panic!()
        };
        assert_eq!(
            (spec.fill, spec.align, spec.width),
            (Some('*'), Some(Align::Center), Some(9))
        );
        let [RawPiece::Argument { spec, .. }] = &parse("{:08}").unwrap()[..] else {
            panic!()
        };
        assert!(spec.zero_pad);
        assert_eq!(spec.width, Some(8));
    }

    #[test]
    fn counts_from_arguments() {
        let [RawPiece::Argument { spec, width, .. }] = &parse("{:>1$}").unwrap()[..] else {
            panic!()
        };
        assert_eq!((spec.width, width.clone()), (None, Some(ArgRef::Index(1))));
        let [RawPiece::Argument { precision, .. }] = &parse("{:.*}").unwrap()[..] else {
            panic!()
        };
        assert_eq!(precision.clone(), Some(ArgRef::Next));
        let [
            RawPiece::Argument {
                spec, width, precision, ..
            },
        ] = &parse("{:w$.p$e}").unwrap()[..]
        else {
            panic!()
        };
        assert_eq!(width.clone(), Some(ArgRef::Name("w".into())));
        assert_eq!(precision.clone(), Some(ArgRef::Name("p".into())));
        assert_eq!(spec.trait_, FormatTrait::LowerExp);
        let [RawPiece::Argument { spec, width, .. }] = &parse("{:x}").unwrap()[..] else {
            panic!()
        };
        assert_eq!((spec.trait_, width.clone()), (FormatTrait::LowerHex, None));
    }

    #[test]
    fn rejects_unbalanced_braces() {
        assert!(parse("{").is_err());
        assert!(parse("}").is_err());
    }
}
