fn parse(s: &str) -> Option<i32> {
    s.parse().ok()
}

fn main() {
    let parts = ["1", "x", "3"];
    let numbers: Vec<i32> = parts.iter().copied().filter_map(parse).collect();
    println!("{:?}", numbers);
}
