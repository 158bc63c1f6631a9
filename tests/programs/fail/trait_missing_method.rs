trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Dog;

impl Animal for Dog { //~ ERROR E0046
    fn name(&self) -> String {
        String::from("Dog")
    }
}

fn main() {
    println!("{}", Dog.speak());
}
