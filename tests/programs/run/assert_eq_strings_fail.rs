fn main() {
    let greeting = String::from("hello\tworld");
    assert_eq!(greeting, "hello world", "greeting was {}", greeting.len());
}
