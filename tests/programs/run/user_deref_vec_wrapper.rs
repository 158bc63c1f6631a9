use std::ops::{Deref, DerefMut};

struct Stack {
    items: Vec<i32>,
    name: String,
}

impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.items
    }
}

impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        println!("deref_mut on {}", self.name);
        &mut self.items
    }
}

impl Stack {
    fn describe(&self) -> String {
        format!("{} holds {} items", self.name, self.len())
    }
}

fn main() {
    let mut s = Stack { items: Vec::new(), name: String::from("s") };
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{}", s.describe());
    println!("len {} first {:?} last {:?}", s.len(), s.first(), s.last());
    let top = s.pop();
    println!("{top:?} {}", s.is_empty());
    for x in &*s {
        println!("item {x}");
    }
    println!("{}", s.contains(&2));
}
