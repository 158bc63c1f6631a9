// A boxed closure is a fat pointer: the captures on the heap, and a vtable.
fn main() {
    let offset = 10;
    let add: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + offset);
    println!("{}", add(5));
    println!("{}", add(-3));
    println!("{}", std::mem::size_of::<Box<dyn Fn(i32) -> i32>>());
}
