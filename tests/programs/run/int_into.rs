fn main() {
    let small: u8 = 7;
    let wide: u64 = small.into();
    println!("{}", wide);
}
