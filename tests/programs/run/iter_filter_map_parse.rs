fn main() {
    let inputs = vec!["1", "two", "3", "", "40"];
    let numbers: Vec<i32> = inputs.iter().filter_map(|s| s.parse::<i32>().ok()).collect();
    println!("{:?} {} {}", numbers, numbers.len(), numbers.capacity());
    let total: i32 = inputs.iter().filter_map(|s| s.parse::<i32>().ok()).sum();
    println!("{total}");
    let bad = inputs.iter().filter(|s| s.parse::<i32>().is_err()).count();
    println!("{bad} not numbers");
}
