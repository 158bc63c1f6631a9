fn transform<T, U, F: Fn(T) -> U>(value: T, f: F) -> U {
    f(value)
}

fn main() {
    let len = transform(String::from("hello"), |s| s.len());
    let big = transform(3u8, |b| b as u64 * 1000);
    println!("{} {}", len, big);
}
