fn main() {
    let big: i64 = 5;
    let small = i32::from(big); //~ ERROR E0277
    println!("{}", small);
}
