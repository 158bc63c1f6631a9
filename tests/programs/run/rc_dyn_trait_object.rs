use std::rc::Rc;

trait Named {
    fn name(&self) -> String;
}

struct Cat;

impl Named for Cat {
    fn name(&self) -> String {
        String::from("cat")
    }
}

fn main() {
    let shared: Rc<dyn Named> = Rc::new(Cat);
    println!("{}", shared.name());
}
