fn greeting() -> &'static &'static str {
    &"hello"
}

fn letter() -> &'static char {
    &(65u8 as char)
}

fn main() {
    println!("{} {}", greeting(), letter());
}
