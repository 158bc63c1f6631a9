// The Rust book's improved `first_word(s: &str)`: called with a slice of a
// String, a whole String and a string literal; `second_word` after it.
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}

fn second_word(s: &str) -> &str {
    let first = first_word(s);
    if first.len() == s.len() {
        return "";
    }
    first_word(&s[first.len() + 1..])
}

fn main() {
    let my_string = String::from("hello world");
    let word = first_word(&my_string[0..6]);
    println!("{word}");
    let word = first_word(&my_string);
    println!("{word}");
    let my_string_literal = "hello world";
    let word = first_word(&my_string_literal[..]);
    println!("{word}");
    let word = first_word(my_string_literal);
    println!("{word} / {}", second_word(my_string_literal));
    println!("[{}]", second_word("single"));
}
