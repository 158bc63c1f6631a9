fn main() {
    let input = "  42\n";
    let n: i32 = input.trim().parse().unwrap();
    println!("{}", n * 2);
    let big: u64 = "18446744073709551615".parse().unwrap();
    println!("{}", big);
    let negative: i8 = "-128".parse().unwrap();
    println!("{}", negative);
}
