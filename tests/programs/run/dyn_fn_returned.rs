// A function returns a closure behind a `Box<dyn Fn>`; `move` gives the
// closure its own copy of the parameter.
fn adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn multiplier(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * n)
}

fn main() {
    let add_two = adder(2);
    let triple = multiplier(3);
    println!("{}", add_two(40));
    println!("{}", triple(add_two(1)));
}
