fn pick(up: bool) -> impl Fn(i32) -> i32 {
    if up { move |x| x + 1 } else { move |x| x - 1 } //~ UNSUPPORTED
}

fn main() {
    let f = pick(true);
    println!("{}", f(3));
}
