use std::rc::Rc;
fn show(s: &str) -> usize { s.len() }
fn total(v: &[i32]) -> i32 { v.iter().sum() }
fn first(v: &Vec<i32>) -> i32 { v[0] }
fn take(n: &i32) -> i32 { *n }
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = String::from("hey");
    let mut m = String::from("mut");
    let rc = Rc::new(String::from("rc"));
    let sr = &s;
    println!("{} {} {} {}", show(&b), show(&sr), show(&mut m), show(&rc));
    let v = vec![1, 2, 3];
    let vr = &v;
    let mut w = vec![4, 5];
    println!("{} {} {} {}", total(&v), total(&vr), total(&mut w), first(&vr));
    let bv = Box::new(vec![7, 8]);
    println!("{} {}", total(&bv), first(&bv));
    let x = 5;
    let rx = &&&x;
    println!("{}", take(rx));
}
