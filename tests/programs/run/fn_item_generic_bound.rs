fn double(x: i32) -> i32 {
    x * 2
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F: FnMut(i32) -> i32>(mut f: F, x: i32) -> i32 {
    let once = f(x);
    f(once)
}

fn consume<F: FnOnce(i32) -> i32>(f: F) -> i32 {
    f(10)
}

fn main() {
    println!("{}", apply(double, 4));
    println!("{}", apply_twice(double, 4));
    println!("{}", consume(double));
}
