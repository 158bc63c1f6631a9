struct Parser<'a> {
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        self.text
    }
}

fn main() {
    let source = String::from("fn main() {}");
    let rest;
    {
        let p = Parser { text: source.as_str() };
        rest = p.rest();
    }
    println!("{rest}");
}
