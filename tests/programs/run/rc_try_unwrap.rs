use std::rc::Rc;

struct Token(u32);

impl Drop for Token {
    fn drop(&mut self) {
        println!("token {} dropped", self.0);
    }
}

fn main() {
    let shared = Rc::new(Token(1));
    let other = Rc::clone(&shared);
    let shared = match Rc::try_unwrap(shared) {
        Ok(token) => {
            println!("unwrapped {}", token.0);
            return;
        }
        Err(rc) => {
            println!("still shared, strong = {}", Rc::strong_count(&rc));
            rc
        }
    };
    drop(other);
    match Rc::try_unwrap(shared) {
        Ok(token) => println!("now unwrapped {}", token.0),
        Err(_) => println!("still shared"),
    }
    println!("end");
}
