fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let total: i32 = (1..=4).map(square).sum();
    println!("{}", total);
}
