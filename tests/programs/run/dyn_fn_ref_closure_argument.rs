// A closure capturing `k` by reference passed as `&dyn Fn`: the borrow of
// `k` lives as long as the trait object.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let k = 3;
    println!("{}", apply(&|x| x * k, 5));
}
