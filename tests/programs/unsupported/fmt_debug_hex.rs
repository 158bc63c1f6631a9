// Debug with hexadecimal integers (`{:x?}`) is not modelled.
fn main() {
    let v = vec![10, 255];
    println!("{:x?}", v); //~ UNSUPPORTED
}
