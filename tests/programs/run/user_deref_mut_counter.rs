use std::ops::{Deref, DerefMut};

struct Counted {
    value: i32,
    reads: u32,
    writes: u32,
}

impl Deref for Counted {
    type Target = i32;
    fn deref(&self) -> &i32 {
        println!("deref (value {})", self.value);
        &self.value
    }
}

impl DerefMut for Counted {
    fn deref_mut(&mut self) -> &mut i32 {
        self.writes += 1;
        println!("deref_mut #{}", self.writes);
        &mut self.value
    }
}

fn show() -> i32 {
    println!("computing the new value");
    10
}

fn main() {
    let mut c = Counted { value: 1, reads: 0, writes: 0 };
    c.reads += 1;
    println!("{}", *c + 1);
    *c += 5;
    *c = show();
    let r = &mut *c;
    *r *= 3;
    println!("value {} after {} writes, {} reads", *c, c.writes, c.reads);
}
