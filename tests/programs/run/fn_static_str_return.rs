fn label(n: &i32) -> &'static str {
    if *n > 0 { "positive" } else { "not positive" }
}

fn main() {
    let mut x = 5;
    let l = label(&x);
    x = -1;
    println!("{l} {x} {}", label(&x));
}
