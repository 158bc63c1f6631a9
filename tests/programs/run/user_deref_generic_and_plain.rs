use std::ops::Deref;

struct Wrapper<T> {
    inner: T,
    label: &'static str,
}

impl<T> Deref for Wrapper<T> {
    type Target = T;
    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}

struct Meters(f64);

impl Deref for Meters {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}

fn twice(x: &i64) -> i64 {
    *x * 2
}

fn main() {
    let w = Wrapper { inner: 21_i64, label: "answer" };
    println!("{} = {}", w.label, twice(&w));
    let s = Wrapper { inner: String::from("text"), label: "s" };
    let t: &String = &s;
    println!("{} {}", t, s.label);
    let m = Meters(2.5);
    let total = *m + 1.0;
    println!("{total}");
    assert_eq!(*w, 21);
    let nested = Wrapper { inner: Wrapper { inner: 7_u8, label: "in" }, label: "out" };
    println!("{} {}", **nested, nested.label);
}
