fn main() {
    let code = "a1b22c333";
    let digits = code.bytes().filter(|b| *b >= b'0' && *b <= b'9').count();
    println!("{digits} digits");
    let sum: u32 = code.bytes().filter(|b| *b >= b'0' && *b <= b'9').map(|b| (b - b'0') as u32).sum();
    println!("digit sum {sum}");
    let checksum = code.bytes().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(b as u32));
    println!("{checksum}");
}
