fn main() {
    let n: i32 = -1;
    let y = 1u64 << n; //~ ERROR arithmetic_overflow
    println!("{y}");
}
