fn main() {
    let v = vec![10, 20, 30];
    println!("{:?}", v.iter().next());
    println!("{:?}", v.iter().nth(2));
    println!("{:?}", v.iter().nth(3));
    println!("{:?}", (1..10).filter(|n| n % 3 == 0).next());
    println!("{:?}", (1..10).filter(|n| n % 3 == 0).nth(2));
    println!("{:?}", (0..5).skip(1).take(2).nth(1));
    println!("{:?}", v.iter().enumerate().filter(|(_, x)| **x > 10).next());
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.iter().next());
    let words = vec!["a", "bb", "ccc"];
    let first_long = words.iter().map(|w| w.len()).filter(|n| *n > 1).next();
    println!("{:?}", first_long);
    println!("{:?}", v.iter().rev().nth(0));
    println!("{:?}", v.iter().chain(v.iter()).nth(4));
}
