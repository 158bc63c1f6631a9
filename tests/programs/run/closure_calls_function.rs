fn square(x: i32) -> i32 {
    x * x
}
fn main() {
    let shift = 1;
    let f = |x| square(x) + shift;
    println!("{}", f(4));
}
