fn main() {
    let mut refs: Vec<&i32> = Vec::new();
    for _ in 0..3 {
        refs.push(&42);
    }
    println!("{:?}", refs);
}
