// Without `move` the closure borrows the parameter, which dies when the
// function returns.
fn adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(|x| x + n) //~ ERROR E0373
}

fn main() {
    println!("{}", adder(1)(2));
}
