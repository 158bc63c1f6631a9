fn show(f: impl Fn(i32) -> i32) {
    println!("{}", f(10));
}

fn main() {
    let offset = 7;
    show(|x| x + offset);
    show(|x| x * x);
}
