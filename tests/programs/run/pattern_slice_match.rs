// Slice patterns on slices: the length is tested at run time.
fn describe(s: &[i32]) -> String {
    match s {
        [] => String::from("empty"),
        [one] => format!("one: {one}"),
        [first, second] => format!("two: {first} {second}"),
        [first, .., last] => format!("{} items from {first} to {last}", s.len()),
    }
}
fn main() {
    let v = vec![1, 2, 3, 4];
    println!("{}", describe(&v[..]));
    println!("{}", describe(&v[1..3]));
    println!("{}", describe(&v[3..]));
    println!("{}", describe(&v[4..]));
    let a = [7, 8, 9];
    println!("{}", describe(&a));
}
