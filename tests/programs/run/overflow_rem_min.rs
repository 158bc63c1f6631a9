// `i8::MIN % -1` overflows even though the result would be 0.
fn remainder(a: i8, b: i8) -> i8 {
    a % b
}

fn main() {
    println!("{}", remainder(-128, 3));
    println!("{}", remainder(-128, -3));
    println!("{}", remainder(127, -1));
    println!("{}", remainder(-128, -1));
}
