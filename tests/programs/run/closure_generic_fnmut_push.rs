fn fill<F: FnMut(u32)>(mut push: F) {
    for i in 1..4 {
        push(i * i);
    }
}

fn main() {
    let mut squares = Vec::new();
    fill(|n| squares.push(n));
    println!("{:?}", squares);
}
