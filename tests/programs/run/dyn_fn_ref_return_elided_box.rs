// A function returning `Box<dyn Fn(i32) -> i32 + '_>` whose closure borrows
// the argument.
fn adder(step: &i32) -> Box<dyn Fn(i32) -> i32 + '_> {
    Box::new(move |x| x + *step)
}

fn main() {
    let step = 4;
    let add = adder(&step);
    println!("{} {}", add(1), add(10));
}
