// The `Result` of `from_utf8` is only read when unwrapped at once: its
// error types (`FromUtf8Error`, `Utf8Error`) are not modelled.
fn main() {
    let v = vec![0xff, b'!'];
    match String::from_utf8(v) { //~ UNSUPPORTED
        Ok(s) => println!("{s}"),
        Err(e) => println!("{e}"),
    }
}
