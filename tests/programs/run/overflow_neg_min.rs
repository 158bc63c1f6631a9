// The negation of the smallest i32 does not fit in an i32.
fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", negate(5));
    println!("{}", negate(i32::MAX));
    println!("{}", negate(i32::MIN + 1));
    println!("{}", negate(i32::MIN));
}
