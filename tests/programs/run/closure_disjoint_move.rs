struct Pair {
    name: String,
    label: String,
}
fn main() {
    let pair = Pair { name: String::from("n"), label: String::from("l") };
    let take_name = move || pair.name.len();
    println!("{}", take_name());
    println!("{}", pair.label);
}
