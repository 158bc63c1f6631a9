struct D(&'static str, i32);
impl Drop for D {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
impl D {
    fn wrap(&self, name: &'static str) -> D { D(name, self.1 + 1) }
}
fn make(name: &'static str) -> D { D(name, 0) }
fn main() {
    let v = make("inner").wrap("outer").1;
    println!("v {v}");
    println!("{}", make("a").wrap("b").wrap("c").1);
}
