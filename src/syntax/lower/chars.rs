//! Methods of `char`, and the ASCII methods `u8` shares with it
//! (`b.is_ascii_digit()`, `b.to_ascii_uppercase()`).

use super::*;
use std::rc::Rc;

/// What a method returns, relative to `Self`.
#[derive(Clone, Copy)]
enum Returns {
    Bool,
    SelfTy,
    /// `Option<u32>`.
    Digit,
    Usize,
}

/// A method's name, whether it exists on `u8` too, whether it takes a
/// `u32` radix, and what it returns.
fn char_method(name: &str) -> Option<(CharMethod, bool, bool, Returns)> {
    use CharMethod as M;
    use Returns::*;
    Some(match name {
        "is_alphabetic" => (M::IsAlphabetic, false, false, Bool),
        "is_numeric" => (M::IsNumeric, false, false, Bool),
        "is_alphanumeric" => (M::IsAlphanumeric, false, false, Bool),
        "is_whitespace" => (M::IsWhitespace, false, false, Bool),
        "is_uppercase" => (M::IsUppercase, false, false, Bool),
        "is_lowercase" => (M::IsLowercase, false, false, Bool),
        "is_control" => (M::IsControl, false, false, Bool),
        "to_digit" => (M::ToDigit, false, true, Digit),
        "is_digit" => (M::IsDigit, false, true, Bool),
        "len_utf8" => (M::LenUtf8, false, false, Usize),
        "is_ascii" => (M::IsAscii, true, false, Bool),
        "is_ascii_alphabetic" => (M::IsAsciiAlphabetic, true, false, Bool),
        "is_ascii_digit" => (M::IsAsciiDigit, true, false, Bool),
        "is_ascii_alphanumeric" => (M::IsAsciiAlphanumeric, true, false, Bool),
        "is_ascii_uppercase" => (M::IsAsciiUppercase, true, false, Bool),
        "is_ascii_lowercase" => (M::IsAsciiLowercase, true, false, Bool),
        "is_ascii_punctuation" => (M::IsAsciiPunctuation, true, false, Bool),
        "is_ascii_whitespace" => (M::IsAsciiWhitespace, true, false, Bool),
        "is_ascii_graphic" => (M::IsAsciiGraphic, true, false, Bool),
        "is_ascii_hexdigit" => (M::IsAsciiHexdigit, true, false, Bool),
        "is_ascii_control" => (M::IsAsciiControl, true, false, Bool),
        "to_ascii_uppercase" => (M::ToAsciiUppercase, true, false, SelfTy),
        "to_ascii_lowercase" => (M::ToAsciiLowercase, true, false, SelfTy),
        _ => return None,
    })
}

/// Whether `name` is an ASCII method of `u8` and `char`, which no other
/// number type has.
pub(super) fn is_ascii_method(name: &str) -> bool {
    char_method(name).is_some_and(|(_, on_u8, _, _)| on_u8)
}

impl Lowerer<'_> {
    /// `c.method(..)` on a `char`, or an ASCII method on a `u8`; `None` if
    /// `method` is not one of them.
    pub(super) fn char_method_call(
        &mut self,
        receiver: Operand,
        self_ty: &Ty,
        method: &syn::Ident,
        args: &[&syn::Expr],
    ) -> Option<Result<(Rvalue, Ty)>> {
        let (char_method, on_u8, takes_radix, returns) = char_method(&method.to_string())?;
        if *self_ty != Ty::Char && !on_u8 {
            return None;
        }
        Some(self.char_call(char_method, takes_radix, returns, receiver, self_ty, method, args))
    }

    #[allow(clippy::too_many_arguments)]
    fn char_call(
        &mut self,
        char_method: CharMethod,
        takes_radix: bool,
        returns: Returns,
        receiver: Operand,
        self_ty: &Ty,
        method: &syn::Ident,
        args: &[&syn::Expr],
    ) -> Result<(Rvalue, Ty)> {
        let expected = usize::from(takes_radix);
        if args.len() != expected {
            return Err(super::macros::argument_count_error(
                "method",
                expected,
                args.len(),
                method,
            ));
        }
        let mut operands = vec![receiver];
        operands.extend(self.u32_operands(args)?);
        let ty = match returns {
            Returns::Bool => Ty::Bool,
            Returns::SelfTy => self_ty.clone(),
            Returns::Digit => Ty::Option(Rc::new(Ty::Int(IntTy::U32))),
            Returns::Usize => Ty::Int(IntTy::Usize),
        };
        Ok((Rvalue::Intrinsic(Intrinsic::CharMethod(char_method), operands), ty))
    }

    /// `char::from_digit(d, radix)` and `char::from_u32(code)`; `None` for
    /// other paths.
    pub(super) fn char_associated_call(
        &mut self,
        path: &[&str],
        args: &[&syn::Expr],
        call: &syn::ExprCall,
    ) -> Option<Result<(Rvalue, Ty)>> {
        let (method, expected) = match path {
            ["char", "from_digit"] => (CharMethod::FromDigit, 2),
            ["char", "from_u32"] => (CharMethod::FromU32, 1),
            _ => return None,
        };
        Some(self.u32_arguments(args, expected, call).map(|operands| {
            (
                Rvalue::Intrinsic(Intrinsic::CharMethod(method), operands),
                Ty::Option(Rc::new(Ty::Char)),
            )
        }))
    }

    fn u32_arguments(&mut self, args: &[&syn::Expr], expected: usize, call: &syn::ExprCall) -> Result<Vec<Operand>> {
        if args.len() != expected {
            return Err(super::macros::argument_count_error(
                "function",
                expected,
                args.len(),
                &*call.func,
            ));
        }
        self.u32_operands(args)
    }

    fn u32_operands(&mut self, args: &[&syn::Expr]) -> Result<Vec<Operand>> {
        let u32_ty = Ty::Int(IntTy::U32);
        let mut operands = Vec::new();
        for arg in args {
            let (operand, ty) = self.as_operand(arg, Some(&u32_ty))?;
            self.expect_type(&u32_ty, &ty, *arg)?;
            operands.push(operand);
        }
        Ok(operands)
    }
}
