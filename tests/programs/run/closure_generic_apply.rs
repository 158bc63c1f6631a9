fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let k = 3;
    println!("{}", apply(|x| x * k, 5));
    println!("{}", apply(|x| x - k, 5));
}
