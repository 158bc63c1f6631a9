fn main() {
    let r: &'static [i32] = &[1, 2, 3];
    println!("{:?} {}", r, r.len());
}
