use std::fmt;

struct Loud(u8);

impl fmt::Display for Loud {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        println!("formatting {}", self.0); //~ UNSUPPORTED
        write!(f, "Loud({})", self.0)
    }
}

fn main() {
    println!("value: {}", Loud(3));
}
