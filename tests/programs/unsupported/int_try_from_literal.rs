// rustc cannot tell which integer type an unsuffixed literal has here.
fn main() {
    let narrow = u8::try_from(300); //~ UNSUPPORTED
    println!("{:?}", narrow);
}
