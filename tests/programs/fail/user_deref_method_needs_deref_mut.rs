use std::ops::Deref;

struct Stack(Vec<i32>);

impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.0
    }
}

fn main() {
    let mut s = Stack(Vec::new());
    s.push(1); //~ ERROR E0596
    println!("{}", s.len());
}
