// A closure as a `str` pattern; the model has `&str` and `char` patterns.
fn main() {
    let s = "abc";
    println!("{}", s.contains(|c: char| c == 'b')); //~ UNSUPPORTED
}
