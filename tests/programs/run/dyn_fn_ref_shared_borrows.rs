// Two trait objects sharing borrows of the same local.
fn sum_both(a: &dyn Fn() -> i32, b: &dyn Fn() -> i32) -> i32 {
    a() + b()
}

fn main() {
    let v = vec![1, 2, 3];
    let len = || v.len() as i32;
    let twice = || v.len() as i32 * 2;
    println!("{}", sum_both(&len, &twice));
    println!("{v:?}");
}
