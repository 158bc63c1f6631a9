fn main() {
    let code: u32 = 65;
    if code.is_ascii_uppercase() { //~ ERROR E0599
        println!("upper");
    }
}
