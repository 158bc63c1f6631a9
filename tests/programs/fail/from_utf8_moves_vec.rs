// `String::from_utf8` takes the Vec by value: it is moved into the String.
fn main() {
    let v = vec![b'h', b'i'];
    let s = String::from_utf8(v).unwrap();
    println!("{s} {:?}", v); //~ ERROR E0382
}
