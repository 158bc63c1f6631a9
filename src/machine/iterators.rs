//! What the iterators over a string read from it: `chars`, `char_indices`,
//! `bytes` and `split_whitespace` step through the bytes by index.

use super::*;

impl Machine<'_> {
    /// One [`StrAt`] reading of the `&str` `text` at byte `index`.
    pub(super) fn str_at(&self, reading: StrAt, text: &Pointer, index: usize, span: Span) -> Exec<Value> {
        let bytes = self.str_bytes(text, span)?;
        // `bytes` reads inside a `char` too.
        if reading == StrAt::Byte {
            return Ok(Value::Int(i128::from(bytes.get(index).copied().unwrap_or_default())));
        }
        let rest = bytes
            .get(index..)
            .and_then(|tail| std::str::from_utf8(tail).ok())
            .ok_or_else(|| internal("a string index off a char boundary", span))?;
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
        })
    }
}
