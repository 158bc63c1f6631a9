struct CustomSmartPointer { data: String }
impl Drop for CustomSmartPointer {
    fn drop(&mut self) { println!("Dropping CustomSmartPointer with data `{}`!", self.data); }
}
struct MyBox<T>(T);
impl<T> MyBox<T> { fn new(x: T) -> MyBox<T> { MyBox(x) } }
use std::ops::Deref;
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &Self::Target { &self.0 }
}
fn hello(name: &str) { println!("Hello, {name}!"); }
fn main() {
    let c = CustomSmartPointer { data: String::from("my stuff") };
    let d = CustomSmartPointer { data: String::from("other stuff") };
    println!("CustomSmartPointers created.");
    drop(c);
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, *y);
    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    let _ = &d;
}
