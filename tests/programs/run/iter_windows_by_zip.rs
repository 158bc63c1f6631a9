fn main() {
    let heights = vec![3, 7, 4, 9, 9, 2];
    for (a, b) in heights.iter().zip(heights.iter().skip(1)) {
        let change = if b > a { "up" } else if b < a { "down" } else { "flat" };
        println!("{a} -> {b}: {change}");
    }
    let rises = heights.iter().zip(heights.iter().skip(1)).filter(|(a, b)| **b > **a).count();
    println!("{rises} rises");
    let diffs: Vec<i32> = heights.iter().zip(heights.iter().skip(1)).map(|(a, b)| b - a).collect();
    println!("{:?} {}", diffs, diffs.capacity());
}
