// A slice match that misses the empty slice.
fn first(s: &[u8]) -> u8 {
    match s { //~ ERROR E0004
        [x, ..] => *x,
    }
}
fn main() {
    println!("{}", first(&[1, 2]));
}
