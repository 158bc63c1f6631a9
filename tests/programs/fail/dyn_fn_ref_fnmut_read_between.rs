// Reading the local a `&mut dyn FnMut` adds into, between two calls.
fn main() {
    let mut total = 0;
    let mut add = |x: i32| total += x;
    let f: &mut dyn FnMut(i32) = &mut add;
    f(2);
    println!("{total}"); //~ ERROR E0502
    f(3);
}
