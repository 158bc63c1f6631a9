fn main() {
    let a: u8 = 250;
    println!("{:?} {:?}", a.checked_add(5), a.checked_add(6));
    println!("{:?} {:?}", 3u32.checked_sub(4), 4u32.checked_sub(3));
    println!("{:?} {:?}", 16i16.checked_mul(2048), 16i16.checked_mul(2047));
    println!("{:?} {:?}", 10i32.checked_div(0), 10i32.checked_div(3));
    println!("{:?} {:?}", i32::MIN.checked_div(-1), 10i32.checked_rem(4));
    println!("{:?} {:?}", 7i32.checked_rem(0), i64::MIN.checked_rem(-1));
    println!("{:?} {:?}", i8::MIN.checked_neg(), 5i8.checked_neg());
    println!("{:?} {:?}", 0u8.checked_neg(), 1u8.checked_neg());
    println!("{:?} {:?}", 2u32.checked_pow(31), 2u32.checked_pow(32));
}
