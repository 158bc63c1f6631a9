struct Excerpt<'a> {
    part: &'a str,
}

impl Excerpt { //~ ERROR E0726
    fn part(&self) -> &str {
        self.part
    }
}

fn main() {
    let e = Excerpt { part: "x" };
    println!("{}", e.part());
}
