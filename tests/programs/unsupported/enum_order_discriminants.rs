#[derive(PartialEq, PartialOrd)]
enum Level {
    High = 10,
    Low = 1,
}

fn main() {
    let a = Level::High;
    let b = Level::Low;
    println!("{}", a < b); //~ UNSUPPORTED
}
