use std::ops::Deref;

struct MyBox<T>(T);

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn main() {
    let r;
    {
        let b = MyBox(String::from("short"));
        r = &*b; //~ ERROR E0597
    }
    println!("{r}");
}
