fn main() {
    let n = 4;
    println!("{}", i32::to_string(n)); //~ ERROR E0308
}
