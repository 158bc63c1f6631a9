fn main() {
    let base = 10;
    let some = Some(5);
    let none: Option<i32> = None;
    println!("{}", some.map_or_else(|| base, |v| v + base));
    println!("{}", none.map_or_else(|| base, |v| v + base));
}
