struct Person {
    name: String,
}

impl Person {
    fn new(name: &str) -> Person {
        Person { name: String::from(name) }
    }

    fn name(&self) -> &String {
        &self.name
    }
}

fn main() {
    let n = Person::new("Ada").name(); //~ ERROR E0716
    println!("{n}");
}
