use std::fmt;

struct Bad(i32);

impl fmt::Display for Bad {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.0 < 0 {
            panic!("negative value {}", self.0);
        }
        write!(f, "{}", self.0)
    }
}

fn main() {
    println!("ok {}", Bad(1));
    let s = format!("[{}]", Bad(2));
    println!("{}", s);
    println!("before {} after", Bad(-3));
}
