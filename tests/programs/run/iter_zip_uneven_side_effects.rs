struct Token(u8);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.0);
    }
}

fn main() {
    let long = vec![1, 2, 3, 4];
    let short = vec![10, 20];
    // Both sides are slices: read by index, the longer side stops in time.
    for (a, b) in long.iter().map(|x| { println!("left {x}"); x }).zip(short.iter()) {
        println!("{a} {b}");
    }
    // An inclusive range is not read by index: a `for` pulls it once more.
    for (a, b) in (0..=3).map(|x| { println!("wide {x}"); x }).zip(short.iter()) {
        println!("{a} {b}");
    }
    // A fold over two sides of known length stops at the shorter.
    let total: i32 = (0..=3).map(|x| { println!("sum wide {x}"); x }).zip(short.iter()).map(|(a, _)| a).sum();
    println!("{total}");
    // A `String`'s `chars` has no known length: the extra pull happens.
    let n = "abcd".chars().map(|c| { println!("char {c}"); c }).zip(short.iter()).count();
    println!("{n}");
    let tokens = vec![Token(1), Token(2), Token(3)];
    let pairs = tokens.into_iter().zip(short.iter()).count();
    println!("{pairs} pairs");
    let tokens = vec![Token(4), Token(5), Token(6)];
    for (t, s) in tokens.into_iter().zip(short.iter()) {
        println!("token {} with {s}", t.0);
    }
    println!("end");
}
