#[derive(Debug)]
enum Token {
    Number(i32),
    Word(String),
    Pair(char, bool),
    Point { x: i8, y: i8 },
    End,
}

fn main() {
    let tokens = vec![
        Token::Number(42),
        Token::Word(String::from("hi")),
        Token::Pair('x', true),
        Token::Point { x: -1, y: 2 },
        Token::End,
    ];
    println!("{:?}", tokens);
    println!("{:#?}", tokens);
    println!("[{:>5?}] [{:<4?}]", Token::Number(7), Token::End);
    let nested: Option<Option<Token>> = Some(Some(Token::End));
    println!("{:?} {:#?}", nested, Some(Token::Number(1)));
}
