// abs of the smallest value of a signed type panics in a debug build.
fn magnitude(x: i16) -> i16 {
    x.abs()
}

fn main() {
    println!("{}", magnitude(-300));
    println!("{}", magnitude(i16::MIN).wrapping_add(1));
}
