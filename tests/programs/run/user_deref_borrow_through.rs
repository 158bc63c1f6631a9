use std::ops::{Deref, DerefMut};

struct Cell2<T> {
    value: T,
}

impl<T> Deref for Cell2<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Cell2<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

fn bump(n: &mut i32) {
    *n += 1;
}

fn main() {
    let mut c = Cell2 { value: 40 };
    let first: &i32 = &c;
    println!("{first}");
    bump(&mut c);
    bump(&mut *c);
    let r: &mut i32 = &mut c;
    *r += 0;
    println!("{}", *c);
}
