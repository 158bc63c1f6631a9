#[derive(Debug)]
struct ParseError {
    line: u32,
    reason: String,
}

fn parse(line: u32, text: &str) -> Result<usize, ParseError> {
    if text.len() > 3 {
        Err(ParseError { line, reason: String::from("too long") })
    } else {
        Ok(text.len())
    }
}

fn main() {
    let first = parse(1, "ab");
    println!("first: {:?}", first);
    let n = first.unwrap();
    println!("n = {n}");
    let second = parse(2, "abcdef");
    println!("second failed: {}", second.is_err());
    let m = second.unwrap();
    println!("unreachable {m}");
}
