// A closure capturing by reference cannot become a trait object: the model
// keeps no regions inside `dyn Fn`, so it could not check the borrow.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let k = 3;
    println!("{}", apply(&|x| x * k, 5)); //~ UNSUPPORTED
}
