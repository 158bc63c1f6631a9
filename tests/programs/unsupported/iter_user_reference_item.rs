struct Words<'a> {
    words: &'a [String],
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a String; //~ UNSUPPORTED

    fn next(&mut self) -> Option<&'a String> {
        let word = self.words.get(self.at)?;
        self.at += 1;
        Some(word)
    }
}

fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for w in (Words { words: &v, at: 0 }) {
        println!("{w}");
    }
}
