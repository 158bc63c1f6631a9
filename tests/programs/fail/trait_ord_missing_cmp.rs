use std::cmp::Ordering;

#[derive(PartialEq, Eq, PartialOrd)]
struct Grade(u8);

impl Ord for Grade {} //~ ERROR E0046

fn main() {
    println!("{:?}", Grade(1).cmp(&Grade(2)));
}
