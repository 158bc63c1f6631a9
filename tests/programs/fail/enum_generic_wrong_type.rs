// The type argument of a generic enum is fixed once inferred.
enum Maybe<T> {
    Just(T),
    Nothing,
}
fn main() {
    let mut m = Maybe::Just(1);
    m = Maybe::Just("one"); //~ ERROR E0308
    let _n: Maybe<i32> = Maybe::Nothing;
    let _ = m;
}
