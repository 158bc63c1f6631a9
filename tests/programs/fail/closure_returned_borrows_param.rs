fn counter(start: i32) -> impl Fn(i32) -> i32 {
    let step = 2;
    |n| start + n * step //~ ERROR E0373
}

fn main() {
    let f = counter(1);
    println!("{}", f(3));
}
