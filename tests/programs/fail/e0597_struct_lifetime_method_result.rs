struct Parser<'a> {
    text: &'a str,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        self.text
    }
}

fn main() {
    let rest;
    {
        let source = String::from("fn main() {}");
        let p = Parser { text: source.as_str() }; //~ ERROR E0597
        rest = p.rest();
    }
    println!("{rest}");
}
