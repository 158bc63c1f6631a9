fn main() {
    let wide: i32 = 300;
    let narrow = u8::try_from(wide);
    println!("{:?}", narrow);
}
