fn main() {
    let limit = 10;
    let small = Some(4).filter(|n| *n < limit);
    let big = Some(40).filter(|n| *n < limit);
    println!("{:?} {:?}", small, big);
    let word = Some(String::from("long word")).filter(|w| w.len() > 3);
    println!("{:?}", word);
}
