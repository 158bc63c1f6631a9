struct C { n: u8 }
impl Iterator for C {
    type Item = u8;
    fn next(&mut self) -> Option<u8> { if self.n > 0 { self.n -= 1; Some(self.n) } else { None } }
}
struct Holder { c: C }
fn main() {
    let mut h = Holder { c: C { n: 4 } };
    for x in &mut h.c {
        if x == 2 { break; }
    }
    println!("{:?}", h.c.next());
    let total: u32 = h.c.map(|x| x as u32).sum();
    println!("{total}");
}
