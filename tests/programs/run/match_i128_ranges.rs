fn sign(n: i128) -> &'static str {
    match n {
        i128::MIN..=-1 => "negative",
        0 => "zero",
        1..=i128::MAX => "positive",
    }
}

fn size(n: u128) -> &'static str {
    match n {
        0 => "none",
        1..=999 => "some",
        1000.. => "lots",
    }
}

fn main() {
    let (a, b) = (1i128, 2);
    println!("{a} {b} {} {} {}", sign(i128::MIN), sign(0), sign(i128::MAX));
    println!("{} {} {}", size(0), size(5), size(u128::MAX));
}
