// Associated functions and lossless conversions between number types.
fn main() {
    let small: u8 = 200;
    let wide = u32::from(small) * 1000;
    let signed = i64::from(wide);
    let from_signed = i32::from(-5i8);
    let float = f64::from(wide);
    let single = f32::from(small);
    let from_bool = u8::from(true) + i32::from(false) as u8;
    let code = u32::from('A');
    let letter = char::from(66u8);
    println!("{} {} {} {} {} {}", wide, signed, from_signed, float, single, from_bool);
    println!("{} {}", code, letter);
    println!("{}", i32::abs(-9) + i32::pow(2, 5));
    println!("{} {}", u8::max(3, 250), i16::min(-3, 4));
    println!("{} {}", f64::sqrt(2.0), f64::max(1.5, -1.5));
    println!("{}", f32::from(1.5f32) as f64 + f64::from(0.25f32));
    println!("{}", u64::from(u32::MAX) + 1);
    println!("{}", i128::from(i64::MIN) - 1);
}
