// A generic enum matched without all its variants.
enum Maybe<T> {
    Just(T),
    Nothing,
}
fn main() {
    let m = Maybe::Just(3);
    match m { //~ ERROR E0004
        Maybe::Just(x) => println!("{x}"),
    }
}
