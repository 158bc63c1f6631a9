fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 { //~ UNSUPPORTED
    f(x)
}

fn main() {
    let k = 3;
    println!("{}", apply(&|x| x * k, 5));
}
