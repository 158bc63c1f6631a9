fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    let sums: Vec<i32> = pairs.into_iter().map(|(a, b)| a + b).collect(); //~ UNSUPPORTED
    println!("{:?} {}", sums, sums.capacity());
}
