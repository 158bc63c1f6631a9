struct Forever;

impl Iterator for Forever {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        Some('x')
    }
}

fn main() {
    let s: String = Forever.take(4).collect();
    println!("{s}");
    let mut f = Forever;
    println!("{:?}", f.next());
}
