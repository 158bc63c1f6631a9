fn main() {
    let big: u8 = 200;
    let add = |x: u8| x + big;
    println!("{}", add(50));
    println!("{}", add(60));
}
