use std::fmt::Debug;

struct Wrapper<T: Debug> {
    label: &'static str,
    value: T,
}

impl<T: Debug> Drop for Wrapper<T> {
    fn drop(&mut self) {
        println!("drop {} holding {:?}", self.label, self.value);
    }
}

fn wrap<T: Debug>(label: &'static str, value: T) -> Wrapper<T> {
    println!("wrap {}", label);
    Wrapper { label, value }
}

fn main() {
    let a = wrap("a", 1);
    let b = wrap("b", String::from("text"));
    {
        let c = wrap("c", vec![1, 2, 3]);
        println!("inner scope has {}", c.label);
    }
    let d = wrap("d", (true, 'x'));
    drop(b);
    println!("{} {}", a.label, d.label);
}
