// `From` conversions are the casts that can never lose information.
fn average(values: &Vec<u8>) -> f64 {
    let mut sum: u32 = 0;
    for i in 0..values.len() {
        sum += u32::from(values[i]);
    }
    f64::from(sum) / values.len() as f64
}

fn main() {
    let grades = vec![90u8, 85, 77, 100, 64];
    println!("average: {}", average(&grades));
    println!("{:.2}", average(&grades));
    let small: i16 = -300;
    let medium = i32::from(small);
    let large = i64::from(medium) * 1_000_000;
    println!("{} {} {}", small, medium, large);
    let flag = true;
    println!("{}", u64::from(flag) + 41);
    println!("{}", f32::from(u16::MAX));
    println!("{}", u128::from('z'));
    println!("{}", usize::from(200u8) + (isize::from(-3i8) + 5) as usize);
}
