// Whether rustc's MIR keeps the assignment and the overflow in one block decides the lint.
fn main() {
    let mut x: u8 = 255;
    loop {
        x += 1; //~ UNSUPPORTED
        if x > 3 {
            break;
        }
    }
    let z = x;
    println!("{z}");
}
