fn main() {
    let n: i64 = 5;
    println!("{}", (1..10i32).contains(&n)); //~ ERROR E0308
}
