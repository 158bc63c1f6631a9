// An iterator chain started behind a program's `Deref` (`w.iter()`) is not modelled yet; `for x in &*w` is.
use std::ops::Deref;

struct Wrapper(Vec<i32>);

impl Deref for Wrapper {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

fn main() {
    let w = Wrapper(vec![1, 2, 3]);
    let total: i32 = w.iter().sum(); //~ UNSUPPORTED
    println!("{total}");
}
