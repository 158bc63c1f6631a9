use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0 //@ inside deref
    }
}

fn main() {
    let name = MyBox(String::from("Ferris"));
    let len = name.len();
    println!("{len}");
}
