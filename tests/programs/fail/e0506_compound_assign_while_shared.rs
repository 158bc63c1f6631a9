fn main() {
    let mut score = 10;
    let before = &score;
    score += 5; //~ ERROR E0506
    println!("{before} {score}");
}
