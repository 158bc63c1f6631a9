fn first_word(text: &str) -> &str {
    text.split(' ').next().unwrap_or("")
}

fn main() {
    let f: for<'a> fn(&'a str) -> &'a str = first_word; //~ UNSUPPORTED
    println!("{}", f("hello world"));
}
