fn run<T, F: Fn(i32) -> i32>(t: T, f: F) -> i32 {
    let n = f(1);
    let _sum = t + t; //~ ERROR E0369
    n
}

fn main() {
    println!("{}", run(2, |x| x + 1));
}
