fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let f: fn(i32) -> i32 = double;
    println!("{}", f(5));
    let g = f;
    println!("{}", g(f(1)));
}
