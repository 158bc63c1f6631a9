struct Noisy<'a> {
    name: &'a str,
}

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let mut s = String::from("x");
    let n = Noisy { name: &s };
    s.push('y'); //~ ERROR E0502
}
