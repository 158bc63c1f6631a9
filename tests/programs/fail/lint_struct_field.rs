struct Counter {
    value: u8,
}
fn main() {
    let c = Counter { value: 255 };
    let next = c.value + 1; //~ ERROR arithmetic_overflow
    println!("{next}");
}
