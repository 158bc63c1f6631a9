fn main() {
    let names = vec!["a", "b", "c", "d"];
    let scores = vec![10, 20, 30];
    for (n, s) in names.iter().zip(scores.iter()) {
        println!("{n} -> {s}");
    }
    let dot: i32 = scores.iter().zip(scores.iter()).map(|(a, b)| a * b).sum();
    println!("dot {dot}");
    let pairs: Vec<(i32, char)> = (1..4).zip("xyz".chars()).collect();
    println!("{:?} {}", pairs, pairs.capacity());
}
