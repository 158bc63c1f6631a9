#[derive(Debug, PartialEq)]
struct Token(char);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut tokens = vec![Token('a'), Token('a'), Token('b'), Token('a'), Token('a')];
    tokens.dedup();
    println!("{:?}", tokens);
}
