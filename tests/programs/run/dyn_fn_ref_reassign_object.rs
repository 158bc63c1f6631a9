// A new trait object over another closure: the first one's borrow ended.
fn main() {
    let mut a = 1;
    let b = 2;
    let first = || a * 10;
    let f: &dyn Fn() -> i32 = &first;
    println!("{}", f());
    let second = || b * 100;
    let f: &dyn Fn() -> i32 = &second;
    a += 5;
    println!("{} {a}", f());
}
