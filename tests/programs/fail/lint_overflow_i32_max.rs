fn main() {
    let big = i32::MAX;
    let more = big + 1; //~ ERROR arithmetic_overflow
    println!("{more}");
}
