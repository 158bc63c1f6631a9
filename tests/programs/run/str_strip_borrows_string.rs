// The stripped `&str` points into the `String`'s heap bytes.
fn main() {
    let mut line = String::from("> quoted");
    let text = line.strip_prefix("> ").unwrap_or(&line);
    println!("{}", text);
    println!("{}", text.len());
    line.push('!');
    println!("{}", line);
}
