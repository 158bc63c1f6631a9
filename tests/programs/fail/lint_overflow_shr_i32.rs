fn main() {
    let amount = 40;
    let y = 1i32 >> amount; //~ ERROR arithmetic_overflow
    println!("{y}");
}
