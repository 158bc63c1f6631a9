struct Line<'a> {
    text: &'a str,
}

struct Page {
    first: Line, //~ ERROR E0106
}

fn main() {
    let p = Page { first: Line { text: "one" } };
    println!("{}", p.first.text);
}
