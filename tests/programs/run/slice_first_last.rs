// `first` and `last` of arrays and slices borrow from them.
fn main() {
    let a = [10, 20, 30];
    println!("{:?} {:?}", a.first(), a.last());
    let s = &a[1..];
    println!("{:?} {:?}", s.first(), s.last());
    let empty = &a[3..];
    println!("{:?} {:?}", empty.first(), empty.last());
    let mut b = [1, 2, 3];
    if let Some(x) = b.first_mut() {
        *x = 100;
    }
    if let Some(y) = b[..2].last_mut() {
        *y += 1;
    }
    println!("{:?}", b);
    let names = [String::from("ann"), String::from("bo")];
    match names.last() {
        Some(name) => println!("last is {}", name),
        None => println!("none"),
    }
}
