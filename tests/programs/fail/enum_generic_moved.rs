// A generic enum holding a `String` moves like any owner.
enum Holder<T> {
    Has(T),
    Empty,
}
fn main() {
    let h = Holder::Has(String::from("x"));
    let moved = h;
    if let Holder::Has(s) = h { //~ ERROR E0382
        println!("{s}");
    }
    let _ = moved;
    let _e: Holder<u8> = Holder::Empty;
}
