struct Excerpt<'a> {
    part: &'a str,
}

fn main() {
    let mut novel = String::from("Call me Ishmael. Some years ago...");
    let e = Excerpt { part: novel.as_str() };
    println!("excerpt: {}", e.part);
    novel.push_str(" never mind");
    println!("{}", novel.len());
}
