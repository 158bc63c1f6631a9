// Array patterns in `match`: fixed positions, `..` for the middle, literals.
fn describe(a: [i32; 4]) -> String {
    match a {
        [0, 0, 0, 0] => String::from("zeros"),
        [first, .., 0] => format!("ends in zero, starts with {first}"),
        [1, second, ..] => format!("starts with one, then {second}"),
        [.., x, y] => format!("ends with {x} {y}"),
    }
}
fn main() {
    println!("{}", describe([0, 0, 0, 0]));
    println!("{}", describe([5, 6, 7, 0]));
    println!("{}", describe([1, 2, 3, 4]));
    println!("{}", describe([9, 8, 7, 6]));
}
