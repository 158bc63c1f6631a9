// Reading a `Copy` value copies it: the place keeps its permissions, and
// the copy is a new value its variable owns, even when it was read through
// a reference (`*y`). Once `y` is no longer used, `x` is no longer
// borrowed and can be written again.
fn main() {
    let mut x = 1;
    let y = &x;
    let z = *y;
    x += z;
    println!("{x} {z}");
}
