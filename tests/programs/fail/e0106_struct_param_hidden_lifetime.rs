struct Holder<'a> {
    text: &'a str,
}

fn text_of(h: &Holder) -> &str { //~ ERROR E0106
    h.text
}

fn main() {
    let h = Holder { text: "inside" };
    println!("{}", text_of(&h));
}
