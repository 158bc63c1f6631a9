#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, item: T) {
        self.items.push(item);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
enum Token {
    Num(i64),
    Plus,
    Word(String),
}

fn main() {
    let mut s: Stack<Token> = Stack::new();
    s.push(Token::Num(4));
    s.push(Token::Word(String::from("hi")));
    s.push(Token::Plus);
    println!("{:?} {}", s.peek(), s.len());
    while let Some(t) = s.pop() {
        println!("popped {:?}", t);
    }
    println!("{:?}", s);
    let mut tokens = vec![Token::Word(String::from("b")), Token::Plus, Token::Num(3), Token::Num(-1), Token::Word(String::from("a"))];
    tokens.sort();
    println!("{:?}", tokens);
    println!("{}", tokens.contains(&Token::Plus));
    let mut numbers: Stack<Option<u8>> = Stack::new();
    numbers.push(Some(1));
    numbers.push(None);
    println!("{:?}", numbers);
}
