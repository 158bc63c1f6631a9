fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        x if x % 2 == 0 => "even",
        1 | 3 | 5 | 7 | 9 => "small odd",
        _ => "large odd",
    }
}

fn main() {
    let numbers = vec![-5, 0, 4, 7, 13];
    for n in &numbers {
        println!("{n} is {}", classify(*n));
    }
}
