// `as` between integer types truncates or sign-extends.
fn main() {
    let big: i32 = 300;
    println!("{} {} {}", big as u8, big as i8, -1i32 as u8);
    println!("{} {}", -1i8 as u32, -1i8 as i64);
    println!("{} {}", 255u8 as i8, 128u8 as i8);
    println!("{} {}", u64::MAX as i64, i64::MIN as u64);
    println!("{} {}", 70000u32 as u16, 70000u32 as i16);
    println!("{} {}", -129i16 as i8, 65535u16 as i16);
    println!("{} {}", i128::MAX as u64, u128::MAX as i128);
    println!("{} {}", -1i64 as u128, -1i64 as usize);
    println!("{} {}", usize::MAX as u32, 5usize as isize);
    let index: i32 = 7;
    let v = vec![1, 2, 3, 4, 5, 6, 7, 8];
    println!("{}", v[index as usize]);
    let len = v.len() as i32;
    println!("{}", len - 10);
    let bytes = 0x12345678u32;
    println!("{:#x} {:#x} {:#x} {:#x}", bytes as u8, (bytes >> 8) as u8, (bytes >> 16) as u8, (bytes >> 24) as u8);
}
