trait Greeter {
    fn name(&self) -> String;
    fn greet(&self) -> String {
        format!("Hello, {}!", self.name())
    }
}

struct English;
struct Pirate {
    ship: String,
}

impl Greeter for English {
    fn name(&self) -> String {
        String::from("world")
    }
}

impl Greeter for Pirate {
    fn name(&self) -> String {
        self.ship.clone()
    }
    fn greet(&self) -> String {
        format!("Ahoy, {}!", self.name())
    }
}

fn english() -> impl Greeter {
    English
}

fn pirate() -> impl Greeter {
    Pirate { ship: String::from("Pearl") }
}

fn main() {
    println!("{}", english().greet());
    println!("{}", pirate().greet());
    println!("{}", std::mem::size_of_val(&english()));
}
