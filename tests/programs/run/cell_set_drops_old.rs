use std::cell::Cell;

struct Token(u8);

impl Drop for Token {
    fn drop(&mut self) {
        println!("token {} dropped", self.0);
    }
}

fn main() {
    let slot = Cell::new(Token(1));
    println!("set 2");
    slot.set(Token(2));
    println!("replace with 3");
    let old = slot.replace(Token(3));
    println!("got back token {}", old.0);
    println!("end of main");
}
