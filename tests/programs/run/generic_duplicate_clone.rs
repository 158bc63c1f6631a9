fn duplicate<T: Clone>(value: &T) -> (T, T) {
    (value.clone(), value.clone())
}

fn repeat<T: Clone>(value: T, times: usize) -> Vec<T> {
    let mut out = Vec::new();
    for _ in 0..times {
        out.push(value.clone());
    }
    out
}

#[derive(Debug, Clone)]
struct Token {
    text: String,
    line: u32,
}

fn main() {
    let (a, b) = duplicate(&5);
    println!("{} {}", a, b);
    let (s, t) = duplicate(&String::from("abc"));
    println!("{} {} {} {}", s, t, s.len(), t.capacity());
    let token = Token { text: String::from("fn"), line: 1 };
    let (t1, t2) = duplicate(&token);
    println!("{:?} {:?} {}", t1, t2, token.line);
    let words = repeat(String::from("hi"), 3);
    println!("{:?} {}", words, words.capacity());
    let tokens = repeat(token, 2);
    println!("{}", tokens.len());
}
