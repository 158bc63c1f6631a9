fn parse_version(text: &str) -> Option<u32> {
    let digits = text.strip_prefix('v')?;
    digits.parse().ok()
}

fn main() {
    println!("{:?}", parse_version("v12"));
    println!("{:?}", parse_version("12"));
    let file = String::from("notes.txt");
    match file.strip_suffix(".txt") {
        Some(stem) => println!("stem {stem}"),
        None => println!("not a text file"),
    }
    println!("{:?}", file.strip_prefix("notes"));
    println!("{:?}", "".strip_prefix(""));
}
