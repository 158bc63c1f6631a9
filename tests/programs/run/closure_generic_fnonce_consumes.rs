fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let s = String::from("owned");
    let t = consume(move || s);
    println!("{}", t);
}
