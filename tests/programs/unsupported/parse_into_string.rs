// Parsing into types other than numbers, `bool` and `char` is not modelled.
fn main() {
    let text = "hello";
    let owned = text.parse::<String>(); //~ UNSUPPORTED
    println!("{:?}", owned);
}
