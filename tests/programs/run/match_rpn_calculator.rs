#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Plus,
    Times,
    Minus,
}

fn eval(tokens: &Vec<Token>) -> Result<i64, String> {
    let mut stack: Vec<i64> = Vec::new();
    for t in tokens {
        match t {
            Token::Num(n) => stack.push(*n),
            op => {
                let Some(b) = stack.pop() else {
                    return Err(String::from("missing right operand"));
                };
                let a = stack.pop().ok_or(String::from("missing left operand"))?;
                let value = match op {
                    Token::Plus => a + b,
                    Token::Times => a * b,
                    Token::Minus => a - b,
                    Token::Num(_) => unreachable!(),
                };
                stack.push(value);
            }
        }
    }
    match stack.pop() {
        Some(result) if stack.is_empty() => Ok(result),
        Some(_) => Err(String::from("too many values")),
        None => Err(String::from("empty input")),
    }
}

fn main() {
    let good = vec![Token::Num(3), Token::Num(4), Token::Plus, Token::Num(5), Token::Times];
    println!("{:?}", eval(&good));
    println!("{:?}", eval(&vec![Token::Num(1), Token::Minus]));
    println!("{:?}", eval(&vec![Token::Plus]));
    println!("{:?}", eval(&vec![Token::Num(1), Token::Num(2)]));
    println!("{:?}", eval(&Vec::new()));
}
