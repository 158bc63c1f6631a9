// A negative shift amount is an overflow too.
fn shr(value: i64, amount: i32) -> i64 {
    value >> amount
}

fn main() {
    println!("{}", shr(-1024, 3));
    println!("{}", shr(1024, 63));
    println!("{}", shr(1024, -1));
}
