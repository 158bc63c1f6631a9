fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let double = |x: i32| x * 2;
    println!("{}", apply(double, 21));
    println!("{}", apply(double, 4));
}
