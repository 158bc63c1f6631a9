// The Rust book's `first_word`: the bytes of a String searched for a space,
// and a `&str` into the String returned.
fn first_word(s: &String) -> &str {
    let bytes = s.as_bytes();

    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }

    &s[..]
}

fn main() {
    let s = String::from("hello world");
    let word = first_word(&s);
    println!("the first word is: {}", word);
    let one = String::from("single");
    println!("{}", first_word(&one));
}
