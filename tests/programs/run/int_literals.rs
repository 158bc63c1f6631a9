// Integer literals: suffixes, separators, bases, bytes.
fn main() {
    let a = 5u8;
    let b = 1_000i64;
    let c = 0xFF;
    let d = 0o777;
    let e = 0b1010_1010u8;
    let f = b'A';
    let g = 1_000_000;
    let h = 0xdead_beef_u32;
    let big = 18_446_744_073_709_551_615u64;
    let neg = -128i8;
    let min = -2147483648;
    println!("{} {} {} {} {} {} {}", a, b, c, d, e, f, g);
    println!("{} {} {} {}", h, big, neg, min);
    let sum = a as u32 + f as u32 + e as u32;
    println!("sum = {}", sum);
    let inferred = 200;
    let byte: u8 = inferred;
    println!("{} {}", byte, byte / 3);
    let x = 7;
    let y = x * 6;
    println!("the answer is {y}, and x is {x}");
}
