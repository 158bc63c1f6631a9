// A field of the target reached through a program's `Deref` (`b.x`) is not modelled yet; `(*b).x` is.
use std::ops::Deref;
struct P { x: i32 }
struct MyBox<T>(T);
impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
fn main() {
    let b = MyBox(P { x: 3 });
    println!("{}", b.x); //~ UNSUPPORTED
}
