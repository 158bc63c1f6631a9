fn first_word(text: &str) -> &str {
    let bytes_len = text.len();
    let mut end = 0;
    while end < bytes_len && &text[end..end + 1] != " " {
        end += 1;
    }
    &text[..end]
}

fn main() {
    let sentence = String::from("hello brave new world");
    let word = first_word(&sentence);
    println!("[{}]", word);
    let brave = &sentence[6..11];
    println!("[{}] [{}] [{}]", brave, &sentence[12..], &brave[1..3]);
    let literal = "static text";
    println!("[{}]", &literal[7..]);
    println!("{}", first_word("single"));
}
