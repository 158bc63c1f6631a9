trait Animal {
    fn new(name: &str) -> Self;
    fn name(&self) -> String;
    fn noise(&self) -> String;
    fn talk(&self) {
        println!("{} says {}", self.name(), self.noise());
    }
}

struct Sheep {
    name: String,
    naked: bool,
}

struct Dog {
    name: String,
}

impl Animal for Sheep {
    fn new(name: &str) -> Sheep {
        Sheep { name: name.to_string(), naked: false }
    }
    fn name(&self) -> String {
        self.name.clone()
    }
    fn noise(&self) -> String {
        if self.naked { String::from("baaah?") } else { String::from("baaaah!") }
    }
}

impl Animal for Dog {
    fn new(name: &str) -> Self {
        Dog { name: String::from(name) }
    }
    fn name(&self) -> String {
        format!("Dog {}", self.name)
    }
    fn noise(&self) -> String {
        String::from("woof")
    }
}

fn make_and_talk<A: Animal>(name: &str) -> A {
    let animal = A::new(name);
    animal.talk();
    animal
}

fn main() {
    let dolly: Sheep = Animal::new("Dolly");
    dolly.talk();
    let mut shaun = Sheep::new("Shaun");
    shaun.naked = true;
    shaun.talk();
    let rex = make_and_talk::<Dog>("Rex");
    let _second: Sheep = make_and_talk("Timmy");
    println!("{} {}", rex.name, dolly.naked);
}
