fn main() {
    let mut scores = vec![10, 20];
    let first = &mut scores;
    let second = &mut scores; //~ ERROR E0499
    second.push(30);
    first.push(40);
    println!("{}", scores.len());
}
