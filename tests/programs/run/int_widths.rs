// The range of every integer type, and how many bits it has.
fn main() {
    println!("i8:    {} ..= {} ({} bits)", i8::MIN, i8::MAX, i8::BITS);
    println!("i16:   {} ..= {} ({} bits)", i16::MIN, i16::MAX, i16::BITS);
    println!("i32:   {} ..= {} ({} bits)", i32::MIN, i32::MAX, i32::BITS);
    println!("i64:   {} ..= {} ({} bits)", i64::MIN, i64::MAX, i64::BITS);
    println!("i128:  {} ..= {}", i128::MIN, i128::MAX);
    println!("isize: {} ..= {}", isize::MIN, isize::MAX);
    println!("u8:    {} ..= {} ({} bits)", u8::MIN, u8::MAX, u8::BITS);
    println!("u16:   {} ..= {}", u16::MIN, u16::MAX);
    println!("u32:   {} ..= {}", u32::MIN, u32::MAX);
    println!("u64:   {} ..= {}", u64::MIN, u64::MAX);
    println!("u128:  {} ..= {}", u128::MIN, u128::MAX);
    println!("usize: {} ..= {}", usize::MIN, usize::MAX);
    let sizes = (
        std::mem::size_of::<i8>(),
        std::mem::size_of::<u16>(),
        std::mem::size_of::<i32>(),
        std::mem::size_of::<u64>(),
        std::mem::size_of::<i128>(),
        std::mem::size_of::<usize>(),
    );
    println!("sizes in bytes: {:?}", sizes);
    println!("{:?}", (u8::MAX as u32 + 1, i16::MIN as i32 - 1));
}
