fn double(x: i32) -> i32 {
    x * 2
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let text = "4";
    println!("{}", apply(double, text)); //~ ERROR E0308
}
