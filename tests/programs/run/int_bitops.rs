// Bit operations on signed and unsigned integers.
fn main() {
    let flags: u8 = 0b0000_1010;
    let mask: u8 = 0b0000_0110;
    println!("and  {:08b}", flags & mask);
    println!("or   {:08b}", flags | mask);
    println!("xor  {:08b}", flags ^ mask);
    println!("not  {:08b}", !flags);
    println!("shl  {:08b}", flags << 3);
    println!("shr  {:08b}", flags >> 1);
    let n: i32 = -16;
    println!("{} >> 2 = {}", n, n >> 2);
    println!("{} << 2 = {}", n, n << 2);
    println!("!{} = {}", n, !n);
    println!("{} & 0xff = {}", n, n & 0xff);
    let big: u64 = 1 << 63;
    println!("{} {}", big, big >> 62);
    let amount: u32 = 4;
    let v: i16 = 0x0F0F;
    println!("{:#06x} {:#06x}", v << amount, v >> amount);
    let t = true;
    let f = false;
    println!("{} {} {}", t & f, t | f, t ^ f);
    let mut bits = 0u32;
    for i in 0..8 {
        if i % 3 == 0 {
            bits |= 1 << i;
        }
    }
    println!("bits = {:#b} ({})", bits, bits);
}
