fn main() {
    let parsed = "12x".parse::<u32>();
    assert_eq!(parsed, Ok(12));
}
