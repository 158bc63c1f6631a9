fn first<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > 0 {
        x
    } else {
        y //~ ERROR E0621
    }
}

fn main() {
    println!("{}", first("", "y"));
}
