fn consume<T>(value: T) -> T {
    value
}

fn twice<T>(value: T) -> (T, T) {
    let a = consume(value);
    let b = consume(value); //~ ERROR E0382
    (a, b)
}

fn main() {
    let pair = twice(String::from("x"));
    println!("{} {}", pair.0, pair.1);
}
