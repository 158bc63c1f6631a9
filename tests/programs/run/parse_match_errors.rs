fn describe(text: &str) {
    match text.parse::<u8>() {
        Ok(n) => println!("{:?} -> ok {}", text, n),
        Err(e) => println!("{:?} -> {} / {:?}", text, e, e),
    }
}

fn main() {
    describe("7");
    describe("");
    describe("12a");
    describe("256");
    describe("-1");
    describe("+9");
    describe("+");
}
