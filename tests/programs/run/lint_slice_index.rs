fn get(s: &[i32], i: usize) -> i32 {
    s[i]
}
fn main() {
    let a = [1, 2, 3];
    println!("{}", get(&a, 5));
}
