// `use` with a group and a glob.
mod math {
    pub fn double(x: i32) -> i32 {
        x * 2
    }
    pub fn square(x: i32) -> i32 {
        x * x
    }
    pub const ONE: i32 = 1;
}
mod text {
    pub fn shout(s: &str) -> String {
        let mut loud = String::from(s);
        loud.push('!');
        loud
    }
}
use math::{double, square};
use text::*;
fn main() {
    println!("{} {} {}", double(4), square(5), math::ONE);
    println!("{}", shout("hi"));
}
