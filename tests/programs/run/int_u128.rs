// u128 holds numbers beyond every other integer type.
fn factorial(n: u32) -> u128 {
    let mut result: u128 = 1;
    let mut i = 2;
    while i <= n {
        result *= i as u128;
        i += 1;
    }
    result
}

fn main() {
    let max = u128::MAX;
    println!("{}", max);
    println!("{:x}", max);
    println!("{:#b}", 1u128 << 100);
    println!("{}", max / 3);
    println!("{}", max % 1_000_000_007);
    println!("{}", max - (1u128 << 127));
    println!("{}", (1u128 << 127) > (1u128 << 126));
    println!("{}", max.count_ones());
    println!("{}", max.leading_zeros() + (1u128 << 127).trailing_zeros());
    for n in 30..35 {
        println!("{}! = {}", n, factorial(n));
    }
    let big = 340_282_366_920_938_463_463_374_607_431_768_211_455u128;
    println!("{}", big == max);
    println!("{}", big as u8);
    println!("{}", (big >> 64) as u64);
    println!("{:e}", big);
    let half = max / 2 + 1;
    println!("{} {}", half, half.is_power_of_two());
}
