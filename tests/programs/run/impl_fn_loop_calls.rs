fn stepper(step: i64) -> impl FnMut() -> i64 {
    let mut total = 0;
    move || {
        total += step;
        total
    }
}

fn main() {
    let mut next = stepper(7);
    let mut sum = 0;
    for _ in 0..5 {
        sum += next();
    }
    println!("{sum} {}", next());
    let mut other = stepper(-2);
    println!("{} {}", other(), other());
}
