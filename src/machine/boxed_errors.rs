//! `From<E> for Box<dyn Error>`: the box of a std error holds the error; the
//! box of text holds std's private `StringError(String)`, which is laid out,
//! printed and drawn as the `String` it wraps.

use super::*;

impl Machine<'_> {
    /// Boxes `value` of type `ty` as a `Box<dyn Error>`.
    pub(super) fn box_error(&mut self, value: Value, ty: &Ty, span: Span, observer: &mut dyn Observer) -> Exec<Value> {
        let (value, pointee) = match (ty, value) {
            (Ty::StdError(_) | Ty::String, value) => (value, ty.clone()),
            // `String::from(text)`: exactly the text's length.
            (Ty::Ref(_, inner), Value::Ptr(text)) if **inner == Ty::Str => {
                let bytes = self.str_bytes(&text, span)?;
                let len = bytes.len();
                (self.string_with_capacity(bytes, len, span, observer)?, Ty::String)
            }
            (other, _) => return Err(internal(format!("a `Box<dyn Error>` from `{other}`"), span)),
        };
        let size = self.size_of(&pointee);
        let alloc = self.allocate_heap(value, pointee, size, span, observer)?;
        Ok(Value::Ptr(Pointer {
            kind: PointerKind::Owning,
            alloc,
            path: Vec::new(),
            range: None,
        }))
    }

    /// The type of an operand in the running body.
    pub(super) fn operand_ty(&self, operand: &Operand, span: Span) -> Exec<Ty> {
        match operand {
            Operand::Copy(place, _) | Operand::Move(place, _) => self.place_ty(place, span).map(Cow::into_owned),
            Operand::Const(Const::Str(_)) => Ok(Ty::str_ref()),
            Operand::Const(other) => Err(internal(format!("the type of {other:?}"), span)),
        }
    }
}
