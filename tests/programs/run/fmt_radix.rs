// Hexadecimal, octal and binary, with prefixes and padding.
fn main() {
    let n = 255;
    println!("{:x} {:X} {:o} {:b}", n, n, n, n);
    println!("{:#x} {:#X} {:#o} {:#b}", n, n, n, n);
    println!("{:#010x} {:#010b} {:08X}", n, 5, 48879);
    println!("{:x} {:b}", -1i8, -2i16);
    println!("{:#x}", i64::MIN);
    println!("{:#06x} {:>8x}| {:<#8o}|", 0xbeefu16, 0xffu8, 8);
    println!("{:#b}", u64::MAX);
    for byte in 0..4u8 {
        println!("{:03} = {:#04x} = {:#010b}", byte * 85, byte * 85, byte * 85);
    }
    let color: u32 = 0x1E90FF;
    println!("#{:06X} r={} g={} b={}", color, color >> 16, (color >> 8) & 0xff, color & 0xff);
    println!("{:+x} {:+#x}", 10, 10);
}
