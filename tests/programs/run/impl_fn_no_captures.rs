fn doubler() -> impl Fn(i32) -> i32 {
    |x| x * 2
}

fn main() {
    let d = doubler();
    println!("{} {}", d(1), d(21));
    println!("size {}", std::mem::size_of_val(&d));
}
