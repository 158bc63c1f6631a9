fn main() {
    let add = |a: i32, b| a + b;
    let double = |x: i64| x * 2;
    println!("{}", add(1, 2));
    println!("{}", double(21));
    let total = add(add(1, 2), 3);
    println!("{}", total);
}
