use std::ops::{Deref, DerefMut};
struct W(Vec<i32>);
impl Deref for W { type Target = Vec<i32>; fn deref(&self) -> &Vec<i32> { &self.0 } }
impl DerefMut for W { fn deref_mut(&mut self) -> &mut Vec<i32> { &mut self.0 } }
fn total(v: &[i32]) -> i32 { let mut t = 0; for x in v { t += x; } t }
fn main() {
    let mut w = W(vec![3, 1, 2]);
    w.sort();
    println!("{:?} {}", *w, total(&w));
    let r = &w;
    println!("{}", r.len());
    let c = || w.len();
    println!("{}", c());
}
