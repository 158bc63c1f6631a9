trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greeting(&self) -> String {
        String::from("Hello")
    }
    fn greet(&self) -> String {
        format!("{}, {}!", self.greeting(), self.name())
    }
}

struct English {
    who: String,
}

struct French {
    who: String,
}

impl Named for English {
    fn name(&self) -> String {
        self.who.clone()
    }
}

impl Greeter for English {}

impl Named for French {
    fn name(&self) -> String {
        format!("M. {}", self.who)
    }
}

impl Greeter for French {
    fn greeting(&self) -> String {
        String::from("Bonjour")
    }
}

fn welcome<G: Greeter>(guest: &G) {
    println!("{} (name: {})", guest.greet(), guest.name());
}

fn main() {
    let e = English { who: String::from("Alice") };
    let f = French { who: String::from("Dupont") };
    welcome(&e);
    welcome(&f);
    println!("{}", Greeter::greet(&e));
    println!("{}", f.greeting());
}
