struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &str {
        self.text
    }

    fn advance(&mut self) {
        self.pos += 1;
    }
}

fn main() {
    let source = String::from("let x = 1;");
    let mut p = Parser { text: source.as_str(), pos: 0 };
    let rest = p.rest();
    p.advance(); //~ ERROR E0502
    println!("{rest} (at {})", p.pos);
}
