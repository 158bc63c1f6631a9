//! What the iterators over a string read from it: `chars`, `char_indices`,
//! `bytes`, `split_whitespace`, `split` and `lines` step through the bytes
//! by index.

use super::*;

impl Machine<'_> {
    /// One [`StrAt`] reading of the `&str` `text` at byte `index`.
    pub(super) fn str_at(&self, reading: StrAt, text: &Pointer, index: usize, span: Span) -> Exec<Value> {
        let bytes = self.str_bytes(text, span)?;
        // `bytes` reads inside a `char` too.
        if reading == StrAt::Byte {
            return Ok(Value::Int(i128::from(bytes.get(index).copied().unwrap_or_default())));
        }
        let rest = text_from(&bytes, index, span)?;
        let first = rest.chars().next();
        let after = |found: Option<usize>| Value::Int((index + found.unwrap_or(rest.len())) as i128);
        Ok(match reading {
            StrAt::Char => Value::Char(first.ok_or_else(|| internal("a char past the end", span))?),
            StrAt::CharWidth => Value::Int(first.map_or(0, char::len_utf8) as i128),
            StrAt::CharWidthBefore => {
                let before = bytes
                    .get(..index)
                    .and_then(|head| std::str::from_utf8(head).ok())
                    .ok_or_else(|| internal("a string index off a char boundary", span))?;
                Value::Int(before.chars().next_back().map_or(0, char::len_utf8) as i128)
            }
            StrAt::Byte => return Err(internal("a byte read as a `char`", span)),
            StrAt::WordStart => after(rest.find(|c: char| !c.is_whitespace())),
            StrAt::WordEnd => after(rest.find(char::is_whitespace)),
            StrAt::LineEnd => after(rest.lines().next().map(str::len)),
            StrAt::LineNext => after(rest.find('\n').map(|newline| newline + 1)),
            StrAt::MatchStart | StrAt::MatchEnd => return Err(internal("a match read without a pattern", span)),
        })
    }

    /// Where the next match of `split`'s `pattern` in `text` from byte
    /// `index` starts or ends (the length when there is none).
    pub(super) fn str_match(
        &self,
        reading: StrAt,
        text: &Pointer,
        index: usize,
        pattern: &Value,
        span: Span,
    ) -> Exec<Value> {
        let pattern = match pattern {
            Value::Char(c) => c.to_string(),
            Value::Ptr(pointer) => String::from_utf8(self.str_bytes(pointer, span)?)
                .map_err(|_| internal("a pattern that is not UTF-8", span))?,
            other => return Err(internal(format!("a split pattern {other:?}"), span)),
        };
        // An empty pattern matches between every two `char`s: not modelled.
        if pattern.is_empty() {
            return Err(Stop::Error(Diagnostic::unsupported(
                "splitting at an empty pattern",
                span,
            )));
        }
        let bytes = self.str_bytes(text, span)?;
        let rest = text_from(&bytes, index, span)?;
        let found = rest.find(pattern.as_str());
        let offset = match reading {
            StrAt::MatchStart => found,
            StrAt::MatchEnd => found.map(|start| start + pattern.len()),
            _ => return Err(internal("a string reading with a pattern", span)),
        };
        Ok(Value::Int((index + offset.unwrap_or(rest.len())) as i128))
    }
}

/// The text of `bytes` from byte `index` on.
fn text_from(bytes: &[u8], index: usize, span: Span) -> Exec<&str> {
    bytes
        .get(index..)
        .and_then(|tail| std::str::from_utf8(tail).ok())
        .ok_or_else(|| internal("a string index off a char boundary", span))
}
