// Unsuffixed literals take their type from how they are used.
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

fn scale(value: u16, factor: u16) -> u16 {
    value * factor
}

fn average(a: i64, b: i64) -> i64 {
    (a + b) / 2
}

fn main() {
    let p = Pixel { r: 250, g: 128, b: 3 };
    println!("rgb({}, {}, {})", p.r, p.g, p.b);
    let brighter = p.r / 2 + p.g / 2;
    println!("brighter: {}", brighter);
    println!("scaled: {}", scale(300, 200));
    let big = 3_000_000_000;
    let mid = average(big, 1);
    println!("average: {}", mid);
    let mut count = 0;
    let limit: usize = 10;
    while count < limit {
        count += 3;
    }
    println!("count: {}", count);
    let default = 2147483647;
    println!("default i32: {}", default);
    let shifted = 1u64 << 40;
    println!("shifted: {}", shifted);
}
