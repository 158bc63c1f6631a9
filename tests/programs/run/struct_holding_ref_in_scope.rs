struct Highlight<'a> {
    text: &'a str,
    start: usize,
}

fn main() {
    let doc = String::from("borrowed text");
    let h = Highlight { text: doc.as_str(), start: 2 };
    println!("{} at {}", h.text, h.start);
    let len = doc.len();
    println!("{len}");
}
