fn main() {
    let small: i32 = (1..=10).product();
    println!("{small}");
    let big: i32 = (1..=13).product();
    println!("{big}");
}
