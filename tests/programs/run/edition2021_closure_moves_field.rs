// Edition 2021: a `move` closure using `pair.left` captures only that field;
// `pair.right` stays usable (edition 2018 rejects this).
struct Pair {
    left: String,
    right: String,
}
fn main() {
    let pair = Pair { left: String::from("l"), right: String::from("r") };
    let take = move || pair.left.len();
    println!("{}", take());
    println!("{}", pair.right);
}
