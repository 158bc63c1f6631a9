trait Animal {
    fn name(&self) -> String;
}

struct Cat;

impl Animal for Cat {
    fn name(&self) -> String {
        String::from("Cat")
    }
    fn purr(&self) -> String { //~ ERROR E0407
        String::from("purr")
    }
}

fn main() {
    println!("{}", Cat.name());
}
