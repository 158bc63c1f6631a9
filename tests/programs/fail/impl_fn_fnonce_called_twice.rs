fn once(s: String) -> impl FnOnce() -> String {
    move || s
}

fn main() {
    let take = once(String::from("x"));
    println!("{}", take());
    println!("{}", take()); //~ ERROR E0382
}
