fn main() {
    let m = i8::MIN;
    let n = -m; //~ ERROR arithmetic_overflow
    println!("{n}");
}
