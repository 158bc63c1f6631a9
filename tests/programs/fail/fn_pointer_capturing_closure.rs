fn main() {
    let offset = 10;
    let f: fn(i32) -> i32 = |x| x + offset; //~ ERROR E0308
    println!("{}", f(1));
}
