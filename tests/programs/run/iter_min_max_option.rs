fn main() {
    let v = vec![4, -2, 9, 9, 0];
    let biggest = v.iter().max();
    let smallest = v.iter().min();
    println!("{:?} {:?}", biggest, smallest);
    if let Some(m) = v.iter().max() {
        println!("max is {m}");
    }
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {:?}", empty.iter().max(), empty.iter().min());
    let longest = ["a", "abc", "ab"].iter().map(|s| s.len()).max();
    println!("{:?}", longest);
    match (1..1).max() {
        Some(x) => println!("got {x}"),
        None => println!("empty range"),
    }
    let c = "hello".chars().max();
    println!("{:?}", c);
}
