struct Doubling {
    value: u8,
}

impl Iterator for Doubling {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        let current = self.value;
        self.value *= 2;
        Some(current)
    }
}

fn main() {
    for v in (Doubling { value: 1 }) {
        println!("{v}");
    }
}
