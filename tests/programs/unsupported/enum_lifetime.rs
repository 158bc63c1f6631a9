// Enums with lifetime parameters are declined.
enum Token<'a> { //~ UNSUPPORTED
    Word(&'a str),
    Number(i64),
}
fn main() {
    let t = Token::Word("hi");
    if let Token::Word(w) = t {
        println!("{w}");
    }
    let _n = Token::Number(1);
}
