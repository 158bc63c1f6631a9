use std::fmt;

struct Bar(usize);

impl fmt::Display for Bar {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let width = f.width().unwrap_or(self.0);
        write!(f, "{}", "#".repeat(width))
    }
}

fn main() {
    println!("[{}] [{:5}]", Bar(3), Bar(3));
}
