struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make(s: &'static str) -> D {
    D(s)
}
fn main() {
    let (x, y) = (&D("a"), &make("b"));
    println!("{} {}", x.0, y.0);
    let (p, q) = (make("c").0, 1);
    println!("{p} {q}");
    let [m, n] = [&make("d"), &D("e")];
    println!("{} {}", m.0, n.0);
    {
        let (r, _) = (&make("f"), 0);
        println!("inner {}", r.0);
    }
    println!("end");
}
