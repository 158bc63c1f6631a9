trait Speak {
    fn speak(&self) -> String;
}

struct Cow {
    volume: u8,
}

struct Cat;

impl Speak for Cow {
    fn speak(&self) -> String {
        "moo".repeat(self.volume as usize)
    }
}

impl Speak for Cat {
    fn speak(&self) -> String {
        String::from("meow")
    }
}

fn static_call<T: Speak>(animal: &T) -> String {
    format!("static: {}", animal.speak())
}

fn dynamic_call(animal: &dyn Speak) -> String {
    format!("dynamic: {}", animal.speak())
}

fn main() {
    let cow = Cow { volume: 2 };
    let cat = Cat;
    println!("{}", static_call(&cow));
    println!("{}", static_call(&cat));
    println!("{}", dynamic_call(&cow));
    println!("{}", dynamic_call(&cat));
    let boxed: Box<dyn Speak> = Box::new(Cow { volume: 3 });
    println!("{}", dynamic_call(&*boxed));
    println!("{}", boxed.speak());
}
