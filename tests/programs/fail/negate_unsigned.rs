fn main() {
    let x: u32 = 5;
    let y = -x; //~ ERROR E0600
    println!("{}", y);
}
