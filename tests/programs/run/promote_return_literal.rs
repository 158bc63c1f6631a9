fn zero() -> &'static i32 {
    &0
}

fn main() {
    let z = zero();
    println!("{}", z);
}
