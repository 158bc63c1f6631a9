use std::mem::size_of_val;

fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let handler: Option<fn(i32) -> i32> = Some(double);
    if let Some(f) = handler {
        println!("{}", f(21));
    }
    let none: Option<fn(i32) -> i32> = None;
    println!("{}", none.is_none());
    println!("{}", size_of_val(&handler));
}
