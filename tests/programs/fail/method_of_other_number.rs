fn main() {
    let n: u32 = 7;
    println!("{}", n.abs()); //~ ERROR E0599
}
