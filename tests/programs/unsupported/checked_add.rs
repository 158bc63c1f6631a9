// `checked_*` methods return `Option`, which the model does not have yet.
fn main() {
    let a: u8 = 200;
    let sum = a.checked_add(100); //~ UNSUPPORTED
    println!("{:?}", sum);
}
