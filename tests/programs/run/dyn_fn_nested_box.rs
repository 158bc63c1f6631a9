// A closure taking a boxed closure by value holds no reference: it can be
// boxed in turn. A reference to a closure is a fat pointer too.
fn twice(f: Box<dyn Fn(i32) -> i32>) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| f(f(x)))
}
fn main() {
    let add3 = twice(Box::new(|x| x + 3));
    println!("{} {}", add3(1), std::mem::size_of::<&dyn Fn()>());
    let s = String::from("hey");
    let show: &dyn Fn() -> usize = &move || s.len();
    println!("{}", show());
}
