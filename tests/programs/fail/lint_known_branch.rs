fn main() {
    let x: u8 = 255;
    let r = x == 255;
    let y = if r { x + 1 } else { 0 }; //~ ERROR arithmetic_overflow
    println!("{}", y);
}
