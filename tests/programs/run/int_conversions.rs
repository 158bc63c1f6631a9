fn main() {
    let small: u8 = 200;
    let a: u32 = small.into();
    let b: i16 = small.into();
    let c = u64::from(small);
    let d = i64::from(-5i32);
    let e: f64 = 7i32.into();
    println!("{} {} {} {} {}", a, b, c, d, e);
    println!("{:?}", u8::try_from(255i32));
    println!("{:?}", u8::try_from(256i32));
    println!("{:?}", u8::try_from(-1i64));
    println!("{:?}", i8::try_from(200u8));
    println!("{:?}", u32::try_from(-7i32).is_err());
    println!("{:?}", i128::try_from(u128::MAX));
    println!("{:?}", u128::try_from(-1i128));
    println!("{:?}", u64::try_from(u128::MAX >> 64));
    match u16::try_from(70000u32) {
        Ok(v) => println!("fits {}", v),
        Err(e) => println!("error: {}", e),
    }
}
