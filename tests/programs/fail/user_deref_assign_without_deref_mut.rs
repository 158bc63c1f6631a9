use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn main() {
    let mut y: MyBox<i32> = MyBox(5);
    *y = 1; //~ ERROR E0594
    println!("{}", *y);
}
