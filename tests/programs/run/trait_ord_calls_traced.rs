use std::cmp::Ordering;

struct Loud(i32);

impl PartialEq for Loud {
    fn eq(&self, other: &Self) -> bool {
        println!("eq({}, {})", self.0, other.0);
        self.0 == other.0
    }
}

impl PartialOrd for Loud {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("partial_cmp({}, {})", self.0, other.0);
        self.0.partial_cmp(&other.0)
    }
}

fn main() {
    let a = Loud(1);
    let b = Loud(2);
    if a < b {
        println!("less");
    }
    if a >= b {
        println!("not reached");
    }
    println!("{}", a != b);
    println!("{}", b > a && a <= b);
}
