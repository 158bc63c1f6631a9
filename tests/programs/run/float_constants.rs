// Constants of the float types.
use std::f64::consts;

fn main() {
    println!("PI      {}", consts::PI);
    println!("TAU     {}", std::f64::consts::TAU);
    println!("E       {}", consts::E);
    println!("SQRT_2  {}", consts::SQRT_2);
    println!("LN_2    {}", consts::LN_2);
    println!("FRAC_PI_2 {:?}", consts::FRAC_PI_2);
    println!("f32 PI  {}", std::f32::consts::PI);
    println!("f64 MAX {:e}", f64::MAX);
    println!("f64 MIN {:e}", f64::MIN);
    println!("f32 MAX {}", f32::MAX);
    println!("MIN_POSITIVE {:?}", f64::MIN_POSITIVE);
    println!("EPSILON {:?} {:?}", f64::EPSILON, f32::EPSILON);
    println!("{} {}", f64::MANTISSA_DIGITS, f32::DIGITS);
    println!("{} {}", f64::MAX_EXP, f64::MIN_10_EXP);
    println!("{}", 1.0 + f64::EPSILON > 1.0);
    println!("{}", 1.0 + f64::EPSILON / 2.0 > 1.0);
}
