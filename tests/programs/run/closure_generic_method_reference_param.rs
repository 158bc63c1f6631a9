struct Holder {
    s: String,
}

impl Holder {
    fn with<F: Fn(&String) -> usize>(&self, f: F) -> usize {
        f(&self.s)
    }
}

fn main() {
    let h = Holder { s: String::from("abcd") };
    println!("{}", h.with(|t| t.len()));
}
