// Dividing an integer by zero panics (a float gives infinity instead).
fn ratio(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", 1.0 / 0.0);
    println!("{}", -1.0f32 / 0.0);
    println!("{}", ratio(10, 3));
    println!("{}", ratio(10, 0));
}
