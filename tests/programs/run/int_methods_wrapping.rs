// Wrapping, saturating and overflowing arithmetic never panic.
fn main() {
    let a: u8 = 250;
    let b: u8 = 10;
    println!("wrapping_add   {}", a.wrapping_add(b));
    println!("wrapping_sub   {}", b.wrapping_sub(a));
    println!("wrapping_mul   {}", a.wrapping_mul(b));
    println!("saturating_add {}", a.saturating_add(b));
    println!("saturating_sub {}", b.saturating_sub(a));
    println!("saturating_mul {}", a.saturating_mul(b));
    println!("overflowing_add {:?}", a.overflowing_add(b));
    println!("overflowing_sub {:?}", b.overflowing_sub(a));
    println!("overflowing_mul {:?}", 16u8.overflowing_mul(16));
    let m = i32::MIN;
    println!("{} {} {}", m.wrapping_neg(), m.wrapping_abs(), m.wrapping_sub(1));
    println!("{} {}", m.saturating_sub(1), i32::MAX.saturating_add(1));
    println!("{} {}", (-5i32).saturating_mul(i32::MAX), 5i32.saturating_mul(-i32::MAX));
    println!("{:?} {:?}", m.overflowing_neg(), 5i32.overflowing_neg());
    println!("{} {}", i8::MIN.wrapping_div(-1), i8::MIN.wrapping_rem(-1));
    println!("{} {}", 1u32.wrapping_shl(35), 256u32.wrapping_shr(33));
    println!("{} {}", 3u8.wrapping_pow(7), 3i8.saturating_pow(5));
    println!("{:?}", 10u16.overflowing_pow(5));
    let mut hash: u32 = 5381;
    for c in 0..20u32 {
        hash = hash.wrapping_mul(33).wrapping_add(c);
    }
    println!("hash = {}", hash);
}
