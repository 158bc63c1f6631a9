// `String::new()` and `Vec::new()` are constant: each use of the constant is
// a new empty value, so pushing to one does not change the others.
const EMPTY_NAME: String = String::new();
const NO_SCORES: Vec<u32> = Vec::new();
fn main() {
    let mut name = EMPTY_NAME;
    name.push_str("Ferris");
    let mut scores = NO_SCORES;
    scores.push(10);
    scores.push(20);
    println!("{name} {:?} {:?} {}", scores, NO_SCORES, EMPTY_NAME.len());
}
