// A `&mut dyn FnMut` over a closure adding into a local: the local is read
// once the last call through the trait object is done.
fn main() {
    let mut total = 0;
    let mut add = |x: i32| total += x;
    let f: &mut dyn FnMut(i32) = &mut add;
    f(2);
    f(3);
    println!("{total}");
}
