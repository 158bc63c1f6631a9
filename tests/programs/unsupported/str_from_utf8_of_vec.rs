// A `&str` into a `Vec<u8>`'s buffer is not modelled: the model keeps text
// only in string buffers.
fn main() {
    let v = vec![b'o', b'k'];
    let text = std::str::from_utf8(&v).unwrap(); //~ UNSUPPORTED
    println!("{text}");
}
