fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F: Fn(i32) -> i32 + Copy>(f: F, x: i32) -> i32 {
    apply(f, apply(f, x))
}

fn main() {
    let inc = 5;
    println!("{}", apply_twice(|x| x + inc, 1));
}
