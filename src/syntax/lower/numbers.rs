//! Numbers: literals, `as` casts and `From` conversions, constants such as
//! `i32::MAX` and `f64::consts::PI`, and the methods of the number types.

use super::macros::{argument_count_error, check_argument_count};
use super::*;
use std::rc::Rc;

/// Something about numbers that can only be checked once types are decided.
pub(super) enum Check {
    /// An integer literal must fit its type (rustc's `overflowing_literals`).
    Int {
        ty: Ty,
        negative: bool,
        magnitude: u128,
        /// The literal's token, made a [`Span`] only for the error.
        literal: proc_macro2::Span,
    },
    /// A float literal must be finite in its type.
    Float { ty: Ty, digits: String, span: Span },
    /// Unsigned values cannot be negated.
    Negation { ty: Ty, span: Span },
    /// `from as to`, or `to::from(from)` when `lossless`.
    Cast {
        from: Ty,
        to: Ty,
        lossless: bool,
        span: Span,
    },
}

/// A number type, for the methods they share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumTy {
    Int(IntTy),
    Float(FloatTy),
}

impl NumTy {
    fn of(ty: &Ty) -> Option<NumTy> {
        match ty {
            Ty::Int(int) => Some(NumTy::Int(*int)),
            Ty::Float(float) => Some(NumTy::Float(*float)),
            _ => None,
        }
    }

    fn from_name(name: &str) -> Option<NumTy> {
        IntTy::from_name(name)
            .map(NumTy::Int)
            .or_else(|| FloatTy::from_name(name).map(NumTy::Float))
    }

    fn ty(self) -> Ty {
        match self {
            NumTy::Int(int) => Ty::Int(int),
            NumTy::Float(float) => Ty::Float(float),
        }
    }
}

/// The value of a float literal's digits in its type; an `f32` is parsed
/// directly (not rounded twice through `f64`), as rustc does.
pub(super) fn parse_float(digits: &str, ty: FloatTy) -> f64 {
    match ty {
        FloatTy::F32 => digits.parse::<f32>().map_or(f64::NAN, f64::from),
        FloatTy::F64 => digits.parse::<f64>().unwrap_or(f64::NAN),
    }
}

/// The unsigned type of the same width (`unsigned_abs`, `abs_diff`).
fn unsigned_of(int: IntTy) -> IntTy {
    match int {
        IntTy::I8 => IntTy::U8,
        IntTy::I16 => IntTy::U16,
        IntTy::I32 => IntTy::U32,
        IntTy::I64 => IntTy::U64,
        IntTy::I128 => IntTy::U128,
        IntTy::Isize => IntTy::Usize,
        unsigned => unsigned,
    }
}

/// Argument and result types of a number method, relative to `Self`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arg {
    SelfTy,
    U32,
    I32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ret {
    SelfTy,
    U32,
    Bool,
    /// The unsigned type of the same width.
    Unsigned,
    String,
    /// `(Self, bool)`.
    WithOverflow,
    /// `Option<Self>`.
    Checked,
    /// `u32` for `f32`, `u64` for `f64`.
    Bits,
}

/// Which integers have a method.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Signs {
    Both,
    Signed,
    Unsigned,
}

fn int_method(name: &str) -> Option<(NumMethod, &'static [Arg], Ret, Signs)> {
    use Arg::*;
    use NumMethod as M;
    use Signs::*;
    const NONE: &[Arg] = &[];
    const SELF: &[Arg] = &[SelfTy];
    const EXP: &[Arg] = &[U32];
    Some(match name {
        "abs" => (M::Abs, NONE, Ret::SelfTy, Signed),
        "signum" => (M::Signum, NONE, Ret::SelfTy, Signed),
        "is_positive" => (M::IsPositive, NONE, Ret::Bool, Signed),
        "is_negative" => (M::IsNegative, NONE, Ret::Bool, Signed),
        "min" => (M::Min, SELF, Ret::SelfTy, Both),
        "max" => (M::Max, SELF, Ret::SelfTy, Both),
        "clamp" => (M::Clamp, &[SelfTy, SelfTy], Ret::SelfTy, Both),
        "pow" => (M::Pow, EXP, Ret::SelfTy, Both),
        "to_string" => (M::ToString, NONE, Ret::String, Both),
        "wrapping_add" => (M::WrappingAdd, SELF, Ret::SelfTy, Both),
        "wrapping_sub" => (M::WrappingSub, SELF, Ret::SelfTy, Both),
        "wrapping_mul" => (M::WrappingMul, SELF, Ret::SelfTy, Both),
        "wrapping_div" => (M::WrappingDiv, SELF, Ret::SelfTy, Both),
        "wrapping_rem" => (M::WrappingRem, SELF, Ret::SelfTy, Both),
        "wrapping_neg" => (M::WrappingNeg, NONE, Ret::SelfTy, Both),
        "wrapping_shl" => (M::WrappingShl, EXP, Ret::SelfTy, Both),
        "wrapping_shr" => (M::WrappingShr, EXP, Ret::SelfTy, Both),
        "wrapping_pow" => (M::WrappingPow, EXP, Ret::SelfTy, Both),
        "wrapping_abs" => (M::WrappingAbs, NONE, Ret::SelfTy, Signed),
        "saturating_add" => (M::SaturatingAdd, SELF, Ret::SelfTy, Both),
        "saturating_sub" => (M::SaturatingSub, SELF, Ret::SelfTy, Both),
        "saturating_mul" => (M::SaturatingMul, SELF, Ret::SelfTy, Both),
        "saturating_pow" => (M::SaturatingPow, EXP, Ret::SelfTy, Both),
        "overflowing_add" => (M::OverflowingAdd, SELF, Ret::WithOverflow, Both),
        "overflowing_sub" => (M::OverflowingSub, SELF, Ret::WithOverflow, Both),
        "overflowing_mul" => (M::OverflowingMul, SELF, Ret::WithOverflow, Both),
        "overflowing_neg" => (M::OverflowingNeg, NONE, Ret::WithOverflow, Both),
        "overflowing_pow" => (M::OverflowingPow, EXP, Ret::WithOverflow, Both),
        "checked_add" => (M::CheckedAdd, SELF, Ret::Checked, Both),
        "checked_sub" => (M::CheckedSub, SELF, Ret::Checked, Both),
        "checked_mul" => (M::CheckedMul, SELF, Ret::Checked, Both),
        "checked_div" => (M::CheckedDiv, SELF, Ret::Checked, Both),
        "checked_rem" => (M::CheckedRem, SELF, Ret::Checked, Both),
        "checked_neg" => (M::CheckedNeg, NONE, Ret::Checked, Both),
        "checked_pow" => (M::CheckedPow, EXP, Ret::Checked, Both),
        "unsigned_abs" => (M::UnsignedAbs, NONE, Ret::Unsigned, Signed),
        "abs_diff" => (M::AbsDiff, SELF, Ret::Unsigned, Both),
        "div_euclid" => (M::DivEuclid, SELF, Ret::SelfTy, Both),
        "rem_euclid" => (M::RemEuclid, SELF, Ret::SelfTy, Both),
        "count_ones" => (M::CountOnes, NONE, Ret::U32, Both),
        "count_zeros" => (M::CountZeros, NONE, Ret::U32, Both),
        "leading_zeros" => (M::LeadingZeros, NONE, Ret::U32, Both),
        "trailing_zeros" => (M::TrailingZeros, NONE, Ret::U32, Both),
        "leading_ones" => (M::LeadingOnes, NONE, Ret::U32, Both),
        "trailing_ones" => (M::TrailingOnes, NONE, Ret::U32, Both),
        "rotate_left" => (M::RotateLeft, EXP, Ret::SelfTy, Both),
        "rotate_right" => (M::RotateRight, EXP, Ret::SelfTy, Both),
        "swap_bytes" => (M::SwapBytes, NONE, Ret::SelfTy, Both),
        "reverse_bits" => (M::ReverseBits, NONE, Ret::SelfTy, Both),
        "is_power_of_two" => (M::IsPowerOfTwo, NONE, Ret::Bool, Unsigned),
        "next_power_of_two" => (M::NextPowerOfTwo, NONE, Ret::SelfTy, Unsigned),
        "ilog2" => (M::Ilog2, NONE, Ret::U32, Both),
        "ilog10" => (M::Ilog10, NONE, Ret::U32, Both),
        "isqrt" => (M::Isqrt, NONE, Ret::SelfTy, Both),
        _ => return None,
    })
}

fn float_method(name: &str) -> Option<(NumMethod, &'static [Arg], Ret)> {
    use Arg::*;
    use NumMethod as M;
    const NONE: &[Arg] = &[];
    const SELF: &[Arg] = &[SelfTy];
    let unary = |m| Some((m, NONE, Ret::SelfTy));
    let test = |m| Some((m, NONE, Ret::Bool));
    let binary = |m| Some((m, SELF, Ret::SelfTy));
    match name {
        "abs" => unary(M::Abs),
        "signum" => unary(M::Signum),
        "sqrt" => unary(M::Sqrt),
        "cbrt" => unary(M::Cbrt),
        "exp" => unary(M::Exp),
        "exp2" => unary(M::Exp2),
        "ln" => unary(M::Ln),
        "log2" => unary(M::Log2),
        "log10" => unary(M::Log10),
        "floor" => unary(M::Floor),
        "ceil" => unary(M::Ceil),
        "round" => unary(M::Round),
        "round_ties_even" => unary(M::RoundTiesEven),
        "trunc" => unary(M::Trunc),
        "fract" => unary(M::Fract),
        "sin" => unary(M::Sin),
        "cos" => unary(M::Cos),
        "tan" => unary(M::Tan),
        "asin" => unary(M::Asin),
        "acos" => unary(M::Acos),
        "atan" => unary(M::Atan),
        "sinh" => unary(M::Sinh),
        "cosh" => unary(M::Cosh),
        "tanh" => unary(M::Tanh),
        "to_degrees" => unary(M::ToDegrees),
        "to_radians" => unary(M::ToRadians),
        "recip" => unary(M::Recip),
        "powi" => Some((M::Powi, &[I32], Ret::SelfTy)),
        "powf" => binary(M::Powf),
        "log" => binary(M::Log),
        "hypot" => binary(M::Hypot),
        "atan2" => binary(M::Atan2),
        "copysign" => binary(M::Copysign),
        "min" => binary(M::Min),
        "max" => binary(M::Max),
        "mul_add" => Some((M::MulAdd, &[SelfTy, SelfTy], Ret::SelfTy)),
        "clamp" => Some((M::Clamp, &[SelfTy, SelfTy], Ret::SelfTy)),
        "is_nan" => test(M::IsNan),
        "is_infinite" => test(M::IsInfinite),
        "is_finite" => test(M::IsFinite),
        "is_normal" => test(M::IsNormal),
        "is_sign_positive" => test(M::IsSignPositive),
        "is_sign_negative" => test(M::IsSignNegative),
        "to_string" => Some((M::ToString, NONE, Ret::String)),
        "to_bits" => Some((M::ToBits, NONE, Ret::Bits)),
        _ => None,
    }
}

/// `T::NAME` constants of the number types and `T::consts::NAME`.
fn number_constant(num: NumTy, path: &[&str]) -> Option<(Const, Ty)> {
    let u32_const = |v: u32| Some((Const::Int(v as i128), Ty::Int(IntTy::U32)));
    let i32_const = |v: i32| Some((Const::Int(v as i128), Ty::Int(IntTy::I32)));
    match (num, path) {
        (NumTy::Int(int), ["MAX"]) => Some((Const::Int(int.max_u128() as i128), Ty::Int(int))),
        (NumTy::Int(int), ["MIN"]) => Some((Const::Int(int.min()), Ty::Int(int))),
        (NumTy::Int(int), ["BITS"]) => u32_const(int.bits()),
        (NumTy::Float(float), [name]) => {
            let value = |v32: f32, v64: f64| match float {
                FloatTy::F32 => f64::from(v32),
                FloatTy::F64 => v64,
            };
            let float_const = |v: f64| Some((Const::Float(float, v), Ty::Float(float)));
            match *name {
                "MAX" => float_const(value(f32::MAX, f64::MAX)),
                "MIN" => float_const(value(f32::MIN, f64::MIN)),
                "MIN_POSITIVE" => float_const(value(f32::MIN_POSITIVE, f64::MIN_POSITIVE)),
                "EPSILON" => float_const(value(f32::EPSILON, f64::EPSILON)),
                "INFINITY" => float_const(f64::INFINITY),
                "NEG_INFINITY" => float_const(f64::NEG_INFINITY),
                "NAN" => float_const(f64::NAN),
                "RADIX" => u32_const(2),
                "MANTISSA_DIGITS" => u32_const(if float == FloatTy::F32 { 24 } else { 53 }),
                "DIGITS" => u32_const(if float == FloatTy::F32 { 6 } else { 15 }),
                "MAX_EXP" => i32_const(if float == FloatTy::F32 { 128 } else { 1024 }),
                "MIN_EXP" => i32_const(if float == FloatTy::F32 { -125 } else { -1021 }),
                "MAX_10_EXP" => i32_const(if float == FloatTy::F32 { 38 } else { 308 }),
                "MIN_10_EXP" => i32_const(if float == FloatTy::F32 { -37 } else { -307 }),
                _ => None,
            }
        }
        (NumTy::Float(float), ["consts", name]) => {
            use std::{f32::consts as c32, f64::consts as c64};
            let (v32, v64) = match *name {
                "PI" => (c32::PI, c64::PI),
                "TAU" => (c32::TAU, c64::TAU),
                "E" => (c32::E, c64::E),
                "SQRT_2" => (c32::SQRT_2, c64::SQRT_2),
                "FRAC_1_SQRT_2" => (c32::FRAC_1_SQRT_2, c64::FRAC_1_SQRT_2),
                "LN_2" => (c32::LN_2, c64::LN_2),
                "LN_10" => (c32::LN_10, c64::LN_10),
                "LOG2_E" => (c32::LOG2_E, c64::LOG2_E),
                "LOG10_E" => (c32::LOG10_E, c64::LOG10_E),
                "LOG2_10" => (c32::LOG2_10, c64::LOG2_10),
                "LOG10_2" => (c32::LOG10_2, c64::LOG10_2),
                "FRAC_PI_2" => (c32::FRAC_PI_2, c64::FRAC_PI_2),
                "FRAC_PI_3" => (c32::FRAC_PI_3, c64::FRAC_PI_3),
                "FRAC_PI_4" => (c32::FRAC_PI_4, c64::FRAC_PI_4),
                "FRAC_PI_6" => (c32::FRAC_PI_6, c64::FRAC_PI_6),
                "FRAC_PI_8" => (c32::FRAC_PI_8, c64::FRAC_PI_8),
                "FRAC_1_PI" => (c32::FRAC_1_PI, c64::FRAC_1_PI),
                "FRAC_2_PI" => (c32::FRAC_2_PI, c64::FRAC_2_PI),
                "FRAC_2_SQRT_PI" => (c32::FRAC_2_SQRT_PI, c64::FRAC_2_SQRT_PI),
                _ => return None,
            };
            let value = match float {
                FloatTy::F32 => f64::from(v32),
                FloatTy::F64 => v64,
            };
            Some((Const::Float(float, value), Ty::Float(float)))
        }
        _ => None,
    }
}

/// Whether `to::from(from)` exists in std (the lossless conversions).
fn lossless(from: &Ty, to: &Ty) -> bool {
    match (from, to) {
        _ if from == to => true,
        (Ty::Bool, Ty::Int(_) | Ty::Float(_)) => true,
        (Ty::Char, Ty::Int(IntTy::U32 | IntTy::U64 | IntTy::U128)) => true,
        (Ty::Int(IntTy::U8), Ty::Char) => true,
        (Ty::Float(FloatTy::F32), Ty::Float(FloatTy::F64)) => true,
        (Ty::Int(int), Ty::Float(float)) => {
            let max_bits = if *float == FloatTy::F32 { 16 } else { 32 };
            !matches!(int, IntTy::Isize | IntTy::Usize) && int.bits() <= max_bits
        }
        (Ty::Int(a), Ty::Int(b)) => match (a, b) {
            (IntTy::Isize | IntTy::Usize, _) => false,
            (_, IntTy::Usize) => !a.signed() && a.bits() <= 16,
            (_, IntTy::Isize) => a.bits() <= 16 && (a.signed() || a.bits() <= 8),
            _ => match (a.signed(), b.signed()) {
                (false, false) | (true, true) => a.bits() < b.bits(),
                (false, true) => a.bits() < b.bits(),
                (true, false) => false,
            },
        },
        _ => false,
    }
}

/// Whether `from as to` is a valid primitive cast, or rustc's error for it.
fn cast_error(from: &Ty, to: &Ty) -> Option<(&'static str, String)> {
    let numeric = |t: &Ty| matches!(t, Ty::Int(_) | Ty::Float(_));
    match (from, to) {
        (Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char, Ty::Int(_)) => None,
        (Ty::Int(_) | Ty::Float(_), Ty::Float(_)) => None,
        (Ty::Int(IntTy::U8), Ty::Char) | (Ty::Char, Ty::Char) | (Ty::Bool, Ty::Bool) => None,
        (from, Ty::Char) if numeric(from) => Some(("E0604", format!("only `u8` can be cast as `char`, not `{from}`"))),
        (from, Ty::Bool) if numeric(from) => Some(("E0054", format!("cannot cast `{from}` as `bool`"))),
        (Ty::Bool | Ty::Char, Ty::Float(_)) => Some(("E0606", format!("casting `{from}` as `{to}` is invalid"))),
        _ => Some(("E0605", format!("non-primitive cast: `{from}` as `{to}`"))),
    }
}

/// An expression a cast's target type is an expectation for (rustc types an
/// unsuffixed literal by it: `300 as u8` is an out-of-range `u8` literal).
fn takes_cast_hint(expr: &syn::Expr) -> bool {
    match expr {
        syn::Expr::Lit(_) => true,
        syn::Expr::Paren(paren) => takes_cast_hint(&paren.expr),
        syn::Expr::Unary(unary) => {
            matches!(unary.op, syn::UnOp::Neg(_) | syn::UnOp::Not(_)) && takes_cast_hint(&unary.expr)
        }
        _ => false,
    }
}

impl Lowerer<'_> {
    /// An integer or float literal, `negated` when written after a unary minus
    /// (so that `-128i8` is in range).
    pub(super) fn number_literal(
        &mut self,
        lit: &syn::Lit,
        expected: Option<&Ty>,
        negated: bool,
    ) -> Result<(Operand, Ty)> {
        // Most literals are in range: their span is found for an error or
        // a check that keeps it.
        let span = || span_of(lit.span());
        let expected = expected.map(|t| self.infer.resolve(t));
        match lit {
            // `1f32` is a float literal written without a point.
            syn::Lit::Int(int) if FloatTy::from_name(int.suffix()).is_some() => {
                let float = syn::LitFloat::new(&format!("{}{}", int.base10_digits(), int.suffix()), int.span());
                self.number_literal(&syn::Lit::Float(float), expected.as_ref(), negated)
            }
            // syn reads `-1` in a pattern as one literal with a sign.
            syn::Lit::Int(int) if int.base10_digits().starts_with('-') => {
                let positive = syn::LitInt::new(&format!("{}{}", &int.base10_digits()[1..], int.suffix()), int.span());
                self.number_literal(&syn::Lit::Int(positive), expected.as_ref(), !negated)
            }
            syn::Lit::Int(int) => {
                let magnitude: u128 = int
                    .base10_digits()
                    .parse()
                    .map_err(|_| Diagnostic::new(DiagKind::Rejected, "integer literal is too large", span()))?;
                let ty = match int.suffix() {
                    "" => match expected {
                        Some(Ty::Int(known)) => Ty::Int(known),
                        Some(var @ Ty::IntVar(_)) => var,
                        _ => self.infer.new_int_var(),
                    },
                    suffix => match IntTy::from_name(suffix) {
                        Some(known) => Ty::Int(known),
                        None => return unsupported(format!("the literal suffix `{suffix}`"), lit),
                    },
                };
                if negated {
                    self.number_checks.push(Check::Negation {
                        ty: ty.clone(),
                        span: span(),
                    });
                }
                self.number_checks.push(Check::Int {
                    ty: ty.clone(),
                    negative: negated,
                    magnitude,
                    literal: lit.span(),
                });
                let bits = magnitude as i128;
                let value = if negated { bits.wrapping_neg() } else { bits };
                Ok((Operand::Const(Const::Int(value)), ty))
            }
            syn::Lit::Float(float) => {
                let digits = if negated {
                    format!("-{}", float.base10_digits())
                } else {
                    float.base10_digits().to_string()
                };
                let span = span();
                let ty = match float.suffix() {
                    "" => match expected {
                        Some(Ty::Float(known)) => Ty::Float(known),
                        Some(var @ Ty::FloatVar(_)) => var,
                        _ => self.infer.new_float_var(),
                    },
                    suffix => match FloatTy::from_name(suffix) {
                        Some(known) => Ty::Float(known),
                        None => return unsupported(format!("the literal suffix `{suffix}`"), lit),
                    },
                };
                self.number_checks.push(Check::Float {
                    ty: ty.clone(),
                    digits: digits.clone(),
                    span,
                });
                if let Ty::Float(known) = ty {
                    let value = parse_float(&digits, known);
                    return Ok((Operand::Const(Const::Float(known, value)), ty));
                }
                // Undecided: the literal goes through a temporary whose
                // constant is parsed again in its final type.
                let temp = self.new_temp(ty.clone(), span);
                let value = parse_float(&digits, FloatTy::F64);
                self.push(
                    StatementKind::Assign(
                        Place::local(temp),
                        Rvalue::Use(Operand::Const(Const::Float(FloatTy::F64, value))),
                    ),
                    span,
                );
                self.float_literals.push((temp, digits));
                Ok((Operand::Copy(Place::local(temp), span), ty))
            }
            other => unsupported("this kind of literal", other),
        }
    }

    /// `-literal`, folded into the literal.
    pub(super) fn negated_literal(
        &mut self,
        unary: &syn::ExprUnary,
        expected: Option<&Ty>,
    ) -> Option<Result<(Operand, Ty)>> {
        if !matches!(unary.op, syn::UnOp::Neg(_)) {
            return None;
        }
        match strip_parens(&unary.expr) {
            syn::Expr::Lit(syn::ExprLit {
                lit: lit @ (syn::Lit::Int(_) | syn::Lit::Float(_)),
                ..
            }) => Some(self.number_literal(lit, expected, true)),
            _ => None,
        }
    }

    /// `*operand` when the operand is a shared reference to a number (std
    /// implements arithmetic for those); whether it was one.
    pub(super) fn deref_number(&self, operand: Operand, ty: Ty) -> (Operand, Ty, bool) {
        if let Ty::Ref(Mutability::Not, inner) = self.infer.resolve(&ty)
            && matches!(*inner, Ty::Int(_) | Ty::IntVar(_) | Ty::Float(_) | Ty::FloatVar(_))
            && let Operand::Copy(place, span) | Operand::Move(place, span) = &operand
        {
            return (
                Operand::Copy(place.project(PlaceElem::Deref), *span),
                Rc::unwrap_or_clone(inner),
                true,
            );
        }
        (operand, ty, false)
    }

    /// rustc's E0277 for arithmetic between different types (`1 + 2.0`).
    pub(super) fn arithmetic_mismatch(&self, op: BinOp, left: &Ty, right: &Ty, node: &impl Spanned) -> Diagnostic {
        let (left, right) = (self.infer.resolve(left), self.infer.resolve(right));
        let describe = |ty: &Ty| match ty {
            Ty::IntVar(_) => "an integer".to_string(),
            Ty::FloatVar(_) => "a float".to_string(),
            other => format!("`{other}`"),
        };
        let (left, right) = (describe(&left), describe(&right));
        let message = match op {
            BinOp::Add => format!("cannot add {right} to {left}"),
            BinOp::Sub => format!("cannot subtract {right} from {left}"),
            BinOp::Mul => format!("cannot multiply {left} by {right}"),
            BinOp::Div => format!("cannot divide {left} by {right}"),
            BinOp::Rem => format!("cannot calculate the remainder of {left} divided by {right}"),
            _ => format!("no implementation for {left} and {right}"),
        };
        Diagnostic::rejected("E0277", message, span_of(node.span()))
    }

    /// Whether `-expr` is a negated literal, folded by [`Lowerer::negated_literal`].
    pub(super) fn negated_literal_ahead(&self, unary: &syn::ExprUnary) -> bool {
        matches!(unary.op, syn::UnOp::Neg(_))
            && matches!(
                strip_parens(&unary.expr),
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(_) | syn::Lit::Float(_),
                    ..
                })
            )
    }

    pub(super) fn is_bound(&self, name: &str) -> bool {
        self.scopes
            .iter()
            .any(|scope| scope.bindings.iter().any(|(binding, _)| binding == name))
    }

    /// A path that names a number constant rather than a variable.
    pub(super) fn constant_path(&self, path: &syn::ExprPath) -> Option<(Const, Ty)> {
        if let Some(ident) = path.path.get_ident()
            && self.is_bound(&ident.to_string())
        {
            return None;
        }
        self.number_constant(path)
    }

    /// `-x` and `!x` of numbers and booleans.
    pub(super) fn unary_rvalue(&mut self, unary: &syn::ExprUnary, expected: Option<&Ty>) -> Result<(Rvalue, Ty)> {
        if let Some(literal) = self.negated_literal(unary, expected) {
            let (operand, ty) = literal?;
            return Ok((Rvalue::Use(operand), ty));
        }
        let op = match unary.op {
            syn::UnOp::Neg(_) => UnOp::Neg,
            syn::UnOp::Not(_) => UnOp::Not,
            _ => return unsupported("this unary operator", unary),
        };
        let (operand, ty) = self.as_operand(&unary.expr, expected)?;
        // `-x` and `!x` of `x: &i32` use std's impls for references.
        let (operand, ty, _) = self.deref_number(operand, ty);
        let span = unary.node_span();
        match (op, self.infer.resolve(&ty)) {
            (UnOp::Not, Ty::Bool | Ty::Int(_) | Ty::IntVar(_)) => {}
            (UnOp::Neg, Ty::Int(_) | Ty::IntVar(_) | Ty::Float(_) | Ty::FloatVar(_)) => {
                self.number_checks.push(Check::Negation { ty: ty.clone(), span });
            }
            (_, other) => {
                let symbol = if op == UnOp::Neg { "-" } else { "!" };
                return Err(Diagnostic::rejected(
                    "E0600",
                    format!("cannot apply unary operator `{symbol}` to type `{other}`"),
                    span,
                )
                .with_primary_label(format!("cannot apply unary operator `{symbol}`")));
            }
        }
        Ok((Rvalue::unary(op, ty.clone(), operand), ty))
    }

    /// `expr as T` between primitive types.
    pub(super) fn cast_rvalue(&mut self, cast: &syn::ExprCast) -> Result<(Rvalue, Ty)> {
        let target = self.lower_type(&cast.ty)?;
        // `Box::new(x) as Box<dyn Trait>`: the unsizing coercion, written out.
        if super::generics::points_to_dyn(&target) {
            let (operand, from) = self.as_operand(&cast.expr, None)?;
            let operand = self.coerce(operand, &from, &target, &*cast.expr)?;
            return Ok((Rvalue::Use(operand), target));
        }
        let hint = match &target {
            Ty::Int(_) | Ty::Float(_) => Some(target.clone()),
            Ty::Char => Some(Ty::Int(IntTy::U8)),
            _ => None,
        };
        let hint = hint.filter(|_| takes_cast_hint(&cast.expr));
        let (operand, from) = self.as_operand(&cast.expr, hint.as_ref())?;
        if let Some(discriminant) = self.enum_cast(cast, &operand, &from, &target)? {
            return Ok(discriminant);
        }
        self.number_checks.push(Check::Cast {
            from: from.clone(),
            to: target.clone(),
            lossless: false,
            span: cast.node_span(),
        });
        Ok((Rvalue::unary(UnOp::Cast, from, operand), target))
    }

    /// Checks literals, negations and casts now that types are decided.
    pub(super) fn check_numbers(&self) -> Result<()> {
        for check in &self.number_checks {
            match check {
                Check::Int {
                    ty,
                    negative,
                    magnitude,
                    literal,
                } => {
                    let Ty::Int(int) = *self.infer.finalized(ty) else {
                        continue;
                    };
                    let fits = if *negative {
                        int.signed() && *magnitude <= int.min().unsigned_abs()
                    } else {
                        *magnitude <= int.max_u128()
                    };
                    if !fits {
                        let max = if int == IntTy::U128 {
                            u128::MAX.to_string()
                        } else {
                            int.max().to_string()
                        };
                        let sign = if *negative { "-" } else { "" };
                        return Err(Diagnostic::new(
                            DiagKind::Rejected,
                            format!("literal out of range for `{}`", int.name()),
                            span_of(*literal),
                        )
                        .with_note(format!(
                            "note: the literal `{sign}{magnitude}` does not fit into the type `{}` whose range is `{}..={max}`",
                            int.name(),
                            int.min(),
                        )));
                    }
                }
                Check::Float { ty, digits, span } => {
                    let Ty::Float(float) = *self.infer.finalized(ty) else {
                        continue;
                    };
                    if parse_float(digits, float).is_infinite() {
                        return Err(Diagnostic::new(
                            DiagKind::Rejected,
                            format!("literal out of range for `{}`", float.name()),
                            *span,
                        ));
                    }
                }
                Check::Negation { ty, span } => {
                    if let Ty::Int(int) = *self.infer.finalized(ty)
                        && !int.signed()
                    {
                        return Err(Diagnostic::rejected(
                            "E0600",
                            format!("cannot apply unary operator `-` to type `{}`", int.name()),
                            *span,
                        )
                        .with_primary_label("cannot apply unary operator `-`")
                        .with_note("note: unsigned values cannot be negated"));
                    }
                }
                Check::Cast {
                    from,
                    to,
                    lossless: false,
                    span,
                } => {
                    let from = self.infer.finalize(from);
                    if let Some((code, message)) = cast_error(&from, to) {
                        let error = Diagnostic::rejected(code, message, *span);
                        // Only E0604 carries rustc's label on the cast.
                        return Err(match code {
                            "E0604" => error.with_primary_label("invalid cast"),
                            _ => error,
                        });
                    }
                }
                Check::Cast {
                    from,
                    to,
                    lossless: true,
                    span,
                } => {
                    let from = self.infer.finalize(from);
                    if !lossless(&from, to) {
                        return Err(Diagnostic::rejected(
                            "E0277",
                            format!("the trait bound `{to}: From<{from}>` is not satisfied"),
                            *span,
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// A path naming a number constant (`i32::MAX`, `std::f64::consts::PI`,
    /// or a name imported from std such as `PI`).
    pub(super) fn number_constant(&self, path: &syn::ExprPath) -> Option<(Const, Ty)> {
        if path.qself.is_some() {
            return None;
        }
        let mut segments: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
        if let Some(full) = self.items.import(&segments[0]) {
            segments.splice(0..1, full.iter().cloned());
        }
        let mut names: Vec<&str> = segments.iter().map(String::as_str).collect();
        if matches!(names.first(), Some(&("std" | "core"))) {
            names.remove(0);
        }
        let (first, rest) = names.split_first()?;
        number_constant(NumTy::from_name(first)?, rest)
    }

    /// A method of a number type on a receiver place.
    pub(super) fn number_method(
        &mut self,
        self_ty: &Ty,
        receiver: Operand,
        method: &syn::Ident,
        args: &[&syn::Expr],
    ) -> Option<Result<(Rvalue, Ty)>> {
        let name = method.to_string();
        match self_ty {
            Ty::Int(_) | Ty::Float(_) => {}
            Ty::IntVar(_) | Ty::FloatVar(_) => {
                // Trait methods (`Ord::min`, `ToString::to_string`…) resolve
                // before the literal's type is decided; inherent ones do not.
                let is_int = matches!(self_ty, Ty::IntVar(_));
                let from_trait = match name.as_str() {
                    "min" | "max" | "clamp" => is_int,
                    "to_string" => true,
                    _ => false,
                };
                if from_trait {
                    let provisional = if is_int {
                        NumTy::Int(IntTy::I32)
                    } else {
                        NumTy::Float(FloatTy::F64)
                    };
                    return Some(self.deferred_number_call(provisional, self_ty, &name, receiver, args, method));
                }
                if int_method(&name).is_none() && float_method(&name).is_none() {
                    return None;
                }
                return Some(Err(Diagnostic::rejected(
                    "E0689",
                    format!("can't call method `{name}` on ambiguous numeric type `{self_ty}`"),
                    span_of(method.span()),
                )));
            }
            _ => return None,
        }
        let num = NumTy::of(self_ty)?;
        Some(self.number_call(num, self_ty, &name, receiver, args, method, "method"))
    }

    /// A trait method on a literal of undecided type: the call goes into a
    /// temporary, and its type is filled in once decided.
    fn deferred_number_call(
        &mut self,
        provisional: NumTy,
        self_ty: &Ty,
        name: &str,
        receiver: Operand,
        args: &[&syn::Expr],
        method: &syn::Ident,
    ) -> Result<(Rvalue, Ty)> {
        let span = span_of(method.span());
        let (rvalue, ty) = self.number_call(provisional, self_ty, name, receiver, args, method, "method")?;
        let temp = self.new_temp(ty.clone(), span);
        self.push(StatementKind::Assign(Place::local(temp), rvalue), span);
        self.deferred_numbers.push((temp, self_ty.clone()));
        Ok((Rvalue::Use(self.consume(Place::local(temp), &ty, span)), ty))
    }

    /// `T::f(args)` for a number type `T`: a constant-free associated
    /// function, `T::from(x)`, or a method called by its path.
    pub(super) fn number_associated_call(
        &mut self,
        path: &[&str],
        args: &[&syn::Expr],
        call: &syn::ExprCall,
    ) -> Option<Result<(Rvalue, Ty)>> {
        let path = match path {
            ["std" | "core", rest @ ..] => rest,
            _ => path,
        };
        let [type_name, function] = path else {
            return None;
        };
        if *type_name == "char" && *function == "from" {
            return Some(self.lossless_conversion(Ty::Char, args, call));
        }
        let num = NumTy::from_name(type_name)?;
        Some(self.number_associated(num, function, args, call))
    }

    /// `T::from(x)` for the lossless conversions std provides.
    fn lossless_conversion(&mut self, target: Ty, args: &[&syn::Expr], call: &syn::ExprCall) -> Result<(Rvalue, Ty)> {
        let [arg] = args else {
            return Err(argument_count_error("function", 1, args.len(), call));
        };
        let (operand, from) = self.as_operand(arg, None)?;
        self.number_checks.push(Check::Cast {
            from: from.clone(),
            to: target.clone(),
            lossless: true,
            span: call.node_span(),
        });
        Ok((Rvalue::unary(UnOp::Cast, from, operand), target))
    }

    /// `T::try_from(x)` between integer types: `Ok` when the value fits.
    fn int_try_from(&mut self, target: Ty, args: &[&syn::Expr], call: &syn::ExprCall) -> Result<(Rvalue, Ty)> {
        let [arg] = args else {
            return Err(argument_count_error("function", 1, args.len(), call));
        };
        let (operand, from) = self.as_operand(arg, None)?;
        // rustc does not pick a type for an unsuffixed literal here: many
        // `TryFrom` impls fit it.
        let source = match self.infer.resolve(&from) {
            Ty::Int(int) => int,
            other => return unsupported(format!("`{target}::try_from` a `{other}`"), *arg),
        };
        let result = Ty::Result(Rc::new(target), Rc::new(Ty::StdError(StdError::TryFromInt)));
        Ok((Rvalue::Intrinsic(Intrinsic::IntTryFrom(source), vec![operand]), result))
    }

    /// `x.into()` of a number, to the number type the context expects.
    pub(super) fn number_into(
        &mut self,
        receiver: Operand,
        self_ty: &Ty,
        expected: Option<&Ty>,
        method: &syn::Ident,
    ) -> Result<(Rvalue, Ty)> {
        let target = match expected.map(|t| self.infer.resolve(t)) {
            Some(target @ (Ty::Int(_) | Ty::Float(_))) => target,
            _ => return unsupported("`into()` without a number type to convert to", method),
        };
        self.number_checks.push(Check::Cast {
            from: self_ty.clone(),
            to: target.clone(),
            lossless: true,
            span: span_of(method.span()),
        });
        Ok((Rvalue::unary(UnOp::Cast, self_ty.clone(), receiver), target))
    }

    /// `s.parse::<T>()` for the number types, `bool` and `char`: a
    /// `Result<T, E>` with std's error type for `T`.
    pub(super) fn str_parse(&mut self, receiver: Operand, call: &syn::ExprMethodCall) -> Result<(Rvalue, Ty)> {
        let target = match &call.turbofish {
            Some(generics) => match generics.args.iter().collect::<Vec<_>>()[..] {
                [syn::GenericArgument::Type(ty)] => self.lower_type(ty)?,
                _ => return unsupported("this `parse` type argument", generics),
            },
            None => self.infer.new_var(),
        };
        let error = self.infer.new_var();
        let span = span_of(call.method.span());
        self.decide_parse(&target, &error, span)?;
        self.pending_parses.push((target.clone(), error.clone(), span));
        let result = Ty::Result(Rc::new(target), Rc::new(error));
        Ok((Rvalue::Intrinsic(Intrinsic::StrParse, vec![receiver]), result))
    }

    /// The error type of a `parse` into `target`, once `target` is decided.
    fn decide_parse(&mut self, target: &Ty, error: &Ty, span: Span) -> Result<()> {
        let decided = match self.infer.resolve(target) {
            Ty::Var(_) => return Ok(()),
            Ty::Int(_) => StdError::ParseInt,
            Ty::Float(_) => StdError::ParseFloat,
            Ty::Bool => StdError::ParseBool,
            Ty::Char => StdError::ParseChar,
            other => return Err(Diagnostic::unsupported(format!("`parse` into `{other}`"), span)),
        };
        let _ = self.infer.unify(error, &Ty::StdError(decided));
        Ok(())
    }

    /// Decides the error types of the `parse` calls whose targets are
    /// known by the end of the body.
    pub(super) fn decide_pending_parses(&mut self) -> Result<()> {
        for (target, error, span) in std::mem::take(&mut self.pending_parses) {
            self.decide_parse(&target, &error, span)?;
        }
        Ok(())
    }

    fn number_associated(
        &mut self,
        num: NumTy,
        function: &str,
        args: &[&syn::Expr],
        call: &syn::ExprCall,
    ) -> Result<(Rvalue, Ty)> {
        let target = num.ty();
        if function == "from" {
            return self.lossless_conversion(target, args, call);
        }
        if let (NumTy::Int(_), "try_from") = (num, function) {
            return self.int_try_from(target, args, call);
        }
        let known = int_method(function).is_some() || float_method(function).is_some();
        let Some((receiver, rest)) = args.split_first().filter(|_| known) else {
            return unsupported(format!("the function `{}::{function}`", num.ty()), call);
        };
        let operand = if function == "to_string" {
            // `ToString::to_string` takes `&self`, the number methods `self`.
            let (place, ty) = self.as_place(receiver)?;
            self.expect_type(&Ty::Ref(Mutability::Not, Rc::new(target.clone())), &ty, *receiver)
                .map_err(|error| match error.code {
                    Some("E0308") => {
                        error.with_label(span_of(call.func.span()), "arguments to this function are incorrect")
                    }
                    _ => error,
                })?;
            Operand::Copy(place.project(PlaceElem::Deref), self.expr_span(receiver))
        } else {
            let (operand, ty) = self.as_operand(receiver, Some(&target))?;
            self.expect_type(&target, &ty, *receiver)?;
            operand
        };
        self.number_call(
            num,
            &target,
            function,
            operand,
            rest,
            call,
            "function or associated item",
        )
    }

    /// rustc's error for a method of one kind of number called on another
    /// (`u32::abs`, `f64::pow`); methods the model does not know at all
    /// are declined instead.
    fn no_number_item(&self, num: NumTy, name: &str, node: &impl Spanned, what: &str) -> Diagnostic {
        let known = int_method(name).is_some() || float_method(name).is_some() || super::chars::is_ascii_method(name);
        if !known {
            return Diagnostic::unsupported(format!("the method `{name}` of `{}`", num.ty()), span_of(node.span()));
        }
        let error = Diagnostic::rejected(
            "E0599",
            format!(
                "no {what} named `{name}` found for type `{}` in the current scope",
                num.ty()
            ),
            span_of(node.span()),
        );
        if what == "method" {
            error.with_primary_label(format!("method not found in `{}`", num.ty()))
        } else {
            error
        }
    }

    /// A call of the method `name` of `num`, whose `Self` is `self_ty`
    /// (`num` itself, or a literal's type still to be decided).
    #[allow(clippy::too_many_arguments)]
    fn number_call(
        &mut self,
        num: NumTy,
        self_ty: &Ty,
        name: &str,
        receiver: Operand,
        args: &[&syn::Expr],
        node: &impl Spanned,
        what: &str,
    ) -> Result<(Rvalue, Ty)> {
        let (method, params, ret) = match num {
            NumTy::Int(int) => {
                let Some((method, params, ret, signs)) = int_method(name) else {
                    return Err(self.no_number_item(num, name, node, what));
                };
                let applies = match signs {
                    Signs::Both => true,
                    Signs::Signed => int.signed(),
                    Signs::Unsigned => !int.signed(),
                };
                if !applies {
                    return Err(self.no_number_item(num, name, node, what));
                }
                (method, params, ret)
            }
            NumTy::Float(_) => match float_method(name) {
                Some(found) => found,
                None => return Err(self.no_number_item(num, name, node, what)),
            },
        };
        check_argument_count("method", params.len(), args.len(), node)?;
        let mut operands = vec![receiver];
        for (arg, param) in args.iter().zip(params) {
            let param_ty = match param {
                Arg::SelfTy => self_ty.clone(),
                Arg::U32 => Ty::Int(IntTy::U32),
                Arg::I32 => Ty::Int(IntTy::I32),
            };
            let (operand, ty) = self.as_operand(arg, Some(&param_ty))?;
            self.expect_type(&param_ty, &ty, *arg)?;
            operands.push(operand);
        }
        let ret_ty = match (ret, num) {
            (Ret::SelfTy, _) => self_ty.clone(),
            (Ret::U32, _) => Ty::Int(IntTy::U32),
            (Ret::Bool, _) => Ty::Bool,
            (Ret::Unsigned, NumTy::Int(int)) => Ty::Int(unsigned_of(int)),
            (Ret::Unsigned, NumTy::Float(_)) => self_ty.clone(),
            (Ret::String, _) => Ty::String,
            (Ret::WithOverflow, _) => Ty::Tuple(vec![self_ty.clone(), Ty::Bool]),
            (Ret::Checked, _) => Ty::Option(Rc::new(self_ty.clone())),
            (Ret::Bits, NumTy::Float(FloatTy::F32)) => Ty::Int(IntTy::U32),
            (Ret::Bits, _) => Ty::Int(IntTy::U64),
        };
        let intrinsic = match num {
            NumTy::Int(int) => Intrinsic::IntMethod(method, int),
            NumTy::Float(float) => Intrinsic::FloatMethod(method, float),
        };
        Ok((Rvalue::Intrinsic(intrinsic, operands), ret_ty))
    }
}

/// Whether a binary operator applies to operands of this (resolved) type.
pub(super) fn binary_op_applies(op: BinOp, ty: &Ty) -> bool {
    let comparison = matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    );
    match ty {
        Ty::Int(_) | Ty::IntVar(_) => true,
        Ty::Float(_) | Ty::FloatVar(_) => {
            comparison || matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem)
        }
        Ty::Bool => comparison || matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor),
        Ty::Char => comparison,
        _ => false,
    }
}
