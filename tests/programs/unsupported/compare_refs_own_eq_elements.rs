// Elements with the program's own `eq`, compared across a `Vec` and an array.
struct Loose(i32);

impl PartialEq for Loose {
    fn eq(&self, other: &Loose) -> bool {
        self.0 / 10 == other.0 / 10
    }
}

fn main() {
    let v = vec![Loose(11)];
    println!("{}", v == [Loose(12)]); //~ UNSUPPORTED
}
