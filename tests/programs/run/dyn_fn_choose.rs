fn pick(double: bool) -> Box<dyn Fn(i64) -> i64> {
    if double {
        Box::new(|x| x * 2)
    } else {
        Box::new(|x| x + 100)
    }
}

fn main() {
    let f = pick(true);
    let g = pick(false);
    println!("{} {}", f(21), g(21));
}
