use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn main() {
    let mut y: MyBox<String> = MyBox(String::from("a"));
    let s = &mut *y; //~ ERROR E0596
    s.push('b');
}
