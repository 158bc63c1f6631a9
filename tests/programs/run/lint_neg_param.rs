fn negate(x: i32) -> i32 {
    -x
}
fn main() {
    println!("{}", negate(i32::MIN));
}
