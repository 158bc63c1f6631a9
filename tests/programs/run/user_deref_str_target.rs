use std::ops::Deref;
struct Name { text: String }
impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str { &self.text }
}
fn hello(s: &str) { println!("hi {s}"); }
fn main() {
    let n = Name { text: String::from("abc") };
    hello(&n);
    let r: &str = &n;
    println!("{r}");
}
