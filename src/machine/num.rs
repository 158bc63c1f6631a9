//! Numbers as a debug build computes them: integers of every width with
//! overflow checks, IEEE floats of both widths, `as` casts, and the methods
//! of the number types.
//!
//! Integers are held as `i128` values within their type's range; a `u128`
//! above `i128::MAX` is held as its bit pattern, so every operation that
//! reads one as a number asks its type first.

use super::{Exec, Value, internal, panic_stop};
use crate::diag::Span;
use crate::ir::{BinOp, CharMethod, FloatTy, IntTy, NumMethod, Ty, UnOp};
use std::cmp::Ordering;

const NEGATE_OVERFLOW: &str = "attempt to negate with overflow";
const MULTIPLY_OVERFLOW: &str = "attempt to multiply with overflow";
const DIVIDE_BY_ZERO: &str = "attempt to divide by zero";
const REMAINDER_BY_ZERO: &str = "attempt to calculate the remainder with a divisor of zero";

/// Reduces a value modulo 2^bits into the type's range (two's complement).
pub fn wrap(value: i128, int: IntTy) -> i128 {
    let bits = int.bits();
    if bits == 128 {
        return value;
    }
    let mask = (1u128 << bits) - 1;
    let low = (value as u128) & mask;
    if int.signed() && low >> (bits - 1) == 1 {
        (low | !mask) as i128
    } else {
        low as i128
    }
}

/// The value's bits within its width, as an unsigned number.
fn low_bits(value: i128, int: IntTy) -> u128 {
    let bits = int.bits();
    if bits == 128 {
        value as u128
    } else {
        (value as u128) & ((1u128 << bits) - 1)
    }
}

/// The type's largest value, in the machine's representation.
fn max_of(int: IntTy) -> i128 {
    int.max_u128() as i128
}

fn compare(a: i128, b: i128, int: IntTy) -> Ordering {
    if int == IntTy::U128 {
        (a as u128).cmp(&(b as u128))
    } else {
        a.cmp(&b)
    }
}

/// The decimal digits of an integer's magnitude and whether it is negative.
pub fn int_digits(value: i128, int: IntTy) -> (bool, String) {
    let (negative, magnitude) = if int == IntTy::U128 {
        (false, value as u128)
    } else {
        (value < 0, value.unsigned_abs())
    };
    // Most magnitudes fit 64 bits, whose digits std writes several times
    // faster than a `u128`'s.
    let digits = match u64::try_from(magnitude) {
        Ok(small) => small.to_string(),
        Err(_) => magnitude.to_string(),
    };
    (negative, digits)
}

/// `a op b` wrapped to the type, and whether the exact result overflowed.
fn overflowing(op: BinOp, a: i128, b: i128, int: IntTy) -> (i128, bool) {
    let wrapped = match op {
        BinOp::Add => a.wrapping_add(b),
        BinOp::Sub => a.wrapping_sub(b),
        _ => a.wrapping_mul(b),
    };
    let overflow = match int {
        IntTy::U128 => {
            let (x, y) = (a as u128, b as u128);
            match op {
                BinOp::Add => x.checked_add(y).is_none(),
                BinOp::Sub => x.checked_sub(y).is_none(),
                _ => x.checked_mul(y).is_none(),
            }
        }
        _ => {
            let exact = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                _ => a.checked_mul(b),
            };
            exact.is_none_or(|v| v < int.min() || v > int.max())
        }
    };
    (wrap(wrapped, int), overflow)
}

fn divide(a: i128, b: i128, int: IntTy) -> i128 {
    if int == IntTy::U128 {
        ((a as u128) / (b as u128)) as i128
    } else {
        wrap(a.wrapping_div(b), int)
    }
}

fn remainder(a: i128, b: i128, int: IntTy) -> i128 {
    if int == IntTy::U128 {
        ((a as u128) % (b as u128)) as i128
    } else {
        wrap(a.wrapping_rem(b), int)
    }
}

/// Whether `a / b` overflows: only `MIN / -1` of a signed type.
fn division_overflows(a: i128, b: i128, int: IntTy) -> bool {
    int.signed() && a == int.min() && b == -1
}

fn shift(op: BinOp, a: i128, amount: u32, int: IntTy) -> i128 {
    match op {
        BinOp::Shl => wrap(((a as u128) << amount) as i128, int),
        _ if int.signed() => a >> amount,
        _ => ((low_bits(a, int)) >> amount) as i128,
    }
}

/// A binary operator on two values of type `ty` (the left operand's type
/// for shifts), panicking like a debug build.
pub fn binary_op(op: BinOp, ty: &Ty, left: &Value, right: &Value, span: Span) -> Exec<Value> {
    match (left, right) {
        (Value::F64(a), Value::F64(b)) => return Ok(float_binary(op, *a, *b, Value::F64)),
        (Value::F32(a), Value::F32(b)) => return Ok(float_binary(op, *a, *b, Value::F32)),
        _ => {}
    }
    let (a, b) = (scalar(left, span)?, scalar(right, span)?);
    let order = match ty {
        Ty::Int(int) => compare(a, b, *int),
        _ => a.cmp(&b),
    };
    let comparison = |result: bool| Ok(Value::Bool(result));
    match op {
        BinOp::Eq => return comparison(order == Ordering::Equal),
        BinOp::Ne => return comparison(order != Ordering::Equal),
        BinOp::Lt => return comparison(order == Ordering::Less),
        BinOp::Le => return comparison(order != Ordering::Greater),
        BinOp::Gt => return comparison(order == Ordering::Greater),
        BinOp::Ge => return comparison(order != Ordering::Less),
        _ => {}
    }
    if matches!(ty, Ty::Bool) {
        let result = match op {
            BinOp::BitAnd => a & b,
            BinOp::BitOr => a | b,
            _ => a ^ b,
        };
        return Ok(Value::Bool(result != 0));
    }
    let Ty::Int(int) = *ty else {
        return Err(internal(format!("arithmetic on {ty}"), span));
    };
    let result = match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul => {
            let (value, overflow) = overflowing(op, a, b, int);
            if overflow {
                let verb = match op {
                    BinOp::Add => "add",
                    BinOp::Sub => "subtract",
                    _ => "multiply",
                };
                return Err(panic_stop(&format!("attempt to {verb} with overflow"), span));
            }
            value
        }
        BinOp::Div if b == 0 => return Err(panic_stop(DIVIDE_BY_ZERO, span)),
        BinOp::Div if division_overflows(a, b, int) => {
            return Err(panic_stop("attempt to divide with overflow", span));
        }
        BinOp::Div => divide(a, b, int),
        BinOp::Rem if b == 0 => return Err(panic_stop(REMAINDER_BY_ZERO, span)),
        BinOp::Rem if division_overflows(a, b, int) => {
            return Err(panic_stop("attempt to calculate the remainder with overflow", span));
        }
        BinOp::Rem => remainder(a, b, int),
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::Shl | BinOp::Shr => {
            // The amount is checked against the width whatever its type; a
            // negative amount is a huge one.
            let amount = u32::try_from(b).ok().filter(|n| *n < int.bits());
            let Some(amount) = amount else {
                let direction = if op == BinOp::Shl { "left" } else { "right" };
                return Err(panic_stop(&format!("attempt to shift {direction} with overflow"), span));
            };
            shift(op, a, amount, int)
        }
        _ => return Err(internal("comparison handled above", span)),
    };
    Ok(Value::Int(result))
}

/// Integers, booleans and chars as numbers (for comparisons).
fn scalar(value: &Value, span: Span) -> Exec<i128> {
    match value {
        Value::Int(v) => Ok(*v),
        Value::Bool(b) => Ok(*b as i128),
        Value::Char(c) => Ok(*c as i128),
        other => Err(internal(format!("not a number: {other:?}"), span)),
    }
}

fn float_binary<F>(op: BinOp, a: F, b: F, make: fn(F) -> Value) -> Value
where
    F: Copy
        + PartialOrd
        + std::ops::Add<Output = F>
        + std::ops::Sub<Output = F>
        + std::ops::Mul<Output = F>
        + std::ops::Div<Output = F>
        + std::ops::Rem<Output = F>,
{
    match op {
        BinOp::Add => make(a + b),
        BinOp::Sub => make(a - b),
        BinOp::Mul => make(a * b),
        BinOp::Div => make(a / b),
        BinOp::Rem => make(a % b),
        BinOp::Eq => Value::Bool(a == b),
        BinOp::Ne => Value::Bool(a != b),
        BinOp::Lt => Value::Bool(a < b),
        BinOp::Le => Value::Bool(a <= b),
        BinOp::Gt => Value::Bool(a > b),
        _ => Value::Bool(a >= b),
    }
}

/// `!`, unary `-` and `as` (to `dest_ty`) on a value of type `ty`.
pub fn unary_op(op: UnOp, ty: &Ty, value: Value, dest_ty: &Ty, span: Span) -> Exec<Value> {
    match (op, value, ty) {
        (UnOp::Cast, value, _) => cast(value, ty, dest_ty, span),
        (UnOp::Not, Value::Bool(b), _) => Ok(Value::Bool(!b)),
        (UnOp::Not, Value::Int(v), Ty::Int(int)) => Ok(Value::Int(wrap(!v, *int))),
        (UnOp::Neg, Value::Int(v), Ty::Int(int)) => {
            if v == int.min() {
                Err(panic_stop(NEGATE_OVERFLOW, span))
            } else {
                Ok(Value::Int(wrap(v.wrapping_neg(), *int)))
            }
        }
        (UnOp::Neg, Value::F64(v), _) => Ok(Value::F64(-v)),
        (UnOp::Neg, Value::F32(v), _) => Ok(Value::F32(-v)),
        (op, value, _) => Err(internal(format!("{op:?} of {value:?} as {ty}"), span)),
    }
}

/// A float as `f64` (exact for `f32`).
fn float_of(value: &Value) -> Option<f64> {
    match value {
        Value::F64(v) => Some(*v),
        Value::F32(v) => Some(f64::from(*v)),
        _ => None,
    }
}

/// Saturating float-to-integer conversion (NaN is 0), as `as` does.
fn float_to_int(x: f64, int: IntTy) -> i128 {
    match int {
        IntTy::I8 => x as i8 as i128,
        IntTy::I16 => x as i16 as i128,
        IntTy::I32 => x as i32 as i128,
        IntTy::I64 | IntTy::Isize => x as i64 as i128,
        IntTy::I128 => x as i128,
        IntTy::U8 => x as u8 as i128,
        IntTy::U16 => x as u16 as i128,
        IntTy::U32 => x as u32 as i128,
        IntTy::U64 | IntTy::Usize => x as u64 as i128,
        IntTy::U128 => x as u128 as i128,
    }
}

/// `value as to`, where `value` has type `from`.
pub fn cast(value: Value, from: &Ty, to: &Ty, span: Span) -> Exec<Value> {
    let unsigned_128 = *from == Ty::Int(IntTy::U128);
    Ok(match (&value, to) {
        (Value::Int(v), Ty::Int(int)) => Value::Int(wrap(*v, *int)),
        (Value::Int(v), Ty::Float(FloatTy::F64)) if unsigned_128 => Value::F64(*v as u128 as f64),
        (Value::Int(v), Ty::Float(FloatTy::F32)) if unsigned_128 => Value::F32(*v as u128 as f32),
        (Value::Int(v), Ty::Float(FloatTy::F64)) => Value::F64(*v as f64),
        (Value::Int(v), Ty::Float(FloatTy::F32)) => Value::F32(*v as f32),
        (Value::Int(v), Ty::Char) => Value::Char(*v as u8 as char),
        (Value::Bool(b), Ty::Int(_)) => Value::Int(*b as i128),
        (Value::Bool(b), Ty::Float(FloatTy::F64)) => Value::F64(u8::from(*b).into()),
        (Value::Bool(b), Ty::Float(FloatTy::F32)) => Value::F32(u8::from(*b).into()),
        (Value::Char(c), Ty::Int(int)) => Value::Int(wrap(*c as i128, *int)),
        (Value::F64(_) | Value::F32(_), Ty::Int(int)) => {
            Value::Int(float_to_int(float_of(&value).unwrap_or(0.0), *int))
        }
        (Value::F64(v), Ty::Float(FloatTy::F32)) => Value::F32(*v as f32),
        (Value::F32(v), Ty::Float(FloatTy::F64)) => Value::F64(f64::from(*v)),
        (Value::F64(_), Ty::Float(FloatTy::F64))
        | (Value::F32(_), Ty::Float(FloatTy::F32))
        | (Value::Char(_), Ty::Char)
        | (Value::Bool(_), Ty::Bool) => value,
        _ => return Err(internal(format!("cast of {value:?} from {from} to {to}"), span)),
    })
}

/// Square-and-multiply as std's `pow` does it, reporting overflow of any
/// product (the debug build's `pow` panics on the first one).
fn power(base: i128, mut exp: u32, int: IntTy) -> (i128, bool) {
    if exp == 0 {
        return (1, false);
    }
    let (mut base, mut acc, mut overflown) = (base, 1i128, false);
    loop {
        if exp & 1 == 1 {
            let (product, overflow) = overflowing(BinOp::Mul, acc, base, int);
            overflown |= overflow;
            if exp == 1 {
                return (product, overflown);
            }
            acc = product;
        }
        exp /= 2;
        let (square, overflow) = overflowing(BinOp::Mul, base, base, int);
        base = square;
        overflown |= overflow;
    }
}

fn int_arg(args: &[Value], index: usize, span: Span) -> Exec<i128> {
    match args.get(index) {
        Some(Value::Int(v)) => Ok(*v),
        other => Err(internal(format!("integer argument {index}: {other:?}"), span)),
    }
}

/// A method of an integer type (all but `to_string`, which allocates).
pub fn int_method(method: NumMethod, int: IntTy, args: &[Value], span: Span) -> Exec<Value> {
    use NumMethod as M;
    let a = int_arg(args, 0, span)?;
    let b = || int_arg(args, 1, span);
    let int_value = |v: i128| Ok(Value::Int(v));
    let count = |v: u32| Ok(Value::Int(v as i128));
    let bits = int.bits();
    let low = low_bits(a, int);
    let with_overflow = |(v, o): (i128, bool)| Ok(Value::Tuple(vec![Value::Int(v), Value::Bool(o)]));
    // `None` where the operation overflows.
    let checked = |(v, o): (i128, bool)| Ok(if o { super::none() } else { super::some(Value::Int(v)) });
    let saturate = |op: BinOp, b: i128| -> i128 {
        let (value, overflow) = overflowing(op, a, b, int);
        if !overflow {
            return value;
        }
        let high = match op {
            BinOp::Add => !int.signed() || b > 0,
            BinOp::Sub => int.signed() && b < 0,
            _ => !int.signed() || (a < 0) == (b < 0),
        };
        if high { max_of(int) } else { int.min() }
    };
    match method {
        M::Abs | M::WrappingAbs if a == int.min() && int.signed() => {
            if method == M::Abs {
                Err(panic_stop(NEGATE_OVERFLOW, span))
            } else {
                int_value(a)
            }
        }
        M::Abs | M::WrappingAbs => int_value(a.abs()),
        M::Signum => int_value(a.signum()),
        M::IsPositive => Ok(Value::Bool(a > 0)),
        M::IsNegative => Ok(Value::Bool(a < 0)),
        M::Min => int_value(if compare(b()?, a, int) == Ordering::Less {
            b()?
        } else {
            a
        }),
        M::Max => int_value(if compare(b()?, a, int) == Ordering::Less {
            a
        } else {
            b()?
        }),
        M::Clamp => {
            let (min, max) = (b()?, int_arg(args, 2, span)?);
            if compare(min, max, int) == Ordering::Greater {
                return Err(panic_stop("assertion failed: min <= max", span));
            }
            int_value(if compare(a, min, int) == Ordering::Less {
                min
            } else if compare(a, max, int) == Ordering::Greater {
                max
            } else {
                a
            })
        }
        M::Pow => match power(a, b()? as u32, int) {
            (_, true) => Err(panic_stop(MULTIPLY_OVERFLOW, span)),
            (value, false) => int_value(value),
        },
        M::WrappingPow => int_value(power(a, b()? as u32, int).0),
        M::OverflowingPow => with_overflow(power(a, b()? as u32, int)),
        M::SaturatingPow => {
            let exp = b()? as u32;
            match power(a, exp, int) {
                (value, false) => int_value(value),
                _ if a < 0 && exp % 2 == 1 => int_value(int.min()),
                _ => int_value(max_of(int)),
            }
        }
        M::WrappingAdd => int_value(overflowing(BinOp::Add, a, b()?, int).0),
        M::WrappingSub => int_value(overflowing(BinOp::Sub, a, b()?, int).0),
        M::WrappingMul => int_value(overflowing(BinOp::Mul, a, b()?, int).0),
        M::OverflowingAdd => with_overflow(overflowing(BinOp::Add, a, b()?, int)),
        M::OverflowingSub => with_overflow(overflowing(BinOp::Sub, a, b()?, int)),
        M::OverflowingMul => with_overflow(overflowing(BinOp::Mul, a, b()?, int)),
        M::CheckedAdd => checked(overflowing(BinOp::Add, a, b()?, int)),
        M::CheckedSub => checked(overflowing(BinOp::Sub, a, b()?, int)),
        M::CheckedMul => checked(overflowing(BinOp::Mul, a, b()?, int)),
        M::CheckedPow => checked(power(a, b()? as u32, int)),
        M::CheckedNeg => checked((
            wrap(a.wrapping_neg(), int),
            if int.signed() { a == int.min() } else { a != 0 },
        )),
        M::CheckedDiv | M::CheckedRem => {
            let b = b()?;
            if b == 0 || division_overflows(a, b, int) {
                return checked((0, true));
            }
            checked(if method == M::CheckedDiv {
                (divide(a, b, int), false)
            } else {
                (remainder(a, b, int), false)
            })
        }
        M::SaturatingAdd => int_value(saturate(BinOp::Add, b()?)),
        M::SaturatingSub => int_value(saturate(BinOp::Sub, b()?)),
        M::SaturatingMul => int_value(saturate(BinOp::Mul, b()?)),
        M::WrappingDiv | M::WrappingRem | M::DivEuclid | M::RemEuclid => {
            let b = b()?;
            let divides = matches!(method, M::WrappingDiv | M::DivEuclid);
            if b == 0 {
                return Err(panic_stop(
                    if divides { DIVIDE_BY_ZERO } else { REMAINDER_BY_ZERO },
                    span,
                ));
            }
            let overflows = division_overflows(a, b, int);
            match method {
                M::WrappingDiv => int_value(if overflows { a } else { divide(a, b, int) }),
                M::WrappingRem => int_value(if overflows { 0 } else { remainder(a, b, int) }),
                _ if overflows => Err(panic_stop(
                    if divides {
                        "attempt to divide with overflow"
                    } else {
                        "attempt to calculate the remainder with overflow"
                    },
                    span,
                )),
                M::DivEuclid if int == IntTy::U128 => int_value(divide(a, b, int)),
                M::DivEuclid => int_value(a.div_euclid(b)),
                _ if int == IntTy::U128 => int_value(remainder(a, b, int)),
                _ => int_value(a.rem_euclid(b)),
            }
        }
        M::WrappingNeg => int_value(wrap(a.wrapping_neg(), int)),
        M::OverflowingNeg => with_overflow((
            wrap(a.wrapping_neg(), int),
            if int.signed() { a == int.min() } else { a != 0 },
        )),
        M::WrappingShl | M::WrappingShr => {
            let amount = (b()? as u32) & (bits - 1);
            let op = if method == M::WrappingShl {
                BinOp::Shl
            } else {
                BinOp::Shr
            };
            int_value(shift(op, a, amount, int))
        }
        M::UnsignedAbs => int_value(a.unsigned_abs() as i128),
        M::AbsDiff => {
            let b = b()?;
            int_value(if int == IntTy::U128 {
                (a as u128).abs_diff(b as u128) as i128
            } else {
                a.abs_diff(b) as i128
            })
        }
        M::CountOnes => count(low.count_ones()),
        M::CountZeros => count(bits - low.count_ones()),
        M::LeadingZeros => count(low.leading_zeros() - (128 - bits)),
        M::TrailingZeros => count(low.trailing_zeros().min(bits)),
        M::LeadingOnes => count((!low << (128 - bits)).leading_zeros().min(bits)),
        M::TrailingOnes => count(low.trailing_ones()),
        M::RotateLeft | M::RotateRight => {
            let n = (b()? as u32) % bits;
            let n = if method == M::RotateLeft { n } else { (bits - n) % bits };
            let rotated = if bits == 128 {
                low.rotate_left(n)
            } else {
                ((low << n) | (low >> ((bits - n) % bits))) & ((1u128 << bits) - 1)
            };
            int_value(wrap(rotated as i128, int))
        }
        M::SwapBytes => int_value(wrap((low.swap_bytes() >> (128 - bits)) as i128, int)),
        M::ReverseBits => int_value(wrap((low.reverse_bits() >> (128 - bits)) as i128, int)),
        M::IsPowerOfTwo => Ok(Value::Bool(low.is_power_of_two())),
        M::NextPowerOfTwo => match low.checked_next_power_of_two() {
            Some(p) if p <= int.max_u128() => int_value(p as i128),
            _ => Err(panic_stop("attempt to add with overflow", span)),
        },
        M::Ilog2 | M::Ilog10 => {
            if a == 0 || (int.signed() && a < 0) {
                return Err(panic_stop("argument of integer logarithm must be positive", span));
            }
            count(if method == M::Ilog2 { low.ilog2() } else { low.ilog10() })
        }
        M::Isqrt => {
            if int.signed() && a < 0 {
                return Err(panic_stop("argument of integer square root cannot be negative", span));
            }
            int_value(low.isqrt() as i128)
        }
        other => Err(internal(format!("{other:?} on {}", int.name()), span)),
    }
}

/// A method of a float type (all but `to_string`, which allocates).
pub fn float_method(method: NumMethod, float: FloatTy, args: &[Value], span: Span) -> Exec<Value> {
    match (float, args) {
        (FloatTy::F64, [Value::F64(x), rest @ ..]) => {
            let rest: Vec<f64> = rest.iter().filter_map(float_of).collect();
            float_method_on(method, *x, &rest, float_i32(args), span, Value::F64, |x| {
                x.to_bits() as i128
            })
        }
        (FloatTy::F32, [Value::F32(x), rest @ ..]) => {
            let rest: Vec<f32> = rest
                .iter()
                .filter_map(|v| match v {
                    Value::F32(v) => Some(*v),
                    _ => None,
                })
                .collect();
            float_method_on(method, *x, &rest, float_i32(args), span, Value::F32, |x| {
                x.to_bits() as i128
            })
        }
        _ => Err(internal(format!("{method:?} on {args:?}"), span)),
    }
}

/// The `i32` argument of `powi`.
fn float_i32(args: &[Value]) -> i32 {
    match args.get(1) {
        Some(Value::Int(n)) => *n as i32,
        _ => 0,
    }
}

/// The float operations both widths share, for one width.
trait Float: Copy + PartialOrd + std::fmt::Debug {
    fn apply(self, method: NumMethod, rest: &[Self], n: i32) -> Option<Result<Self, bool>>;
}

macro_rules! float_impl {
    ($t:ty) => {
        impl Float for $t {
            /// `Ok(value)`, `Err(test result)` for the predicates, `None`
            /// when the method is not a float method.
            fn apply(self, method: NumMethod, rest: &[Self], n: i32) -> Option<Result<Self, bool>> {
                use NumMethod as M;
                let x = self;
                let y = rest.first().copied().unwrap_or(0.0);
                let z = rest.get(1).copied().unwrap_or(0.0);
                Some(Ok(match method {
                    M::Abs => x.abs(),
                    M::Signum => x.signum(),
                    M::Sqrt => x.sqrt(),
                    M::Cbrt => x.cbrt(),
                    M::Exp => x.exp(),
                    M::Exp2 => x.exp2(),
                    M::Ln => x.ln(),
                    M::Log2 => x.log2(),
                    M::Log10 => x.log10(),
                    M::Floor => x.floor(),
                    M::Ceil => x.ceil(),
                    M::Round => x.round(),
                    M::RoundTiesEven => x.round_ties_even(),
                    M::Trunc => x.trunc(),
                    M::Fract => x.fract(),
                    M::Sin => x.sin(),
                    M::Cos => x.cos(),
                    M::Tan => x.tan(),
                    M::Asin => x.asin(),
                    M::Acos => x.acos(),
                    M::Atan => x.atan(),
                    M::Sinh => x.sinh(),
                    M::Cosh => x.cosh(),
                    M::Tanh => x.tanh(),
                    M::ToDegrees => x.to_degrees(),
                    M::ToRadians => x.to_radians(),
                    M::Recip => x.recip(),
                    M::Powi => x.powi(n),
                    M::Powf => x.powf(y),
                    M::Log => x.log(y),
                    M::Hypot => x.hypot(y),
                    M::Atan2 => x.atan2(y),
                    M::Copysign => x.copysign(y),
                    M::Min => x.min(y),
                    M::Max => x.max(y),
                    M::MulAdd => x.mul_add(y, z),
                    M::Clamp => x.clamp(y, z),
                    M::IsNan => return Some(Err(x.is_nan())),
                    M::IsInfinite => return Some(Err(x.is_infinite())),
                    M::IsFinite => return Some(Err(x.is_finite())),
                    M::IsNormal => return Some(Err(x.is_normal())),
                    M::IsSignPositive => return Some(Err(x.is_sign_positive())),
                    M::IsSignNegative => return Some(Err(x.is_sign_negative())),
                    _ => return None,
                }))
            }
        }
    };
}

float_impl!(f32);
float_impl!(f64);

fn float_method_on<F: Float>(
    method: NumMethod,
    x: F,
    rest: &[F],
    n: i32,
    span: Span,
    make: fn(F) -> Value,
    bits: fn(F) -> i128,
) -> Exec<Value> {
    if method == NumMethod::ToBits {
        return Ok(Value::Int(bits(x)));
    }
    if method == NumMethod::Clamp {
        let (min, max) = (rest[0], rest[1]);
        // std asserts `min <= max`, which fails for a NaN bound too.
        if min.partial_cmp(&max).is_none_or(|o| o == Ordering::Greater) {
            return Err(panic_stop(
                &format!("min > max, or either was NaN. min = {min:?}, max = {max:?}"),
                span,
            ));
        }
    }
    match x.apply(method, rest, n) {
        Some(Ok(value)) => Ok(make(value)),
        Some(Err(test)) => Ok(Value::Bool(test)),
        None => Err(internal(format!("{method:?} on a float"), span)),
    }
}

/// `Ok(value)` or `Err(error kind)`, the result of a parse or conversion.
fn std_result(result: std::result::Result<Value, i128>) -> Value {
    match result {
        Ok(value) => Value::Enum {
            variant: 0,
            fields: vec![value],
        },
        Err(kind) => Value::Enum {
            variant: 1,
            fields: vec![Value::Int(kind)],
        },
    }
}

/// The kind of a `ParseIntError`, as `StdError::ParseInt` numbers them.
fn int_error_kind(error: &std::num::ParseIntError) -> i128 {
    use std::num::IntErrorKind as K;
    match error.kind() {
        K::Empty => 0,
        K::InvalidDigit => 1,
        K::PosOverflow => 2,
        K::NegOverflow => 3,
        _ => 4,
    }
}

/// `text.parse::<T>()` into the `Result<T, E>` type `result_ty`. The model
/// runs on Rust, so std's own parsers decide; only the error kinds are mapped.
pub fn parse(text: &str, result_ty: &Ty, span: Span) -> Exec<Value> {
    let Ty::Result(target, _) = result_ty else {
        return Err(internal(format!("parse into {result_ty}"), span));
    };
    fn int<T: std::str::FromStr<Err = std::num::ParseIntError> + Into<i128>>(
        text: &str,
    ) -> std::result::Result<Value, i128> {
        text.parse::<T>()
            .map(|v| Value::Int(v.into()))
            .map_err(|e| int_error_kind(&e))
    }
    // Empty text is the first kind of the float and char errors.
    let empty_or = |invalid: i128| if text.is_empty() { 0 } else { invalid };
    let result = match &**target {
        Ty::Int(IntTy::I8) => int::<i8>(text),
        Ty::Int(IntTy::I16) => int::<i16>(text),
        Ty::Int(IntTy::I32) => int::<i32>(text),
        Ty::Int(IntTy::I64) => int::<i64>(text),
        Ty::Int(IntTy::I128) => int::<i128>(text),
        Ty::Int(IntTy::U8) => int::<u8>(text),
        Ty::Int(IntTy::U16) => int::<u16>(text),
        Ty::Int(IntTy::U32) => int::<u32>(text),
        Ty::Int(IntTy::U64) => int::<u64>(text),
        Ty::Int(IntTy::Isize) => int::<i64>(text),
        Ty::Int(IntTy::Usize) => int::<u64>(text),
        // A `u128` above `i128::MAX` is held as its bit pattern.
        Ty::Int(IntTy::U128) => text
            .parse::<u128>()
            .map(|v| Value::Int(v as i128))
            .map_err(|e| int_error_kind(&e)),
        Ty::Float(FloatTy::F32) => text.parse::<f32>().map(Value::F32).map_err(|_| empty_or(1)),
        Ty::Float(FloatTy::F64) => text.parse::<f64>().map(Value::F64).map_err(|_| empty_or(1)),
        Ty::Bool => text.parse::<bool>().map(Value::Bool).map_err(|_| 0),
        Ty::Char => text.parse::<char>().map(Value::Char).map_err(|_| empty_or(1)),
        other => return Err(internal(format!("parse into {other}"), span)),
    };
    Ok(std_result(result))
}

/// `T::try_from(value)` of an integer of type `from` into the integer type
/// of the `Result<T, TryFromIntError>` type `result_ty`.
pub fn int_try_from(value: i128, from: IntTy, result_ty: &Ty, span: Span) -> Exec<Value> {
    let Ty::Result(target, _) = result_ty else {
        return Err(internal(format!("try_from into {result_ty}"), span));
    };
    let Ty::Int(to) = **target else {
        return Err(internal(format!("try_from into {target}"), span));
    };
    // Compare as wide numbers: a `u128` above `i128::MAX` is a bit pattern.
    let wide = |v: i128, int: IntTy| -> (bool, u128) {
        if int == IntTy::U128 || v >= 0 {
            (false, v as u128)
        } else {
            (true, v.unsigned_abs())
        }
    };
    let (negative, magnitude) = wide(value, from);
    let fits = if negative {
        to.signed() && magnitude <= to.min().unsigned_abs()
    } else {
        magnitude <= to.max_u128()
    };
    Ok(std_result(if fits { Ok(Value::Int(value)) } else { Err(0) }))
}

/// A method of `char`, or an ASCII method of `u8` (the receiver first).
pub fn char_method(method: CharMethod, args: &[Value], span: Span) -> Exec<Value> {
    use CharMethod as M;
    let ascii = |test: fn(&u8) -> bool, c: char| c.is_ascii() && test(&(c as u8));
    let some_char = |c: Option<char>| c.map_or_else(super::none, |c| super::some(Value::Char(c)));
    match (method, args) {
        (M::FromU32, [Value::Int(code)]) => return Ok(some_char(u32::try_from(*code).ok().and_then(char::from_u32))),
        (M::FromDigit, [Value::Int(digit), Value::Int(radix)]) => {
            if *radix > 36 {
                return Err(panic_stop("from_digit: radix is too high (maximum 36)", span));
            }
            return Ok(some_char(
                u32::try_from(*digit)
                    .ok()
                    .and_then(|d| char::from_digit(d, *radix as u32)),
            ));
        }
        _ => {}
    }
    match args {
        [Value::Char(c), rest @ ..] => {
            let c = *c;
            Ok(match method {
                M::IsAlphabetic => Value::Bool(c.is_alphabetic()),
                M::IsNumeric => Value::Bool(c.is_numeric()),
                M::IsAlphanumeric => Value::Bool(c.is_alphanumeric()),
                M::IsWhitespace => Value::Bool(c.is_whitespace()),
                M::IsUppercase => Value::Bool(c.is_uppercase()),
                M::IsLowercase => Value::Bool(c.is_lowercase()),
                M::IsControl => Value::Bool(c.is_control()),
                M::ToDigit | M::IsDigit => {
                    let radix = radix_arg(rest, span)?;
                    let digit = c.to_digit(radix);
                    if method == M::IsDigit {
                        Value::Bool(digit.is_some())
                    } else {
                        digit.map_or_else(super::none, |d| super::some(Value::Int(d.into())))
                    }
                }
                M::LenUtf8 => Value::Int(c.len_utf8() as i128),
                M::ToAsciiUppercase => Value::Char(c.to_ascii_uppercase()),
                M::ToAsciiLowercase => Value::Char(c.to_ascii_lowercase()),
                ascii_test => Value::Bool(ascii(ascii_predicate(ascii_test, span)?, c)),
            })
        }
        [Value::Int(byte)] => {
            let byte = u8::try_from(*byte).map_err(|_| internal("a u8 out of range", span))?;
            Ok(match method {
                M::ToAsciiUppercase => Value::Int(byte.to_ascii_uppercase().into()),
                M::ToAsciiLowercase => Value::Int(byte.to_ascii_lowercase().into()),
                ascii_test => Value::Bool(ascii_predicate(ascii_test, span)?(&byte)),
            })
        }
        _ => Err(internal(format!("{method:?} on these operands"), span)),
    }
}

/// The radix of `to_digit`/`is_digit`; std panics outside `2..=36`.
fn radix_arg(rest: &[Value], span: Span) -> Exec<u32> {
    match rest {
        [Value::Int(radix)] if (2..=36).contains(radix) => Ok(*radix as u32),
        [Value::Int(_)] => Err(panic_stop(
            "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive",
            span,
        )),
        _ => Err(internal("a radix that is not an integer", span)),
    }
}

/// The `u8` test behind an ASCII method.
fn ascii_predicate(method: CharMethod, span: Span) -> Exec<fn(&u8) -> bool> {
    use CharMethod as M;
    Ok(match method {
        M::IsAscii => |b: &u8| b.is_ascii(),
        M::IsAsciiAlphabetic => u8::is_ascii_alphabetic,
        M::IsAsciiDigit => u8::is_ascii_digit,
        M::IsAsciiAlphanumeric => u8::is_ascii_alphanumeric,
        M::IsAsciiUppercase => u8::is_ascii_uppercase,
        M::IsAsciiLowercase => u8::is_ascii_lowercase,
        M::IsAsciiPunctuation => u8::is_ascii_punctuation,
        M::IsAsciiWhitespace => u8::is_ascii_whitespace,
        M::IsAsciiGraphic => u8::is_ascii_graphic,
        M::IsAsciiHexdigit => u8::is_ascii_hexdigit,
        M::IsAsciiControl => u8::is_ascii_control,
        other => return Err(internal(format!("{other:?} is not an ASCII test"), span)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The 64-bit shortcut writes the same digits as the `i128`/`u128` ones,
    /// on both sides of the 64-bit boundary.
    #[test]
    fn int_digits_agree_with_the_wide_formatting() {
        let boundary = i128::from(u64::MAX);
        let edges = [
            0,
            1,
            -1,
            42,
            boundary - 1,
            boundary,
            boundary + 1,
            -boundary - 1,
            i128::MIN,
            i128::MAX,
        ];
        for value in edges {
            let expected = (value < 0, value.unsigned_abs().to_string());
            assert_eq!(int_digits(value, IntTy::I128), expected);
        }
        for value in [u128::MAX, u128::from(u64::MAX) + 1, 7] {
            assert_eq!(int_digits(value as i128, IntTy::U128), (false, value.to_string()));
        }
    }

    fn run(op: BinOp, int: IntTy, a: i128, b: i128) -> Option<i128> {
        match binary_op(op, &Ty::Int(int), &Value::Int(a), &Value::Int(b), Span::default()) {
            Ok(Value::Int(v)) => Some(v),
            Ok(Value::Bool(v)) => Some(v as i128),
            _ => None,
        }
    }

    /// The machine's operators agree with the host's checked ones for
    /// every width, on edge values and pseudo-random ones.
    macro_rules! agrees_with_host {
        ($name:ident, $t:ty, $int:expr) => {
            #[test]
            fn $name() {
                let mut values: Vec<$t> = vec![0, 1, 2, 7, <$t>::MAX, <$t>::MIN, <$t>::MAX / 2, <$t>::MIN / 2];
                values.push((0 as $t).wrapping_sub(1));
                let mut state = 0x9e37_79b9_7f4a_7c15u64;
                for _ in 0..60 {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    values.push((state as u128 | ((state as u128) << 64)) as $t >> (state % 100) as u32 % <$t>::BITS);
                }
                let held = |v: $t| v as i128;
                for &a in &values {
                    for &b in &values {
                        let cases: [(BinOp, Option<$t>); 8] = [
                            (BinOp::Add, a.checked_add(b)),
                            (BinOp::Sub, a.checked_sub(b)),
                            (BinOp::Mul, a.checked_mul(b)),
                            (BinOp::Div, a.checked_div(b)),
                            (BinOp::Rem, a.checked_rem(b)),
                            (BinOp::BitXor, Some(a ^ b)),
                            (
                                BinOp::Shl,
                                a.checked_shl(b as u32)
                                    .filter(|_| (b as i128) >= 0 && (b as i128) < <$t>::BITS as i128),
                            ),
                            (
                                BinOp::Shr,
                                a.checked_shr(b as u32)
                                    .filter(|_| (b as i128) >= 0 && (b as i128) < <$t>::BITS as i128),
                            ),
                        ];
                        for (op, expected) in cases {
                            assert_eq!(
                                run(op, $int, held(a), held(b)),
                                expected.map(held),
                                "{a} {op:?} {b}"
                            );
                        }
                        assert_eq!(run(BinOp::Lt, $int, held(a), held(b)), Some((a < b) as i128));
                        let (wrapped, overflow) = a.overflowing_mul(b);
                        assert_eq!(
                            overflowing(BinOp::Mul, held(a), held(b), $int),
                            (held(wrapped), overflow)
                        );
                    }
                    let unary = unary_op(
                        UnOp::Neg,
                        &Ty::Int($int),
                        Value::Int(held(a)),
                        &Ty::Int($int),
                        Span::default(),
                    );
                    if <$t>::MIN != 0 {
                        assert_eq!(unary.ok(), a.checked_neg().map(|v| Value::Int(held(v))));
                    }
                    assert_eq!(
                        unary_op(
                            UnOp::Not,
                            &Ty::Int($int),
                            Value::Int(held(a)),
                            &Ty::Int($int),
                            Span::default()
                        )
                        .ok(),
                        Some(Value::Int(held(!a)))
                    );
                    for method in [
                        NumMethod::CountOnes,
                        NumMethod::LeadingZeros,
                        NumMethod::TrailingZeros,
                    ] {
                        let expected = match method {
                            NumMethod::CountOnes => a.count_ones(),
                            NumMethod::LeadingZeros => a.leading_zeros(),
                            _ => a.trailing_zeros(),
                        };
                        assert_eq!(
                            int_method(method, $int, &[Value::Int(held(a))], Span::default()).ok(),
                            Some(Value::Int(expected as i128))
                        );
                    }
                    assert_eq!(
                        int_method(
                            NumMethod::RotateLeft,
                            $int,
                            &[Value::Int(held(a)), Value::Int(13)],
                            Span::default()
                        )
                        .ok(),
                        Some(Value::Int(held(a.rotate_left(13))))
                    );
                    assert_eq!(
                        int_method(
                            NumMethod::SwapBytes,
                            $int,
                            &[Value::Int(held(a))],
                            Span::default()
                        )
                        .ok(),
                        Some(Value::Int(held(a.swap_bytes())))
                    );
                    assert_eq!(
                        cast(
                            Value::Int(held(a)),
                            &Ty::Int($int),
                            &Ty::Float(FloatTy::F32),
                            Span::default()
                        )
                        .ok(),
                        Some(Value::F32(a as f32))
                    );
                }
            }
        };
    }

    agrees_with_host!(i8_ops, i8, IntTy::I8);
    agrees_with_host!(u8_ops, u8, IntTy::U8);
    agrees_with_host!(i32_ops, i32, IntTy::I32);
    agrees_with_host!(u64_ops, u64, IntTy::U64);
    agrees_with_host!(i128_ops, i128, IntTy::I128);
    agrees_with_host!(u128_ops, u128, IntTy::U128);
}
