use std::fmt;

struct Stack {
    items: Vec<u32>,
}

impl fmt::Debug for Stack {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(&self.items).finish()
    }
}

struct Unnamed(char);

impl fmt::Debug for Unnamed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("").field(&self.0).finish()
    }
}

fn main() {
    let stack = Stack { items: vec![1, 2, 3] };
    println!("{:?}", stack);
    println!("{:#?}", stack);
    println!("{:?}", Stack { items: Vec::new() });
    println!("{:?} {:#?}", Unnamed('a'), Unnamed('b'));
}
