// Whether rustc knows x here depends on to_string borrowing it, which the model's IR does not show.
fn main() {
    let x: u8 = 255;
    let s = x.to_string();
    let y = x + 1; //~ UNSUPPORTED
    println!("{s} {y}");
}
