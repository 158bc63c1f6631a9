//@ edition: 2018
// Edition 2018: a closure moving `pair.left` out captures all of `pair` by
// value, so `pair.right` is gone too.
struct Pair {
    left: String,
    right: String,
}
fn main() {
    let pair = Pair { left: String::from("l"), right: String::from("r") };
    let take = move || pair.left.len();
    println!("{}", take());
    println!("{}", pair.right); //~ ERROR E0382
}
