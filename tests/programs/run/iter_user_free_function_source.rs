struct C { n: u8 }
impl Iterator for C {
    type Item = u8;
    fn next(&mut self) -> Option<u8> { if self.n > 0 { self.n -= 1; Some(self.n) } else { None } }
}
fn make() -> C { C { n: 3 } }
fn main() {
    let v: Vec<u8> = make().collect();
    let w: Vec<(u8, u8)> = make().zip(make().map(|x| x * 10)).collect();
    println!("{v:?} {w:?}");
    let s: Vec<u8> = v.iter().copied().chain(make()).collect();
    println!("{s:?}");
    let mut it = C { n: 2 };
    let first = it.next();
    let rest: Vec<u8> = it.collect();
    println!("{first:?} {rest:?}");
}
