// A generic enum with a derived `Debug`, one instance per type argument.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

fn main() {
    let m: Maybe<u8> = Maybe::Just(3);
    println!("{:?}", m);
    let _n: Maybe<u8> = Maybe::Nothing;
}
