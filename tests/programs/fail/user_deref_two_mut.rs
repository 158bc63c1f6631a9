use std::ops::{Deref, DerefMut};

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

fn main() {
    let mut y = MyBox(vec![1]);
    let a = &mut *y;
    let b = &mut *y; //~ ERROR E0499
    a.push(2);
    b.push(3);
}
