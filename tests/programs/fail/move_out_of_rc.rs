use std::rc::Rc;

fn main() {
    let shared = Rc::new(String::from("text"));
    let owned: String = *shared; //~ ERROR E0507
    println!("{}", owned);
}
