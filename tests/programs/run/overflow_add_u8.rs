// Adding two u8 values past 255 panics in a debug build.
fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    println!("{}", add(100, 100));
    println!("{}", add(200, 55));
    println!("{}", add(200, 56));
    println!("unreachable");
}
