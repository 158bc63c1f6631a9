// Index arithmetic on usize underflows when it goes below zero.
fn main() {
    let v = vec![10, 20, 30];
    let mut i: usize = v.len();
    while i >= 1 {
        i -= 1;
        println!("v[{}] = {}", i, v[i]);
    }
    let back = i - 1;
    println!("{}", back);
}
